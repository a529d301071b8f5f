// The real binary, as a user or a CI job runs it: exit codes, output shapes, and error messages.
#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_support.h"

namespace factlint {
namespace {

namespace fs = std::filesystem;
using testing::RunCli;
using testing::TempDir;

const std::string kWrongConversion =
    "---\ndate: 2022-02-07\n---\nThe fund lost 50 million dollars (about 54 million euros).\n";
const std::string kClean = "---\ndate: 2022-02-07\n---\nThe fund lost 50 million dollars.\n";

std::string Example() { return (testing::SourceDir() / "examples" / "council-budget.md").string(); }

TEST(Cli, ExampleArticleGivesTheDocumentedFindings) {
  auto run = RunCli({"check", Example(), "--color", "never"});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_NE(run.out.find("council-budget.md:14:58: error: roughly $40 million does not match €30 "
                         "million at the ECB reference rate of 2022-02-07 (1 EUR = 1.1447 USD): "
                         "expected roughly $34.3 million [currency-conversion]"),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("council-budget.md:17:1: error: repeated word \"The\" [repeated-word]"),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("1 file checked: 2 errors, 0 warnings, 0 infos; 8 claims: 1 supported, "
                         "1 contradicted, 6 unverified"),
            std::string::npos)
      << run.out;
}

TEST(Cli, TextReportUnderlinesTheSpan) {
  TempDir dir;
  std::string path = dir.Write("a.md", kWrongConversion);
  auto run = RunCli({"check", path, "--color", "never"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.out,
            path +
                ":4:35: error: about 54 million euros does not match 50 million dollars at the "
                "ECB reference rate of 2022-02-04 (1 EUR = 1.1464 USD): expected about 43.6 "
                "million euros [currency-conversion]\n"
                " 4 | The fund lost 50 million dollars (about 54 million euros).\n"
                "   |                                   ^^^^^^^^^^^^^^^^^^^^^^\n"
                "   = evidence: Euro foreign exchange reference rates, USD per EUR, 2022-02-04: "
                "\"2022-02-04: 1 EUR = 1.1464 USD\" "
                "<https://www.ecb.europa.eu/stats/policy_and_exchange_rates/"
                "euro_reference_exchange_rates/html/index.en.html>\n"
                "   = suggestion: about 43.6 million euros\n"
                "1 file checked: 1 error, 0 warnings, 0 infos; 2 claims: 0 supported, 1 "
                "contradicted, 1 unverified\n");
}

TEST(Cli, JsonReportHasTheDocumentedShape) {
  TempDir dir;
  std::string path = dir.Write("a.md", kWrongConversion);
  auto run = RunCli({"check", path, "--format", "json"});
  EXPECT_EQ(run.exit_code, 1);
  auto json = nlohmann::json::parse(run.out);
  EXPECT_EQ(json["version"], 1);
  ASSERT_EQ(json["files"].size(), 1u);
  const auto& file = json["files"][0];
  EXPECT_EQ(file["path"], path);
  EXPECT_EQ(file["date"], "2022-02-07");
  ASSERT_EQ(file["findings"].size(), 1u);
  const auto& finding = file["findings"][0];
  EXPECT_EQ(finding["rule"], "currency-conversion");
  EXPECT_EQ(finding["severity"], "error");
  EXPECT_EQ(finding["text"], "about 54 million euros");
  EXPECT_EQ(finding["span"], nlohmann::json::parse(R"({"start": 59, "end": 81, "line": 4,
      "column": 35, "end_line": 4, "end_column": 57})"));
  EXPECT_EQ(finding["suggestion"], "about 43.6 million euros");
  EXPECT_EQ(finding["evidence"][0]["source"], "ecb-eurofxref");
  EXPECT_EQ(finding["evidence"][0]["record"], "USD/2022-02-04");
  // The ledger: the dollar figure (to be checked against its source) and the conversion.
  ASSERT_EQ(file["claims"].size(), 2u);
  EXPECT_EQ(file["claims"][0]["kind"], "money");
  EXPECT_EQ(file["claims"][0]["text"], "50 million dollars");
  EXPECT_EQ(file["claims"][0]["status"], "unverified");
  const auto& claim = file["claims"][1];
  EXPECT_EQ(claim["kind"], "conversion");
  EXPECT_EQ(claim["status"], "contradicted");
  EXPECT_EQ(claim["normalized"]["from"], nlohmann::json::parse(
                                             R"({"value": 50000000, "unit": "USD",
                                                 "qualifier": "exact"})"));
  EXPECT_EQ(claim["normalized"]["to"]["qualifier"], "about");
  EXPECT_EQ(json["summary"], nlohmann::json::parse(R"({"files": 1, "unreadable": 0, "errors": 1,
      "warnings": 0, "infos": 0, "claims": 2, "supported": 0, "contradicted": 1,
      "unverified": 1})"));
}

TEST(Cli, ExitCodesFollowFailOn) {
  TempDir dir;
  std::string clean = dir.Write("clean.md", kClean);
  std::string wrong = dir.Write("wrong.md", kWrongConversion);
  EXPECT_EQ(RunCli({"check", clean}).exit_code, 0);
  EXPECT_EQ(RunCli({"check", wrong}).exit_code, 1);
  EXPECT_EQ(RunCli({"check", wrong, "--fail-on", "never"}).exit_code, 0);
  EXPECT_EQ(RunCli({"check", clean, "--fail-on", "info"}).exit_code, 0);
}

TEST(Cli, UsageErrorsExitTwo) {
  EXPECT_EQ(RunCli({}).exit_code, 2);
  EXPECT_EQ(RunCli({"check"}).exit_code, 2);
  EXPECT_EQ(RunCli({"check", Example(), "--format", "yaml"}).exit_code, 2);
  auto bad_date = RunCli({"check", Example(), "--date", "7 Feb 2022"});
  EXPECT_EQ(bad_date.exit_code, 2);
  EXPECT_EQ(bad_date.err, "factlint: --date: expected YYYY-MM-DD, got '7 Feb 2022'\n");
  EXPECT_EQ(RunCli({"--help"}).exit_code, 0);
  EXPECT_EQ(RunCli({"check", "--help"}).exit_code, 0);
  EXPECT_EQ(RunCli({"corpus", "build", "--help"}).exit_code, 0);
  auto version = RunCli({"version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_EQ(version.out.rfind("factlint ", 0), 0u);
}

TEST(Cli, InvalidUtf8IsAnInputErrorNamingTheByte) {
  TempDir dir;
  std::string path = dir.Write("bad.md", std::string("Caf\xc3\xa9 ok.\nThen \xff here.\n"));
  auto run = RunCli({"check", path});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "factlint: error: " + path + ":2:6: invalid UTF-8 at byte 15\n");
}

TEST(Cli, AMissingFileDoesNotStopTheOthers) {
  TempDir dir;
  std::string good = dir.Write("good.md", kWrongConversion);
  std::string missing = (dir.path() / "missing.md").string();
  auto run = RunCli({"check", missing, good, "--format", "json"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err,
            "factlint: error: " + missing + ": cannot open the file: No such file or directory\n");
  auto json = nlohmann::json::parse(run.out);
  ASSERT_EQ(json["files"].size(), 2u);
  EXPECT_EQ(json["files"][0]["error"],
            missing + ": cannot open the file: No such file or directory");
  EXPECT_EQ(json["files"][1]["findings"].size(), 1u);
  EXPECT_EQ(json["summary"]["unreadable"], 1);
}

TEST(Cli, FoldersAreCheckedRecursivelyInSortedOrder) {
  TempDir dir;
  dir.Write("drafts/b.md", kClean);
  dir.Write("drafts/sub/a.markdown", kWrongConversion);
  dir.Write("drafts/notes.docx", "not an article");
  auto run = RunCli({"check", (dir.path() / "drafts").string(), "--format", "json"});
  EXPECT_EQ(run.exit_code, 1);
  auto json = nlohmann::json::parse(run.out);
  ASSERT_EQ(json["files"].size(), 2u);
  EXPECT_EQ(json["files"][0]["path"], (dir.path() / "drafts" / "b.md").string());
  EXPECT_EQ(json["files"][1]["path"], (dir.path() / "drafts" / "sub" / "a.markdown").string());
}

TEST(Cli, StdinIsCheckedUnderItsGivenName) {
  auto run =
      RunCli({"check", "-", "--stdin-filename", "draft.md", "--format", "json"}, kWrongConversion);
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(nlohmann::json::parse(run.out)["files"][0]["path"], "draft.md");
}

TEST(Cli, OutputFileIsWrittenWhole) {
  TempDir dir;
  std::string article = dir.Write("a.md", kWrongConversion);
  std::string report = (dir.path() / "report.json").string();
  auto run = RunCli({"check", article, "--format", "json", "--output", report});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(nlohmann::json::parse(testing::ReadFile(report))["summary"]["errors"], 1);
  // Only the report is left: no temporary file beside it.
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 2);
}

TEST(Cli, DateOptionOverridesTheFrontMatter) {
  TempDir dir;
  std::string path = dir.Write("a.md", kWrongConversion);
  auto run = RunCli({"check", path, "--format", "json", "--date", "2022-02-01"});
  auto json = nlohmann::json::parse(run.out);
  EXPECT_EQ(json["files"][0]["date"], "2022-02-01");
  EXPECT_EQ(json["files"][0]["findings"][0]["evidence"][0]["record"], "USD/2022-01-31");
}

TEST(Cli, CorpusBuildNamesTheBrokenFieldAndLeavesNoDatabase) {
  TempDir dir;
  std::string source = dir.Write("src/sources/bad.yaml",
                                 "id: bad\ntitle: A report\npublisher: Someone\nkind: report\n"
                                 "published: 2022-01-01\nurl: https://example.org/r\n"
                                 "statements:\n  - id: s1\n    text: \"It rose.\"\n"
                                 "    locator: p. 1\n    unit: USD\n    value: fifty\n");
  std::string db = (dir.path() / "out.db").string();
  auto run = RunCli({"corpus", "build", (dir.path() / "src").string(), "-o", db});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err,
            "factlint: " + source + ":12: statements[0].value: expected a number, got 'fifty'\n" +
                source +
                ":12: statements[0].measure: required when a value is given (the measure the "
                "value counts)\n" +
                source +
                ":3: publisher: 'Someone' names no entity (give an entity's id, name or alias, "
                "and add the entity to entities.yaml if it is missing)\n");
  EXPECT_FALSE(fs::exists(db));
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1);
}

TEST(Cli, ADatabaseOfAnotherSchemaVersionIsRefused) {
  TempDir dir;
  std::string db = (dir.path() / "old.db").string();
  {
    SQLite::Database handle(db, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    handle.exec("CREATE TABLE t(x); PRAGMA user_version = 7;");
  }
  TempDir articles;
  std::string path = articles.Write("a.md", kClean);
  auto run = RunCli({"check", path, "--corpus", db});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "factlint: " + db +
                         ": corpus schema version 7, this factlint reads version 2; rebuild it "
                         "with 'factlint corpus build'\n");
}

TEST(Cli, NotADatabaseIsRefused) {
  TempDir dir;
  std::string db = dir.Write("notes.db", "these are not the droids\n");
  auto run = RunCli({"corpus", "stats", db});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find(db), std::string::npos) << run.err;
}

TEST(Cli, CorpusStatsOfTheDefaultCorpus) {
  auto run = RunCli({"corpus", "stats", testing::DefaultCorpus()});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("schema version  2"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("exchange rates  12 (2022-01-27 to 2022-02-11; USD)"), std::string::npos)
      << run.out;
}

TEST(Cli, ImportedEcbHistoryGivesTheRateOfAnyDay) {
  fs::path csv = testing::SharedDir() / "data" / "ecb_eurofxref-hist.csv";
  if (!fs::exists(csv)) GTEST_SKIP() << csv << " is absent";
  TempDir dir;
  std::string db = (dir.path() / "corpus.db").string();
  fs::copy_file(testing::DefaultCorpus(), db);
  auto import = RunCli({"corpus", "import-fx", csv.string(), "--db", db});
  ASSERT_EQ(import.exit_code, 0) << import.err;
  // 2019-05-02 is a Thursday after the 1 May holiday: the reference rate for copy of that day is
  // the last one published before it, 2019-04-30's 1.1218 (the default corpus has no 2019 rates).
  std::string path = dir.Write("a.md",
                               "---\ndate: 2019-05-02\n---\nIt cost $10 million (about €8.9 "
                               "million), or $20 million (€20 million) with fees.\n");
  auto run = RunCli({"check", path, "--corpus", db, "--format", "json"});
  auto json = nlohmann::json::parse(run.out);
  nlohmann::json claims = nlohmann::json::array();
  for (const auto& claim : json["files"][0]["claims"]) {
    if (claim["kind"] == "conversion") claims.push_back(claim);
  }
  ASSERT_EQ(claims.size(), 2u) << run.out;
  EXPECT_EQ(claims[0]["status"], "supported");
  EXPECT_EQ(claims[0]["evidence"][0]["excerpt"], "2019-04-30: 1 EUR = 1.1218 USD");
  EXPECT_EQ(claims[1]["status"], "contradicted");
  EXPECT_EQ(claims[1]["evidence"][0]["excerpt"], "2019-04-30: 1 EUR = 1.1218 USD");
  EXPECT_EQ(json["files"][0]["findings"][0]["suggestion"], "€17.8 million");
  // Without the imported history the same article has no rate to check against.
  auto bare = RunCli({"check", path, "--format", "json"});
  EXPECT_EQ(nlohmann::json::parse(bare.out)["summary"]["unverified"], 4);
}

TEST(Cli, RulesListAndExplain) {
  auto list = RunCli({"rules", "list"});
  EXPECT_EQ(list.exit_code, 0);
  EXPECT_NE(list.out.find("currency-conversion"), std::string::npos);
  EXPECT_NE(list.out.find("repeated-word"), std::string::npos);
  auto explain = RunCli({"rules", "explain", "repeated-word"});
  EXPECT_EQ(explain.exit_code, 0);
  EXPECT_NE(explain.out.find("The same word twice in a row"), std::string::npos);
  // The parameters and one of the rule's tested examples with the finding it gives.
  EXPECT_NE(explain.out.find("Parameters:\n\n    ignore-case: true\n"), std::string::npos);
  EXPECT_NE(explain.out.find("An example finding (one of the rule's tested examples):\n\n"
                             "    The the board met on Monday.\n\n"
                             "    error: repeated word \"The\" [repeated-word]\n"
                             "      at \"The the\"\n"),
            std::string::npos)
      << explain.out;
  auto unknown = RunCli({"rules", "explain", "no-such-rule"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_EQ(unknown.err, "factlint: no rule 'no-such-rule' (see 'factlint rules list')\n");
}

TEST(Cli, ExtractPrintsTheNormalizedClaims) {
  TempDir dir;
  std::string path = dir.Write("a.md", kWrongConversion);
  auto run = RunCli({"extract", path});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  auto claims = nlohmann::json::parse(run.out)["files"][0]["claims"];
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[1]["kind"], "conversion");
  EXPECT_EQ(claims[1]["normalized"]["to"], nlohmann::json::parse(
                                               R"({"value": 54000000, "unit": "EUR",
                                                   "qualifier": "about"})"));
}

// extract runs no rules, so an inline directive naming a rule is not an unknown rule there.
TEST(Cli, ExtractReportsNoDirectiveFindings) {
  TempDir dir;
  std::string path =
      dir.Write("a.md", "<!-- factlint-disable spelling -->\nThe fund lost $5 million.\n");
  auto run = RunCli({"extract", path});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  auto file = nlohmann::json::parse(run.out)["files"][0];
  EXPECT_EQ(file["findings"], nlohmann::json::array());
  EXPECT_EQ(file["claims"].size(), 1u);
}

}  // namespace
}  // namespace factlint
