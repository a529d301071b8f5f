#include "engine/report/location.h"

#include <fmt/format.h>

#include <algorithm>

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

int ByteColumnOf(const Document& doc, size_t original_offset) {
  const std::string& original = doc.original();
  size_t offset = std::min(original_offset, original.size());
  // OriginalLineAt views original(), so where the view starts is where the line starts.
  size_t line_begin = doc.OriginalLineAt(offset).data() - original.data();
  return static_cast<int>(offset - line_begin) + 1;
}

std::string EvidenceCitation(const Evidence& evidence) {
  // Records without a title (entity roles) are cited by their locator alone.
  std::string where = evidence.title;
  if (!where.empty() && !evidence.locator.empty()) where += ", ";
  where += evidence.locator;
  if (where.empty()) return fmt::format("\u201c{}\u201d", evidence.excerpt);
  return fmt::format("{}: \u201c{}\u201d", where, evidence.excerpt);
}

nlohmann::ordered_json EvidenceJson(const std::vector<Evidence>& evidence) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const Evidence& e : evidence) {
    out.push_back(nlohmann::ordered_json{{"source", e.source},
                                         {"record", e.record},
                                         {"title", e.title},
                                         {"locator", e.locator},
                                         {"url", e.url},
                                         {"excerpt", e.excerpt}});
  }
  return out;
}

std::string_view NameOf(Severity severity, const SeverityNames& names) {
  switch (severity) {
    case Severity::kError:
      return names.error;
    case Severity::kWarning:
      return names.warning;
    case Severity::kInfo:
      return names.info;
  }
  return names.warning;
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
