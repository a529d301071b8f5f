// The Markdown report, for a pull-request comment or an editor's ticket:
//
//   ### factlint: 1 file checked: 1 error, 2 warnings, 0 infos; 9 claims: 5 supported, ...
//
//   | Severity | Where | Rule | Finding |
//   |---|---|---|---|
//   | **error** | [drafts/a.md:3:12](drafts/a.md#L3) | `figure-mismatch` | “nine trials”: ... |
//
//   <details><summary>Claims ledger: ...</summary> one table per file </details>
#include <fmt/format.h>

#include "engine/report/claim_summary.h"
#include "engine/report/html_markup.h"
#include "engine/report/location.h"
#include "factlint/report.h"

namespace factlint {
namespace {

// `text` safe inside a GFM table cell: Markdown punctuation backslash-escaped, '&' and '<' as
// entities, line breaks as <br>.
std::string Cell(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    switch (c) {
      case '&':
      case '<':
      case '>':
        out += EscapeHtml(text.substr(i, 1));
        break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        [[fallthrough]];
      case '\n':
        out += "<br>";
        break;
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '|':
      case '~':
      case '#':
      case '!':
        out += '\\';
        out += c;
        break;
      default:
        out += c;
    }
  }
  return out;
}

// A link destination: spaces and the characters that would end or break it percent-encoded.
std::string Destination(std::string_view url) {
  std::string out;
  for (char c : url) {
    switch (c) {
      case ' ':
        out += "%20";
        break;
      case '(':
        out += "%28";
        break;
      case ')':
        out += "%29";
        break;
      case '<':
        out += "%3C";
        break;
      case '>':
        out += "%3E";
        break;
      case '|':
        out += "%7C";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// Text of the article for a cell: its line breaks (soft wraps in the draft) read as spaces.
std::string ArticleCell(std::string_view text) {
  std::string flat(text);
  for (char& c : flat) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return Cell(flat);
}

// The finding's text in quotation marks, unless it is a quotation already.
std::string Quoted(std::string_view text) {
  bool quoted = text.starts_with("“") || text.starts_with("\"") || text.starts_with("‘");
  return quoted ? ArticleCell(text) : "“" + ArticleCell(text) + "”";
}

std::string Link(std::string_view label, std::string_view url) {
  return fmt::format("[{}]({})", Cell(label), Destination(url));
}

std::string EvidenceText(const Evidence& e) {
  std::string where = e.title.empty() ? e.source : e.title;
  std::string out = IsWebUrl(e.url) ? Link(where, e.url) : Cell(where);
  if (!e.locator.empty()) out += ", " + Cell(e.locator);
  if (!e.excerpt.empty()) out += ": “" + Cell(e.excerpt) + "”";
  return out;
}

void WriteFindingRow(const FileResult& file, const Finding& finding, const LocationOptions& options,
                     std::ostream& out) {
  const Document& doc = *file.document;
  Region region = RegionOf(doc, finding.span);
  std::string path = ReportPath(file.path, options.root);
  std::string where = Link(fmt::format("{}:{}:{}", path, region.line, region.column),
                           fmt::format("{}{}#L{}", options.link_base, path, region.line));
  std::string severity(SeverityName(finding.severity));
  if (finding.severity == Severity::kError) severity = "**" + severity + "**";
  std::string text = fmt::format("{}: {}", Quoted(doc.TextOf(finding.span)), Cell(finding.message));
  for (const Evidence& e : finding.evidence) text += "<br>Evidence: " + EvidenceText(e);
  if (finding.suggestion) text += "<br>Suggestion: " + Cell(*finding.suggestion);
  out << fmt::format("| {} | {} | `{}` | {} |\n", severity, where, finding.rule, text);
}

void WriteLedger(const FileResult& file, const LocationOptions& options, std::ostream& out) {
  const Document& doc = *file.document;
  out << fmt::format("\n#### {}, dated {}{}\n\n", Cell(ReportPath(file.path, options.root)),
                     FormatIsoDate(file.date), file.date_assumed ? " (assumed: today)" : "");
  if (file.claims.empty()) {
    out << "No claims.\n";
    return;
  }
  out << "| Line | Claim | Kind | Normalized | Status | Evidence |\n"
         "|---:|---|---|---|---|---|\n";
  for (const ClaimEntry& claim : file.claims) {
    std::string evidence;
    for (const Evidence& e : claim.evidence) {
      if (!evidence.empty()) evidence += "<br>";
      evidence += IsWebUrl(e.url) ? Link(fmt::format("{}/{}", e.source, e.record), e.url)
                                  : Cell(fmt::format("{}/{}", e.source, e.record));
    }
    std::string status(ClaimStatusName(claim.status));
    if (claim.status == ClaimStatus::kContradicted) status = "**" + status + "**";
    out << fmt::format("| {} | {} | {} | {} | {} | {} |\n", RegionOf(doc, claim.span).line,
                       ArticleCell(doc.TextOf(claim.span)), claim.kind,
                       Cell(SummarizeNormalized(claim.normalized)), status, evidence);
  }
}

}  // namespace

void WriteMarkdown(const Report& report, const LocationOptions& options, std::ostream& out) {
  Summary s = report.Summarize();
  out << "### factlint: " << FormatSummary(s) << "\n\n";

  for (const FileResult& file : report.files) {
    if (!file.error.ok()) {
      out << fmt::format("- **unreadable**: {}\n", Cell(file.error.message()));
    }
  }
  if (s.file_errors > 0) out << '\n';

  if (s.errors + s.warnings + s.infos == 0) {
    out << "No findings.\n";
  } else {
    out << "| Severity | Where | Rule | Finding |\n|---|---|---|---|\n";
    for (const FileResult& file : report.files) {
      if (!file.error.ok()) continue;
      for (const Finding& finding : file.findings) WriteFindingRow(file, finding, options, out);
    }
  }

  if (s.claims > 0) {
    out << fmt::format(
        "\n<details><summary>Claims ledger: {} claim{} ({} supported, {} contradicted, {} "
        "unverified)</summary>\n",
        s.claims, s.claims == 1 ? "" : "s", s.supported, s.contradicted, s.unverified);
    for (const FileResult& file : report.files) {
      if (file.error.ok()) WriteLedger(file, options, out);
    }
    out << "\n</details>\n";
  }
  if (!options.tool_version.empty()) {
    out << fmt::format("\n<sub>factlint {}</sub>\n", options.tool_version);
  }
}

}  // namespace factlint
