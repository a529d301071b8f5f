// reviewdog's Diagnostic Format, as JSON (rdjson): one DiagnosticResult for the run.
//
// Its columns count UTF-8 bytes, not characters (reviewdog.rdf.Position: "'a𐐀b': the column of
// b is 6"), and its ranges end just past the span, as ours do.
#include <nlohmann/json.hpp>

#include "engine/report/location.h"
#include "factlint/report.h"

namespace factlint {
namespace {

using Json = nlohmann::ordered_json;

constexpr SeverityNames kRdjsonSeverities{.error = "ERROR", .warning = "WARNING", .info = "INFO"};

Json RangeJson(const Document& doc, const Region& r) {
  return Json{{"start", {{"line", r.line}, {"column", ByteColumnOf(doc, r.begin)}}},
              {"end", {{"line", r.end_line}, {"column", ByteColumnOf(doc, r.end)}}}};
}

// The message, then each evidence record on a line of its own: reviewdog posts the message as
// the review comment, and the evidence is what makes a finding checkable.
std::string DiagnosticMessage(const Finding& finding) {
  std::string text = finding.message;
  for (const Evidence& e : finding.evidence) text += "\nEvidence: " + EvidenceCitation(e);
  return text;
}

Json DiagnosticJson(const Finding& finding, const Document& doc, const std::string& path) {
  const Region r = RegionOf(doc, finding.span);
  Json range = RangeJson(doc, r);
  Json d;
  d["message"] = DiagnosticMessage(finding);
  d["location"] = {{"path", path}, {"range", range}};
  d["severity"] = NameOf(finding.severity, kRdjsonSeverities);
  d["code"] = {{"value", finding.rule}};
  if (finding.suggestion) {
    d["suggestions"] = Json::array({{{"range", std::move(range)}, {"text", *finding.suggestion}}});
  }
  // Evidence with a URL is also a related location (reviewdog links it); its path is the URL.
  Json related = Json::array();
  for (const Evidence& e : finding.evidence) {
    if (!e.url.empty()) {
      related.push_back(Json{{"message", EvidenceCitation(e)}, {"location", {{"path", e.url}}}});
    }
  }
  if (!related.empty()) d["related_locations"] = std::move(related);
  return d;
}

}  // namespace

void WriteRdjson(const Report& report, const LocationOptions& options, std::ostream& out) {
  Json diagnostics = Json::array();
  for (const FileResult& file : report.files) {
    const std::string path = ReportPath(file.path, options.root);
    if (!file.error.ok()) {
      diagnostics.push_back(
          Json{{"message", file.error.message()}, {"location", {{"path", path}}}});
      continue;
    }
    for (const Finding& finding : file.findings) {
      diagnostics.push_back(DiagnosticJson(finding, *file.document, path));
    }
  }
  Json root;
  root["source"] = {{"name", "factlint"}};
  root["diagnostics"] = std::move(diagnostics);
  // Invalid UTF-8 cannot reach here (documents are validated), but never throw on output.
  out << root.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace factlint
