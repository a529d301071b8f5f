// The report formats for programs that run factlint in CI: SARIF 2.1.0, GitHub workflow
// commands and reviewdog's rdjson. SARIF and rdjson are validated against their official schemas
// (../shared/data) by tests/report/validate_json_schema.py (python3-jsonschema).
#include <gtest/gtest.h>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <sstream>

#include "engine/report/location.h"
#include "factlint/document.h"
#include "factlint/report.h"
#include "report_fixture.h"
#include "test_support.h"

namespace factlint::testing {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

// Line 6 has two non-ASCII letters before "the the" (code point column 28, byte column 30);
// line 8 a quotation no source holds (quote-unverified, info); line 10 a misspelling with a
// suggestion.
constexpr char kArticle[] =
    "---\n"
    "title: Harbour notes\n"
    "date: 2024-05-02\n"
    "---\n"
    "\n"
    "In Zürich, café owners met the the harbour board on Tuesday.\n"
    "\n"
    "The harbour master said \"we will dredge every berth before the autumn storms arrive\".\n"
    "\n"
    "The board promised a new ferry shedule for the summer.\n";

// Paths relative to `root`.
LocationOptions Under(const fs::path& root, const std::string& tool_version = "") {
  LocationOptions options;
  options.root = root;
  options.tool_version = tool_version;
  return options;
}

std::string Sarif(const Report& report, const LocationOptions& options = {}) {
  std::ostringstream out;
  WriteSarif(report, options, out);
  return out.str();
}

std::string Github(const Report& report, const LocationOptions& options = {}) {
  std::ostringstream out;
  WriteGithub(report, options, out);
  return out.str();
}

std::string Rdjson(const Report& report, const LocationOptions& options = {}) {
  std::ostringstream out;
  WriteRdjson(report, options, out);
  return out.str();
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// The SARIF result / rdjson diagnostic of the first finding of `rule`.
const Json& SarifResult(const Json& sarif, const std::string& rule) {
  for (const Json& result : sarif["runs"][0]["results"]) {
    if (result["ruleId"] == rule) return result;
  }
  ADD_FAILURE() << "no SARIF result of " << rule;
  static const Json none = Json::object();
  return none;
}

const Json& RdjsonDiagnostic(const Json& rdjson, const std::string& rule) {
  for (const Json& diagnostic : rdjson["diagnostics"]) {
    if (diagnostic.contains("code") && diagnostic["code"]["value"] == rule) return diagnostic;
  }
  ADD_FAILURE() << "no rdjson diagnostic of " << rule;
  static const Json none = Json::object();
  return none;
}

std::string Fingerprint(const Json& result) {
  return result["partialFingerprints"]["factlintFinding/v1"].get<std::string>();
}

// ---- Schema validation ------------------------------------------------------------------------

std::string ShellQuoted(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

struct CommandResult {
  int exit_code = -1;
  std::string output;  // stdout and stderr
};

CommandResult RunShell(const std::string& command) {
  CommandResult result;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return result;
  char buffer[4096];
  while (size_t n = fread(buffer, 1, sizeof buffer, pipe)) result.output.append(buffer, n);
  int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

constexpr char kPython[] = "/usr/bin/python3";

// Validates each of `documents` against `schema`; an empty string when all are valid, else the
// validator's list of errors.
std::string SchemaErrors(const fs::path& schema, const std::vector<std::string>& documents) {
  std::string command = std::string(kPython) + " " + ShellQuoted(FACTLINT_SCHEMA_VALIDATOR) + " " +
                        ShellQuoted(schema.string());
  for (const std::string& document : documents) command += " " + ShellQuoted(document);
  CommandResult result = RunShell(command);
  if (result.exit_code == 0) return "";
  return "exit code " + std::to_string(result.exit_code) + ":\n" + result.output;
}

class SchemaTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(SarifSchema()) || !fs::exists(RdjsonSchema())) {
      GTEST_SKIP() << "../shared (the official schemas) is absent";
    }
    CommandResult probe = RunShell(std::string(kPython) + " -c 'import jsonschema'");
    ASSERT_EQ(probe.exit_code, 0)
        << "the schema validator needs python3-jsonschema: install it (apt-get install "
           "python3-jsonschema) for "
        << kPython << "\n"
        << probe.output;
  }
  static fs::path SarifSchema() { return SharedDir() / "data/sarif/sarif-schema-2.1.0.json"; }
  static fs::path RdjsonSchema() {
    return SharedDir() / "data/reviewdog_rdjson/DiagnosticResult.json";
  }
};

// The reports every article, every article at once, and a run with an unreadable file give.
std::vector<std::pair<std::string, Report>> ReportsToValidate() {
  std::vector<std::pair<std::string, Report>> reports;
  std::vector<fs::path> articles = ReportArticles();
  for (const fs::path& article : articles) {
    reports.emplace_back(article.stem().string(), CheckForReport({article}));
  }
  reports.emplace_back("all", CheckForReport(articles));
  reports.emplace_back("unreadable", CheckForReport({SourceDir() / "examples/no-such-file.md"}));
  reports.emplace_back("own", CheckTextForReport("drafts/harbour notes.md", kArticle));
  return reports;
}

TEST_F(SchemaTest, SarifOfEveryArticleIsValid) {
  TempDir dir;
  std::vector<std::string> documents;
  for (const auto& [name, report] : ReportsToValidate()) {
    documents.push_back(dir.Write(name + ".sarif", Sarif(report, Under(SourceDir(), "1.2.3"))));
  }
  EXPECT_EQ(SchemaErrors(SarifSchema(), documents), "");
}

TEST_F(SchemaTest, RdjsonOfEveryArticleIsValid) {
  TempDir dir;
  std::vector<std::string> documents;
  for (const auto& [name, report] : ReportsToValidate()) {
    documents.push_back(dir.Write(name + ".rdjson", Rdjson(report, Under(SourceDir()))));
  }
  EXPECT_EQ(SchemaErrors(RdjsonSchema(), documents), "");
}

// The validator is a real one: it rejects what the schemas forbid.
TEST_F(SchemaTest, ValidatorRejectsInvalidDocuments) {
  TempDir dir;
  std::string bad_sarif =
      dir.Write("bad.sarif",
                R"({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}},
          "results": [{"message": {"text": "m"}, "level": "info"}]}]})");
  std::string errors = SchemaErrors(SarifSchema(), {bad_sarif});
  EXPECT_NE(errors.find("$.runs[0].results[0].level"), std::string::npos) << errors;
  std::string bad_rdjson =
      dir.Write("bad.rdjson", R"({"diagnostics": [{"message": "m", "location": {"range": {"start":
          {"line": "one"}}}}]})");
  errors = SchemaErrors(RdjsonSchema(), {bad_rdjson});
  EXPECT_NE(errors.find("$.diagnostics[0].location.range.start.line"), std::string::npos) << errors;
}

// ---- Every article gives each format ----------------------------------------------------------

TEST(CiReportTest, EveryArticleGivesEachFormat) {
  for (const fs::path& article : ReportArticles()) {
    SCOPED_TRACE(article.string());
    Report report = CheckForReport({article});
    ASSERT_TRUE(report.files[0].error.ok()) << report.files[0].error.message();
    const size_t findings = report.files[0].findings.size();
    EXPECT_GT(findings, 0u);
    Json sarif = Json::parse(Sarif(report));
    EXPECT_EQ(sarif["runs"][0]["results"].size(), findings);
    Json rdjson = Json::parse(Rdjson(report));
    EXPECT_EQ(rdjson["diagnostics"].size(), findings);
    std::vector<std::string> lines = Lines(Github(report));
    EXPECT_EQ(lines.size(), findings);
    for (const std::string& line : lines) {
      EXPECT_TRUE(line.starts_with("::error file=") || line.starts_with("::warning file=") ||
                  line.starts_with("::notice file="))
          << line;
    }
  }
}

// Files under the root are named relative to it (the seed article lies outside the repository).
TEST(CiReportTest, OutputIsDeterministicAndHasNoAbsolutePaths) {
  std::vector<fs::path> examples;
  for (const fs::path& article : ReportArticles()) {
    if (article.parent_path() == SourceDir() / "examples") examples.push_back(article);
  }
  ASSERT_GE(examples.size(), 2u);
  Report report = CheckForReport(examples);
  LocationOptions options = Under(SourceDir(), "1.2.3");
  std::string sarif = Sarif(report, options);
  EXPECT_EQ(sarif, Sarif(CheckForReport(examples), options));
  EXPECT_EQ(sarif.back(), '\n');
  EXPECT_EQ(sarif.find(SourceDir().string()), std::string::npos);
  EXPECT_EQ(Rdjson(report, options).find(SourceDir().string()), std::string::npos);
  EXPECT_EQ(Github(report, options).find(SourceDir().string()), std::string::npos);
}

// ---- SARIF -------------------------------------------------------------------------------------

TEST(SarifTest, DriverListsTheRunsRules) {
  Report report = CheckTextForReport("drafts/a.md", kArticle);
  Json sarif = Json::parse(Sarif(report, Under(SourceDir(), "1.2.3")));
  EXPECT_EQ(sarif["$schema"], "https://json.schemastore.org/sarif-2.1.0.json");
  EXPECT_EQ(sarif["version"], "2.1.0");
  ASSERT_EQ(sarif["runs"].size(), 1u);
  const Json& run = sarif["runs"][0];
  EXPECT_EQ(run["columnKind"], "unicodeCodePoints");
  const Json& driver = run["tool"]["driver"];
  EXPECT_EQ(driver["name"], "factlint");
  EXPECT_EQ(driver["version"], "1.2.3");
  EXPECT_EQ(driver["semanticVersion"], "1.2.3");
  ASSERT_EQ(driver["rules"].size(), report.rules.size());
  for (size_t i = 0; i < report.rules.size(); ++i) {
    EXPECT_EQ(driver["rules"][i]["id"], report.rules[i].id);
  }
  for (const Json& rule : driver["rules"]) {
    if (rule["id"] != "quote-wording") continue;
    EXPECT_EQ(rule["name"], "QuoteWording");
    EXPECT_EQ(rule["defaultConfiguration"]["level"], "warning");
    EXPECT_EQ(rule["properties"]["kind"], "quote");
    EXPECT_EQ(rule["properties"]["tags"], Json::array({"quotes"}));
    std::string help = rule["help"]["text"];
    EXPECT_EQ(rule["help"]["markdown"], help);
    EXPECT_NE(help.find("defined in rules/quotes/quote-wording.yaml."), std::string::npos) << help;
    EXPECT_FALSE(rule["shortDescription"]["text"].get<std::string>().empty());
    EXPECT_FALSE(rule["fullDescription"]["text"].get<std::string>().empty());
  }
  // Without a root the rule file is named by its folder and name, never an absolute path.
  Json rootless = Json::parse(Sarif(report));
  for (const Json& rule : rootless["runs"][0]["tool"]["driver"]["rules"]) {
    if (rule["id"] != "spelling") continue;
    EXPECT_NE(rule["help"]["text"].get<std::string>().find("defined in language/spelling.yaml."),
              std::string::npos);
  }
  for (const Json& result : run["results"]) {
    EXPECT_EQ(driver["rules"][result["ruleIndex"].get<size_t>()]["id"], result["ruleId"]);
  }
}

TEST(SarifTest, RegionCountsCodePointsAndBytes) {
  Json sarif = Json::parse(Sarif(CheckTextForReport("drafts/a.md", kArticle)));
  const Json& result = SarifResult(sarif, "repeated-word");
  EXPECT_EQ(result["level"], "error");
  EXPECT_EQ(result["message"]["text"], "repeated word \"the\"");
  const Json& location = result["locations"][0]["physicalLocation"];
  EXPECT_EQ(location["region"], Json::parse(R"({"startLine": 6, "startColumn": 28,
      "endLine": 6, "endColumn": 35, "byteOffset": 76, "byteLength": 7,
      "snippet": {"text": "the the"}})"));
  EXPECT_EQ(location["artifactLocation"], Json::parse(R"({"uri": "drafts/a.md", "index": 0})"));
}

TEST(SarifTest, SuggestionIsAFix) {
  Json sarif = Json::parse(Sarif(CheckTextForReport("drafts/a.md", kArticle)));
  const Json& result = SarifResult(sarif, "spelling");
  ASSERT_EQ(result["fixes"].size(), 1u);
  const Json& fix = result["fixes"][0];
  EXPECT_EQ(fix["description"]["text"], "Replace “shedule” with “schedule”");
  EXPECT_EQ(fix["artifactChanges"], Json::parse(R"([{
      "artifactLocation": {"uri": "drafts/a.md", "index": 0},
      "replacements": [{
        "deletedRegion": {"startLine": 10, "startColumn": 32, "endLine": 10, "endColumn": 39,
                          "byteOffset": 229, "byteLength": 7},
        "insertedContent": {"text": "schedule"}}]}])"));
}

TEST(SarifTest, InfoIsANote) {
  Json sarif = Json::parse(Sarif(CheckTextForReport("drafts/a.md", kArticle)));
  EXPECT_EQ(SarifResult(sarif, "quote-unverified")["level"], "note");
  for (const Json& rule : sarif["runs"][0]["tool"]["driver"]["rules"]) {
    if (rule["id"] == "quote-unverified") {
      EXPECT_EQ(rule["defaultConfiguration"]["level"], "note");
    }
  }
}

TEST(SarifTest, EvidenceIsRelatedLocationsAndProperties) {
  Report report = CheckForReport({SourceDir() / "examples/binance-resolution.md"});
  const Finding* with_evidence = nullptr;
  size_t index = 0;
  for (size_t i = 0; i < report.files[0].findings.size(); ++i) {
    if (!report.files[0].findings[i].evidence.empty()) {
      with_evidence = &report.files[0].findings[i];
      index = i;
      break;
    }
  }
  ASSERT_NE(with_evidence, nullptr);
  Json result = Json::parse(Sarif(report))["runs"][0]["results"][index];
  ASSERT_EQ(result["relatedLocations"].size(), with_evidence->evidence.size());
  ASSERT_EQ(result["properties"]["evidence"].size(), with_evidence->evidence.size());
  const Evidence& e = with_evidence->evidence[0];
  const Json& related = result["relatedLocations"][0];
  EXPECT_EQ(related["id"], 0);
  EXPECT_EQ(related["physicalLocation"]["artifactLocation"]["uri"], e.url);
  EXPECT_EQ(related["message"]["text"], e.title + ", " + e.locator + ": “" + e.excerpt + "”");
  EXPECT_EQ(result["properties"]["evidence"][0], Json({{"source", e.source},
                                                       {"record", e.record},
                                                       {"title", e.title},
                                                       {"locator", e.locator},
                                                       {"url", e.url},
                                                       {"excerpt", e.excerpt}}));
}

TEST(SarifTest, FingerprintSurvivesEditsElsewhere) {
  std::string article = kArticle;
  std::string edited = article;
  edited.insert(edited.find("The board"), "A paragraph added above, which moves every line.\n\n");
  Json before = Json::parse(Sarif(CheckTextForReport("drafts/a.md", article)));
  Json after = Json::parse(Sarif(CheckTextForReport("drafts/a.md", edited)));
  const Json& moved = SarifResult(after, "spelling");
  EXPECT_EQ(moved["locations"][0]["physicalLocation"]["region"]["startLine"], 12);
  EXPECT_EQ(Fingerprint(moved), Fingerprint(SarifResult(before, "spelling")));
  EXPECT_EQ(Fingerprint(moved).size(), 16u);
  EXPECT_NE(Fingerprint(moved), Fingerprint(SarifResult(after, "repeated-word")));
}

TEST(SarifTest, IdenticalFindingsInOneFileHaveDifferentFingerprints) {
  std::string article = kArticle;
  article += "\nAnother ferry shedule was printed in May.\n";
  Json sarif = Json::parse(Sarif(CheckTextForReport("drafts/a.md", article)));
  std::vector<std::string> fingerprints;
  for (const Json& result : sarif["runs"][0]["results"]) {
    if (result["ruleId"] == "spelling") fingerprints.push_back(Fingerprint(result));
  }
  ASSERT_EQ(fingerprints.size(), 2u);
  EXPECT_NE(fingerprints[0], fingerprints[1]);
}

TEST(SarifTest, ArtifactUriIsAnEncodedReferenceUnderTheRoot) {
  TempDir root;
  const std::string path = (root.path() / "drafts/ferry notes #1?é%.md").string();
  Json sarif = Json::parse(Sarif(CheckTextForReport(path, kArticle), Under(root.path())));
  const Json& run = sarif["runs"][0];
  Json expected = Json::parse(
      R"({"uri": "drafts/ferry%20notes%20%231%3F%C3%A9%25.md", "uriBaseId": "%SRCROOT%"})");
  EXPECT_EQ(run["artifacts"][0]["location"], expected);
  EXPECT_EQ(run["artifacts"][0]["encoding"], "utf-8");
  expected["index"] = 0;
  EXPECT_EQ(run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"], expected);
  // Outside the root: an absolute file URI.
  Json outside =
      Json::parse(Sarif(CheckTextForReport("/elsewhere/a b.md", kArticle), Under(root.path())));
  EXPECT_EQ(outside["runs"][0]["artifacts"][0]["location"],
            Json::parse(R"({"uri": "file:///elsewhere/a%20b.md"})"));
}

TEST(SarifTest, UnreadableFileIsAToolNotification) {
  TempDir root;
  Report report = CheckForReport({root.path() / "missing.md"});
  ASSERT_FALSE(report.files[0].error.ok());
  Json sarif = Json::parse(Sarif(report, Under(root.path())));
  const Json& invocation = sarif["runs"][0]["invocations"][0];
  EXPECT_EQ(invocation["executionSuccessful"], false);
  ASSERT_EQ(invocation["toolExecutionNotifications"].size(), 1u);
  const Json& notification = invocation["toolExecutionNotifications"][0];
  EXPECT_EQ(notification["level"], "error");
  EXPECT_EQ(notification["message"]["text"], report.files[0].error.message());
  EXPECT_EQ(notification["locations"][0]["physicalLocation"]["artifactLocation"],
            Json::parse(R"({"uri": "missing.md", "uriBaseId": "%SRCROOT%", "index": 0})"));
  EXPECT_TRUE(sarif["runs"][0]["results"].empty());

  Json fine = Json::parse(Sarif(CheckTextForReport("drafts/a.md", kArticle)));
  EXPECT_EQ(fine["runs"][0]["invocations"][0], Json::parse(R"({"executionSuccessful": true})"));
}

// ---- GitHub workflow commands ------------------------------------------------------------------

TEST(GithubTest, OneCommandPerFinding) {
  std::vector<std::string> lines = Lines(Github(CheckTextForReport("drafts/a.md", kArticle)));
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0],
            "::error file=drafts/a.md,line=6,endLine=6,col=28,endColumn=35,"
            "title=factlint repeated-word::repeated word \"the\"%0ASuggestion: the");
  EXPECT_TRUE(
      lines[1].starts_with("::notice file=drafts/a.md,line=8,endLine=8,col=25,"
                           "endColumn=85,title=factlint quote-unverified::"))
      << lines[1];
  EXPECT_EQ(lines[2],
            "::error file=drafts/a.md,line=10,endLine=10,col=32,endColumn=39,"
            "title=factlint spelling::unknown word \"shedule\"; did you mean \"schedule\"?"
            "%0ASuggestion: schedule");
}

TEST(GithubTest, EscapesAsTheRunnerRequires) {
  Report report = CheckTextForReport("drafts/a,b:c%d.md", kArticle);
  report.files[0].findings.resize(1);
  report.files[0].findings[0].message = "50% off: a, b\r\nc";
  Evidence evidence;
  evidence.title = "T";
  evidence.locator = "p. 2";
  evidence.url = "https://x.test/a?b=1";
  evidence.excerpt = "E";
  report.files[0].findings[0].evidence.push_back(evidence);
  EXPECT_EQ(Github(report),
            "::error file=drafts/a%2Cb%3Ac%25d.md,line=6,endLine=6,col=28,endColumn=35,"
            "title=factlint repeated-word::50%25 off: a, b%0D%0Ac"
            "%0AEvidence: T, p. 2: “E” <https://x.test/a?b=1>%0ASuggestion: the\n");
}

TEST(GithubTest, UnreadableFileIsAnErrorWithoutLine) {
  TempDir root;
  Report report = CheckForReport({root.path() / "missing.md"});
  ASSERT_FALSE(report.files[0].error.ok());
  std::string message = report.files[0].error.message();
  std::string escaped;
  for (char c : message) escaped += c == '%' ? std::string("%25") : std::string(1, c);
  EXPECT_EQ(Github(report, Under(root.path())), "::error file=missing.md::" + escaped + "\n");
}

// ---- rdjson ------------------------------------------------------------------------------------

TEST(RdjsonTest, ColumnsCountBytes) {
  Json rdjson = Json::parse(Rdjson(CheckTextForReport("drafts/a.md", kArticle)));
  EXPECT_EQ(rdjson["source"], Json::parse(R"({"name": "factlint"})"));
  EXPECT_EQ(RdjsonDiagnostic(rdjson, "repeated-word"), Json::parse(R"({
      "message": "repeated word \"the\"",
      "location": {"path": "drafts/a.md",
                   "range": {"start": {"line": 6, "column": 30}, "end": {"line": 6, "column": 37}}},
      "severity": "ERROR",
      "code": {"value": "repeated-word"},
      "suggestions": [{
        "range": {"start": {"line": 6, "column": 30}, "end": {"line": 6, "column": 37}},
        "text": "the"}]})"));
}

TEST(RdjsonTest, SuggestionAndSeverities) {
  Json rdjson = Json::parse(Rdjson(CheckTextForReport("drafts/a.md", kArticle)));
  const Json& spelling = RdjsonDiagnostic(rdjson, "spelling");
  EXPECT_EQ(spelling["suggestions"], Json::parse(R"([{
      "range": {"start": {"line": 10, "column": 32}, "end": {"line": 10, "column": 39}},
      "text": "schedule"}])"));
  EXPECT_EQ(RdjsonDiagnostic(rdjson, "quote-unverified")["severity"], "INFO");
}

TEST(RdjsonTest, EvidenceWithUrlIsARelatedLocation) {
  Report report = CheckForReport({SourceDir() / "examples/binance-resolution.md"});
  const Finding& finding = report.files[0].findings[0];
  ASSERT_FALSE(finding.evidence.empty());
  ASSERT_FALSE(finding.evidence[0].url.empty());
  Json diagnostic = Json::parse(Rdjson(report))["diagnostics"][0];
  EXPECT_EQ(diagnostic["related_locations"][0]["location"]["path"], finding.evidence[0].url);
  EXPECT_NE(diagnostic["message"].get<std::string>().find(finding.evidence[0].excerpt),
            std::string::npos);
}

TEST(RdjsonTest, UnreadableFileHasOnlyMessageAndPath) {
  TempDir root;
  Report report = CheckForReport({root.path() / "missing.md"});
  Json rdjson = Json::parse(Rdjson(report, Under(root.path())));
  EXPECT_EQ(rdjson["diagnostics"], Json::array({{{"message", report.files[0].error.message()},
                                                 {"location", {{"path", "missing.md"}}}}}));
}

TEST(LocationTest, ByteColumnCountsUtf8Bytes) {
  // reviewdog.rdf.Position's own example: in "a𐐀b" the column of b is 6.
  auto doc = Document::Read("x.md",
                            "first line\na\xF0\x90\x90\x80"
                            "b\n");
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  const size_t b = (*doc)->original().find('b', 11);
  EXPECT_EQ(ByteColumnOf(**doc, 11), 1);
  EXPECT_EQ(ByteColumnOf(**doc, 12), 2);
  EXPECT_EQ(ByteColumnOf(**doc, b), 6);
  EXPECT_EQ(ByteColumnOf(**doc, b + 1), 7);  // just past the last character of the line
  EXPECT_EQ((*doc)->LineColumnOf(b).column, 3);
}

TEST(LocationTest, EvidenceCitationLeavesOutEmptyParts) {
  Evidence evidence;
  evidence.title = "Harbour board minutes";
  evidence.locator = "item 4";
  evidence.excerpt = "dredging is planned";
  EXPECT_EQ(EvidenceCitation(evidence), "Harbour board minutes, item 4: “dredging is planned”");
  evidence.title.clear();
  EXPECT_EQ(EvidenceCitation(evidence), "item 4: “dredging is planned”");
  evidence.locator.clear();
  EXPECT_EQ(EvidenceCitation(evidence), "“dredging is planned”");
}

// ---- The CLI -----------------------------------------------------------------------------------

TEST(CiReportCliTest, SarifUrisAreRelative) {
  CliResult result = RunCli(
      {"check", "--format", "sarif", (SourceDir() / "examples/binance-resolution.md").string()});
  ASSERT_TRUE(result.exit_code == 0 || result.exit_code == 1) << result.err;
  Json sarif = Json::parse(result.out);
  const Json& results = sarif["runs"][0]["results"];
  ASSERT_FALSE(results.empty());
  const Json& artifact = results[0]["locations"][0]["physicalLocation"]["artifactLocation"];
  const std::string uri = artifact["uri"];
  EXPECT_FALSE(uri.starts_with("/")) << uri;
  EXPECT_EQ(uri.find("://"), std::string::npos) << uri;
  EXPECT_TRUE(uri.ends_with("examples/binance-resolution.md")) << uri;
  EXPECT_EQ(artifact["uriBaseId"], "%SRCROOT%");
}

}  // namespace
}  // namespace factlint::testing
