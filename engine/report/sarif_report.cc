// SARIF 2.1.0 (OASIS), as GitHub code scanning and other SARIF viewers read it.
//
// The output is deterministic: no timestamps, no absolute paths of files under the root, rules in
// id order, results in the report's finding order.
#include <fmt/format.h>

#include <map>
#include <nlohmann/json.hpp>

#include "engine/report/location.h"
#include "factlint/report.h"

namespace factlint {
namespace {

using Json = nlohmann::ordered_json;
namespace fs = std::filesystem;

constexpr std::string_view kFingerprintKey = "factlintFinding/v1";

// SARIF's names for the levels: info is "note".
constexpr SeverityNames kSarifLevels{.error = "error", .warning = "warning", .info = "note"};

// "quote-wording" -> "QuoteWording": SARIF's reportingDescriptor.name.
std::string UpperCamelCase(std::string_view id) {
  std::string out;
  bool start = true;
  for (char c : id) {
    if (c == '-' || c == '_' || c == '.') {
      start = true;
      continue;
    }
    out += start && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    start = false;
  }
  return out;
}

// `path` as a URI reference: every byte but the unreserved characters of RFC 3986 and '/' is
// percent-encoded (so spaces, '%', '#', '?', ':' and non-ASCII bytes are).
std::string EncodeUriPath(std::string_view path) {
  std::string out;
  for (char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    const bool keep = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
                      (byte >= '0' && byte <= '9') || c == '-' || c == '.' || c == '_' ||
                      c == '~' || c == '/';
    out += keep ? std::string(1, c) : fmt::format("%{:02X}", byte);
  }
  return out;
}

// Where a file lies: relative to %SRCROOT% (the root of LocationOptions) when it lies under it,
// a file:// URI when its path is absolute, else the path as given (relative to the working
// directory; SARIF leaves such a reference to the consumer).
Json ArtifactLocation(const std::string& path, const LocationOptions& options) {
  std::string shown = ReportPath(path, options.root);
  if (fs::path(shown).is_absolute()) {
    shown = fs::path(shown).lexically_normal().generic_string();
    // file:///C:/x on Windows, file:///tmp/x elsewhere; ':' stays for the drive letter.
    std::string uri = "file://";
    if (shown.front() != '/') uri += '/';
    for (char c : shown) uri += c == ':' ? std::string(1, c) : EncodeUriPath(std::string(1, c));
    return Json{{"uri", uri}};
  }
  Json location{{"uri", EncodeUriPath(shown)}};
  if (!options.root.empty() && !shown.starts_with("../")) location["uriBaseId"] = "%SRCROOT%";
  return location;
}

// The rule file named for the help text: relative to the root, else its folder and name (an
// installed rules folder's absolute path would make the output depend on the machine).
std::string RuleFileShown(const std::string& file, const LocationOptions& options) {
  std::string shown = ReportPath(file, options.root);
  if (!fs::path(shown).is_absolute() && !shown.starts_with("../")) return shown;
  fs::path path(file);
  return (path.parent_path().filename() / path.filename()).generic_string();
}

Json RuleJson(const RuleInfo& rule, const LocationOptions& options) {
  RuleInfo shown = rule;
  shown.file = RuleFileShown(rule.file, options);
  const std::string help = RuleHelp(shown);
  Json tags = Json::array();
  if (std::string group = fs::path(rule.file).parent_path().filename().string(); !group.empty()) {
    tags.push_back(group);
  }
  return Json{{"id", rule.id},
              {"name", UpperCamelCase(rule.id)},
              {"shortDescription", {{"text", rule.summary}}},
              {"fullDescription", {{"text", rule.why.empty() ? rule.summary : rule.why}}},
              {"help", {{"text", help}, {"markdown", help}}},
              {"defaultConfiguration", {{"level", NameOf(rule.severity, kSarifLevels)}}},
              {"properties", {{"kind", rule.kind}, {"tags", std::move(tags)}}}};
}

// The region without its snippet: what a fix deletes.
Json RegionJson(const Region& r) {
  return Json{{"startLine", r.line},   {"startColumn", r.column},
              {"endLine", r.end_line}, {"endColumn", r.end_column},
              {"byteOffset", r.begin}, {"byteLength", r.end - r.begin}};
}

// One related location per evidence record, at its URL when it has one.
Json RelatedLocations(const std::vector<Evidence>& evidence) {
  Json out = Json::array();
  for (size_t i = 0; i < evidence.size(); ++i) {
    const Evidence& e = evidence[i];
    Json location{{"id", i}};
    if (!e.url.empty()) location["physicalLocation"] = {{"artifactLocation", {{"uri", e.url}}}};
    location["message"] = {{"text", EvidenceCitation(e)}};
    out.push_back(std::move(location));
  }
  return out;
}

// `text` with each run of white space made one space, and none at either end.
std::string CollapseWhiteSpace(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// FNV-1a, 64 bits: small, documented (http://www.isthe.com/chongo/tech/comp/fnv/) and the same
// on every platform, so fingerprints computed by different machines agree.
uint64_t Fnv1a64(std::string_view bytes) {
  uint64_t hash = 0xcbf29ce484222325u;
  for (char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3u;
  }
  return hash;
}

// Which results are "the same" across runs. GitHub code scanning and other viewers match results
// by it, so it must not change when the text moves: it hashes the rule id, the finding's text
// (white space collapsed) and how many findings of that rule on that same text come before it
// in the file, and not the line or the offset.
class Fingerprints {
 public:
  std::string Next(const std::string& rule, std::string_view text) {
    std::string key = fmt::format("{}\n{}", rule, CollapseWhiteSpace(text));
    const int occurrence = seen_[key]++;
    return fmt::format("{:016x}", Fnv1a64(fmt::format("{}\n{}", key, occurrence)));
  }

 private:
  std::map<std::string, int> seen_;
};

Json ResultJson(const Finding& finding, const Document& doc, const Json& artifact,
                const std::map<std::string, size_t>& rule_index, Fingerprints& fingerprints) {
  const Region r = RegionOf(doc, finding.span);
  Json region = RegionJson(r);
  region["snippet"] = {{"text", doc.original().substr(r.begin, r.end - r.begin)}};
  Json result;
  result["ruleId"] = finding.rule;
  if (auto it = rule_index.find(finding.rule); it != rule_index.end()) {
    result["ruleIndex"] = it->second;
  }
  result["level"] = NameOf(finding.severity, kSarifLevels);
  result["message"] = {{"text", finding.message}};
  result["locations"] = Json::array(
      {{{"physicalLocation", {{"artifactLocation", artifact}, {"region", std::move(region)}}}}});
  if (!finding.evidence.empty()) result["relatedLocations"] = RelatedLocations(finding.evidence);
  result["partialFingerprints"] = {
      {kFingerprintKey, fingerprints.Next(finding.rule, doc.TextOf(finding.span))}};
  if (finding.suggestion) {
    Json replacement{{"deletedRegion", RegionJson(r)},
                     {"insertedContent", {{"text", *finding.suggestion}}}};
    result["fixes"] =
        Json::array({{{"description",
                       {{"text", fmt::format("Replace \u201c{}\u201d with \u201c{}\u201d",
                                             doc.TextOf(finding.span), *finding.suggestion)}}},
                      {"artifactChanges",
                       Json::array({{{"artifactLocation", artifact},
                                     {"replacements", Json::array({std::move(replacement)})}}})}}});
  }
  result["properties"] = {{"evidence", EvidenceJson(finding.evidence)}};
  return result;
}

}  // namespace

void WriteSarif(const Report& report, const LocationOptions& options, std::ostream& out) {
  Json driver{{"name", "factlint"}};
  if (!options.tool_version.empty()) {
    driver["version"] = options.tool_version;
    driver["semanticVersion"] = options.tool_version;
  }
  Json rules = Json::array();
  std::map<std::string, size_t> rule_index;
  for (const RuleInfo& rule : report.rules) {
    rule_index.emplace(rule.id, rules.size());
    rules.push_back(RuleJson(rule, options));
  }
  driver["rules"] = std::move(rules);

  Json artifacts = Json::array();
  Json results = Json::array();
  Json notifications = Json::array();
  for (const FileResult& file : report.files) {
    Json artifact = ArtifactLocation(file.path, options);
    Json listed{{"location", artifact}};
    artifact["index"] = artifacts.size();
    if (!file.error.ok()) {
      artifacts.push_back(std::move(listed));
      notifications.push_back(Json{
          {"level", "error"},
          {"message", {{"text", file.error.message()}}},
          {"locations", Json::array({{{"physicalLocation", {{"artifactLocation", artifact}}}}})}});
      continue;
    }
    const Document& doc = *file.document;
    listed["length"] = doc.original().size();
    listed["encoding"] = "utf-8";  // Document::Read refuses anything else
    artifacts.push_back(std::move(listed));
    Fingerprints fingerprints;
    for (const Finding& finding : file.findings) {
      results.push_back(ResultJson(finding, doc, artifact, rule_index, fingerprints));
    }
  }

  Json invocation{{"executionSuccessful", notifications.empty()}};
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);
  Json run;
  run["tool"] = {{"driver", std::move(driver)}};
  run["invocations"] = Json::array({std::move(invocation)});
  run["artifacts"] = std::move(artifacts);
  run["results"] = std::move(results);
  run["columnKind"] = "unicodeCodePoints";
  Json root{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
            {"version", "2.1.0"},
            {"runs", Json::array({std::move(run)})}};
  // Invalid UTF-8 cannot reach here (documents are validated), but never throw on output.
  out << root.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace factlint
