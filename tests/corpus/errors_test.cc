// A build that meets a bad file names file, line and field, and leaves nothing behind.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "factlint/corpus.h"
#include "test_util.h"

namespace factlint {
namespace {

using testing::CorpusDir;
using ::testing::ElementsAre;

constexpr char kMeasures[] = "measures:\n  crypto-stolen: [stole]\n";
constexpr char kEntities[] = R"(entities:
  - id: north-korea
    name: North Korea
    type: country
  - id: lazarus
    name: Lazarus Group
    type: group
  - id: someone
    name: Someone
    type: person
    aliases: [P]
)";

// A temp folder with `src/` holding the given files; Build() compiles it into out/corpus.db.
class BuildErrorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.Write("src/measures.yaml", kMeasures);
    dir_.Write("src/entities.yaml", kEntities);
    // The source of the rate files fx/rates.csv.
    dir_.Write("src/sources/rates.yaml", "id: rates\ntitle: Rates\npublisher: P\nkind: dataset\n");
    std::filesystem::create_directories(dir_.Path("out"));
  }
  Status Build() { return BuildCorpus({dir_.Path("src")}, dir_.Path("out/corpus.db")); }
  std::string Src(const std::string& relative) const { return dir_.Path("src/" + relative); }
  // The build fails with exactly `message`, and out/ is left empty.
  void ExpectError(const std::string& message) {
    Status status = Build();
    EXPECT_EQ(status.code(), StatusCode::kInvalidArgument) << status.ToString();
    EXPECT_EQ(status.message(), message);
    EXPECT_THAT(dir_.List("out"), ElementsAre());
  }

  CorpusDir dir_;
};

constexpr char kSourceHead[] = R"(id: x
title: X
publisher: Someone
kind: report
statements:
)";

TEST_F(BuildErrorTest, ValueNotANumber) {
  dir_.Write("src/x.yaml", std::string(kSourceHead) + R"(  - id: s1
    text: "they stole fifty"
    measure: crypto-stolen
    value: fifty
    unit: USD
)");
  ExpectError(Src("x.yaml") + ":9: statements[0].value: expected a number, got 'fifty'");
}

TEST_F(BuildErrorTest, UnknownKeyIsATypo) {
  dir_.Write("src/x.yaml", std::string(kSourceHead) + R"(  - id: s1
    text: "t"
    vaule: 5
)");
  ExpectError(Src("x.yaml") +
              ":8: statements[0].vaule: unknown key; expected one of id, text, locator, subject, "
              "measure, value, unit, qualifier, period, note");
}

TEST_F(BuildErrorTest, UnknownTopLevelKey) {
  dir_.Write("src/x.yaml", "id: x\ntitle: X\npublisher: P\nkind: report\npublised: 2022-01-01\n");
  ExpectError(Src("x.yaml") +
              ":5: publised: unknown key; expected one of id, title, publisher, kind, published, "
              "url, locator, note, statements, quotes, relations");
}

TEST_F(BuildErrorTest, UnknownMeasure) {
  dir_.Write("src/x.yaml", std::string(kSourceHead) + R"(  - id: s1
    text: "t"
    measure: crypto-stolem
    value: 5
    unit: USD
)");
  ExpectError(Src("x.yaml") + ":8: statements[0].measure: unknown measure 'crypto-stolem'");
}

TEST_F(BuildErrorTest, RelationObjectNotAnEntity) {
  dir_.Write("src/more-entities.yaml", R"(entities:
  - id: apt38
    name: APT38
    type: group
    relations:
      - {relation: part-of, object: lazarus-group}
      - relation: part-of
        object: Lazarus
)");
  ExpectError(Src("more-entities.yaml") +
              ":6: entities[0].relations[0].object: unknown entity 'lazarus-group'\n" +
              Src("more-entities.yaml") +
              ":8: entities[0].relations[1].object: unknown entity 'Lazarus'; did you mean "
              "'lazarus'?");
}

TEST_F(BuildErrorTest, RoleOfNotAnEntityAndUnknownSource) {
  dir_.Write("src/more-entities.yaml", R"(entities:
  - id: biden
    name: Joe Biden
    type: person
    roles:
      - role: president
        of: usa
        from: 2021-01-20
        source: whitehouse
)");
  ExpectError(Src("more-entities.yaml") + ":7: entities[0].roles[0].of: unknown entity 'usa'\n" +
              Src("more-entities.yaml") +
              ":9: entities[0].roles[0].source: unknown source 'whitehouse'");
}

TEST_F(BuildErrorTest, BrokenYamlNamesTheLine) {
  dir_.Write("src/x.yaml", "id: x\ntitle: X\nstatements:\n  - id: s1\n    text: [unclosed\n");
  // yaml-cpp puts this one past the end of the file; it is reported on the last line.
  ExpectError(Src("x.yaml") + ":5: yaml: end of sequence flow not found");
}

TEST_F(BuildErrorTest, BrokenYamlIndentation) {
  dir_.Write("src/x.yaml", "id: x\ntitle: X\n  kind: report\n");
  ExpectError(Src("x.yaml") + ":3: yaml: illegal map value");
}

TEST_F(BuildErrorTest, PeriodOutOfOrderAndBadDate) {
  dir_.Write("src/x.yaml", std::string(kSourceHead) + R"(  - id: s1
    text: "t"
    period: [2021-06-30, 2020-01-01]
  - id: s2
    text: "t"
    period: [2021-02-30, 2021-03-01]
  - id: s3
    text: "t"
    period: 2021
)");
  ExpectError(Src("x.yaml") +
              ":8: statements[0].period: ends (2020-01-01) before it starts (2021-06-30)\n" +
              Src("x.yaml") +
              ":11: statements[1].period[0]: expected a date YYYY-MM-DD, got '2021-02-30'\n" +
              Src("x.yaml") +
              ":14: statements[2].period: expected [from, to], two dates; got a "
              "string");
}

TEST_F(BuildErrorTest, MissingFieldsAndBadEnums) {
  dir_.Write("src/x.yaml", R"(id: x
title: X
publisher: P
kind: paper
quotes:
  - id: q1
    text: "words"
statements:
  - id: s1
    text: "t"
    value: 3
    qualifier: roughly
)");
  ExpectError(Src("x.yaml") +
              ":4: kind: expected one of report, article, statement, dataset; got 'paper'\n" +
              Src("x.yaml") +
              ":12: statements[0].qualifier: expected one of exact, about, "
              "at-least, more-than, up-to, nearly, less-than; got 'roughly'\n" +
              Src("x.yaml") +
              ":9: statements[0].unit: required when a value is given (an ISO 4217 code or a "
              "count noun)\n" +
              Src("x.yaml") +
              ":11: statements[0].measure: required when a value is given (the measure the value "
              "counts)\n" +
              Src("x.yaml") + ":6: quotes[0].speaker: required field is missing");
}

TEST_F(BuildErrorTest, RecordIdsAreUniqueWithinASource) {
  dir_.Write("src/x.yaml", std::string(kSourceHead) + R"(  - id: s1
    text: "t"
quotes:
  - id: s1
    speaker: Someone
    text: "q"
)");
  ExpectError(Src("x.yaml") +
              ":9: quotes[0].id: record id 's1' is used twice in this source (first on line 6)");
}

TEST_F(BuildErrorTest, SourceIdsAreUniqueAcrossFiles) {
  dir_.Write("src/a/x.yaml", "id: x\ntitle: A\npublisher: P\nkind: report\n");
  dir_.Write("src/b/x.yaml", "id: x\ntitle: B\npublisher: P\nkind: report\n");
  ExpectError(Src("b/x.yaml") + ":1: id: source 'x' is defined twice (first at " + Src("a/x.yaml") +
              ":1)");
}

TEST_F(BuildErrorTest, EntityIdsAreUnique) {
  dir_.Write("src/more.yaml", "entities:\n  - {id: lazarus, name: Lazarus, type: group}\n");
  ExpectError(Src("more.yaml") +
              ":2: entities[0].id: entity 'lazarus' is defined twice (first at " +
              Src("entities.yaml") + ":5)");
}

TEST_F(BuildErrorTest, RepeatedKey) {
  dir_.Write("src/x.yaml", "id: x\ntitle: X\npublisher: P\nkind: report\ntitle: Y\n");
  ExpectError(Src("x.yaml") + ":5: title: repeated key (first on line 2)");
}

TEST_F(BuildErrorTest, ConflictingMisspelling) {
  dir_.Write("src/lexicon/a.yaml", "misspellings:\n  alcoints: altcoins\n");
  dir_.Write("src/lexicon/b.yaml", "terms: [alcoints]\nmisspellings:\n  alcoints: alcohol\n");
  ExpectError(Src("lexicon/b.yaml") +
              ":1: terms: 'alcoints' is listed both as a term and as a misspelling (also at " +
              Src("lexicon/a.yaml") + ":2)\n" + Src("lexicon/b.yaml") +
              ":3: misspellings.alcoints: 'alcoints' is corrected to 'alcohol' here but to "
              "'altcoins' at " +
              Src("lexicon/a.yaml") + ":2");
}

TEST_F(BuildErrorTest, NotACorpusFile) {
  dir_.Write("src/x.yaml", "hello: world\n");
  ExpectError(Src("x.yaml") +
              ":1: not a corpus file: expected 'entities', 'measures', 'terms'/'misspellings', "
              "or 'id' and 'title' at the top");
}

TEST_F(BuildErrorTest, EmptyFile) {
  dir_.Write("src/x.yaml", "");
  ExpectError(Src("x.yaml") +
              ":1: not a corpus file: expected a map with 'entities', 'measures', "
              "'terms'/'misspellings', or 'id' and 'title' at the top");
}

TEST_F(BuildErrorTest, SecondYamlDocument) {
  dir_.Write("src/x.yaml", "id: x\ntitle: X\npublisher: P\nkind: report\n---\nid: y\n");
  ExpectError(Src("x.yaml") +
              ":6: yaml: a corpus file holds one YAML document; this is a second one");
}

// Found by fuzz_corpus_source: yaml-cpp 0.7's LoadAll never returned (and took all memory) on a
// ',' where a node should start; the loader reads at most two documents instead.
TEST_F(BuildErrorTest, StrayCommaIsAnErrorNotAHang) {
  dir_.Write("src/comma.yaml", ",\n");
  dir_.Write("src/fuzzed.yaml",
             std::string(",{s\xC0gQeio(a+)+na: a\f\t}\x01\0\0(]a\0\0\0\0[\"Z]\n", 37));
  ExpectError(Src("comma.yaml") + ":1: yaml: no YAML node can start here\n" + Src("fuzzed.yaml") +
              ":1: yaml: invalid UTF-8 at column 4");
}

TEST_F(BuildErrorTest, CsvBadNumber) {
  dir_.Write("src/fx/rates.csv", "Date,USD,JPY,\n2022-02-04,1.1464,131.72,\n2022-02-03,abc,N/A,\n");
  ExpectError(Src("fx/rates.csv") + ":3: USD: expected a number or N/A, got 'abc'");
}

TEST_F(BuildErrorTest, CsvBadDateRepeatedDateAndBadHeader) {
  dir_.Write("src/fx/rates.csv",
             "Date,USD,usd\n2022-02-04,1,1\n2022-02-31,1,1\n2022-02-04,1,1\n2022-02-05,1\n");
  ExpectError(Src("fx/rates.csv") +
              ":1: column 3: expected a three-letter currency code, got 'usd'\n" +
              Src("fx/rates.csv") + ":3: Date: expected a date YYYY-MM-DD, got '2022-02-31'\n" +
              Src("fx/rates.csv") + ":5: expected 3 fields as in the header, got 2\n" +
              Src("fx/rates.csv") + ":4: Date: 2022-02-04 appears twice (first on line 2)");
}

TEST_F(BuildErrorTest, AllErrorsAreReportedInFileOrder) {
  dir_.Write("src/a.yaml", "id: a\ntitle: A\npublisher: P\nkind: nope\n");
  dir_.Write("src/b.yaml", "id: b\ntitle: B\npublisher: P\nkind: report\npublished: soon\n");
  ExpectError(Src("a.yaml") +
              ":4: kind: expected one of report, article, statement, dataset; got 'nope'\n" +
              Src("b.yaml") + ":5: published: expected a date YYYY-MM-DD, got 'soon'");
}

TEST_F(BuildErrorTest, ExistingOutputIsUntouchedOnError) {
  const std::string output = dir_.Write("out/corpus.db", "the previous corpus");
  dir_.Write("src/x.yaml", "id: x\ntitle: [\n");
  Status status = Build();
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(testing::ReadFile(output), "the previous corpus");
  EXPECT_THAT(dir_.List("out"), ElementsAre("corpus.db"));
}

TEST_F(BuildErrorTest, MissingInput) {
  Status status = BuildCorpus({dir_.Path("nope")}, dir_.Path("out/corpus.db"));
  EXPECT_EQ(status.code(), StatusCode::kNotFound);
  EXPECT_EQ(status.message(), dir_.Path("nope") + ": no such file or directory");
}

TEST_F(BuildErrorTest, ExplicitFileOfAnotherKind) {
  const std::string readme = dir_.Write("src/README.md", "# corpus\n");
  Status status = BuildCorpus({readme}, dir_.Path("out/corpus.db"));
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(), readme + ": not a corpus file (expected .yaml, .yml or .csv)");
}

TEST_F(BuildErrorTest, NoInputs) {
  EXPECT_EQ(BuildCorpus({}, dir_.Path("out/corpus.db")).code(), StatusCode::kInvalidArgument);
  const std::string empty = dir_.Path("empty");
  std::filesystem::create_directories(empty);
  Status status = BuildCorpus({empty}, dir_.Path("out/corpus.db"));
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(), "no corpus files (.yaml, .yml, .csv) in the inputs given");
}

TEST_F(BuildErrorTest, UnwritableOutputFolderLeavesNothing) {
  Status status = BuildCorpus({dir_.Path("src")}, dir_.Path("missing-folder/corpus.db"));
  EXPECT_EQ(status.code(), StatusCode::kPermissionDenied) << status.ToString();
  EXPECT_THAT(status.message(),
              ::testing::StartsWith(dir_.Path("missing-folder/corpus.db") + ": cannot open"));
  EXPECT_FALSE(std::filesystem::exists(dir_.Path("missing-folder")));
}

TEST_F(BuildErrorTest, ManyErrorsAreCapped) {
  std::string text = std::string(kSourceHead);
  for (int i = 0; i < 60; ++i) {
    text += "  - id: s" + std::to_string(i) +
            "\n    text: t\n    measure: crypto-stolen\n    value: x\n    unit: USD\n";
  }
  dir_.Write("src/x.yaml", text);
  Status status = Build();
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(status.message(), ::testing::EndsWith("\n... and 10 more errors"));
}

}  // namespace
}  // namespace factlint
