// The JSON report of DESIGN.md ("Findings and the claims ledger").
#include <nlohmann/json.hpp>

#include "engine/report/location.h"
#include "factlint/report.h"

namespace factlint {
namespace {

using Json = nlohmann::ordered_json;

Json SpanJson(const Document& doc, Span span) {
  Region r = RegionOf(doc, span);
  return Json{{"start", r.begin},   {"end", r.end},           {"line", r.line},
              {"column", r.column}, {"end_line", r.end_line}, {"end_column", r.end_column}};
}

Json FileJson(const FileResult& file, const JsonOptions& options) {
  Json out;
  out["path"] = file.path;
  if (!file.error.ok()) {
    out["error"] = file.error.message();
    return out;
  }
  const Document& doc = *file.document;
  out["date"] = FormatIsoDate(file.date);
  if (file.date_assumed) out["date_assumed"] = true;
  Json findings = Json::array();
  for (const Finding& finding : file.findings) {
    Json f;
    f["rule"] = finding.rule;
    f["severity"] = SeverityName(finding.severity);
    f["message"] = finding.message;
    f["span"] = SpanJson(doc, finding.span);
    f["text"] = doc.TextOf(finding.span);
    f["evidence"] = EvidenceJson(finding.evidence);
    if (finding.suggestion) f["suggestion"] = *finding.suggestion;
    findings.push_back(std::move(f));
  }
  out["findings"] = std::move(findings);
  Json claims = Json::array();
  for (const ClaimEntry& claim : file.claims) {
    Span original = doc.Original(claim.span);
    Json c;
    c["kind"] = claim.kind;
    c["text"] = doc.TextOf(claim.span);
    c["span"] = Json{{"start", original.begin}, {"end", original.end}};
    c["normalized"] = claim.normalized;
    c["status"] = ClaimStatusName(claim.status);
    c["evidence"] = EvidenceJson(claim.evidence);
    if (options.explain) {
      Json candidates = Json::array();
      for (const ClaimCandidate& candidate : claim.candidates) {
        candidates.push_back(Json{{"source", candidate.source},
                                  {"record", candidate.record},
                                  {"score", candidate.score},
                                  {"reasons", candidate.reasons}});
      }
      c["candidates"] = std::move(candidates);
    }
    claims.push_back(std::move(c));
  }
  out["claims"] = std::move(claims);
  return out;
}

}  // namespace

void WriteJson(const Report& report, std::ostream& out, const JsonOptions& options) {
  Json root;
  root["version"] = 1;
  Json files = Json::array();
  for (const FileResult& file : report.files) files.push_back(FileJson(file, options));
  root["files"] = std::move(files);
  Summary s = report.Summarize();
  root["summary"] = Json{{"files", s.files},          {"unreadable", s.file_errors},
                         {"errors", s.errors},        {"warnings", s.warnings},
                         {"infos", s.infos},          {"claims", s.claims},
                         {"supported", s.supported},  {"contradicted", s.contradicted},
                         {"unverified", s.unverified}};
  // Invalid UTF-8 cannot reach here (documents are validated), but never throw on output.
  out << root.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

void WriteJsonLine(const FileResult& file, const JsonOptions& options, std::ostream& out) {
  out << FileJson(file, options).dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace factlint
