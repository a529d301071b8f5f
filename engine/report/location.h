// Where a finding lies, as the reports for other tools give it.
#ifndef FACTLINT_ENGINE_REPORT_LOCATION_H_
#define FACTLINT_ENGINE_REPORT_LOCATION_H_

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "factlint/document.h"
#include "factlint/finding.h"
#include "factlint/span.h"

namespace factlint {

// A span of Document::text() mapped back to the file: byte offsets into the file as read, and
// 1-based lines and columns (columns in Unicode code points; the end is the position just past
// the span, as SARIF's endColumn and the JSON report's end_column).
struct Region {
  size_t begin = 0, end = 0;
  int line = 1, column = 1;
  int end_line = 1, end_column = 1;
};
Region RegionOf(const Document& doc, Span span);

// The 1-based column of `original_offset` (an offset into Document::original(), as Region's begin
// and end) counted in UTF-8 bytes from the start of its line, for formats that count bytes
// (reviewdog's rdjson). The line is the one RegionOf gives for the same offset.
int ByteColumnOf(const Document& doc, size_t original_offset);

// How a report cites one evidence record in a line of text: `title, locator: “excerpt”` (an
// empty title or locator is left out with its comma).
std::string EvidenceCitation(const Evidence& evidence);

// The evidence records as the JSON report gives them (source, record, title, locator, url,
// excerpt), also SARIF's result.properties.evidence.
nlohmann::ordered_json EvidenceJson(const std::vector<Evidence>& evidence);

// What another format calls each severity (SARIF: "error", "warning", "note").
struct SeverityNames {
  std::string_view error, warning, info;
};
std::string_view NameOf(Severity severity, const SeverityNames& names);

// `path` relative to `root` with '/' separators when it lies under root (both made absolute
// first); else `path` as given, with '/' separators. An empty root leaves the path as given.
std::string ReportPath(const std::string& path, const std::filesystem::path& root);

}  // namespace factlint

#endif  // FACTLINT_ENGINE_REPORT_LOCATION_H_
