// GitHub Actions workflow commands: an annotation per finding on the pull request's diff.
//
// The runner parses `::command key=value,key=value::data`; the escaping below is the one
// @actions/core applies (packages/core/src/command.ts: escapeData, escapeProperty), which the
// runner undoes.
#include <fmt/format.h>

#include "engine/report/location.h"
#include "factlint/report.h"

namespace factlint {
namespace {

// The workflow command of each severity: info is a "notice".
constexpr SeverityNames kCommands{.error = "error", .warning = "warning", .info = "notice"};

// The data after "::": '%', CR and LF are escaped ('%' first, so that a literal "%0A" in a
// message stays literal).
std::string EscapeData(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// A property value: as data, and ':' and ',' too, which end a value.
std::string EscapeProperty(std::string_view text) {
  std::string out;
  for (char c : EscapeData(text)) {
    if (c == ':') {
      out += "%3A";
    } else if (c == ',') {
      out += "%2C";
    } else {
      out += c;
    }
  }
  return out;
}

// The annotation's text: the message, the evidence (an annotation has no other field for it),
// then the suggestion, one per line.
std::string AnnotationText(const Finding& finding) {
  std::string text = finding.message;
  for (const Evidence& e : finding.evidence) {
    text += "\nEvidence: " + EvidenceCitation(e);
    if (!e.url.empty()) text += fmt::format(" <{}>", e.url);
  }
  if (finding.suggestion) text += fmt::format("\nSuggestion: {}", *finding.suggestion);
  return text;
}

}  // namespace

void WriteGithub(const Report& report, const LocationOptions& options, std::ostream& out) {
  for (const FileResult& file : report.files) {
    const std::string path = EscapeProperty(ReportPath(file.path, options.root));
    if (!file.error.ok()) {
      out << fmt::format("::error file={}::{}\n", path, EscapeData(file.error.message()));
      continue;
    }
    for (const Finding& finding : file.findings) {
      const Region r = RegionOf(*file.document, finding.span);
      out << fmt::format("::{} file={},line={},endLine={},col={},endColumn={},title={}::{}\n",
                         NameOf(finding.severity, kCommands), path, r.line, r.end_line, r.column,
                         r.end_column, EscapeProperty("factlint " + finding.rule),
                         EscapeData(AnnotationText(finding)));
    }
  }
}

}  // namespace factlint
