// The corpus says no to what it cannot use: a record that would build but could never match, or
// a rate credited to a source that did not give it, stops the build with path:line: field:
// message. ValidateCorpus finds exactly what BuildCorpus stops at, and writes nothing.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <tuple>

#include "factlint/corpus.h"
#include "test_util.h"

namespace factlint {
namespace {

using testing::CorpusDir;
using ::testing::ElementsAre;
using ::testing::ElementsAreArray;

constexpr char kEntities[] = R"(entities:
  - id: north-korea
    name: North Korea
    type: country
    aliases: [DPRK]
  - id: acme
    name: Acme Research
    type: company
    aliases: [Acme]
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
  launches: [launches, fired]
  net-change:
    unit_kind: money
    can_be_negative: true
    cues: [fell, rose]
)";

// A source file `sources/<id>.yaml` published by Acme, with `records` (YAML lines) after it.
std::string Source(const std::string& id, const std::string& records) {
  return "id: " + id + "\ntitle: T\npublisher: Acme\nkind: report\n" + records;
}

// One statement of `sources/s.yaml` with the given figure lines (each "    key: value\n"); the
// statement starts on line 6, its figure on line 8.
std::string Figure(const std::string& lines) {
  return Source("s", "statements:\n  - id: s1\n    text: \"t\"\n" + lines);
}

class StrictTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.Write("src/entities.yaml", kEntities);
    dir_.Write("src/measures.yaml", kMeasures);
    std::filesystem::create_directories(dir_.Path("out"));
  }

  std::string Src(const std::string& relative) const { return dir_.Path("src/" + relative); }

  // The build fails with exactly `errors` (one a line) and leaves nothing in out/; validation
  // finds the same errors and writes nothing.
  void ExpectErrors(const std::vector<std::string>& errors) {
    Status status = BuildCorpus({dir_.Path("src")}, dir_.Path("out/corpus.db"));
    EXPECT_EQ(status.code(), StatusCode::kInvalidArgument) << status.ToString();
    std::string joined;
    for (const std::string& e : errors) joined += (joined.empty() ? "" : "\n") + e;
    EXPECT_EQ(status.message(), joined);
    EXPECT_THAT(dir_.List("out"), ElementsAre());
    auto validation = ValidateCorpus({dir_.Path("src")});
    ASSERT_TRUE(validation.ok()) << validation.status().ToString();
    std::vector<std::string> found;
    for (const CorpusProblem& p : validation->errors) found.push_back(p.ToString());
    EXPECT_THAT(found, ElementsAreArray(errors));
    EXPECT_EQ(validation->error_count, static_cast<int64_t>(errors.size()));
    EXPECT_FALSE(validation->ok());
    EXPECT_THAT(dir_.List("out"), ElementsAre());
  }

  // The build succeeds, and validation finds nothing.
  CorpusBuildSummary ExpectClean() {
    CorpusBuildSummary summary;
    Status status = BuildCorpus({dir_.Path("src")}, dir_.Path("out/corpus.db"), &summary);
    EXPECT_TRUE(status.ok()) << status.ToString();
    auto validation = ValidateCorpus({dir_.Path("src")});
    EXPECT_TRUE(validation.ok() && validation->ok());
    return summary;
  }

  CorpusDir dir_;
};

// --- Figures --------------------------------------------------------------------------------

TEST_F(StrictTest, AMoneyUnitIsAnIsoCode) {
  dir_.Write("src/sources/s.yaml", Source("s", R"(statements:
  - {id: a, text: t, measure: stolen, value: 5, unit: usd}
  - {id: b, text: t, measure: stolen, value: 5, unit: dollars}
  - {id: c, text: t, measure: stolen, value: 5, unit: US$}
  - {id: d, text: t, measure: stolen, value: 5, unit: XYZ}
  - {id: e, text: t, measure: stolen, value: 5, unit: ""}
  - {id: f, text: t, measure: stolen, value: 5, unit: euros}
  - {id: g, text: t, measure: stolen, value: 5, unit: XTS}
  - {id: h, text: t, measure: stolen, value: 5, unit: USD}
  - {id: i, text: t, measure: stolen, value: 5, unit: DEM}
)"));
  const std::string s = Src("sources/s.yaml");
  const std::string money = "unit: measure 'stolen' is money, and '";
  const std::string code =
      "' is not an ISO 4217 currency code; write the currency's three-letter "
      "code, such as USD";
  ExpectErrors({
      s + ":10: statements[4].unit: must not be empty",
      s + ":6: statements[0]." + money +
          "usd' is not an ISO 4217 currency code; did you mean 'USD'?",
      s + ":7: statements[1]." + money + "dollars" + code,
      s + ":8: statements[2]." + money + "US$" + code,
      s + ":9: statements[3]." + money + "XYZ" + code,
      s + ":11: statements[5]." + money +
          "euros' is not an ISO 4217 currency code; did you mean 'EUR'?",
      s + ":12: statements[6]." + money + "XTS" + code,
  });
}

TEST_F(StrictTest, ACountMeasureTakesNoCurrency) {
  dir_.Write("src/sources/s.yaml", Source("s", R"(statements:
  - {id: a, text: t, measure: attacks, value: 5, unit: USD}
  - {id: b, text: t, measure: attacks, value: 5, unit: dollars}
  - {id: c, text: t, measure: attacks, value: 5, unit: "€"}
  - {id: d, text: t, measure: attacks, value: 5, unit: attacks}
)"));
  const std::string s = Src("sources/s.yaml");
  const std::string count =
      "' is a currency, and measure 'attacks' is a count (unit_kind: count): its unit is what is "
      "counted, such as 'attacks'";
  ExpectErrors({s + ":6: statements[0].unit: 'USD" + count,
                s + ":7: statements[1].unit: 'dollars" + count,
                s + ":8: statements[2].unit: '€" + count});
}

TEST_F(StrictTest, AMeasureOfEitherKindTakesACodeOrACountNoun) {
  // `launches` has no unit_kind: the unit says which, and one written like a currency must be
  // its code.
  dir_.Write("src/sources/s.yaml", Source("s", R"(statements:
  - {id: a, text: t, measure: launches, value: 5, unit: launches}
  - {id: b, text: t, measure: launches, value: 5, unit: EUR}
  - {id: c, text: t, measure: launches, value: 5, unit: eur}
  - {id: d, text: t, measure: launches, value: 5, unit: ABC}
  - {id: e, text: t, measure: launches, value: 5, unit: "£"}
)"));
  const std::string s = Src("sources/s.yaml");
  ExpectErrors({
      s + ":8: statements[2].unit: 'eur' is not an ISO 4217 currency code; did you mean 'EUR'?",
      s + ":9: statements[3].unit: 'ABC' is not an ISO 4217 currency code; write the currency's "
          "three-letter code, such as USD",
      s + ":10: statements[4].unit: '£' is not an ISO 4217 currency code; did you mean 'GBP'?",
  });
}

TEST_F(StrictTest, AValueNeedsAMeasureAndAUnit) {
  dir_.Write("src/sources/s.yaml", Figure("    value: 5\n    unit: USD\n"));
  ExpectErrors({Src("sources/s.yaml") +
                ":8: statements[0].measure: required when a value is given (the measure the "
                "value counts)"});
}

TEST_F(StrictTest, AnEmptyValueWithAUnit) {
  dir_.Write("src/sources/s.yaml", Figure("    measure: stolen\n    value: ~\n    unit: USD\n"));
  ExpectErrors({Src("sources/s.yaml") +
                ":9: statements[0].value: is empty, but a unit is given: write the number, or "
                "remove the unit"});
}

TEST_F(StrictTest, AUnitWithoutAValue) {
  dir_.Write("src/sources/s.yaml", Figure("    measure: stolen\n    unit: USD\n"));
  ExpectErrors({Src("sources/s.yaml") + ":9: statements[0].unit: given without a value"});
}

TEST_F(StrictTest, ANegativeValueOnlyWhereTheMeasureCanBeNegative) {
  dir_.Write("src/sources/s.yaml", Source("s", R"(statements:
  - {id: a, text: t, measure: stolen, value: -5000000, unit: USD}
  - {id: b, text: t, measure: net-change, value: -1.5e6, unit: USD}
  - {id: c, text: t, measure: attacks, value: 0, unit: attacks}
)"));
  ExpectErrors({Src("sources/s.yaml") +
                ":6: statements[0].value: -5000000 is negative, and measure 'stolen' cannot be "
                "(say 'can_be_negative: true' in measures.yaml if it can)"});
}

// --- Names ----------------------------------------------------------------------------------

TEST_F(StrictTest, ASubjectSpeakerOrPublisherMustNameAnEntity) {
  dir_.Write("src/sources/s.yaml", R"(id: s
title: T
publisher: Acme Inc.
kind: report
statements:
  - {id: a, text: t, subject: South Korea}
  - {id: b, text: t, subject: dprk}
quotes:
  - {id: q, text: t, speaker: A spokesman}
)");
  const std::string s = Src("sources/s.yaml");
  const std::string hint =
      " names no entity (give an entity's id, name or alias, and add the entity to "
      "entities.yaml if it is missing)";
  ExpectErrors({s + ":6: statements[0].subject: 'South Korea'" + hint,
                s + ":9: quotes[0].speaker: 'A spokesman'" + hint,
                s + ":3: publisher: 'Acme Inc.'" + hint});
}

TEST_F(StrictTest, OneAliasBelongsToOneEntity) {
  dir_.Write("src/more-entities.yaml", R"(entities:
  - id: acme-labs
    name: Acme Labs
    type: company
    aliases: [ACME, Labs]
  - id: north-korea-army
    name: DPRK
    type: organisation
)");
  const std::string more = Src("more-entities.yaml");
  ExpectErrors({more + ":5: entities[0].aliases[0]: 'ACME' is also a name of entity 'acme' (" +
                    Src("entities.yaml") + ":9); a name or alias belongs to one entity",
                more + ":7: entities[1].name: 'DPRK' is also a name of entity 'north-korea' (" +
                    Src("entities.yaml") + ":5); a name or alias belongs to one entity"});
}

// --- Sources --------------------------------------------------------------------------------

TEST_F(StrictTest, ASourceIdIsItsFileName) {
  dir_.Write("src/sources/acme-2023.yaml", Source("acme-2024", ""));
  ExpectErrors({Src("sources/acme-2023.yaml") +
                ":1: id: 'acme-2024' differs from the file name 'acme-2023'"});
}

TEST_F(StrictTest, AUrlIsHttpOrHttps) {
  dir_.Write("src/sources/a.yaml", Source("a", "url: javascript:alert(1)\n"));
  dir_.Write("src/sources/b.yaml", Source("b", "url: ftp://example.org/r.pdf\n"));
  dir_.Write("src/sources/c.yaml", Source("c", "url: https://\n"));
  dir_.Write("src/sources/d.yaml", Source("d", "url: \"https://example.org/a b\"\n"));
  dir_.Write("src/sources/e.yaml", Source("e", "url: http://example.org/r?x=1#p2\n"));
  dir_.Write("src/z.yaml", "entities:\n  - {id: z, name: Z, type: group, url: 'file:///etc'}\n");
  const std::string expected = ": expected an http:// or https:// URL, got '";
  ExpectErrors({Src("sources/a.yaml") + ":5: url" + expected + "javascript:alert(1)'",
                Src("sources/b.yaml") + ":5: url" + expected + "ftp://example.org/r.pdf'",
                Src("sources/c.yaml") + ":5: url" + expected + "https://'",
                Src("sources/d.yaml") + ":5: url" + expected + "https://example.org/a b'",
                Src("z.yaml") + ":2: entities[0].url" + expected + "file:///etc'"});
}

TEST_F(StrictTest, NotUtf8NulControlCharactersAndDeepNesting) {
  dir_.Write("src/sources/a.yaml", Source("a", "note: \"caf\xe9\"\n"));
  dir_.Write("src/sources/b.yaml", Source("b", std::string("note: \"a\0b\"\n", 12)));
  dir_.Write("src/sources/c.yaml", Source("c", "note: \"\x1b]0;title\x07\"\n"));
  std::string deep = Source("d", "note: ");
  for (int i = 0; i < 200; ++i) deep += "[";
  dir_.Write("src/sources/d.yaml", deep + "\n");
  std::string indented = Source("e", "note:\n");
  for (int i = 0; i < 150; ++i) indented += std::string(static_cast<size_t>(i) + 1, ' ') + "- x:\n";
  dir_.Write("src/sources/e.yaml", indented);
  ExpectErrors({Src("sources/a.yaml") + ":5: yaml: invalid UTF-8 at column 11",
                Src("sources/b.yaml") + ":5: yaml: NUL byte at column 9",
                Src("sources/c.yaml") + ":5: yaml: control character U+001B at column 8",
                Src("sources/d.yaml") + ":5: yaml: nested deeper than 100 levels",
                Src("sources/e.yaml") + ":104: yaml: nested deeper than 100 levels"});
}

// --- Files ----------------------------------------------------------------------------------

TEST_F(StrictTest, ACorpusExtensionInCapitalsIsAnError) {
  dir_.Write("src/sources/A.YAML", Source("A", ""));
  dir_.Write("src/fx/rates.Csv", "Date,USD\n");
  ExpectErrors({Src("fx/rates.Csv") +
                    ": the extension must be written in lower case (.csv), or the file is not read",
                Src("sources/A.YAML") +
                    ": the extension must be written in lower case (.yaml), or the file is not "
                    "read"});
}

TEST_F(StrictTest, OtherFilesAreSkippedWithAWarningAndDocumentationSilently) {
  dir_.Write("src/README.md", "# the corpus\n");
  dir_.Write("src/schema.sql", "-- the schema\n");
  dir_.Write("src/sources/un.yaml.bak", "an old copy\n");
  dir_.Write("src/sources/notes.txt", "to do\n");
  dir_.Write("src/.hidden.yaml", "broken: [\n");
  ASSERT_EQ(::mkfifo(Src("sources/pipe.yaml").c_str(), 0600), 0);
  CorpusBuildSummary summary = ExpectClean();
  std::vector<std::string> warnings;
  for (const CorpusProblem& w : summary.warnings) warnings.push_back(w.ToString());
  const std::string skipped = ": not read: not a corpus file (.yaml, .yml or .csv)";
  EXPECT_THAT(warnings, ElementsAre(Src("sources/notes.txt") + skipped,
                                    Src("sources/pipe.yaml") + ": not read: not a regular file",
                                    Src("sources/un.yaml.bak") + skipped));
  EXPECT_EQ(summary.files, 2);
}

// --- Measures -------------------------------------------------------------------------------

TEST_F(StrictTest, MeasuresShortAndLongFormsAndABareMeasuresFile) {
  dir_.Write("src/measures.yaml",
             "launches: [launches, fired]\nstolen:\n  unit_kind: money\n"
             "  cues: [stole]\n");
  dir_.Write("src/sources/s.yaml", Source("s", R"(statements:
  - {id: a, text: t, measure: launches, value: 7, unit: launches}
  - {id: b, text: t, measure: stolen, value: 7, unit: USD}
)"));
  CorpusBuildSummary summary = ExpectClean();
  EXPECT_EQ(summary.measures, 2);
  EXPECT_EQ(summary.statements, 2);
  auto corpus = Corpus::Open(dir_.Path("out/corpus.db"));
  ASSERT_TRUE(corpus.ok());
  auto measures = (*corpus)->Measures();
  ASSERT_TRUE(measures.ok());
  ASSERT_EQ(measures->size(), 2u);
  EXPECT_EQ((*measures)[0].id, "launches");
  EXPECT_EQ((*measures)[0].unit_kind, "");
  EXPECT_THAT((*measures)[0].cues, ElementsAre("fired", "launches"));
  EXPECT_EQ((*measures)[1].unit_kind, "money");
}

TEST_F(StrictTest, MeasuresInAShapeTheLoaderDoesNotKnow) {
  dir_.Write("src/measures.yaml", R"(measures:
  stolen:
    unit_kind: money
    cue: [stole]
  attacks: attacks
  launches: []
  fired:
    cues: [fired]
    can_be_negative: maybe
units: [USD]
)");
  const std::string m = Src("measures.yaml");
  ExpectErrors({m + ":10: units: unknown key; expected one of measures",
                m + ":4: measures.stolen.cue: unknown key; expected one of cues, unit_kind, "
                    "description, can_be_negative",
                m + ":3: measures.stolen.cues: required field is missing",
                m + ":5: measures.attacks: expected a list of cue words or a map with 'cues', got "
                    "a string",
                m + ":6: measures.launches: a measure needs at least one cue word",
                m + ":9: measures.fired.can_be_negative: expected true or false, got 'maybe'"});
}

// --- Rates ----------------------------------------------------------------------------------

constexpr char kEcbSource[] =
    "id: ecb-eurofxref\ntitle: Euro foreign exchange reference rates\npublisher: ECB\n"
    "kind: dataset\n";

TEST_F(StrictTest, ARateFileNamesItsSource) {
  dir_.Write("src/fx/rates.csv", "Date,USD\n2022-02-04,1.1464\n");
  ExpectErrors({Src("fx/rates.csv") +
                ": no source 'rates': a rate file is credited to the source whose id is its "
                "file name"});
}

TEST_F(StrictTest, RateColumnsAreIsoCodesOtherThanTheEuro) {
  dir_.Write("src/sources/ecb-eurofxref.yaml", kEcbSource);
  dir_.Write("src/fx/ecb-eurofxref.csv", "Date,USD,EUR,XYZ,CYP\n2022-02-04,1.1464,1,2,0.5\n");
  const std::string csv = Src("fx/ecb-eurofxref.csv");
  ExpectErrors({csv + ":1: column 3: EUR: the rates are units of each currency per euro, so the "
                      "euro has no column",
                csv + ":1: column 4: 'XYZ' is not an ISO 4217 currency code"});
}

TEST_F(StrictTest, TwoRateFilesDisagreeOnADay) {
  dir_.Write("src/sources/ecb-eurofxref.yaml", kEcbSource);
  dir_.Write("src/sources/acme-fx.yaml", Source("acme-fx", ""));
  dir_.Write("src/fx/acme-fx.csv", "Date,USD,GBP\n2022-02-04,1.1464,0.845\n2022-02-03,1.13,N/A\n");
  dir_.Write("src/fx/ecb-eurofxref.csv", "Date,USD\n2022-02-04,1.1464\n2022-02-03,1.1286\n");
  ExpectErrors({Src("fx/ecb-eurofxref.csv") + ":3: USD: 2022-02-03 is 1.1286 here but 1.13 in " +
                Src("fx/acme-fx.csv") + ":3"});
}

TEST_F(StrictTest, TwoRateFilesThatAgreeGiveEachRateOnce) {
  dir_.Write("src/sources/ecb-eurofxref.yaml", kEcbSource);
  dir_.Write("src/sources/acme-fx.yaml", Source("acme-fx", ""));
  dir_.Write("src/fx/acme-fx.csv", "Date,USD\n2022-02-04,1.1464\n");
  dir_.Write("src/fx/ecb-eurofxref.csv", "Date,USD\n2022-02-04,1.14640\n2022-02-03,1.1286\n");
  CorpusBuildSummary summary = ExpectClean();
  EXPECT_EQ(summary.fx_rates, 2);
  auto corpus = Corpus::Open(dir_.Path("out/corpus.db"));
  ASSERT_TRUE(corpus.ok());
  auto rate = (*corpus)->RateOnOrBefore("USD", *ParseIsoDate("2022-02-04"));
  ASSERT_TRUE(rate.ok() && rate->has_value());
  EXPECT_EQ((*rate)->source_id, "acme-fx");  // the first file in path order
}

TEST_F(StrictTest, ARateFileThatIsNotUtf8) {
  dir_.Write("src/sources/ecb-eurofxref.yaml", kEcbSource);
  dir_.Write("src/fx/ecb-eurofxref.csv", "Date,USD\n2022-02-04,1.1\xff\n");
  ExpectErrors({Src("fx/ecb-eurofxref.csv") + ":2: invalid UTF-8 at column 15"});
}

// --- Validation -----------------------------------------------------------------------------

TEST_F(StrictTest, ValidationCountsWhatABuildWrites) {
  testing::CorpusDir small;
  testing::WriteSmallCorpus(small);
  CorpusBuildSummary built;
  ASSERT_TRUE(BuildCorpus({small.Path("src")}, small.Path("corpus.db"), &built).ok());
  auto validation = ValidateCorpus({small.Path("src")});
  ASSERT_TRUE(validation.ok()) << validation.status().ToString();
  EXPECT_TRUE(validation->ok());
  const CorpusBuildSummary& v = validation->summary;
  EXPECT_EQ(std::make_tuple(v.files, v.entities, v.measures, v.sources, v.statements, v.quotes,
                            v.lexicon_terms, v.fx_rates),
            std::make_tuple(built.files, built.entities, built.measures, built.sources,
                            built.statements, built.quotes, built.lexicon_terms, built.fx_rates));
}

TEST_F(StrictTest, ValidationKeepsAThousandErrorsAndCountsTheRest) {
  std::string records = "statements:\n";
  for (int i = 0; i < 1500; ++i) {
    records +=
        "  - {id: s" + std::to_string(i) + ", text: t, measure: stolen, value: x, unit: USD}\n";
  }
  dir_.Write("src/sources/s.yaml", Source("s", records));
  auto validation = ValidateCorpus({dir_.Path("src")});
  ASSERT_TRUE(validation.ok());
  EXPECT_EQ(validation->error_count, 1500);
  EXPECT_EQ(validation->errors.size(), kMaxCorpusErrorsKept);
  Status status = BuildCorpus({dir_.Path("src")}, dir_.Path("out/corpus.db"));
  EXPECT_THAT(status.message(), ::testing::EndsWith("\n... and 1450 more errors"));
}

TEST_F(StrictTest, ValidationOfInputsThatCannotBeUsed) {
  EXPECT_EQ(ValidateCorpus({dir_.Path("nope")}).status().message(),
            dir_.Path("nope") + ": no such file or directory");
  EXPECT_EQ(ValidateCorpus({}).status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace factlint
