// Where a finding lies, as the reports for other tools give it.
#ifndef FACTLINT_ENGINE_REPORT_LOCATION_H_
#define FACTLINT_ENGINE_REPORT_LOCATION_H_

#include <filesystem>
#include <string>

#include "factlint/document.h"
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

// `path` relative to `root` with '/' separators when it lies under root (both made absolute
// first); else `path` as given, with '/' separators. An empty root leaves the path as given.
std::string ReportPath(const std::string& path, const std::filesystem::path& root);

}  // namespace factlint

#endif  // FACTLINT_ENGINE_REPORT_LOCATION_H_
