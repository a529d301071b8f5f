// Reports: the findings and claims ledger of a run, written for people (text, html, markdown) and
// programs (json, sarif, github, rdjson).
#ifndef FACTLINT_REPORT_H_
#define FACTLINT_REPORT_H_

#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "factlint/date.h"
#include "factlint/document.h"
#include "factlint/finding.h"
#include "factlint/rules.h"
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

// The counts of one file.
Summary Summarize(const FileResult& file);

// "2 files checked (1 unreadable): 1 error, 3 warnings, 0 infos; 9 claims: 5 supported, 2
// contradicted, 2 unverified": the closing line of the text report, the headline of the others.
std::string FormatSummary(const Summary& summary);

struct Report {
  std::vector<FileResult> files;
  // The rules of the run, sorted by id (SARIF's tool.driver.rules, the HTML filters).
  std::vector<RuleInfo> rules;
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

// One file of the JSON format (the object of "files") on one line: the stream mode's output
// (`--stdin-format ndjson`).
void WriteJsonLine(const FileResult& file, const JsonOptions& options, std::ostream& out);

// Where the reports for other tools place a file: SARIF artifact URIs, GitHub annotations,
// rdjson and Markdown paths are relative to `root` (the repository root) when the file lies
// under it, with '/' separators.
struct LocationOptions {
  std::filesystem::path root;  // empty: paths as given
  std::string tool_version;    // SARIF tool.driver.version, the HTML and Markdown footers
  // Markdown line links: "<link_base><path>#L<line>", e.g.
  // "https://github.com/org/repo/blob/<sha>/". Empty: links relative to the repository root.
  std::string link_base;
};

// SARIF 2.1.0, one run: tool.driver with the rules (help = RuleHelp), one result per finding with
// its physical location (code point columns, byte offsets, the snippet), the evidence as related
// locations (at the record's URL) and as properties.evidence (the JSON report's objects), a fix
// for a suggestion, and partialFingerprints["factlintFinding/v1"]: a hash of the rule, the
// finding's text and its rank among same-rule same-text findings of the file, so that it
// survives edits elsewhere in the file. Files under `root` are artifact URIs relative to
// %SRCROOT%. An unreadable file is a tool execution notification (executionSuccessful false).
// Deterministic: no timestamps, no absolute paths for files under the root.
void WriteSarif(const Report& report, const LocationOptions& options, std::ostream& out);

// GitHub Actions workflow commands, one line per finding and nothing else:
// ::error|warning|notice file=F,line=L,endLine=L,col=C,endColumn=C,title=factlint RULE::text,
// columns in code points; the text is the message, a line per evidence record and the
// suggestion. Property values escape % CR LF : , and the text % CR LF, as @actions/core does.
// An unreadable file gives `::error file=F::message`, without a line.
void WriteGithub(const Report& report, const LocationOptions& options, std::ostream& out);

// reviewdog's rdjson (DiagnosticResult), one diagnostic per finding: columns in UTF-8 bytes as
// rdjson counts them, severity ERROR/WARNING/INFO, code = rule id, the evidence in the message
// and (with a URL) as related locations, a suggestion as suggestions[0]. An unreadable file is a
// diagnostic with only its message and location.path.
void WriteRdjson(const Report& report, const LocationOptions& options, std::ostream& out);

// One self-contained HTML page (no network, no external assets; a Content-Security-Policy
// forbids loading anything): a summary, each article as written (the file's bytes) with every
// finding highlighted in place by severity and each claim underlined by its status, a panel with
// each finding's message, evidence and suggestion, and the claims ledger with its counts;
// unreadable files show their error. Overlapping findings are cut into pieces that never nest:
// each <mark> lists the findings covering it in data-findings ("f<file>-<n>", both 1-based), and
// the element with id "f<file>-<n>" is where finding n begins. All text is escaped; only http
// and https URLs become links. Readable without JavaScript; a script adds filters by rule and
// severity. Deterministic: no timestamps.
void WriteHtml(const Report& report, const LocationOptions& options, std::ostream& out);

// A Markdown report for a pull-request comment or a ticket: summary line, a table of findings
// with line links, the claims ledger.
void WriteMarkdown(const Report& report, const LocationOptions& options, std::ostream& out);

enum class ReportFormat { kText, kJson, kSarif, kGithub, kRdjson, kHtml, kMarkdown };

// "text", "json", "sarif", "github", "rdjson", "html", "markdown", in that order.
const std::vector<std::string>& ReportFormatNames();
std::optional<ReportFormat> ParseReportFormat(std::string_view name);

struct ReportOptions {
  TextOptions text;
  JsonOptions json;
  LocationOptions location;
};

// Writes `report` in `format`.
void WriteReport(const Report& report, ReportFormat format, const ReportOptions& options,
                 std::ostream& out);

}  // namespace factlint

#endif  // FACTLINT_REPORT_H_
