// MatchClaims against a small corpus written here: which records become candidates for a figure
// or a quotation, in which order, and with which reasons and weights; the part-of graph behind
// "related subject", "same speaker" and "credited"; and Corpus::FindStatements, which the figure
// matcher queries.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "factlint/claims.h"
#include "factlint/corpus.h"
#include "factlint/document.h"
#include "factlint/match.h"
#include "test_support.h"

namespace factlint {
namespace {

using testing::TempDir;

constexpr char kEntities[] = R"(entities:
  - id: un
    name: United Nations
    type: organisation
    aliases: [UN]
  - id: un-panel
    name: UN Panel of Experts
    type: organisation
    relations:
      - {relation: part-of, object: un}
  - id: un-panel-secretariat
    name: Panel Secretariat
    type: organisation
    relations:
      - {relation: part-of, object: un-panel}
  - id: north-korea
    name: North Korea
    type: country
  - id: lazarus
    name: Lazarus Group
    type: group
    relations:
      - {relation: part-of, object: north-korea}
  - id: acme-holdings
    name: Acme Holdings
    type: company
  - id: acme-intel
    name: Acme Intelligence
    type: company
    relations:
      - {relation: part-of, object: acme-holdings}
  - id: jane-roe
    name: Jane Roe
    type: person
    roles:
      - {role: chief-executive, of: acme-holdings, from: 2019-03-01}
  - id: john-doe
    name: John Doe
    type: person
)";

constexpr char kMeasures[] = R"(measures:
  crypto-stolen:
    unit_kind: money
    description: Value stolen.
    cues: [stole, stolen]
  crypto-attacks:
    unit_kind: count
    description: Number of attacks.
    cues: [attacks, hacks]
)";

constexpr char kUnSource[] = R"(id: un-2022
title: Panel report
publisher: UN Panel of Experts
kind: report
published: 2022-03-01
statements:
  - id: stolen-2021
    text: "Cyber actors stole nearly 400 million dollars"
    subject: north-korea
    measure: crypto-stolen
    value: 400000000
    unit: USD
    qualifier: nearly
    period: [2021-01-01, 2021-12-31]
  - id: stolen-2020
    text: "Lazarus took 300 million dollars"
    subject: lazarus
    measure: crypto-stolen
    value: 300000000
    unit: USD
    qualifier: exact
    period: [2020-01-01, 2020-12-31]
  - id: stolen-eur
    text: "Theft of 50 million euros"
    subject: north-korea
    measure: crypto-stolen
    value: 50000000
    unit: EUR
    qualifier: exact
    period: [2021-01-01, 2021-12-31]
  - id: attacks-2021
    text: "at least seven attacks"
    subject: north-korea
    measure: crypto-attacks
    value: 7
    unit: attacks
    qualifier: at-least
    period: [2021-01-01, 2021-12-31]
  - id: context
    text: "The panel investigated exchanges"
    subject: north-korea
quotes:
  - id: q1
    speaker: UN Panel of Experts
    text: "The DPRK continued to steal cryptocurrency to fund its weapons programmes"
)";

constexpr char kAcmeSource[] = R"(id: acme-2022
title: Acme threat report
publisher: Acme Intelligence
kind: report
published: 2022-02-01
statements:
  - id: stolen-2021
    text: "Attackers took 398 million dollars"
    subject: north-korea
    measure: crypto-stolen
    value: 398000000
    unit: USD
    qualifier: exact
    period: [2021-01-01, 2021-12-31]
  - id: attacks-2021
    text: "nine attacks"
    subject: north-korea
    measure: crypto-attacks
    value: 9
    unit: attacks
    qualifier: exact
    period: [2021-01-01, 2021-12-31]
quotes:
  - id: q1
    speaker: Jane Roe
    text: "Attackers continued to steal cryptocurrency from exchanges"
)";

Date D(const char* iso) { return ParseIsoDate(iso).value(); }

std::vector<std::string> Ids(const std::vector<StatementCandidate>& candidates) {
  std::vector<std::string> out;
  for (const StatementCandidate& c : candidates)
    out.push_back(c.record.source_id + "/" + c.record.id);
  return out;
}

std::vector<std::string> Ids(const std::vector<StatementHit>& hits) {
  std::vector<std::string> out;
  for (const StatementHit& h : hits) out.push_back(h.record.source_id + "/" + h.record.id);
  return out;
}

std::vector<std::pair<std::string, double>> Reasons(const StatementCandidate& c) {
  std::vector<std::pair<std::string, double>> out;
  for (const MatchReason& r : c.reasons) out.emplace_back(r.name, r.weight);
  return out;
}

class MatchClaimsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    dir_->Write("src/entities.yaml", kEntities);
    dir_->Write("src/measures.yaml", kMeasures);
    dir_->Write("src/sources/un-2022.yaml", kUnSource);
    dir_->Write("src/sources/acme-2022.yaml", kAcmeSource);
    const std::string db = (dir_->path() / "corpus.db").string();
    Status built = BuildCorpus({(dir_->path() / "src").string()}, db);
    ASSERT_TRUE(built.ok()) << built.message();
    StatusOr<std::unique_ptr<Corpus>> corpus = Corpus::Open(db);
    ASSERT_TRUE(corpus.ok()) << corpus.status().message();
    corpus_ = std::move(corpus).value().release();
  }
  void SetUp() override { ASSERT_NE(corpus_, nullptr) << "the test corpus did not build"; }
  static void TearDownTestSuite() {
    delete corpus_;
    corpus_ = nullptr;
    delete dir_;
    dir_ = nullptr;
  }

  // A document of one sentence whose words appear in no statement, so that no candidate has a
  // text reason.
  static std::shared_ptr<const Document> NeutralDocument() {
    return Document::Read("neutral.md", "Qwerty zxcv.\n").value();
  }

  // Claims with one period (2021) at index 0.
  static Claims WithYear2021() {
    Claims claims;
    TimeExpr time;
    time.span = {0, 6};
    time.resolved = true;
    time.from = D("2021-01-01");
    time.to = D("2021-12-31");
    time.granularity = Granularity::kYear;
    claims.times.push_back(time);
    return claims;
  }

  static MoneyAmount Money(double value, std::string currency, ClaimContext context) {
    MoneyAmount m;
    m.span = {0, 6};
    m.number_span = {0, 6};
    m.value = value;
    m.currency = std::move(currency);
    m.context = std::move(context);
    return m;
  }

  static Quantity Count(double value, std::string unit, ClaimContext context) {
    Quantity q;
    q.span = {0, 6};
    q.number_span = {0, 6};
    q.value = value;
    q.unit = std::move(unit);
    q.context = std::move(context);
    return q;
  }

  static TempDir* dir_;
  static Corpus* corpus_;
};

TempDir* MatchClaimsTest::dir_ = nullptr;
Corpus* MatchClaimsTest::corpus_ = nullptr;

TEST_F(MatchClaimsTest, MoneyCandidatesWithReasonsAndOrder) {
  Claims claims = WithYear2021();
  claims.money.push_back(Money(400e6, "USD", {"north-korea", "crypto-stolen", "un", 0}));
  StatusOr<Matches> matches = MatchClaims(*NeutralDocument(), claims, *corpus_);
  ASSERT_TRUE(matches.ok()) << matches.status().message();
  ASSERT_EQ(matches->money.size(), 1u);
  EXPECT_TRUE(matches->quantities.empty());
  EXPECT_TRUE(matches->quotes.empty());
  const std::vector<StatementCandidate>& c = matches->money[0];
  // The EUR statement is left out; the others about North Korea by score: 9, 7.5. (The Lazarus
  // record is only sought when no record is about the claim's own subject.)
  ASSERT_EQ(Ids(c), (std::vector<std::string>{"un-2022/stolen-2021", "acme-2022/stolen-2021"}));

  EXPECT_EQ(c[0].score, 9.0);
  EXPECT_TRUE(c[0].same_measure);
  EXPECT_TRUE(c[0].credited);  // un-panel is part of un
  EXPECT_EQ(c[0].source.id, "un-2022");
  EXPECT_EQ(c[0].source.publisher_entity, "un-panel");
  EXPECT_EQ(c[0].record.value, 400e6);
  EXPECT_EQ(
      Reasons(c[0]),
      (std::vector<std::pair<std::string, double>>{
          {"measure", 3}, {"subject", 2}, {"period", 2}, {"unit", 0.5}, {"cited-source", 1.5}}));
  ASSERT_EQ(c[0].reasons.size(), 5u);
  EXPECT_EQ(c[0].reasons[0].detail, "same measure: crypto-stolen");
  EXPECT_EQ(c[0].reasons[1].detail, "same subject: north-korea");
  EXPECT_EQ(c[0].reasons[2].detail,
            "period 2021-01-01 to 2021-12-31 overlaps 2021-01-01 to 2021-12-31");
  EXPECT_EQ(c[0].reasons[3].detail, "same unit: USD");
  EXPECT_EQ(c[0].reasons[4].detail, "the text credits un");

  EXPECT_EQ(c[1].score, 7.5);
  EXPECT_TRUE(c[1].same_measure);
  EXPECT_FALSE(c[1].credited);  // acme-intel is not part of un
  EXPECT_EQ(Reasons(c[1]), (std::vector<std::pair<std::string, double>>{
                               {"measure", 3}, {"subject", 2}, {"period", 2}, {"unit", 0.5}}));
}

TEST_F(MatchClaimsTest, CandidatesUnderTheThresholdAreDropped) {
  Claims claims = WithYear2021();
  claims.money.push_back(Money(400e6, "USD", {"north-korea", "crypto-stolen", "un", 0}));
  MatchOptions options;
  options.statement_threshold = 7.5;  // 7.5 is kept (the threshold is reached), 6 is not
  StatusOr<Matches> matches = MatchClaims(*NeutralDocument(), claims, *corpus_, options);
  ASSERT_TRUE(matches.ok());
  EXPECT_EQ(Ids(matches->money[0]),
            (std::vector<std::string>{"un-2022/stolen-2021", "acme-2022/stolen-2021"}));
  options.statement_threshold = 7.6;
  matches = MatchClaims(*NeutralDocument(), claims, *corpus_, options);
  ASSERT_TRUE(matches.ok());
  EXPECT_EQ(Ids(matches->money[0]), (std::vector<std::string>{"un-2022/stolen-2021"}));
  options.statement_threshold = 9.5;
  matches = MatchClaims(*NeutralDocument(), claims, *corpus_, options);
  ASSERT_TRUE(matches.ok());
  EXPECT_TRUE(matches->money[0].empty());
}

TEST_F(MatchClaimsTest, DefaultThresholdNeedsMoreThanSubjectAndUnit) {
  // No measure and no period: subject 2 + unit 0.5 = 2.5, under the default threshold.
  Claims claims;
  claims.money.push_back(Money(400e6, "USD", {"north-korea", "", "", std::nullopt}));
  StatusOr<Matches> matches = MatchClaims(*NeutralDocument(), claims, *corpus_);
  ASSERT_TRUE(matches.ok());
  EXPECT_TRUE(matches->money[0].empty());
}

TEST_F(MatchClaimsTest, MaxCandidatesIsHonoured) {
  Claims claims = WithYear2021();
  claims.money.push_back(Money(400e6, "USD", {"north-korea", "crypto-stolen", "un", 0}));
  MatchOptions options;
  options.max_candidates = 1;
  StatusOr<Matches> matches = MatchClaims(*NeutralDocument(), claims, *corpus_, options);
  ASSERT_TRUE(matches.ok());
  EXPECT_EQ(Ids(matches->money[0]), (std::vector<std::string>{"un-2022/stolen-2021"}));
  options.max_candidates = 2;
  matches = MatchClaims(*NeutralDocument(), claims, *corpus_, options);
  ASSERT_TRUE(matches.ok());
  EXPECT_EQ(Ids(matches->money[0]),
            (std::vector<std::string>{"un-2022/stolen-2021", "acme-2022/stolen-2021"}));
}

TEST_F(MatchClaimsTest, QuantityCandidatesCreditAPersonThroughARole) {
  Claims claims = WithYear2021();
  claims.quantities.push_back(Count(7, "attack", {"north-korea", "crypto-attacks", "jane-roe", 0}));
  StatusOr<Matches> matches = MatchClaims(*NeutralDocument(), claims, *corpus_);
  ASSERT_TRUE(matches.ok());
  ASSERT_EQ(matches->quantities.size(), 1u);
  const std::vector<StatementCandidate>& c = matches->quantities[0];
  ASSERT_EQ(Ids(c), (std::vector<std::string>{"acme-2022/attacks-2021", "un-2022/attacks-2021"}));
  // Jane Roe is chief executive of Acme Holdings, which Acme Intelligence is part of.
  EXPECT_TRUE(c[0].credited);
  EXPECT_EQ(c[0].score, 9.0);
  EXPECT_EQ(
      Reasons(c[0]),
      (std::vector<std::pair<std::string, double>>{
          {"measure", 3}, {"subject", 2}, {"period", 2}, {"unit", 0.5}, {"cited-source", 1.5}}));
  EXPECT_EQ(c[0].reasons[3].detail, "same unit: attacks");  // "attacks" singular is "attack"
  EXPECT_EQ(c[0].reasons[4].detail, "the text credits jane-roe");
  EXPECT_FALSE(c[1].credited);
  EXPECT_EQ(c[1].score, 7.5);
}

TEST_F(MatchClaimsTest, MoneyNeverGetsACountRecordAndViceVersa) {
  // Without a measure the subject alone fetches every north-korea statement, money and counts.
  Claims claims;
  const ClaimContext subject_only{"north-korea", "", "", std::nullopt};
  claims.money.push_back(Money(400e6, "USD", subject_only));
  claims.money.push_back(Money(50e6, "EUR", subject_only));
  claims.quantities.push_back(Count(7, "attack", subject_only));
  MatchOptions options;
  options.statement_threshold = 0;
  StatusOr<Matches> matches = MatchClaims(*NeutralDocument(), claims, *corpus_, options);
  ASSERT_TRUE(matches.ok());
  // Ties (subject 2 + unit 0.5) are in source id, record id order; none is of the same measure.
  EXPECT_EQ(Ids(matches->money[0]),
            (std::vector<std::string>{"acme-2022/stolen-2021", "un-2022/stolen-2021"}));
  EXPECT_EQ(Ids(matches->money[1]), (std::vector<std::string>{"un-2022/stolen-eur"}));
  EXPECT_EQ(Ids(matches->quantities[0]),
            (std::vector<std::string>{"acme-2022/attacks-2021", "un-2022/attacks-2021"}));
  for (const auto* list : {&matches->money[0], &matches->money[1], &matches->quantities[0]}) {
    for (const StatementCandidate& c : *list) {
      EXPECT_FALSE(c.same_measure);
      EXPECT_FALSE(c.credited);
      EXPECT_EQ(c.score, 2.5) << c.record.id;
      EXPECT_EQ(Reasons(c),
                (std::vector<std::pair<std::string, double>>{{"subject", 2}, {"unit", 0.5}}));
    }
  }
}

TEST_F(MatchClaimsTest, TextReasonIsBm25Squashed) {
  const std::string text = "Cyber actors stole 400 million dollars.\n";
  std::shared_ptr<const Document> document = Document::Read("text.md", text).value();
  Claims claims = WithYear2021();
  claims.money.push_back(Money(400e6, "USD", {"north-korea", "crypto-stolen", "un", 0}));
  claims.money[0].span = {19, 30};  // "400 million"
  StatusOr<Matches> matches = MatchClaims(*document, claims, *corpus_);
  ASSERT_TRUE(matches.ok());

  StatementFilter filter;
  filter.measure = "crypto-stolen";
  filter.subject_entity = "north-korea";
  filter.text = "Cyber actors stole 400 million dollars.";
  StatusOr<std::vector<StatementHit>> hits = corpus_->FindStatements(filter);
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(Ids(*hits), (std::vector<std::string>{"acme-2022/stolen-2021", "un-2022/stolen-2021",
                                                  "un-2022/stolen-eur"}));
  const double s = (*hits)[1].score;
  ASSERT_GT(s, 0);

  const std::vector<StatementCandidate>& c = matches->money[0];
  ASSERT_FALSE(c.empty());
  ASSERT_EQ(c[0].record.id, "stolen-2021");
  ASSERT_EQ(c[0].record.source_id, "un-2022");
  ASSERT_EQ(c[0].reasons.size(), 6u);
  EXPECT_EQ(c[0].reasons[5].name, "text");
  EXPECT_DOUBLE_EQ(c[0].reasons[5].weight, 2 * s / (s + 5));
  EXPECT_DOUBLE_EQ(c[0].score, 9.0 + 2 * s / (s + 5));
  EXPECT_LT(c[0].reasons[5].weight, 2.0);
}

TEST_F(MatchClaimsTest, QuoteCandidatesWithSameSpeakerForAPartOfSpeaker) {
  const std::string text =
      "The UN said \"continued to steal cryptocurrency to fund its weapons programmes\".\n";
  std::shared_ptr<const Document> document = Document::Read("quote.md", text).value();
  const std::string content = "continued to steal cryptocurrency to fund its weapons programmes";
  const size_t begin = text.find(content);
  Claims claims;
  Quote quote;
  quote.span = {begin - 1, begin + content.size() + 1};
  quote.content = {begin, begin + content.size()};
  quote.speaker = "The UN";
  quote.speaker_entity = "un";
  claims.quotes.push_back(quote);
  StatusOr<Matches> matches = MatchClaims(*document, claims, *corpus_);
  ASSERT_TRUE(matches.ok());
  ASSERT_EQ(matches->quotes.size(), 1u);
  const std::vector<QuoteCandidate>& c = matches->quotes[0];
  ASSERT_EQ(c.size(), 2u);

  EXPECT_EQ(c[0].record.source_id, "un-2022");
  EXPECT_EQ(c[0].record.id, "q1");
  EXPECT_EQ(c[0].source.id, "un-2022");
  EXPECT_TRUE(c[0].same_speaker);  // the panel is part of the UN
  EXPECT_EQ(c[0].alignment.similarity, 1.0);
  EXPECT_EQ(c[0].alignment.matched, 9);
  EXPECT_EQ(c[0].alignment.source_begin, 9u);  // after "The DPRK "
  EXPECT_EQ(c[0].alignment.source_end, c[0].record.text.size());
  ASSERT_EQ(c[0].reasons.size(), 2u);
  EXPECT_EQ(c[0].reasons[0].name, "text");
  EXPECT_EQ(c[0].reasons[0].weight, 1.0);
  EXPECT_EQ(c[0].reasons[1].name, "speaker");
  EXPECT_EQ(c[0].reasons[1].weight, 0.0);

  // "continued to steal cryptocurrency" lines up: 4 / max(9, 4).
  EXPECT_EQ(c[1].record.source_id, "acme-2022");
  EXPECT_FALSE(c[1].same_speaker);
  EXPECT_EQ(c[1].alignment.matched, 4);
  EXPECT_DOUBLE_EQ(c[1].alignment.similarity, 4.0 / 9.0);
  ASSERT_EQ(c[1].reasons.size(), 1u);
  EXPECT_DOUBLE_EQ(c[1].reasons[0].weight, 4.0 / 9.0);

  MatchOptions options;
  options.quote_threshold = 0.5;
  matches = MatchClaims(*document, claims, *corpus_, options);
  ASSERT_TRUE(matches.ok());
  ASSERT_EQ(matches->quotes[0].size(), 1u);
  EXPECT_EQ(matches->quotes[0][0].record.source_id, "un-2022");

  // The speaker the other way round: a part of the record's speaker also counts.
  claims.quotes[0].speaker_entity = "un-panel-secretariat";
  matches = MatchClaims(*document, claims, *corpus_);
  ASSERT_TRUE(matches.ok());
  ASSERT_EQ(matches->quotes[0].size(), 2u);
  EXPECT_TRUE(matches->quotes[0][0].same_speaker);
  claims.quotes[0].speaker_entity = "john-doe";
  matches = MatchClaims(*document, claims, *corpus_);
  ASSERT_TRUE(matches.ok());
  ASSERT_EQ(matches->quotes[0].size(), 2u);
  EXPECT_FALSE(matches->quotes[0][0].same_speaker);
  EXPECT_EQ(matches->quotes[0][0].reasons.size(), 1u);
}

TEST_F(MatchClaimsTest, IsPartOfIsTransitive) {
  EXPECT_TRUE(IsPartOf(*corpus_, "un-panel", "un"));
  EXPECT_TRUE(IsPartOf(*corpus_, "un-panel-secretariat", "un-panel"));
  EXPECT_TRUE(IsPartOf(*corpus_, "un-panel-secretariat", "un"));
  EXPECT_TRUE(IsPartOf(*corpus_, "un", "un"));
  EXPECT_FALSE(IsPartOf(*corpus_, "un", "un-panel"));
  EXPECT_FALSE(IsPartOf(*corpus_, "un-panel", "un-panel-secretariat"));
  EXPECT_FALSE(IsPartOf(*corpus_, "lazarus", "un"));
  EXPECT_FALSE(IsPartOf(*corpus_, "", "un"));
}

TEST_F(MatchClaimsTest, SourceIsCreditedThroughPartOfAndRoles) {
  StatusOr<std::optional<SourceInfo>> acme = corpus_->FindSource("acme-2022");
  StatusOr<std::optional<SourceInfo>> un = corpus_->FindSource("un-2022");
  ASSERT_TRUE(acme.ok() && acme->has_value() && un.ok() && un->has_value());
  ASSERT_EQ((*acme)->publisher_entity, "acme-intel");
  // The publisher itself, and a body the publisher is part of.
  EXPECT_TRUE(SourceIsCredited(*corpus_, **acme, "acme-intel"));
  EXPECT_TRUE(SourceIsCredited(*corpus_, **acme, "acme-holdings"));
  EXPECT_TRUE(SourceIsCredited(*corpus_, **un, "un"));
  // A person whose role is of the publisher's parent.
  EXPECT_TRUE(SourceIsCredited(*corpus_, **acme, "jane-roe"));
  EXPECT_FALSE(SourceIsCredited(*corpus_, **un, "jane-roe"));
  EXPECT_FALSE(SourceIsCredited(*corpus_, **acme, "john-doe"));
  EXPECT_FALSE(SourceIsCredited(*corpus_, **acme, "un"));
  EXPECT_FALSE(SourceIsCredited(*corpus_, **acme, ""));
}

// A part does not speak for the whole: a source of the panel is not one of its secretariat.
TEST_F(MatchClaimsTest, SourceIsNotCreditedWhenTheCreditedBodyIsOnlyPartOfThePublisher) {
  StatusOr<std::optional<SourceInfo>> un = corpus_->FindSource("un-2022");
  ASSERT_TRUE(un.ok() && un->has_value());
  EXPECT_FALSE(SourceIsCredited(*corpus_, **un, "un-panel-secretariat"));
}

// --- Corpus::FindStatements ---

StatusOr<std::vector<StatementHit>> Find(const Corpus& corpus, std::string measure,
                                         std::string subject, std::string source,
                                         std::string text = "", int limit = 50) {
  StatementFilter filter;
  filter.measure = std::move(measure);
  filter.subject_entity = std::move(subject);
  filter.source_id = std::move(source);
  filter.text = std::move(text);
  filter.limit = limit;
  return corpus.FindStatements(filter);
}

using Rows = std::vector<std::string>;

Rows FindIds(const Corpus& corpus, std::string measure, std::string subject, std::string source,
             int limit = 50) {
  StatusOr<std::vector<StatementHit>> hits =
      Find(corpus, std::move(measure), std::move(subject), std::move(source), "", limit);
  EXPECT_TRUE(hits.ok()) << hits.status().message();
  return hits.ok() ? Ids(*hits) : Rows{"error"};
}

TEST_F(MatchClaimsTest, FindStatementsByEachFilterCombination) {
  EXPECT_EQ(FindIds(*corpus_, "crypto-stolen", "", ""),
            (Rows{"acme-2022/stolen-2021", "un-2022/stolen-2020", "un-2022/stolen-2021",
                  "un-2022/stolen-eur"}));
  EXPECT_EQ(FindIds(*corpus_, "", "north-korea", ""),
            (Rows{"acme-2022/attacks-2021", "acme-2022/stolen-2021", "un-2022/attacks-2021",
                  "un-2022/context", "un-2022/stolen-2021", "un-2022/stolen-eur"}));
  EXPECT_EQ(FindIds(*corpus_, "crypto-stolen", "north-korea", ""),
            (Rows{"acme-2022/stolen-2021", "un-2022/stolen-2021", "un-2022/stolen-eur"}));
  EXPECT_EQ(FindIds(*corpus_, "", "", "un-2022"),
            (Rows{"un-2022/attacks-2021", "un-2022/context", "un-2022/stolen-2020",
                  "un-2022/stolen-2021", "un-2022/stolen-eur"}));
  EXPECT_EQ(FindIds(*corpus_, "crypto-stolen", "", "un-2022"),
            (Rows{"un-2022/stolen-2020", "un-2022/stolen-2021", "un-2022/stolen-eur"}));
  EXPECT_EQ(FindIds(*corpus_, "", "lazarus", "un-2022"), (Rows{"un-2022/stolen-2020"}));
  EXPECT_EQ(FindIds(*corpus_, "crypto-stolen", "north-korea", "un-2022"),
            (Rows{"un-2022/stolen-2021", "un-2022/stolen-eur"}));
  EXPECT_EQ(FindIds(*corpus_, "crypto-attacks", "lazarus", ""), Rows{});
  EXPECT_EQ(FindIds(*corpus_, "no-such-measure", "", ""), Rows{});
  EXPECT_EQ(FindIds(*corpus_, "", "", "no-such-source"), Rows{});
}

TEST_F(MatchClaimsTest, FindStatementsReturnsTheRecordFields) {
  StatusOr<std::vector<StatementHit>> hits = Find(*corpus_, "", "lazarus", "");
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  const StatementInfo& r = (*hits)[0].record;
  EXPECT_EQ(r.text, "Lazarus took 300 million dollars");
  EXPECT_EQ(r.subject_entity, "lazarus");
  EXPECT_EQ(r.measure, "crypto-stolen");
  EXPECT_EQ(r.value, 300e6);
  EXPECT_EQ(r.unit, "USD");
  EXPECT_EQ(r.qualifier, "exact");
  EXPECT_EQ(r.period_from, D("2020-01-01"));
  EXPECT_EQ(r.period_to, D("2020-12-31"));
}

TEST_F(MatchClaimsTest, FindStatementsHonoursTheLimit) {
  EXPECT_EQ(FindIds(*corpus_, "crypto-stolen", "", "", 2),
            (Rows{"acme-2022/stolen-2021", "un-2022/stolen-2020"}));
  EXPECT_EQ(FindIds(*corpus_, "", "", "un-2022", 1), (Rows{"un-2022/attacks-2021"}));
  StatusOr<std::vector<StatementHit>> zero = Find(*corpus_, "crypto-stolen", "", "", "", 0);
  ASSERT_FALSE(zero.ok());
  EXPECT_EQ(zero.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(zero.status().message(), "FindStatements: limit must be positive");
}

TEST_F(MatchClaimsTest, FindStatementsWithAnEmptyFilterIsAnError) {
  StatusOr<std::vector<StatementHit>> hits = Find(*corpus_, "", "", "", "stole");
  ASSERT_FALSE(hits.ok());
  EXPECT_EQ(hits.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(hits.status().message(), "FindStatements: give a measure, a subject or a source");
}

TEST_F(MatchClaimsTest, FindStatementsScoresTheTextWithBm25) {
  StatusOr<std::vector<StatementHit>> none = Find(*corpus_, "crypto-stolen", "", "", "");
  ASSERT_TRUE(none.ok());
  ASSERT_EQ(none->size(), 4u);
  for (const StatementHit& hit : *none) EXPECT_EQ(hit.score, 0.0) << hit.record.id;

  StatusOr<std::vector<StatementHit>> stole = Find(*corpus_, "crypto-stolen", "", "", "stole");
  ASSERT_TRUE(stole.ok());
  // Still in source, record order, whatever the scores.
  ASSERT_EQ(Ids(*stole), (Rows{"acme-2022/stolen-2021", "un-2022/stolen-2020",
                               "un-2022/stolen-2021", "un-2022/stolen-eur"}));
  EXPECT_EQ((*stole)[0].score, 0.0);
  EXPECT_EQ((*stole)[1].score, 0.0);
  EXPECT_GT((*stole)[2].score, 0.0);  // "Cyber actors stole nearly 400 million dollars"
  EXPECT_EQ((*stole)[3].score, 0.0);

  // Punctuation only: no words, every score 0.
  StatusOr<std::vector<StatementHit>> punct = Find(*corpus_, "crypto-stolen", "", "", "?! \"");
  ASSERT_TRUE(punct.ok());
  for (const StatementHit& hit : *punct) EXPECT_EQ(hit.score, 0.0) << hit.record.id;
}

}  // namespace
}  // namespace factlint
