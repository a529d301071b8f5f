// Reports: the findings and claims ledger of a run, written for people (text) and programs (json).
#ifndef FACTLINT_REPORT_H_
#define FACTLINT_REPORT_H_

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "factlint/date.h"
#include "factlint/document.h"
#include "factlint/finding.h"
#include "factlint/status.h"

namespace factlint {

// The result of checking one file.
struct FileResult {
  std::string path;
  // Not OK when the file could not be read or checked; then document is null and the lists are
  // empty.
  Status error;
  std::shared_ptr<const Document> document;
  Date date;                  // the date relative expressions and rates were resolved against
  bool date_assumed = false;  // true when neither --date nor front matter gave it (today was used)
  std::vector<Finding> findings;   // sorted by FindingLess
  std::vector<ClaimEntry> claims;  // the ledger, in text order
};

struct Summary {
  int files = 0;
  int file_errors = 0;  // files that could not be read
  int errors = 0, warnings = 0, infos = 0;
  int claims = 0, supported = 0, contradicted = 0, unverified = 0;
};

struct Report {
  std::vector<FileResult> files;
  Summary Summarize() const;
  // The most severe finding of the run, or nullopt when there is none.
  std::optional<Severity> WorstSeverity() const;
};

struct TextOptions {
  bool color = false;  // ANSI colours
};

// path:line:col: severity: message [rule-id], the line with a caret under the span, the evidence
// and suggestion underneath; a closing summary line.
void WriteText(const Report& report, const TextOptions& options, std::ostream& out);

struct JsonOptions {
  // Each claim also lists its candidate records with their scores and reasons ("candidates").
  bool explain = false;
};

// The JSON format of DESIGN.md ("version": 1), pretty-printed, newline-terminated.
void WriteJson(const Report& report, std::ostream& out, const JsonOptions& options = {});

}  // namespace factlint

#endif  // FACTLINT_REPORT_H_
