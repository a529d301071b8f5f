#include "report_fixture.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include "factlint/check.h"
#include "test_support.h"

namespace factlint::testing {
namespace {

namespace fs = std::filesystem;

const Checker& SharedChecker() {
  static const std::unique_ptr<Checker> checker = [] {
    CheckOptions options;
    options.corpus_path = DefaultCorpus();
    options.rule_folders = {(SourceDir() / "rules").string()};
    auto created = Checker::Create(options);
    if (!created.ok()) {
      ADD_FAILURE() << created.status().message();
      std::abort();
    }
    return std::move(created).value();
  }();
  return *checker;
}

Report EmptyReport() {
  Report report;
  for (const RuleInfo& rule : SharedChecker().rules().rules()) {
    if (rule.enabled) report.rules.push_back(rule);
  }
  return report;
}

}  // namespace

std::vector<fs::path> ReportArticles() {
  std::vector<fs::path> articles;
  for (const auto& entry : fs::directory_iterator(SourceDir() / "examples")) {
    if (entry.path().extension() == ".md") articles.push_back(entry.path());
  }
  std::sort(articles.begin(), articles.end());
  fs::path seed = SharedDir() / "fixtures" / "seed-dprk-crypto.md";
  if (fs::exists(seed)) articles.push_back(seed);
  return articles;
}

Report CheckForReport(const std::vector<fs::path>& paths) {
  Report report = EmptyReport();
  for (const fs::path& path : paths) report.files.push_back(SharedChecker().CheckFile(path));
  return report;
}

Report CheckTextForReport(const std::string& path, const std::string& text) {
  Report report = EmptyReport();
  report.files.push_back(SharedChecker().CheckBytes(path, text));
  return report;
}

}  // namespace factlint::testing
