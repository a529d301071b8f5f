#include "factlint/check.h"

#include <fmt/format.h>

#include <algorithm>

#include "config/directives.h"
#include "engine/base/read_file.h"
#include "factlint/claims.h"

namespace factlint {

Checker::Checker(CheckOptions options, std::unique_ptr<Corpus> corpus,
                 std::optional<Gazetteer> gazetteer, RuleSet rules)
    : options_(std::move(options)),
      corpus_(std::move(corpus)),
      gazetteer_(std::move(gazetteer)),
      rules_(std::move(rules)) {}

StatusOr<std::unique_ptr<Checker>> Checker::Create(const CheckOptions& options) {
  std::unique_ptr<Corpus> corpus;
  std::optional<Gazetteer> gazetteer;
  if (!options.corpus_path.empty()) {
    FACTLINT_ASSIGN_OR_RETURN(corpus, Corpus::Open(options.corpus_path));
    FACTLINT_ASSIGN_OR_RETURN(gazetteer, Gazetteer::FromCorpus(*corpus));
  }
  FACTLINT_ASSIGN_OR_RETURN(RuleSet rules, RuleSet::Load(options.rule_folders));
  FACTLINT_RETURN_IF_ERROR(options.config.ApplyTo(&rules));
  return std::unique_ptr<Checker>(
      new Checker(options, std::move(corpus), std::move(gazetteer), std::move(rules)));
}

FileResult Checker::CheckFile(const std::string& path) const {
  StatusOr<std::string> bytes = ReadFileBytes(path, options_.read.max_bytes);
  if (!bytes.ok()) {
    FileResult result;
    result.path = path;
    result.error = bytes.status();
    return result;
  }
  return CheckBytes(path, std::move(bytes).value());
}

FileResult Checker::CheckBytes(const std::string& path, std::string bytes,
                               std::optional<Date> article_date) const {
  FileResult result;
  result.path = path;
  StatusOr<std::shared_ptr<const Document>> document =
      Document::Read(path, std::move(bytes), options_.read);
  if (!document.ok()) {
    result.error = document.status();
    return result;
  }
  result.document = std::move(document).value();
  if (options_.date) {
    result.date = *options_.date;
  } else if (article_date) {
    result.date = *article_date;
  } else if (result.document->metadata().date) {
    result.date = *result.document->metadata().date;
  } else if (options_.config.date) {
    result.date = *options_.config.date;
  } else {
    result.date = TodayUtc();
    result.date_assumed = true;
  }
  Claims claims = ExtractClaims(
      *result.document,
      ExtractOptions{.date = result.date, .gazetteer = gazetteer_ ? &*gazetteer_ : nullptr});
  RuleOutput output = rules_.Run(
      CheckInput{*result.document, claims, corpus_.get(), result.date, &options_.config.words});
  // Inline directives name rules; with no rules loaded (`factlint extract`) there is nothing to
  // disable, and no id can be told unknown.
  std::vector<Finding> unknown;
  if (!rules_.rules().empty()) {
    unknown = config_internal::ApplyDirectives(*result.document, rules_, &output.findings);
  }
  if (!unknown.empty()) {
    output.findings.insert(output.findings.end(), unknown.begin(), unknown.end());
    std::sort(output.findings.begin(), output.findings.end(), FindingLess);
  }
  result.findings = std::move(output.findings);
  result.claims = std::move(output.claims);
  return result;
}

}  // namespace factlint
