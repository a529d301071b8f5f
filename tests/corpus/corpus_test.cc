// Building a small corpus and querying it through Corpus.
#include "factlint/corpus.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_util.h"

namespace factlint {
namespace {

using testing::CorpusDir;
using ::testing::ElementsAre;
using ::testing::Pair;

Date D(int y, unsigned m, unsigned d) {
  return Date{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
}

class SmallCorpusTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new CorpusDir;
    testing::WriteSmallCorpus(*dir_);
    summary_ = new CorpusBuildSummary;
    Status status = BuildCorpus({dir_->Path("src")}, dir_->Path("corpus.db"), summary_);
    ASSERT_TRUE(status.ok()) << status.ToString();
  }
  static void TearDownTestSuite() {
    delete summary_;
    delete dir_;
  }
  void SetUp() override {
    auto corpus = Corpus::Open(dir_->Path("corpus.db"));
    ASSERT_TRUE(corpus.ok()) << corpus.status().ToString();
    corpus_ = std::move(corpus).value();
  }

  static CorpusDir* dir_;
  static CorpusBuildSummary* summary_;
  std::unique_ptr<Corpus> corpus_;
};

CorpusDir* SmallCorpusTest::dir_ = nullptr;
CorpusBuildSummary* SmallCorpusTest::summary_ = nullptr;

TEST_F(SmallCorpusTest, SummaryCountsEveryRecord) {
  EXPECT_EQ(summary_->files, 10);
  EXPECT_EQ(summary_->entities, 13);
  EXPECT_EQ(summary_->measures, 2);
  // un-panel-2022, fireeye-2018, yonhap-2022, custom-fx and ecb-eurofxref.
  EXPECT_EQ(summary_->sources, 5);
  EXPECT_EQ(summary_->statements, 3);
  EXPECT_EQ(summary_->quotes, 2);
  EXPECT_EQ(summary_->lexicon_terms, 5);
  EXPECT_EQ(summary_->fx_rates, 6);
  EXPECT_THAT(summary_->warnings, ElementsAre());
}

TEST_F(SmallCorpusTest, StatsMatchTheSummary) {
  auto stats = corpus_->Stats();
  ASSERT_TRUE(stats.ok()) << stats.status().ToString();
  EXPECT_EQ(stats->schema_version, kCorpusSchemaVersion);
  EXPECT_EQ(stats->entities, 13);
  // 13 names + 14 aliases ("united  STATES" is the name again).
  EXPECT_EQ(stats->aliases, 27);
  EXPECT_EQ(stats->relations, 2);
  EXPECT_EQ(stats->roles, 2);
  EXPECT_EQ(stats->measures, 2);
  EXPECT_EQ(stats->sources, 5);
  EXPECT_EQ(stats->statements, 3);
  EXPECT_EQ(stats->quotes, 2);
  EXPECT_EQ(stats->lexicon_terms, 5);
  EXPECT_EQ(stats->fx_rates, 6);
  EXPECT_EQ(stats->fx_first_date, "2022-02-03");
  EXPECT_EQ(stats->fx_last_date, "2022-02-07");
  EXPECT_THAT(stats->fx_currencies, ElementsAre("GBP", "JPY", "USD"));
}

TEST_F(SmallCorpusTest, RateOnAWeekendIsFridays) {
  // 2022-02-05 and -06 are a Saturday and a Sunday.
  auto rate = corpus_->RateOnOrBefore("USD", D(2022, 2, 6));
  ASSERT_TRUE(rate.ok()) << rate.status().ToString();
  ASSERT_TRUE(rate->has_value());
  EXPECT_EQ(FormatIsoDate((*rate)->date), "2022-02-04");
  EXPECT_EQ((*rate)->currency, "USD");
  EXPECT_DOUBLE_EQ((*rate)->per_euro, 1.1464);
  EXPECT_EQ((*rate)->source_id, kEcbSourceId);
}

TEST_F(SmallCorpusTest, RateOnADayWithOneIsThatDays) {
  auto rate = corpus_->RateOnOrBefore("usd", D(2022, 2, 7));
  ASSERT_TRUE(rate.ok() && rate->has_value());
  EXPECT_EQ(FormatIsoDate((*rate)->date), "2022-02-07");
  EXPECT_DOUBLE_EQ((*rate)->per_euro, 1.1447);
}

TEST_F(SmallCorpusTest, RateLooksBackNoFurtherThanAsked) {
  auto none = corpus_->RateOnOrBefore("USD", D(2022, 2, 6), 1);
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
  auto exactly = corpus_->RateOnOrBefore("USD", D(2022, 2, 6), 2);
  ASSERT_TRUE(exactly.ok() && exactly->has_value());
  EXPECT_EQ(FormatIsoDate((*exactly)->date), "2022-02-04");
}

TEST_F(SmallCorpusTest, NAIsAGap) {
  auto rate = corpus_->RateOnOrBefore("JPY", D(2022, 2, 3));
  ASSERT_TRUE(rate.ok());
  EXPECT_FALSE(rate->has_value());
}

TEST_F(SmallCorpusTest, RateOfUnknownCurrencyIsNone) {
  auto rate = corpus_->RateOnOrBefore("XYZ", D(2022, 2, 7));
  ASSERT_TRUE(rate.ok());
  EXPECT_FALSE(rate->has_value());
}

TEST_F(SmallCorpusTest, EuroIsOneOnAnyDay) {
  auto rate = corpus_->RateOnOrBefore("EUR", D(1990, 1, 1));
  ASSERT_TRUE(rate.ok() && rate->has_value());
  EXPECT_EQ((*rate)->per_euro, 1.0);
  EXPECT_EQ(FormatIsoDate((*rate)->date), "1990-01-01");
}

TEST_F(SmallCorpusTest, RateRejectsBadArguments) {
  EXPECT_EQ(corpus_->RateOnOrBefore("USD", D(2022, 2, 30)).status().code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(corpus_->RateOnOrBefore("USD", D(2022, 2, 3), -1).status().code(),
            StatusCode::kInvalidArgument);
}

TEST_F(SmallCorpusTest, RateFileNamedAfterASourceIsCreditedToIt) {
  auto rate = corpus_->RateOnOrBefore("GBP", D(2022, 2, 4));
  ASSERT_TRUE(rate.ok() && rate->has_value());
  EXPECT_DOUBLE_EQ((*rate)->per_euro, 0.845);
  EXPECT_EQ((*rate)->source_id, "custom-fx");
}

TEST_F(SmallCorpusTest, EcbRatesAreCreditedToTheCorpusRecord) {
  auto rate = corpus_->RateOnOrBefore("USD", D(2022, 2, 4));
  ASSERT_TRUE(rate.ok() && rate->has_value());
  EXPECT_EQ((*rate)->source_id, kEcbSourceId);
  auto source = corpus_->FindSource(kEcbSourceId);
  ASSERT_TRUE(source.ok() && source->has_value());
  EXPECT_EQ((*source)->publisher, "ECB");
  EXPECT_EQ((*source)->publisher_entity, "ecb");
  EXPECT_EQ((*source)->title, "Euro foreign exchange reference rates");
  EXPECT_EQ((*source)->kind, "dataset");
}

TEST_F(SmallCorpusTest, FindSource) {
  auto source = corpus_->FindSource("un-panel-2022");
  ASSERT_TRUE(source.ok() && source->has_value());
  EXPECT_EQ((*source)->title, "Annual report of the UN Panel of Experts on the DPRK");
  EXPECT_EQ((*source)->publisher, "UN Panel of Experts");
  EXPECT_EQ((*source)->publisher_entity, "un-panel");
  EXPECT_EQ((*source)->kind, "report");
  EXPECT_EQ((*source)->published, "2022-02-04");
  EXPECT_EQ((*source)->url, "https://example.org/un");
  auto missing = corpus_->FindSource("nope");
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing->has_value());
}

TEST_F(SmallCorpusTest, SourcesPublishedBy) {
  auto sources = corpus_->SourcesPublishedBy("fireeye");
  ASSERT_TRUE(sources.ok());
  ASSERT_EQ(sources->size(), 1u);
  EXPECT_EQ((*sources)[0].id, "fireeye-2018");
}

TEST_F(SmallCorpusTest, FindEntityById) {
  auto entity = corpus_->FindEntity("biden");
  ASSERT_TRUE(entity.ok() && entity->has_value());
  EXPECT_EQ((*entity)->name, "Joe Biden");
  EXPECT_EQ((*entity)->type, "person");
  EXPECT_EQ((*entity)->origin.file, dir_->Path("src") + "/entities.yaml");
  EXPECT_EQ((*entity)->origin.line, 10);
}

std::vector<std::string> Ids(const std::vector<EntityInfo>& entities) {
  std::vector<std::string> ids;
  for (const EntityInfo& e : entities) ids.push_back(e.id);
  return ids;
}

TEST_F(SmallCorpusTest, FindEntitiesByNameIgnoresCaseAndSpacing) {
  EXPECT_THAT(Ids(corpus_->FindEntitiesByName("dprk").value()), ElementsAre("north-korea"));
  EXPECT_THAT(Ids(corpus_->FindEntitiesByName("  the  ").value()), ElementsAre());
  EXPECT_THAT(Ids(corpus_->FindEntitiesByName("joe   BIDEN").value()), ElementsAre("biden"));
  EXPECT_THAT(Ids(corpus_->FindEntitiesByName("apt38").value()), ElementsAre("apt38"));
  EXPECT_THAT(Ids(corpus_->FindEntitiesByName("Korea").value()), ElementsAre("korea-a"));
}

TEST_F(SmallCorpusTest, AliasesListEveryName) {
  auto aliases = corpus_->Aliases();
  ASSERT_TRUE(aliases.ok());
  ASSERT_EQ(aliases->size(), 27u);
  // Sorted by alias, then entity id.
  EXPECT_EQ((*aliases)[0].alias, "APT 38");
  EXPECT_EQ((*aliases)[0].entity_id, "apt38");
  EXPECT_FALSE((*aliases)[0].is_name);
  EXPECT_EQ((*aliases)[1].alias, "APT38");
  EXPECT_TRUE((*aliases)[1].is_name);
  int korea = 0;
  for (const EntityAlias& a : *aliases) korea += a.alias == "Korea";
  EXPECT_EQ(korea, 1);
}

TEST_F(SmallCorpusTest, RolesOfAPerson) {
  auto roles = corpus_->RolesOf("biden");
  ASSERT_TRUE(roles.ok());
  ASSERT_EQ(roles->size(), 2u);
  const RoleInfo& vice = (*roles)[0];
  const RoleInfo& president = (*roles)[1];
  EXPECT_EQ(vice.role, "vice president");
  EXPECT_EQ(president.role, "president");
  EXPECT_EQ(president.of_entity, "united-states");
  EXPECT_EQ(FormatIsoDate(*president.from), "2021-01-20");
  EXPECT_EQ(FormatIsoDate(*president.to), "2025-01-20");
  EXPECT_TRUE(president.HoldsOn(D(2022, 2, 7)));
  EXPECT_FALSE(president.HoldsOn(D(2026, 1, 1)));
  EXPECT_EQ(president.origin.line, 15);
  auto in = corpus_->RolesIn("united-states");
  ASSERT_TRUE(in.ok());
  ASSERT_EQ(in->size(), 2u);
  EXPECT_EQ((*in)[0].role, "president");
  EXPECT_EQ((*in)[0].entity_id, "biden");
}

TEST_F(SmallCorpusTest, RelationsFromEntitiesAndSources) {
  auto relations = corpus_->RelationsOf("lazarus");
  ASSERT_TRUE(relations.ok());
  ASSERT_EQ(relations->size(), 2u);
  const RelationInfo& claimed = (*relations)[0];
  EXPECT_EQ(claimed.subject, "apt38");
  EXPECT_EQ(claimed.relation, "distinct-from");
  EXPECT_EQ(claimed.object, "lazarus");
  EXPECT_EQ(claimed.source_id, "fireeye-2018");
  EXPECT_EQ(claimed.record_id, "apt38-separate");
  EXPECT_EQ(claimed.locator, "blog post");
  const RelationInfo& stated = (*relations)[1];
  EXPECT_EQ(stated.subject, "lazarus");
  EXPECT_EQ(stated.relation, "associated-with");
  EXPECT_EQ(stated.object, "north-korea");
  EXPECT_EQ(stated.source_id, "");
  EXPECT_EQ(stated.note, "widely reported");
}

TEST_F(SmallCorpusTest, History) {
  auto history = corpus_->HistoryOf("fireeye");
  ASSERT_TRUE(history.ok());
  ASSERT_EQ(history->size(), 1u);
  EXPECT_EQ(FormatIsoDate((*history)[0].date), "2021-10-05");
  EXPECT_EQ((*history)[0].note, "FireEye Inc. renamed itself Mandiant");
}

TEST_F(SmallCorpusTest, MeasuresWithLowerCaseCues) {
  auto measures = corpus_->Measures();
  ASSERT_TRUE(measures.ok());
  ASSERT_EQ(measures->size(), 2u);
  EXPECT_EQ((*measures)[0].id, "crypto-stolen");
  EXPECT_THAT((*measures)[0].cues, ElementsAre("stole", "stolen", "theft"));
  EXPECT_EQ((*measures)[0].unit_kind, "");
  EXPECT_EQ((*measures)[1].id, "missile-launches");
  EXPECT_THAT((*measures)[1].cues, ElementsAre("fired", "launches"));
  EXPECT_EQ((*measures)[1].unit_kind, "count");
  EXPECT_EQ((*measures)[1].description, "ballistic missiles launched");
}

TEST_F(SmallCorpusTest, Lexicon) {
  EXPECT_THAT(corpus_->LexiconTerms().value(), ElementsAre("Ethereum", "altcoins", "stablecoins"));
  std::vector<std::pair<std::string, std::string>> pairs;
  auto misspellings = corpus_->Misspellings();
  ASSERT_TRUE(misspellings.ok());
  for (const Misspelling& m : *misspellings) {
    pairs.emplace_back(m.wrong, m.correction);
  }
  EXPECT_THAT(pairs, ElementsAre(Pair("Etherium", "Ethereum"), Pair("alcoints", "altcoins")));
}

TEST_F(SmallCorpusTest, FindStatementHasEveryField) {
  auto found = corpus_->FindStatement("un-panel-2022", "crypto-theft-2020-2021");
  ASSERT_TRUE(found.ok() && found->has_value());
  const StatementInfo& s = **found;
  EXPECT_THAT(s.text, ::testing::StartsWith("According to a member state, DPRK cyber actors"));
  EXPECT_EQ(s.locator, "as quoted by Reuters, 5 Feb 2022");
  EXPECT_EQ(s.subject, "North Korea");
  EXPECT_EQ(s.subject_entity, "north-korea");
  EXPECT_EQ(s.measure, "crypto-stolen");
  ASSERT_TRUE(s.value.has_value());
  EXPECT_EQ(*s.value, 50000000.0);
  EXPECT_EQ(s.unit, "USD");
  EXPECT_EQ(s.qualifier, "more-than");
  EXPECT_EQ(FormatIsoDate(*s.period_from), "2020-01-01");
  EXPECT_EQ(FormatIsoDate(*s.period_to), "2021-06-30");
  EXPECT_EQ(s.origin.file, dir_->Path("src") + "/sources/un-panel-2022.yaml");
  EXPECT_EQ(s.origin.line, 8);
}

TEST_F(SmallCorpusTest, TextOnlyStatementHasNoFigure) {
  auto found = corpus_->FindStatement("un-panel-2022", "revenue-source");
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_FALSE((*found)->value.has_value());
  EXPECT_EQ((*found)->qualifier, "");
  EXPECT_EQ((*found)->measure, "");
  EXPECT_FALSE((*found)->period_from.has_value());
  EXPECT_EQ((*found)->subject_entity, "north-korea");  // "dprk", an alias in another case
}

TEST_F(SmallCorpusTest, QualifierDefaultsToExactWithAValue) {
  auto found = corpus_->FindStatement("yonhap-2022", "nine-missiles");
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->qualifier, "exact");
  EXPECT_EQ((*found)->subject_entity, "korea-a");  // "Korea", an alias
}

std::vector<std::string> RecordIds(const StatusOr<std::vector<StatementHit>>& hits) {
  std::vector<std::string> ids;
  if (hits.ok()) {
    for (const StatementHit& hit : *hits) ids.push_back(hit.record.id);
  }
  return ids;
}

TEST_F(SmallCorpusTest, StatementsByMeasureAndSubject) {
  StatementFilter by_measure;
  by_measure.measure = "missile-launches";
  EXPECT_EQ(RecordIds(corpus_->FindStatements(by_measure)),
            (std::vector<std::string>{"nine-missiles"}));
  StatementFilter about;
  about.subject_entity = "north-korea";
  EXPECT_EQ(RecordIds(corpus_->FindStatements(about)),
            (std::vector<std::string>{"crypto-theft-2020-2021", "revenue-source"}));
}

TEST_F(SmallCorpusTest, Quotes) {
  auto quote = corpus_->FindQuote("un-panel-2022", "missile-forces");
  ASSERT_TRUE(quote.ok() && quote->has_value());
  EXPECT_EQ((*quote)->speaker, "UN Panel of Experts");
  EXPECT_EQ((*quote)->speaker_entity, "un-panel");
  EXPECT_EQ((*quote)->locator, "summary");
  EXPECT_EQ(FormatIsoDate(*(*quote)->said), "2022-02-04");
  auto by = corpus_->QuotesBy("un-panel");
  ASSERT_TRUE(by.ok());
  ASSERT_EQ(by->size(), 1u);
  EXPECT_EQ((*by)[0].id, "missile-forces");
}

// The text score FindStatements gives each statement: BM25 of its words against `text`.
std::vector<double> Scores(const Corpus& corpus, const std::string& source_id,
                           const std::string& text) {
  StatementFilter filter;
  filter.source_id = source_id;
  filter.text = text;
  std::vector<double> scores;
  auto hits = corpus.FindStatements(filter);
  EXPECT_TRUE(hits.ok()) << hits.status().ToString();
  if (hits.ok()) {
    for (const StatementHit& hit : *hits) scores.push_back(hit.score);
  }
  return scores;
}

TEST_F(SmallCorpusTest, StatementTextIsScoredWithBm25) {
  // un-panel-2022: crypto-theft-2020-2021, revenue-source. Both share a word with the sentence:
  // "north", or "cryptocurrency" by its stem ("in" is a stop word); the theft shares the most.
  std::vector<double> scores = Scores(
      *corpus_, "un-panel-2022",
      "Between 2020 and 2021, North Korean hackers stole 50 million dollars in cryptocurrencies");
  ASSERT_EQ(scores.size(), 2u);
  EXPECT_GT(scores[0], scores[1]);
  EXPECT_GT(scores[1], 0);
  std::vector<double> launches =
      Scores(*corpus_, "yonhap-2022", "nine trials last month; launches");
  ASSERT_EQ(launches.size(), 1u);
  EXPECT_GT(launches[0], 0);
}

TEST_F(SmallCorpusTest, TextScoresStemAndIgnoreFtsSyntax) {
  // "attack" matches "attacks" through the Porter stemmer; quotes, stars and NEAR are words.
  std::vector<double> scores =
      Scores(*corpus_, "un-panel-2022", "\"attack\" * NEAR( OR AND revenue*");
  ASSERT_EQ(scores.size(), 2u);
  EXPECT_EQ(scores[0], 0);  // crypto-theft-2020-2021
  EXPECT_GT(scores[1], 0);  // revenue-source
  EXPECT_EQ(Scores(*corpus_, "un-panel-2022", "... !!! ---"), (std::vector<double>{0, 0}));
  EXPECT_EQ(Scores(*corpus_, "un-panel-2022", "zebra"), (std::vector<double>{0, 0}));
}

TEST_F(SmallCorpusTest, SearchQuotes) {
  auto hits = corpus_->SearchQuotes(
      "The DPRK demonstrated greater rapid deployment capability, wide mobility at sea and "
      "resilience of its missile forces");
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  ASSERT_EQ(hits->size(), 2u);
  EXPECT_EQ((*hits)[0].record.id, "missile-forces");
  EXPECT_EQ((*hits)[0].record.source_id, "un-panel-2022");
  EXPECT_GT((*hits)[0].score, (*hits)[1].score);
  EXPECT_EQ(corpus_->SearchQuotes("x", 0).status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace factlint
