// The HTML report: one self-contained page for an editor (it loads nothing; a Content-Security-
// Policy says so to the browser):
//
//   factlint report                              masthead
//   [Files 3] [Errors 2] [Warnings 5] ...        summary tiles, a table of the files, a legend
//   [x] error [x] warning ... [x] rule-id        filters (hidden unless the script runs)
//   path/of/article.md                           one section per file:
//   | the article as written,     | 1 ERROR rule  line 3:12 ↑ |   the text with each finding
//   | findings highlighted,       | “flagged text”            |   highlighted, a panel of
//   | claims underlined           | message, evidence, fix    |   cards beside it (below it
//   Claims ledger: 9 · 5 supported ...                            on a narrow screen)
//   | Line | Kind | Claim | Normalized | Status | Evidence |     and the ledger
//
// Every piece of text goes through EscapeHtml; only http(s) URLs become links.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "engine/report/claim_summary.h"
#include "engine/report/html_article.h"
#include "engine/report/html_assets.h"
#include "engine/report/html_markup.h"
#include "engine/report/location.h"
#include "factlint/report.h"

namespace factlint {
namespace {

// Nothing may be fetched: no scripts, styles, fonts or images but the inline ones.
constexpr std::string_view kContentSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "base-uri 'none'; form-action 'none'";

// How much of a finding's text its card quotes.
constexpr size_t kFlaggedCodePoints = 160;

constexpr Severity kSeverities[] = {Severity::kError, Severity::kWarning, Severity::kInfo};

std::string Count(int n, std::string_view singular, std::string_view plural) {
  return fmt::format("{} {}", n, n == 1 ? singular : plural);
}

int SeverityCount(const Summary& s, Severity severity) {
  switch (severity) {
    case Severity::kError:
      return s.errors;
    case Severity::kWarning:
      return s.warnings;
    case Severity::kInfo:
      return s.infos;
  }
  return 0;
}

// The rule's one-line summary, escaped, for a tooltip; empty for a rule the run does not list.
std::string RuleSummary(const Report& report, std::string_view id) {
  auto rule =
      std::lower_bound(report.rules.begin(), report.rules.end(), id,
                       [](const RuleInfo& info, std::string_view key) { return info.id < key; });
  return rule != report.rules.end() && rule->id == id ? EscapeHtml(rule->summary) : "";
}

// The source of a piece of evidence: its title (a link when its URL is http or https), the
// locator and the source/record ids.
std::string SourceHtml(const Evidence& e) {
  std::string title = EscapeHtml(e.title.empty() ? e.source : e.title);
  std::string out = IsWebUrl(e.url)
                        ? fmt::format(R"(<a href="{}" rel="noopener noreferrer">{}</a>)",
                                      EscapeHtml(e.url), title)
                        : title;
  if (!e.locator.empty()) out += ", " + EscapeHtml(e.locator);
  out += fmt::format(R"( <span class="ids mono">{}/{}</span>)", EscapeHtml(e.source),
                     EscapeHtml(e.record));
  return out;
}

void WriteHead(const LocationOptions& options, std::ostream& out) {
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << fmt::format("<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n",
                     kContentSecurityPolicy)
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"referrer\" content=\"no-referrer\">\n";
  if (!options.tool_version.empty()) {
    out << fmt::format("<meta name=\"generator\" content=\"factlint {}\">\n",
                       EscapeHtml(options.tool_version));
  }
  out << "<title>factlint report</title>\n<style>" << HtmlReportStyle() << "</style>\n</head>\n";
}

void WriteTile(std::string_view name, std::string_view label, int n, std::ostream& out) {
  out << fmt::format(R"(<div class="tile {0}"><dt>{1}</dt><dd data-count="{0}">{2}</dd></div>)"
                     "\n",
                     name, label, n);
}

void WriteSummary(const Report& report, const LocationOptions& options, std::ostream& out) {
  Summary s = report.Summarize();
  out << "<section class=\"summary\" aria-label=\"Summary\">\n<dl class=\"tiles\">\n";
  WriteTile("files", "Files", s.files, out);
  if (s.file_errors > 0) WriteTile("unreadable", "Unreadable", s.file_errors, out);
  WriteTile("errors", "Errors", s.errors, out);
  WriteTile("warnings", "Warnings", s.warnings, out);
  WriteTile("infos", "Infos", s.infos, out);
  out << fmt::format(R"(<div class="tile claims"><dt>Claims</dt><dd><b data-count="claims">{}</b>)"
                     R"(<span><b class="n-supported" data-count="supported">{}</b> supported · )"
                     R"(<b class="n-contradicted" data-count="contradicted">{}</b> contradicted · )"
                     R"(<b data-count="unverified">{}</b> unverified</span></dd></div>)"
                     "\n</dl>\n",
                     s.claims, s.supported, s.contradicted, s.unverified);

  out << "<div class=\"table-wrap\"><table "
         "class=\"files-table\">\n<thead><tr><th>File</th><th>Article date</th>"
         "<th class=\"num\">Errors</th><th class=\"num\">Warnings</th><th class=\"num\">Infos</th>"
         "<th class=\"num\">Claims</th><th class=\"num\">Supported</th>"
         "<th class=\"num\">Contradicted</th><th class=\"num\">Unverified</th></tr></thead>\n"
         "<tbody>\n";
  for (size_t i = 0; i < report.files.size(); ++i) {
    const FileResult& file = report.files[i];
    std::string link = fmt::format(R"(<a href="#file-{}">{}</a>)", i + 1,
                                   EscapeHtml(ReportPath(file.path, options.root)));
    if (!file.error.ok()) {
      out << fmt::format("<tr><td>{}</td><td colspan=\"8\">unreadable</td></tr>\n", link);
      continue;
    }
    Summary f = Summarize(file);
    out << fmt::format(
        "<tr><td>{}</td><td class=\"date\">{}{}</td><td class=\"num\">{}</td><td "
        "class=\"num\">{}</td>"
        "<td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>"
        "<td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
        link, FormatIsoDate(file.date), file.date_assumed ? " (assumed)" : "", f.errors, f.warnings,
        f.infos, f.claims, f.supported, f.contradicted, f.unverified);
  }
  out << "</tbody>\n</table></div>\n"
         "<p class=\"legend\">Highlights: <span class=\"swatch sev-error\">error</span> "
         "<span class=\"swatch sev-warning\">warning</span> "
         "<span class=\"swatch sev-info\">info</span>; the numbered badge before each links to "
         "its card. Claims of the ledger are underlined with dots: "
         "<span class=\"claim st-supported\">supported</span>, "
         "<span class=\"claim st-contradicted\">contradicted</span>, "
         "<span class=\"claim st-unverified\">unverified</span>.</p>\n</section>\n";
}

// The filter form: one box per severity and per rule that has findings. Hidden: the script
// shows it, since without the script the boxes would do nothing.
void WriteFilters(const Report& report, std::ostream& out) {
  std::map<std::string, int> rules;  // rule id -> findings
  for (const FileResult& file : report.files) {
    for (const Finding& finding : file.findings) ++rules[finding.rule];
  }
  if (rules.empty()) return;
  Summary s = report.Summarize();
  out << "<form id=\"filters\" class=\"filters\" hidden aria-label=\"Filters\">\n"
         "<fieldset><legend>Severity</legend>\n";
  for (Severity severity : kSeverities) {
    out << fmt::format(
        R"(<label><input type="checkbox" name="severity" value="{0}" checked> {0} ({1})</label>)"
        "\n",
        SeverityName(severity), SeverityCount(s, severity));
  }
  out << "</fieldset>\n<fieldset><legend>Rules</legend>\n";
  for (const auto& [id, n] : rules) {
    std::string title = RuleSummary(report, id);
    out << fmt::format(
        R"(<label title="{}"><input type="checkbox" name="rule" value="{}" checked> <code>{}</code> ({})</label>)"
        "\n",
        title, EscapeHtml(id), EscapeHtml(id), n);
  }
  out << "</fieldset>\n</form>\n";
}

void WriteCard(const Report& report, const FileResult& file, int number, int n, std::ostream& out) {
  const Finding& finding = file.findings[n - 1];
  const Document& doc = *file.document;
  Region region = RegionOf(doc, finding.span);
  std::string_view severity = SeverityName(finding.severity);
  out << fmt::format(
      R"(<li class="card sev-{0}" id="{1}" data-finding="{2}" data-rule="{3}" data-severity="{0}">)"
      "\n"
      R"(<div class="card-head"><span class="num" data-n="{4}"></span>)"
      R"(<span class="badge sev-{0}">{0}</span> <code class="rule" title="{5}">{3}</code>)"
      R"(<a class="where" href="#{2}" title="Show in the article">line {6}:{7} ↑</a></div>)"
      "\n",
      severity, FindingCard(number, n), FindingAnchor(number, n), EscapeHtml(finding.rule), n,
      RuleSummary(report, finding.rule), region.line, region.column);
  out << fmt::format("<p class=\"flagged\">“{}”</p>\n<p class=\"message\">{}</p>\n",
                     EscapeHtml(Abbreviate(doc.TextOf(finding.span), kFlaggedCodePoints)),
                     EscapeHtml(finding.message));
  if (!finding.evidence.empty()) {
    out << "<div class=\"evidence\"><div class=\"label\">Evidence</div>\n";
    for (const Evidence& e : finding.evidence) {
      out << fmt::format("<p class=\"source\">{}</p>\n", SourceHtml(e));
      if (!e.excerpt.empty()) {
        out << fmt::format("<blockquote class=\"excerpt\">{}</blockquote>\n",
                           EscapeHtml(e.excerpt));
      }
    }
    out << "</div>\n";
  }
  if (finding.suggestion) {
    out << fmt::format(
        "<p class=\"suggestion\"><span class=\"label\">Suggestion</span> <ins>{}</ins></p>\n",
        EscapeHtml(*finding.suggestion));
  }
  out << "</li>\n";
}

void WriteLedger(const FileResult& file, int number, std::ostream& out) {
  const Document& doc = *file.document;
  Summary s = Summarize(file);
  out << fmt::format(
      "<section class=\"ledger\">\n<h3>Claims ledger</h3>\n<ul class=\"counts\">"
      R"(<li><b data-count="claims">{}</b> {}</li>)"
      R"(<li class="status st-supported"><b data-count="supported">{}</b> supported</li>)"
      R"(<li class="status st-contradicted"><b data-count="contradicted">{}</b> contradicted</li>)"
      R"(<li class="status st-unverified"><b data-count="unverified">{}</b> unverified</li>)"
      "</ul>\n",
      s.claims, s.claims == 1 ? "claim" : "claims", s.supported, s.contradicted, s.unverified);
  if (file.claims.empty()) {
    out << "<p class=\"none\">No checkable claims found.</p>\n</section>\n";
    return;
  }
  out << "<div class=\"table-wrap\"><table>\n<thead><tr><th "
         "class=\"num\">Line</th><th>Kind</th><th>Claim</th>"
         "<th>Normalized</th><th>Status</th><th>Evidence</th></tr></thead>\n<tbody>\n";
  for (size_t i = 0; i < file.claims.size(); ++i) {
    const ClaimEntry& claim = file.claims[i];
    std::string_view status = ClaimStatusName(claim.status);
    std::string evidence;
    for (const Evidence& e : claim.evidence) {
      evidence += (evidence.empty() ? "" : "<br>") + SourceHtml(e);
    }
    out << fmt::format(
        "<tr class=\"st-{0}\"><td class=\"num\">{1}</td><td>{2}</td>"
        R"(<td class="text"><a href="#{3}">{4}</a></td><td>{5}</td>)"
        R"(<td><span class="status st-{0}">{0}</span></td><td>{6}</td></tr>)"
        "\n",
        status, RegionOf(doc, claim.span).line, EscapeHtml(claim.kind),
        ClaimAnchor(number, static_cast<int>(i) + 1), EscapeHtml(doc.TextOf(claim.span)),
        EscapeHtml(SummarizeNormalized(claim.normalized)), evidence);
  }
  out << "</tbody>\n</table></div>\n</section>\n";
}

void WriteFile(const Report& report, const FileResult& file, int number,
               const LocationOptions& options, std::ostream& out) {
  std::string path = EscapeHtml(ReportPath(file.path, options.root));
  out << fmt::format("<section class=\"file\" id=\"file-{}\">\n<h2>{}</h2>\n", number, path);
  if (!file.error.ok()) {
    out << fmt::format("<p class=\"error-box\">Could not be checked: {}</p>\n</section>\n",
                       EscapeHtml(file.error.message()));
    return;
  }
  Summary s = Summarize(file);
  out << fmt::format("<p class=\"file-meta\">Article date {} · {}, {}, {} · {}</p>\n",
                     FormatIsoDate(file.date), Count(s.errors, "error", "errors"),
                     Count(s.warnings, "warning", "warnings"), Count(s.infos, "info", "infos"),
                     Count(s.claims, "claim", "claims"));
  if (file.date_assumed) {
    out << fmt::format(
        "<p class=\"note\">No article date (front matter <code>date:</code> or "
        "<code>--date</code>): dates and exchange rates were resolved against the day of the "
        "check, {}.</p>\n",
        FormatIsoDate(file.date));
  }
  out << "<div class=\"review\">\n<div class=\"article-text\">";
  WriteArticleHtml(*file.document, file.findings, file.claims, number, out);
  out << fmt::format("</div>\n<aside class=\"panel\" aria-label=\"Findings in {}\">\n", path)
      << fmt::format("<h3>Findings ({})</h3>\n", file.findings.size());
  if (file.findings.empty()) {
    out << "<p class=\"none\">No findings.</p>\n";
  } else {
    out << "<ol>\n";
    for (size_t i = 0; i < file.findings.size(); ++i) {
      WriteCard(report, file, number, static_cast<int>(i) + 1, out);
    }
    out << "</ol>\n";
  }
  out << "</aside>\n</div>\n";
  WriteLedger(file, number, out);
  out << "</section>\n";
}

}  // namespace

void WriteHtml(const Report& report, const LocationOptions& options, std::ostream& out) {
  WriteHead(options, out);
  out << "<body>\n<div class=\"page\">\n<header class=\"masthead\"><h1>factlint report</h1>";
  if (!options.tool_version.empty()) {
    out << fmt::format("<span class=\"tool\">factlint {}</span>", EscapeHtml(options.tool_version));
  }
  out << "</header>\n<main>\n";
  WriteSummary(report, options, out);
  WriteFilters(report, out);
  for (size_t i = 0; i < report.files.size(); ++i) {
    WriteFile(report, report.files[i], static_cast<int>(i) + 1, options, out);
  }
  out << "</main>\n<footer>";
  if (!options.tool_version.empty()) {
    out << fmt::format("Written by factlint {}. ", EscapeHtml(options.tool_version));
  }
  out << "This page is self-contained: it loads nothing from the network. Evidence links open "
         "the sources.</footer>\n</div>\n<script>"
      << HtmlReportScript() << "</script>\n</body>\n</html>\n";
}

}  // namespace factlint
