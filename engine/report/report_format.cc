// --format: the names of the report formats and the writer of each.
#include <algorithm>

#include "factlint/report.h"

namespace factlint {

const std::vector<std::string>& ReportFormatNames() {
  static const std::vector<std::string> names = {"text",   "json", "sarif",   "github",
                                                 "rdjson", "html", "markdown"};
  return names;
}

std::optional<ReportFormat> ParseReportFormat(std::string_view name) {
  const std::vector<std::string>& names = ReportFormatNames();
  auto it = std::find(names.begin(), names.end(), name);
  if (it == names.end()) return std::nullopt;
  return static_cast<ReportFormat>(it - names.begin());
}

void WriteReport(const Report& report, ReportFormat format, const ReportOptions& options,
                 std::ostream& out) {
  switch (format) {
    case ReportFormat::kText:
      return WriteText(report, options.text, out);
    case ReportFormat::kJson:
      return WriteJson(report, out, options.json);
    case ReportFormat::kSarif:
      return WriteSarif(report, options.location, out);
    case ReportFormat::kGithub:
      return WriteGithub(report, options.location, out);
    case ReportFormat::kRdjson:
      return WriteRdjson(report, options.location, out);
    case ReportFormat::kHtml:
      return WriteHtml(report, options.location, out);
    case ReportFormat::kMarkdown:
      return WriteMarkdown(report, options.location, out);
  }
}

}  // namespace factlint
