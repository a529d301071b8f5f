// The text report for terminals:
//
//   drafts/a.md:3:46: error: about 54 million euros does not match ... [currency-conversion]
//      3 | The exchange lost 50 million dollars (about 54 million euros) in the breach.
//        |                                       ^^^^^^^^^^^^^^^^^^^^^^
//        = evidence: Euro foreign exchange reference rates, USD per EUR, 2022-02-04: "..." <url>
//        = suggestion: about 43.6 million euros
#include <fmt/format.h>

#include <algorithm>

#include "factlint/report.h"

namespace factlint {
namespace {

// Long lines (a paragraph is often one line) are shown as a window around the span.
constexpr size_t kMaxShownCodePoints = 110;
constexpr size_t kContextBefore = 30;

struct Style {
  bool color;
  std::string Paint(std::string_view code, std::string_view text) const {
    return color ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : std::string(text);
  }
};

std::string_view SeverityColor(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "1;31";
    case Severity::kWarning:
      return "1;33";
    case Severity::kInfo:
      return "1;36";
  }
  return "1";
}

// Byte offsets of the code points of `line`, plus line.size() at the end.
std::vector<size_t> CodePointStarts(std::string_view line) {
  std::vector<size_t> starts;
  for (size_t i = 0; i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) starts.push_back(i);
  }
  starts.push_back(line.size());
  return starts;
}

void WriteSnippet(const Document& doc, Span span, const Style& style, std::ostream& out) {
  Span original = doc.Original(span);
  LineColumn start = doc.LineColumnOf(original.begin);
  LineColumn end = doc.LineColumnOf(original.end);
  std::string_view line = doc.OriginalLineAt(original.begin);
  std::vector<size_t> starts = CodePointStarts(line);
  size_t count = starts.size() - 1;
  size_t first = static_cast<size_t>(start.column - 1);
  size_t last = end.line == start.line ? static_cast<size_t>(end.column - 1) : count;
  last = std::clamp(last, first + 1, std::max(count, first + 1));
  size_t window_begin = 0;
  size_t window_end = count;
  if (count > kMaxShownCodePoints) {
    window_begin = first > kContextBefore ? first - kContextBefore : 0;
    window_end = std::min(count, window_begin + kMaxShownCodePoints);
    if (last > window_end) last = window_end;
  }
  std::string prefix = window_begin > 0 ? "…" : "";
  std::string suffix = window_end < count ? "…" : "";
  std::string number = std::to_string(start.line);
  std::string gutter(number.size(), ' ');
  std::string_view shown =
      line.substr(starts[window_begin], starts[window_end] - starts[window_begin]);
  out << fmt::format(" {} | {}{}{}\n", number, prefix, shown, suffix);
  size_t pad = first - window_begin + (prefix.empty() ? 0 : 1);
  out << fmt::format(" {} | {}{}\n", gutter, std::string(pad, ' '),
                     style.Paint("1;32", std::string(std::max<size_t>(1, last - first), '^')));
}

void WriteFinding(const FileResult& file, const Finding& finding, const Style& style,
                  std::ostream& out) {
  const Document& doc = *file.document;
  LineColumn at = doc.LineColumnOf(doc.OriginalOffset(finding.span.begin));
  out << style.Paint("1", fmt::format("{}:{}:{}:", file.path, at.line, at.column)) << ' '
      << style.Paint(SeverityColor(finding.severity),
                     fmt::format("{}:", SeverityName(finding.severity)))
      << ' ' << finding.message << ' ' << style.Paint("2", fmt::format("[{}]", finding.rule))
      << '\n';
  WriteSnippet(doc, finding.span, style, out);
  std::string indent(std::to_string(at.line).size() + 2, ' ');
  for (const Evidence& e : finding.evidence) {
    std::string where = e.title.empty() ? e.source : e.title;
    if (!e.locator.empty()) where += ", " + e.locator;
    out << indent << "= evidence: " << where;
    if (!e.excerpt.empty()) out << ": \"" << e.excerpt << '"';
    if (!e.url.empty()) out << " <" << e.url << '>';
    out << '\n';
  }
  if (finding.suggestion) out << indent << "= suggestion: " << *finding.suggestion << '\n';
}

}  // namespace

void WriteText(const Report& report, const TextOptions& options, std::ostream& out) {
  Style style{options.color};
  for (const FileResult& file : report.files) {
    if (!file.error.ok()) continue;  // the CLI reports unreadable files on stderr
    if (file.date_assumed) {
      out << style.Paint("1", file.path + ":") << ' ' << style.Paint("1;36", "note:")
          << fmt::format(
                 " no article date (front matter `date:` or --date): dates and rates are "
                 "resolved against today, {}\n",
                 FormatIsoDate(file.date));
    }
    for (const Finding& finding : file.findings) WriteFinding(file, finding, style, out);
  }
  out << FormatSummary(report.Summarize()) << '\n';
}

}  // namespace factlint
