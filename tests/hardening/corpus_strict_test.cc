// The corpus says no to what it cannot use (issue 12, section 4), through the real CLI: each
// record that would build but never match, each rate credited to a source that did not give it,
// stops `factlint corpus build` with its exact "path:line: field: message" and exit code 2,
// writes no database and leaves an existing one byte for byte as it was; `corpus validate` finds
// the same and writes nothing. Also the corpus's bounded reading (import-fx of a device or a
// folder, an empty database) and the YAML hygiene every YAML reader shares (a NUL byte, deep
// nesting).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "test_support.h"

namespace factlint {
namespace {

namespace fs = std::filesystem;
using testing::CliResult;
using ::testing::HasSubstr;
using testing::ReadFile;
using testing::RunCli;
using ::testing::StartsWith;
using testing::TempDir;

constexpr char kEntities[] = R"(entities:
  - id: acme
    name: Acme Research
    type: company
    aliases: [Acme]
  - id: north-korea
    name: North Korea
    type: country
    aliases: [DPRK]
  - id: ecb
    name: European Central Bank
    type: organisation
    aliases: [ECB]
)";

constexpr char kMeasures[] = R"(measures:
  stolen:
    unit_kind: money
    cues: [stole]
  attacks:
    unit_kind: count
    cues: [attacks]
)";

constexpr char kEcbSource[] =
    "id: ecb-eurofxref\ntitle: Euro foreign exchange reference rates\npublisher: ECB\n"
    "kind: dataset\n";

// A source document published by Acme, `records` (YAML) after its head (lines 1 to 4).
std::string Source(const std::string& id, const std::string& records) {
  return "id: " + id + "\ntitle: T\npublisher: Acme\nkind: report\n" + records;
}

// A source whose one statement's figure is `fields` (a flow map's fields), on line 6.
std::string Statement(const std::string& fields) {
  return Source("s", "statements:\n  - {id: s1, text: t, " + fields + "}\n");
}

class CorpusStrict : public ::testing::Test {
 protected:
  void SetUp() override {
    src_ = (dir_.path() / "src").string();
    dir_.Write("src/entities.yaml", kEntities);
    dir_.Write("src/measures.yaml", kMeasures);
    old_db_ = (dir_.path() / "old.db").string();
    fs::copy_file(testing::DefaultCorpus(), old_db_);
    old_bytes_ = ReadFile(old_db_);
    new_db_ = (dir_.path() / "new.db").string();
  }

  std::string Src(const std::string& relative) const { return src_ + "/" + relative; }

  // `corpus build src` is refused with `message` (its whole stderr but "factlint: "), over the
  // existing database and to a new path alike, and writes neither; `corpus validate src` prints
  // the same lines first and exits 2.
  void ExpectRefused(const std::string& message) {
    for (const std::string& db : {old_db_, new_db_}) {
      CliResult run = RunCli({"corpus", "build", src_, "-o", db});
      EXPECT_EQ(run.exit_code, 2) << run.out;
      EXPECT_EQ(run.err, "factlint: " + message + "\n");
      EXPECT_EQ(run.out, "");
    }
    EXPECT_TRUE(ReadFile(old_db_) == old_bytes_) << old_db_ << " was changed";
    EXPECT_FALSE(fs::exists(new_db_));
    EXPECT_EQ(std::distance(fs::directory_iterator(dir_.path()), fs::directory_iterator()), 2);
    CliResult validate = RunCli({"corpus", "validate", src_});
    EXPECT_EQ(validate.exit_code, 2);
    EXPECT_THAT(validate.out, StartsWith(message + "\n"));
    EXPECT_EQ(validate.err, "");
    EXPECT_EQ(std::distance(fs::directory_iterator(dir_.path()), fs::directory_iterator()), 2);
  }

  TempDir dir_;
  std::string src_, old_db_, new_db_, old_bytes_;
};

// --- Figures --------------------------------------------------------------------------------

TEST_F(CorpusStrict, AMoneyUnitThatIsNoIsoCode) {
  dir_.Write("src/sources/s.yaml", Source("s", R"(statements:
  - {id: a, text: t, measure: stolen, value: 5, unit: usd}
  - {id: b, text: t, measure: stolen, value: 5, unit: dollars}
  - {id: c, text: t, measure: stolen, value: 5, unit: US$}
  - {id: d, text: t, measure: stolen, value: 5, unit: XYZ}
  - {id: e, text: t, measure: stolen, value: 5, unit: ''}
)"));
  const std::string s = Src("sources/s.yaml");
  const std::string money = "unit: measure 'stolen' is money, and '";
  const std::string code =
      "' is not an ISO 4217 currency code; write the currency's three-letter "
      "code, such as USD\n";
  ExpectRefused(s + ":10: statements[4].unit: must not be empty\n" + s + ":6: statements[0]." +
                money + "usd' is not an ISO 4217 currency code; did you mean 'USD'?\n" + s +
                ":7: statements[1]." + money + "dollars" + code + s + ":8: statements[2]." + money +
                "US$" + code + s + ":9: statements[3]." + money +
                "XYZ' is not an ISO "
                "4217 currency code; write the currency's three-letter code, such as USD");
}

TEST_F(CorpusStrict, ACurrencyOnACountMeasure) {
  dir_.Write("src/sources/s.yaml", Statement("measure: attacks, value: 7, unit: USD"));
  ExpectRefused(Src("sources/s.yaml") +
                ":6: statements[0].unit: 'USD' is a currency, and measure 'attacks' is a count "
                "(unit_kind: count): its unit is what is counted, such as 'attacks'");
}

TEST_F(CorpusStrict, AValueWithoutAMeasure) {
  dir_.Write("src/sources/s.yaml", Statement("value: 7, unit: attacks"));
  ExpectRefused(Src("sources/s.yaml") +
                ":6: statements[0].measure: required when a value is given (the measure the "
                "value counts)");
}

TEST_F(CorpusStrict, AnEmptyValueWithAUnit) {
  dir_.Write("src/sources/s.yaml", Statement("measure: stolen, value: ~, unit: USD"));
  ExpectRefused(Src("sources/s.yaml") +
                ":6: statements[0].value: is empty, but a unit is given: write the number, or "
                "remove the unit");
}

TEST_F(CorpusStrict, ANegativeValueOfAMeasureThatCannotBe) {
  dir_.Write("src/sources/s.yaml", Statement("measure: attacks, value: -3, unit: attacks"));
  ExpectRefused(Src("sources/s.yaml") +
                ":6: statements[0].value: -3 is negative, and measure 'attacks' cannot be (say "
                "'can_be_negative: true' in measures.yaml if it can)");
}

// --- Names, ids and links -------------------------------------------------------------------

TEST_F(CorpusStrict, ASubjectSpeakerOrPublisherThatIsNoEntity) {
  dir_.Write("src/sources/s.yaml", R"(id: s
title: T
publisher: Acme Corp
kind: report
statements:
  - {id: a, text: t, subject: Pyongyang}
quotes:
  - {id: q, text: t, speaker: an official}
)");
  const std::string s = Src("sources/s.yaml");
  const std::string none =
      " names no entity (give an entity's id, name or alias, and add the entity to "
      "entities.yaml if it is missing)";
  ExpectRefused(s + ":6: statements[0].subject: 'Pyongyang'" + none + "\n" + s +
                ":8: quotes[0].speaker: 'an official'" + none + "\n" + s +
                ":3: publisher: 'Acme Corp'" + none);
}

TEST_F(CorpusStrict, OneAliasOnTwoEntities) {
  dir_.Write("src/people.yaml",
             "entities:\n  - id: acme-labs\n    name: Acme Labs\n    type: company\n"
             "    aliases: [Acme]\n");
  ExpectRefused(Src("people.yaml") +
                ":5: entities[0].aliases[0]: 'Acme' is also a name of entity 'acme' (" +
                Src("entities.yaml") + ":5); a name or alias belongs to one entity");
}

TEST_F(CorpusStrict, ASourceIdThatIsNotItsFileName) {
  dir_.Write("src/sources/acme-2023.yaml", Source("acme-2022", ""));
  ExpectRefused(Src("sources/acme-2023.yaml") +
                ":1: id: 'acme-2022' differs from the file name 'acme-2023'");
}

TEST_F(CorpusStrict, AUrlThatIsNotHttp) {
  dir_.Write("src/sources/s.yaml", Source("s", "url: javascript:alert(1)\n"));
  ExpectRefused(Src("sources/s.yaml") +
                ":5: url: expected an http:// or https:// URL, got 'javascript:alert(1)'");
}

// --- Files ----------------------------------------------------------------------------------

TEST_F(CorpusStrict, ASourceFileWithItsExtensionInCapitals) {
  dir_.Write("src/sources/S.YAML", Source("S", ""));
  ExpectRefused(Src("sources/S.YAML") +
                ": the extension must be written in lower case (.yaml), or the file is not read");
}

TEST_F(CorpusStrict, AFileOfAnotherKindIsSkippedWithAWarning) {
  dir_.Write("src/sources/s.yaml.orig", Source("s", ""));
  dir_.Write("src/README.md", "# our corpus\n");
  CliResult run = RunCli({"corpus", "build", src_, "-o", new_db_});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err, "factlint: warning: " + Src("sources/s.yaml.orig") +
                         ": not read: not a corpus file (.yaml, .yml or .csv)\n");
  CliResult validate = RunCli({"corpus", "validate", src_});
  EXPECT_EQ(validate.exit_code, 0);
  EXPECT_EQ(validate.out, "warning: " + Src("sources/s.yaml.orig") +
                              ": not read: not a corpus file (.yaml, .yml or .csv)\n"
                              "2 files checked: 0 errors, 1 warning (3 entities, 2 measures, 0 "
                              "sources, 0 statements, 0 quotes, 0 lexicon terms, 0 exchange "
                              "rates)\n");
}

TEST_F(CorpusStrict, ASourceFileThatIsNotUtf8) {
  // Latin-1 "café": its "exact words" would come out with U+FFFD.
  dir_.Write("src/sources/s.yaml",
             Source("s", "quotes:\n  - {id: q, text: \"caf\xe9\", speaker: Acme}\n"));
  ExpectRefused(Src("sources/s.yaml") + ":6: yaml: invalid UTF-8 at column 23");
}

TEST_F(CorpusStrict, ANulByteAndDeepNestingInASource) {
  dir_.Write("src/sources/n.yaml", Source("n", std::string("note: \"a\0b\"\n", 12)));
  dir_.Write("src/sources/d.yaml", Source("d", "note: " + std::string(5000, '[') + "\n"));
  ExpectRefused(Src("sources/d.yaml") + ":5: yaml: nested deeper than 100 levels\n" +
                Src("sources/n.yaml") + ":5: yaml: NUL byte at column 9");
}

// --- Measures -------------------------------------------------------------------------------

TEST_F(CorpusStrict, TheShortFormOfAMeasureIsRead) {
  dir_.Write("src/measures.yaml", "measures:\n  crypto-stolen: [stole, stolen, theft]\n");
  dir_.Write("src/sources/s.yaml",
             Statement("measure: crypto-stolen, value: 5, unit: USD, subject: DPRK"));
  CliResult run = RunCli({"corpus", "build", src_, "-o", new_db_});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(run.out, new_db_ +
                         ": 3 files: 3 entities, 1 measures, 1 sources, 1 statements, 0 quotes, 0 "
                         "lexicon terms, 0 exchange rates\n");
}

TEST_F(CorpusStrict, AMeasuresFileInAShapeTheLoaderDoesNotKnow) {
  dir_.Write("src/measures.yaml",
             "measures:\n  stolen:\n    unit_kind: money\n    cue_words: [stole]\n"
             "aliases:\n  stole: stolen\n");
  const std::string m = Src("measures.yaml");
  ExpectRefused(m + ":5: aliases: unknown key; expected one of measures\n" + m +
                ":4: measures.stolen.cue_words: unknown key; expected one of cues, unit_kind, "
                "description, can_be_negative\n" +
                m + ":3: measures.stolen.cues: required field is missing");
}

// --- Rates ----------------------------------------------------------------------------------

TEST_F(CorpusStrict, ARateFileThatNamesNoSource) {
  dir_.Write("src/fx/eurofxref-hist.csv", "Date,USD\n2022-02-04,1.1464\n");
  ExpectRefused(Src("fx/eurofxref-hist.csv") +
                ": no source 'eurofxref-hist': a rate file is credited to the source whose id is "
                "its file name");
}

TEST_F(CorpusStrict, AEuroColumn) {
  dir_.Write("src/sources/ecb-eurofxref.yaml", kEcbSource);
  dir_.Write("src/fx/ecb-eurofxref.csv", "Date,USD,EUR\n2022-02-04,1.1464,1\n");
  ExpectRefused(Src("fx/ecb-eurofxref.csv") +
                ":1: column 3: EUR: the rates are units of each currency per euro, so the euro "
                "has no column");
}

TEST_F(CorpusStrict, TwoRateFilesThatDisagree) {
  dir_.Write("src/sources/ecb-eurofxref.yaml", kEcbSource);
  dir_.Write("src/sources/acme-fx.yaml", Source("acme-fx", ""));
  dir_.Write("src/fx/acme-fx.csv", "Date,USD\n2022-02-04,1.15\n");
  dir_.Write("src/fx/ecb-eurofxref.csv", "Date,USD\n2022-02-07,1.1447\n2022-02-04,1.1464\n");
  ExpectRefused(Src("fx/ecb-eurofxref.csv") + ":3: USD: 2022-02-04 is 1.1464 here but 1.15 in " +
                Src("fx/acme-fx.csv") + ":2");
}

// --- import-fx ------------------------------------------------------------------------------

TEST(CorpusImportFx, ADifferentRateIsRefusedUnlessReplaced) {
  TempDir dir;
  const std::string db = (dir.path() / "corpus.db").string();
  fs::copy_file(testing::DefaultCorpus(), db);
  const std::string before = ReadFile(db);
  // The default corpus has USD 1.1464 on 2022-02-04 and 1.1447 on 2022-02-07.
  const std::string csv =
      dir.Write("rates.csv", "Date,USD,GBP\n2022-02-07,1.1447,0.8456\n2022-02-04,1.5,0.844\n");
  CliResult refused = RunCli({"corpus", "import-fx", csv, "--db", db});
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_EQ(refused.out, "");
  EXPECT_THAT(refused.err,
              StartsWith("factlint: " + db + ": 1 rate of " + csv +
                         " differs from the database's; nothing was imported (--replace replaces "
                         "them)\n" +
                         csv + ":3: USD: 2022-02-04 is 1.5 here but 1.1464 in the database ("));
  EXPECT_THAT(refused.err, HasSubstr("corpus/fx/ecb-eurofxref.csv:"));
  EXPECT_TRUE(ReadFile(db) == before);
  CliResult replaced = RunCli({"corpus", "import-fx", csv, "--db", db, "--replace"});
  EXPECT_EQ(replaced.exit_code, 0) << replaced.err;
  EXPECT_EQ(replaced.out, db + ": imported 3 exchange rates from " + csv +
                              " (2 new, 1 replaced, 1 already there)\n");
}

TEST(CorpusImportFx, ADeviceAFolderAndAnEmptyDatabase) {
  TempDir dir;
  const std::string db = (dir.path() / "corpus.db").string();
  fs::copy_file(testing::DefaultCorpus(), db);
  const std::string before = ReadFile(db);
  CliResult zero = RunCli({"corpus", "import-fx", "/dev/zero", "--db", db});
  EXPECT_EQ(zero.exit_code, 2);
  EXPECT_EQ(zero.err, "factlint: /dev/zero: not a regular file (character device)\n");
  const std::string folder = (dir.path() / "rates").string();
  fs::create_directories(folder);
  CliResult directory = RunCli({"corpus", "import-fx", folder, "--db", db});
  EXPECT_EQ(directory.exit_code, 2);
  EXPECT_EQ(directory.err, "factlint: " + folder + ": is a folder, not a file\n");
  EXPECT_TRUE(ReadFile(db) == before);

  const std::string empty = dir.Write("empty.db", "");
  const std::string csv = dir.Write("rates.csv", "Date,USD\n2022-02-04,1.1464\n");
  const std::string message = "factlint: " + empty + ": empty file, not a corpus database\n";
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"corpus", "import-fx", csv, "--db", empty},
        std::vector<std::string>{"corpus", "stats", empty},
        std::vector<std::string>{"check", csv, "--corpus", empty}}) {
    CliResult run = RunCli(args);
    EXPECT_EQ(run.exit_code, 2) << args[1];
    EXPECT_EQ(run.err, message) << args[1];
  }
  EXPECT_EQ(ReadFile(empty), "");
}

// --- corpus validate ------------------------------------------------------------------------

TEST(CorpusValidate, TheShippedCorpusIsClean) {
  const std::string corpus = (testing::SourceDir() / "corpus").string();
  CliResult run = RunCli({"corpus", "validate", corpus});
  EXPECT_EQ(run.exit_code, 0) << run.out;
  EXPECT_EQ(run.err, "");
  EXPECT_THAT(run.out, ::testing::ContainsRegex("^[0-9]+ files checked: 0 errors, 0 warnings \\("));
  EXPECT_THAT(run.out, ::testing::EndsWith(" exchange rates)\n"));
  CliResult json = RunCli({"corpus", "validate", corpus, "--format", "json"});
  EXPECT_EQ(json.exit_code, 0);
  const nlohmann::json report = nlohmann::json::parse(json.out);
  EXPECT_EQ(report["error_count"], 0);
  EXPECT_TRUE(report["errors"].empty());
  EXPECT_TRUE(report["warnings"].empty());
  EXPECT_GT(report["records"]["sources"], 0);
  EXPECT_GT(report["records"]["fx_rates"], 0);
}

TEST_F(CorpusStrict, ValidateListsEveryProblemAsTextAndJson) {
  dir_.Write("src/sources/s.yaml", Statement("measure: stolen, value: 5, unit: usd"));
  dir_.Write("src/sources/t.yaml", Source("x", ""));
  dir_.Write("src/notes.txt", "to do\n");
  CliResult text = RunCli({"corpus", "validate", src_});
  EXPECT_EQ(text.exit_code, 2);
  EXPECT_EQ(text.out,
            Src("sources/t.yaml") + ":1: id: 'x' differs from the file name 't'\n" +
                Src("sources/s.yaml") +
                ":6: statements[0].unit: measure 'stolen' is money, and 'usd' is not an ISO 4217 "
                "currency code; did you mean 'USD'?\n"
                "warning: " +
                Src("notes.txt") +
                ": not read: not a corpus file (.yaml, .yml or .csv)\n"
                "4 files checked: 2 errors, 1 warning (3 entities, 2 measures, 2 sources, 1 "
                "statements, 0 quotes, 0 lexicon terms, 0 exchange rates)\n");
  CliResult json = RunCli({"corpus", "validate", "--format", "json", src_});
  EXPECT_EQ(json.exit_code, 2);
  const nlohmann::json report = nlohmann::json::parse(json.out);
  EXPECT_EQ(report["files"], 4);
  EXPECT_EQ(report["error_count"], 2);
  ASSERT_EQ(report["errors"].size(), 2u);
  EXPECT_EQ(report["errors"][1],
            nlohmann::json({{"path", Src("sources/s.yaml")},
                            {"line", 6},
                            {"field", "statements[0].unit"},
                            {"message",
                             "measure 'stolen' is money, and 'usd' is not an ISO 4217 currency "
                             "code; did you mean 'USD'?"},
                            {"text", Src("sources/s.yaml") +
                                         ":6: statements[0].unit: measure 'stolen' is money, and "
                                         "'usd' is not an ISO 4217 currency code; did you mean "
                                         "'USD'?"}}));
  EXPECT_EQ(report["warnings"][0]["line"], nullptr);
  EXPECT_EQ(report["records"]["statements"], 1);
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_.path()), fs::directory_iterator()), 2);
}

// --- YAML hygiene in the other readers ------------------------------------------------------

TEST(YamlHygiene, ConfigurationRuleFileAndFrontMatter) {
  TempDir dir;
  const std::string article = dir.Write("a.md", "The council met.\n");
  const std::string config = dir.Write("nul.yaml", std::string("fail-on: \"err\0r\"\n", 18));
  CliResult nul = RunCli({"check", article, "--config", config});
  EXPECT_EQ(nul.exit_code, 2);
  EXPECT_EQ(nul.err, "factlint: " + config + ":1: NUL byte at column 14\n");

  const std::string deep_config = dir.Write("deep.yaml", "words: " + std::string(3000, '[') + "\n");
  CliResult deep = RunCli({"check", article, "--config", deep_config});
  EXPECT_EQ(deep.exit_code, 2);
  EXPECT_EQ(deep.err, "factlint: " + deep_config + ":1: nested deeper than 100 levels\n");

  const std::string rule = dir.Write("rules/x.yaml",
                                     "id: x\nkind: repetition\nseverity: warning\n"
                                     "message: \"\x1b[2J\"\n");
  CliResult rules = RunCli({"rules", "list", "--rules", (dir.path() / "rules").string()});
  EXPECT_EQ(rules.exit_code, 2);
  EXPECT_EQ(rules.err, "factlint: " + rule + ":4: yaml: control character U+001B at column 11\n");

  const std::string nested =
      dir.Write("nested.md", "---\ntitle: " + std::string(3000, '{') + "\n---\nBody.\n");
  CliResult front = RunCli({"check", nested});
  EXPECT_EQ(front.exit_code, 2);
  EXPECT_EQ(front.err,
            "factlint: error: " + nested + ":2: front matter: nested deeper than 100 levels\n");
}

}  // namespace
}  // namespace factlint
