// Checker: the whole pipeline, text -> extract -> rules (with the corpus) -> FileResult.
#ifndef FACTLINT_CHECK_H_
#define FACTLINT_CHECK_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "factlint/config.h"
#include "factlint/corpus.h"
#include "factlint/date.h"
#include "factlint/document.h"
#include "factlint/gazetteer.h"
#include "factlint/report.h"
#include "factlint/rules.h"
#include "factlint/status.h"

namespace factlint {

struct CheckOptions {
  // The corpus database. Empty: no corpus; rules that need one leave claims unverified.
  std::string corpus_path;
  // Rule folders, read in order; ids must be unique across them.
  std::vector<std::string> rule_folders;
  // Overrides the article's front matter date. Without either, today's date (UTC) is used and
  // FileResult::date_assumed says so.
  std::optional<Date> date;
  ReadOptions read;
  // The project configuration. Checker applies its `disable`, `severity`, `words` and `date` (the
  // article date when neither `date` above nor the front matter gives one); its `corpus` and
  // `rules` are the caller's to merge into corpus_path and rule_folders (the command line wins).
  // Default: no configuration.
  Config config;
};

// Owns the corpus handle and the compiled rules. Not thread-safe (the corpus handle is not): use
// one Checker per thread.
class Checker {
 public:
  // Opens the corpus, loads the rules and applies the configuration to them; their errors are
  // returned as they are (see Config::ApplyTo).
  static StatusOr<std::unique_ptr<Checker>> Create(const CheckOptions& options);

  // Reads and checks the file at `path`. A file that cannot be read gives a FileResult whose
  // error names it ("<path>: cannot open the file: No such file or directory").
  FileResult CheckFile(const std::string& path) const;

  // Checks `bytes` as if read from `path`. Findings switched off by the article's inline
  // directives are dropped, and each directive naming an unknown rule gives a warning of rule
  // `unknown-directive` (see README.md, "Inline directives").
  // `article_date`, when given, is the article's own date (as an ndjson line gives it): it comes
  // after CheckOptions::date and before the front matter.
  FileResult CheckBytes(const std::string& path, std::string bytes,
                        std::optional<Date> article_date = std::nullopt) const;

  const RuleSet& rules() const { return rules_; }
  const Corpus* corpus() const { return corpus_.get(); }

 private:
  Checker(CheckOptions options, std::unique_ptr<Corpus> corpus, std::optional<Gazetteer> gazetteer,
          RuleSet rules);
  CheckOptions options_;
  std::unique_ptr<Corpus> corpus_;
  std::optional<Gazetteer> gazetteer_;  // the corpus's names and cue words, when there is a corpus
  RuleSet rules_;
};

}  // namespace factlint

#endif  // FACTLINT_CHECK_H_
