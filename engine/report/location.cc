#include "engine/report/location.h"

namespace factlint {

namespace fs = std::filesystem;

Region RegionOf(const Document& doc, Span span) {
  Span original = doc.Original(span);
  LineColumn start = doc.LineColumnOf(original.begin);
  LineColumn end = doc.LineColumnOf(original.end);
  return Region{.begin = original.begin,
                .end = original.end,
                .line = start.line,
                .column = start.column,
                .end_line = end.line,
                .end_column = end.column};
}

std::string ReportPath(const std::string& path, const fs::path& root) {
  if (root.empty() || path.empty() || path == "-" || path.front() == '<') {
    return fs::path(path).generic_string();
  }
  std::error_code error;
  fs::path absolute = fs::weakly_canonical(fs::absolute(path, error), error);
  fs::path base = fs::weakly_canonical(fs::absolute(root, error), error);
  if (error) return fs::path(path).generic_string();
  fs::path relative = absolute.lexically_relative(base);
  if (relative.empty() || *relative.begin() == "..") return fs::path(path).generic_string();
  return relative.generic_string();
}

}  // namespace factlint
