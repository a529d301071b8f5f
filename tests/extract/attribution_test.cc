// Tests of the attribution pass (which source each stretch of text is credited to) and of the
// context pass (subject, measure, attributed_to, time of each figure), over invented sentences
// and a small gazetteer built here. The claims the context pass reads (entities, times, money,
// quantities) are placed by hand, so that these tests do not depend on the other passes.
#include "engine/extract/attribution.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "engine/extract/context.h"
#include "factlint/claims.h"
#include "factlint/document.h"
#include "factlint/gazetteer.h"

namespace factlint::extract_internal {
namespace {

// Names the tests place as mentions, with their entity ids and types.
struct Name {
  std::string text;
  std::string id;
  std::string type;
};

const std::vector<Name>& Names() {
  static const std::vector<Name>* const names = new std::vector<Name>{
      {"United Nations", "un", "organisation"},
      {"UN", "un", "organisation"},
      {"Chainalysis", "chainalysis", "company"},
      {"FireEye", "fireeye", "company"},
      {"North Korea", "north-korea", "country"},
      {"North Korean", "north-korea", "country"},
      {"Pyongyang", "north-korea", "country"},
      {"US", "united-states", "country"},
      {"United States", "united-states", "country"},
      {"Japan", "japan", "country"},
      {"Lazarus", "lazarus", "group"},
      {"APT 38", "apt38", "group"},
      {"Kim", "kim", "person"},
      {"Reuters", "reuters", "company"},
  };
  return *names;
}

const Gazetteer& TestGazetteer() {
  static const Gazetteer* const gazetteer = [] {
    std::vector<GazetteerEntry> entries;
    for (const Name& name : Names()) entries.push_back({name.text, "", name.id, name.type});
    entries.push_back({"dollars", "", "usd", "currency"});
    return new Gazetteer(
        std::move(entries),
        {{"crypto-stolen", "money", {"stole", "stolen", "theft", "made", "obtained", "hacked"}},
         {"missile-tests", "count", {"trials", "missile tests"}},
         {"attack-losses", "money", {"attacks"}},
         {"attack-count", "count", {"attacks"}}});
  }();
  return *gazetteer;
}

std::shared_ptr<const Document> Read(const std::string& text) {
  auto document = Document::Read("t.md", text);
  EXPECT_TRUE(document.ok()) << text;
  return document.ok() ? *document : nullptr;
}

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Every name of Names() in the prose of `document`, case-sensitive, on word boundaries, longest
// first, never overlapping, in text order: what the entity pass would find.
std::vector<EntityMention> MentionsOf(const Document& document) {
  const std::string& text = document.text();
  std::vector<const Name*> names;
  for (const Name& name : Names()) names.push_back(&name);
  std::stable_sort(names.begin(), names.end(),
                   [](const Name* a, const Name* b) { return a->text.size() > b->text.size(); });
  std::vector<EntityMention> out;
  for (const Name* name : names) {
    for (size_t at = text.find(name->text); at != std::string::npos;
         at = text.find(name->text, at + 1)) {
      const Span span = {at, at + name->text.size()};
      if ((at > 0 && IsWordByte(text[at - 1])) ||
          (span.end < text.size() && IsWordByte(text[span.end])) || !document.IsProse(span)) {
        continue;
      }
      if (std::any_of(out.begin(), out.end(),
                      [&](const EntityMention& m) { return m.span.Overlaps(span); })) {
        continue;
      }
      out.push_back({span, name->id});
    }
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.span < b.span; });
  return out;
}

// The span of the `nth` occurrence of `needle`.
Span SpanOf(const Document& document, std::string_view needle, int nth = 0) {
  size_t at = document.text().find(needle);
  for (int i = 0; i < nth && at != std::string::npos; ++i) {
    at = document.text().find(needle, at + 1);
  }
  EXPECT_NE(at, std::string::npos) << needle;
  if (at == std::string::npos) return {};
  return {at, at + needle.size()};
}

// An attribution as (credited text, source id, source text).
using Credit = std::tuple<std::string, std::string, std::string>;

std::vector<Credit> Credits(const Document& document, const std::vector<Attribution>& found) {
  std::vector<Credit> out;
  for (const Attribution& a : found) {
    out.emplace_back(std::string(document.TextOf(a.span)), a.source, a.source_text);
  }
  return out;
}

std::vector<Credit> CreditsOf(const std::string& text, const Gazetteer* gazetteer = nullptr) {
  std::shared_ptr<const Document> document = Read(text);
  if (document == nullptr) return {};
  return Credits(*document, FindAttributions(*document, MentionsOf(*document),
                                             gazetteer != nullptr ? gazetteer : &TestGazetteer()));
}

// ---------------------------------------------------------------------------------------------
// Attribution: one cue per test.

TEST(Attribution, AccordingToOpensTheSentence) {
  EXPECT_EQ(CreditsOf("According to the UN, North Korea stole 50 million dollars.\n"),
            (std::vector<Credit>{{"North Korea stole 50 million dollars", "un", "the UN"}}));
}

TEST(Attribution, AccordingToClosesTheSentence) {
  EXPECT_EQ(
      CreditsOf("Hackers stole 50 million dollars, according to Chainalysis.\n"),
      (std::vector<Credit>{{"Hackers stole 50 million dollars", "chainalysis", "Chainalysis"}}));
}

TEST(Attribution, AccordingToSomeoneNotInTheGazetteer) {
  EXPECT_EQ(CreditsOf("According to experts, the hackers kept the coins.\n"),
            (std::vector<Credit>{{"the hackers kept the coins", "", "experts"}}));
}

TEST(Attribution, AccordingToAReportByANamedSource) {
  EXPECT_EQ(
      CreditsOf("According to a report by the UN, exchanges lost 3 million dollars.\n"),
      (std::vector<Credit>{{"exchanges lost 3 million dollars", "un", "a report by the UN"}}));
}

TEST(Attribution, SaidThat) {
  EXPECT_EQ(CreditsOf("The UN said that hackers stole 20 million dollars.\n"),
            (std::vector<Credit>{{"hackers stole 20 million dollars", "un", "The UN"}}));
}

TEST(Attribution, SaysWithoutThat) {
  EXPECT_EQ(
      CreditsOf("Chainalysis says hackers stole more coins in 2021.\n"),
      (std::vector<Credit>{{"hackers stole more coins in 2021", "chainalysis", "Chainalysis"}}));
}

TEST(Attribution, ReportedThat) {
  EXPECT_EQ(
      CreditsOf("The United Nations reported that two exchanges lost their reserves.\n"),
      (std::vector<Credit>{{"two exchanges lost their reserves", "un", "The United Nations"}}));
}

TEST(Attribution, Estimated) {
  EXPECT_EQ(CreditsOf("Chainalysis estimated losses of one billion dollars.\n"),
            (std::vector<Credit>{{"losses of one billion dollars", "chainalysis", "Chainalysis"}}));
}

TEST(Attribution, ToldReporters) {
  EXPECT_EQ(CreditsOf("Kim told reporters the launches would go on.\n"),
            (std::vector<Credit>{{"the launches would go on", "kim", "Kim"}}));
}

TEST(Attribution, ToldANamedOutletOnADayThat) {
  EXPECT_EQ(CreditsOf("The UN told Reuters on Friday that the ban stays in force.\n"),
            (std::vector<Credit>{{"the ban stays in force", "un", "The UN"}}));
}

TEST(Attribution, HasHighlightedAfterAnAppositive) {
  EXPECT_EQ(
      CreditsOf("FireEye, an American security company, has highlighted a gang called APT 38.\n"),
      (std::vector<Credit>{{"a gang called APT 38", "fireeye", "FireEye"}}));
}

TEST(Attribution, StatesThatIsACalqueOfSaysThat) {
  EXPECT_EQ(CreditsOf("US states that last week they fired two rockets.\n"),
            (std::vector<Credit>{{"last week they fired two rockets", "united-states", "US"}}));
}

TEST(Attribution, StatesAsANounIsNoCue) {
  EXPECT_EQ(CreditsOf("Member states imposed sanctions on North Korea.\n"), std::vector<Credit>{});
}

TEST(Attribution, WhichSuggestedThatCreditsTheNameBeforeWhich) {
  EXPECT_EQ(
      CreditsOf("Officials cite Chainalysis, which suggested that thieves took 9 million "
                "dollars.\n"),
      (std::vector<Credit>{{"thieves took 9 million dollars", "chainalysis", "Chainalysis"}}));
}

TEST(Attribution, SurveyByXShowingThat) {
  EXPECT_EQ(CreditsOf("Officials cite a survey by Chainalysis showing that exchanges lost 7 "
                      "million dollars.\n"),
            (std::vector<Credit>{
                {"exchanges lost 7 million dollars", "chainalysis", "a survey by Chainalysis"}}));
}

TEST(Attribution, StudyByXWithoutItsContentCreditsNothing) {
  EXPECT_EQ(CreditsOf("A study by Chainalysis was published in May.\n"), std::vector<Credit>{});
}

TEST(Attribution, PassiveBelievedIsNoCue) {
  EXPECT_EQ(CreditsOf("It is believed that North Korea kept the coins.\n"), std::vector<Credit>{});
}

TEST(Attribution, AnEstimatedFigureIsNoCue) {
  EXPECT_EQ(CreditsOf("An estimated 50 million dollars went missing.\n"), std::vector<Credit>{});
}

TEST(Attribution, PronounSubjectNamesNoSource) {
  EXPECT_EQ(CreditsOf("They said that the coins were gone.\n"), std::vector<Credit>{});
}

TEST(Attribution, SubjectThatIsNoName) {
  EXPECT_EQ(CreditsOf("Security researchers said that the coins were gone.\n"),
            (std::vector<Credit>{{"the coins were gone", "", "Security researchers"}}));
}

TEST(Attribution, SaidAfterTheClaim) {
  EXPECT_EQ(
      CreditsOf("Hackers stole 5 million dollars, Chainalysis said.\n"),
      (std::vector<Credit>{{"Hackers stole 5 million dollars", "chainalysis", "Chainalysis"}}));
}

TEST(Attribution, SaidAfterTheClaimWithADay) {
  EXPECT_EQ(CreditsOf("Hackers stole 5 million dollars, the UN said on Friday.\n"),
            (std::vector<Credit>{{"Hackers stole 5 million dollars", "un", "the UN"}}));
}

TEST(Attribution, SaidBeforeItsSubjectAfterTheClaim) {
  EXPECT_EQ(CreditsOf("Hackers stole 5 million dollars, said the UN.\n"),
            (std::vector<Credit>{{"Hackers stole 5 million dollars", "un", "the UN"}}));
}

TEST(Attribution, SayFromIsACalqueOfSays) {
  EXPECT_EQ(CreditsOf("\u201cWe took nothing\u201d, say from the UN.\n"),
            (std::vector<Credit>{{"\u201cWe took nothing\u201d", "un", "the UN"}}));
}

TEST(Attribution, LeadingAdverbialIsNotTheSubject) {
  EXPECT_EQ(CreditsOf("After talks with Japan, the UN said that the sanctions stay.\n"),
            (std::vector<Credit>{{"the sanctions stay", "un", "the UN"}}));
}

TEST(Attribution, InnerCueWinsOverAccordingTo) {
  EXPECT_EQ(CreditsOf("According to the UN, the US said that the trials went on.\n"),
            (std::vector<Credit>{{"the trials went on", "united-states", "the US"}}));
}

TEST(Attribution, StudyByXInsideAReportBackReference) {
  const std::string text =
      "According to the UN, exchanges were hacked.\n\n"
      "This report also cites an analysis released in May by the research firm Chainalysis, "
      "which found that thieves took 90 million dollars.\n";
  EXPECT_EQ(CreditsOf(text),
            (std::vector<Credit>{
                {"exchanges were hacked", "un", "the UN"},
                {"This report also cites an analysis released in May by the research firm "
                 "Chainalysis",
                 "un", "the UN"},
                {"thieves took 90 million dollars", "chainalysis",
                 "an analysis released in May by the research firm Chainalysis"}}));
}

TEST(Attribution, ThisReportPointsBackToTheLastReportNotTheLastSource) {
  const std::string text =
      "According to a report by Chainalysis, hackers stole coins.\n\n"
      "The UN said that prices fell.\n\n"
      "This report also lists nine exchanges.\n";
  EXPECT_EQ(CreditsOf(text),
            (std::vector<Credit>{{"hackers stole coins", "chainalysis", "a report by Chainalysis"},
                                 {"prices fell", "un", "The UN"},
                                 {"This report also lists nine exchanges", "chainalysis",
                                  "a report by Chainalysis"}}));
}

TEST(Attribution, AccordingToThisReport) {
  const std::string text =
      "A report by the UN found that exchanges were hacked.\n\n"
      "According to this report, the thieves used mixers.\n";
  EXPECT_EQ(CreditsOf(text),
            (std::vector<Credit>{{"exchanges were hacked", "un", "A report by the UN"},
                                 {"the thieves used mixers", "un", "A report by the UN"}}));
}

TEST(Attribution, ThisReportWithNothingNamedBeforeCreditsNothing) {
  EXPECT_EQ(CreditsOf("This report lists nine exchanges.\n"), std::vector<Credit>{});
}

// ---------------------------------------------------------------------------------------------
// Attribution: credit carried over to later sentences.

TEST(Attribution, PronounGoesOnInTheSameParagraph) {
  EXPECT_EQ(CreditsOf("The UN said that hackers stole coins. They also attacked banks. Prices "
                      "fell.\n"),
            (std::vector<Credit>{{"hackers stole coins", "un", "The UN"},
                                 {"They also attacked banks", "un", "The UN"}}));
}

TEST(Attribution, DemonstrativeGoesOnIntoTheNextParagraph) {
  EXPECT_EQ(CreditsOf("Chainalysis said that hackers stole coins.\n\n"
                      "These hackers also hit three exchanges.\n"),
            (std::vector<Credit>{
                {"hackers stole coins", "chainalysis", "Chainalysis"},
                {"These hackers also hit three exchanges", "chainalysis", "Chainalysis"}}));
}

TEST(Attribution, PronounDoesNotGoOnIntoTheNextParagraph) {
  EXPECT_EQ(CreditsOf("Chainalysis said that hackers stole coins.\n\n"
                      "They also hit three exchanges.\n"),
            (std::vector<Credit>{{"hackers stole coins", "chainalysis", "Chainalysis"}}));
}

TEST(Attribution, AnotherSourceTakesOver) {
  EXPECT_EQ(CreditsOf("The UN said that hackers stole coins. Chainalysis said that they stole "
                      "more. They also hit banks.\n"),
            (std::vector<Credit>{{"hackers stole coins", "un", "The UN"},
                                 {"they stole more", "chainalysis", "Chainalysis"},
                                 {"They also hit banks", "chainalysis", "Chainalysis"}}));
}

TEST(Attribution, AnUncreditedSentenceEndsTheChain) {
  EXPECT_EQ(CreditsOf("The UN said that hackers stole coins. Prices fell. They rose later.\n"),
            (std::vector<Credit>{{"hackers stole coins", "un", "The UN"}}));
}

TEST(Attribution, ItSeemsDoesNotGoOn) {
  EXPECT_EQ(CreditsOf("The UN said that hackers stole coins. It seems that nobody noticed.\n"),
            (std::vector<Credit>{{"hackers stole coins", "un", "The UN"}}));
}

// ---------------------------------------------------------------------------------------------
// Attribution: the headline carries into the lede.

TEST(Attribution, TitleCarriesIntoTheLede) {
  const std::string text =
      "---\ntitle: \"According to the UN, hackers stole coins\"\n---\n"
      "North Korea made 50 million dollars in 2021. It spent the money on rockets.\n\n"
      "The talks resumed.\n";
  std::shared_ptr<const Document> document = Read(text);
  ASSERT_NE(document, nullptr);
  const std::vector<Attribution> found =
      FindAttributions(*document, MentionsOf(*document), &TestGazetteer());
  EXPECT_EQ(Credits(*document, found),
            (std::vector<Credit>{{"North Korea made 50 million dollars in 2021", "un", "the UN"},
                                 {"It spent the money on rockets", "un", "the UN"}}));
  const size_t lede = document->blocks()[0].span.begin;
  for (const Attribution& a : found) EXPECT_EQ(a.source_span, (Span{lede, lede}));
}

TEST(Attribution, TitleDoesNotCarryWhenTheLedeNamesItsSource) {
  EXPECT_EQ(CreditsOf("---\ntitle: \"According to the UN, hackers stole coins\"\n---\n"
                      "Chainalysis said that hackers stole coins. Prices fell.\n"),
            (std::vector<Credit>{{"hackers stole coins", "chainalysis", "Chainalysis"}}));
}

TEST(Attribution, FirstHeadingCarriesIntoTheLede) {
  const std::string text =
      "# According to the UN, hackers stole coins\n\n"
      "North Korea made 50 million dollars.\n";
  std::shared_ptr<const Document> document = Read(text);
  ASSERT_NE(document, nullptr);
  const std::vector<Attribution> found =
      FindAttributions(*document, MentionsOf(*document), &TestGazetteer());
  EXPECT_EQ(Credits(*document, found),
            (std::vector<Credit>{{"hackers stole coins", "un", "the UN"},
                                 {"North Korea made 50 million dollars", "un", "the UN"}}));
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(document->TextOf(found[0].source_span), "the UN");
  EXPECT_TRUE(found[1].source_span.empty());
}

TEST(Attribution, TitleWithoutGazetteerKeepsTheSourceText) {
  std::shared_ptr<const Document> document =
      Read("---\ntitle: \"According to the UN, hackers stole coins\"\n---\nPrices fell.\n");
  ASSERT_NE(document, nullptr);
  EXPECT_EQ(Credits(*document, FindAttributions(*document, {}, nullptr)),
            (std::vector<Credit>{{"Prices fell", "", "the UN"}}));
}

// ---------------------------------------------------------------------------------------------
// Attribution: properties and hostile input.

TEST(Attribution, SpansAreInTextOrderAndDoNotOverlap) {
  const std::string text =
      "According to the UN, the US said that trials went on. They said so twice. Chainalysis, "
      "which found that hackers stole coins, said that prices fell, according to Reuters.\n\n"
      "These prices rose, the UN said.\n";
  std::shared_ptr<const Document> document = Read(text);
  ASSERT_NE(document, nullptr);
  const std::vector<Attribution> found =
      FindAttributions(*document, MentionsOf(*document), &TestGazetteer());
  EXPECT_FALSE(found.empty());
  for (size_t i = 1; i < found.size(); ++i) {
    EXPECT_LE(found[i - 1].span.end, found[i].span.begin) << i;
  }
  for (const Attribution& a : found) EXPECT_FALSE(a.span.empty());
}

TEST(Attribution, HostileInputDoesNotCrash) {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "said that according to, which found that a study by ";
  text += ".\n\nThese. It. ,,, according to\n\n# According to\n";
  std::shared_ptr<const Document> document = Read(text);
  ASSERT_NE(document, nullptr);
  std::vector<EntityMention> garbage = {{{5, 2}, "un"}, {{0, 1u << 30}, "un"}, {{1, 3}, ""}};
  FindAttributions(*document, garbage, &TestGazetteer());
  FindAttributions(*document, {}, nullptr);
  std::shared_ptr<const Document> empty = Read("");
  ASSERT_NE(empty, nullptr);
  EXPECT_TRUE(FindAttributions(*empty, {}, &TestGazetteer()).empty());
}

// ---------------------------------------------------------------------------------------------
// Context.

// A Document, its mentions and attributions, and figures and times placed by hand.
struct Article {
  std::shared_ptr<const Document> document;
  Claims claims;

  explicit Article(const std::string& text) : document(Read(text)) {
    if (document == nullptr) return;
    claims.entities = MentionsOf(*document);
    claims.attributions = FindAttributions(*document, claims.entities, &TestGazetteer());
  }
  size_t Money(std::string_view needle, int nth = 0) {
    MoneyAmount money;
    money.span = SpanOf(*document, needle, nth);
    claims.money.push_back(money);
    return claims.money.size() - 1;
  }
  size_t Count(std::string_view needle, int nth = 0) {
    Quantity quantity;
    quantity.span = SpanOf(*document, needle, nth);
    claims.quantities.push_back(quantity);
    return claims.quantities.size() - 1;
  }
  size_t Time(std::string_view needle, bool resolved = true) {
    TimeExpr time;
    time.span = SpanOf(*document, needle);
    time.resolved = resolved;
    claims.times.push_back(time);
    return claims.times.size() - 1;
  }
  void Assign(const Gazetteer* gazetteer = &TestGazetteer()) {
    AssignContext(*document, gazetteer, &claims);
  }
};

TEST(Context, SubjectIsTheNearestNameBeforeTheFigure) {
  Article s("Between 2020 and 2021, North Korea is thought to have made 50 million dollars.\n");
  s.Time("Between 2020 and 2021");
  s.Money("50 million dollars");
  s.Assign();
  const ClaimContext& c = s.claims.money[0].context;
  EXPECT_EQ(c.subject, "north-korea");
  EXPECT_EQ(c.measure, "crypto-stolen");
  EXPECT_EQ(c.attributed_to, "");
  EXPECT_EQ(c.time, std::optional<size_t>(0));
}

TEST(Context, AdjectiveAliasAndTimeAfterTheFigure) {
  Article s(
      "The UN cites Chainalysis, which suggested that North Korean hackers could have "
      "obtained up to $400 million in digital assets last year.\n");
  s.Time("last year");
  s.Money("up to $400 million");
  s.Assign();
  const ClaimContext& c = s.claims.money[0].context;
  EXPECT_EQ(c.subject, "north-korea");
  EXPECT_EQ(c.measure, "crypto-stolen");
  EXPECT_EQ(c.attributed_to, "chainalysis");
  EXPECT_EQ(c.time, std::optional<size_t>(0));
}

TEST(Context, SentenceInitialRangeForBothSidesOfAConversion) {
  Article s(
      "Between 2020 and 2021, North Korea made 50 million dollars (about 44 million euros) "
      "through attacks, which hit Japan in 2022.\n");
  s.Time("Between 2020 and 2021");
  s.Time("in 2022");
  s.Money("50 million dollars");
  s.Money("about 44 million euros");
  s.Assign();
  EXPECT_EQ(s.claims.money[0].context.time, std::optional<size_t>(0));
  EXPECT_EQ(s.claims.money[1].context.time, std::optional<size_t>(0));
  EXPECT_EQ(s.claims.money[1].context.subject, "north-korea");
}

TEST(Context, TheCreditedSourceIsNotTheSubject) {
  Article s("Chainalysis said that 5 million dollars were stolen.\n");
  s.Money("5 million dollars");
  s.Assign();
  const ClaimContext& c = s.claims.money[0].context;
  EXPECT_EQ(c.subject, "");
  EXPECT_EQ(c.attributed_to, "chainalysis");
  EXPECT_EQ(c.measure, "crypto-stolen");
}

TEST(Context, SubjectOfTheSentenceBeforeInTheParagraph) {
  Article s("North Korea hit two exchanges. The thieves took 5 million dollars.\n");
  s.Money("5 million dollars");
  s.Assign();
  EXPECT_EQ(s.claims.money[0].context.subject, "north-korea");
}

TEST(Context, NoSubjectFromTheParagraphBefore) {
  Article s("North Korea hit two exchanges.\n\nThieves took 5 million dollars.\n");
  s.Money("5 million dollars");
  s.Assign();
  EXPECT_EQ(s.claims.money[0].context.subject, "");
}

TEST(Context, SubjectGoesOnAfterADemonstrative) {
  Article s("North Korea hit two exchanges.\n\nThese thieves took 5 million dollars.\n");
  s.Money("5 million dollars");
  s.Assign();
  EXPECT_EQ(s.claims.money[0].context.subject, "north-korea");
}

TEST(Context, CurrenciesAreNoSubjectsButPeopleAre) {
  // A person is what a fine or a payment is about ("Zhao agreed to pay a $50 million fine"); the
  // currency named by "dollars" is never a subject.
  Article s("Kim spent 5 million dollars.\n");
  s.Money("5 million dollars");
  s.Assign();
  EXPECT_EQ(s.claims.money[0].context.subject, "kim");
  Article t("Dollars: 5 million dollars were spent.\n");
  t.Money("5 million dollars");
  t.Assign();
  EXPECT_EQ(t.claims.money[0].context.subject, "");
}

TEST(Context, MeasureCuesMatchInflections) {
  Article s(
      "North Korea denies the theft of 5 million dollars. Lazarus has stolen 3 million "
      "dollars.\n");
  s.Money("5 million dollars");
  s.Money("3 million dollars");
  s.Assign();
  EXPECT_EQ(s.claims.money[0].context.measure, "crypto-stolen");
  EXPECT_EQ(s.claims.money[1].context.measure, "crypto-stolen");
  EXPECT_EQ(s.claims.money[1].context.subject, "lazarus");
}

TEST(Context, MeasureNearestToEachFigure) {
  Article s("North Korea stole 5 million dollars and held nine missile tests.\n");
  s.Money("5 million dollars");
  s.Count("nine missile tests");
  s.Assign();
  EXPECT_EQ(s.claims.money[0].context.measure, "crypto-stolen");
  EXPECT_EQ(s.claims.quantities[0].context.measure, "missile-tests");
}

TEST(Context, MeasureTieGoesToTheFittingUnitKind) {
  Article s("The attacks cost 5 million dollars. The attacks hit 12 exchanges.\n");
  s.Money("5 million dollars");
  s.Count("12 exchanges");
  s.Assign();
  EXPECT_EQ(s.claims.money[0].context.measure, "attack-losses");
  EXPECT_EQ(s.claims.quantities[0].context.measure, "attack-count");
}

TEST(Context, NoCueNoMeasure) {
  Article s("North Korea has 5 million dollars. Hackers stole coins.\n");
  s.Money("5 million dollars");
  s.Assign();
  EXPECT_EQ(s.claims.money[0].context.measure, "");
}

TEST(Context, TimeAcrossAClauseBreakLosesToTheOneBefore) {
  Article s(
      "In 2019, hackers stole 5 million dollars, twice the haul of 2018. They took 7 million "
      "dollars in 2021.\n");
  s.Time("2019");
  s.Time("2018");
  s.Time("in 2021");
  s.Money("5 million dollars");
  s.Money("7 million dollars");
  s.Assign();
  EXPECT_EQ(s.claims.money[0].context.time, std::optional<size_t>(0));
  EXPECT_EQ(s.claims.money[1].context.time, std::optional<size_t>(2));
}

TEST(Context, TimeOfTheSentenceBeforeInTheParagraph) {
  Article s(
      "In 2021 two exchanges were hacked. Thieves took 5 million dollars.\n\n"
      "Thieves took 6 million dollars.\n");
  s.Time("In 2021");
  s.Money("5 million dollars");
  s.Money("6 million dollars");
  s.Assign();
  EXPECT_EQ(s.claims.money[0].context.time, std::optional<size_t>(0));
  EXPECT_EQ(s.claims.money[1].context.time, std::nullopt);
}

TEST(Context, UnresolvedTimesAreSkipped) {
  Article s("Thieves took 5 million dollars some day.\n");
  s.Time("some day", /*resolved=*/false);
  s.Money("5 million dollars");
  s.Assign();
  EXPECT_EQ(s.claims.money[0].context.time, std::nullopt);
}

TEST(Context, AttributedToOnlyInsideTheCreditedText) {
  Article s(
      "Exchanges held 9 million dollars. The UN said that hackers stole 5 million dollars.\n");
  s.Money("9 million dollars");
  s.Money("5 million dollars");
  s.Assign();
  EXPECT_EQ(s.claims.money[0].context.attributed_to, "");
  EXPECT_EQ(s.claims.money[1].context.attributed_to, "un");
}

TEST(Context, RolesAndRelationsKeepTheirOwnSubject) {
  Article s("In 2021, according to the UN, Kim led North Korea and APT 38 is part of Lazarus.\n");
  s.Time("In 2021");
  RoleClaim role;
  role.span = SpanOf(*s.document, "Kim led North Korea");
  role.person = "kim";
  role.organisation = "north-korea";
  s.claims.roles.push_back(role);
  RelationClaim relation;
  relation.span = SpanOf(*s.document, "APT 38 is part of Lazarus");
  relation.subject = "apt38";
  relation.object = "lazarus";
  s.claims.relations.push_back(relation);
  s.Assign();
  EXPECT_EQ(s.claims.roles[0].context.subject, "kim");
  EXPECT_EQ(s.claims.roles[0].context.attributed_to, "un");
  EXPECT_EQ(s.claims.roles[0].context.time, std::optional<size_t>(0));
  EXPECT_EQ(s.claims.roles[0].context.measure, "");
  EXPECT_EQ(s.claims.relations[0].context.subject, "apt38");
  EXPECT_EQ(s.claims.relations[0].context.attributed_to, "un");
}

TEST(Context, WithoutGazetteerOnlyCreditAndTime) {
  Article s("In 2021, the UN said that North Korea stole 5 million dollars.\n");
  s.Time("In 2021");
  s.Money("5 million dollars");
  s.claims.money[0].context.subject = "stale";
  s.Assign(nullptr);
  const ClaimContext& c = s.claims.money[0].context;
  EXPECT_EQ(c.subject, "");
  EXPECT_EQ(c.measure, "");
  EXPECT_EQ(c.attributed_to, "un");
  EXPECT_EQ(c.time, std::optional<size_t>(0));
}

TEST(Context, HostileClaimsDoNotCrash) {
  Article s("North Korea stole 5 million dollars.\n");
  MoneyAmount bad;
  bad.span = {1u << 30, 1u << 31};
  s.claims.money.push_back(bad);
  bad.span = {9, 3};
  s.claims.money.push_back(bad);
  Quantity outside;  // in no sentence
  outside.span = {0, 0};
  s.claims.quantities.push_back(outside);
  TimeExpr time;
  time.span = {7, 1u << 30};
  time.resolved = true;
  s.claims.times.push_back(time);
  s.claims.entities.push_back({{3, 1}, "north-korea"});
  Attribution attribution;
  attribution.span = {2, 1u << 30};
  s.claims.attributions.push_back(attribution);
  s.Assign();
  AssignContext(*s.document, &TestGazetteer(), nullptr);
  EXPECT_EQ(s.claims.money[1].context.subject, "");
}

TEST(Context, OneLongSentenceWithManyFiguresStaysFast) {
  std::string text = "North Korea";
  for (int i = 0; i < 5000; ++i) text += " stole 5 dollars in 2021 and";
  text += " stopped.\n";
  Article s(text);
  ASSERT_NE(s.document, nullptr);
  for (size_t at = text.find("5 dollars"); at != std::string::npos;
       at = text.find("5 dollars", at + 1)) {
    MoneyAmount money;
    money.span = {at, at + 9};
    s.claims.money.push_back(money);
    TimeExpr time;
    time.span = {at + 13, at + 17};
    time.resolved = true;
    s.claims.times.push_back(time);
  }
  s.Assign();
  ASSERT_EQ(s.claims.money.size(), 5000u);
  EXPECT_EQ(s.claims.money[4999].context.time, std::optional<size_t>(4999));
  EXPECT_EQ(s.claims.money[4999].context.measure, "crypto-stolen");
}

// ---------------------------------------------------------------------------------------------
// The seed article.

TEST(Attribution, SeedArticle) {
  const std::filesystem::path path = FACTLINT_SHARED_DIR "/fixtures/seed-dprk-crypto.md";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " is absent";
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  std::shared_ptr<const Document> document = Read(bytes.str());
  ASSERT_NE(document, nullptr);
  const std::vector<Attribution> found =
      FindAttributions(*document, MentionsOf(*document), &TestGazetteer());
  // The source credited with the text at `needle`, or "(none)".
  auto credited = [&](std::string_view needle) -> std::string {
    const Span at = SpanOf(*document, needle);
    for (const Attribution& a : found) {
      if (a.span.begin <= at.begin && at.end <= a.span.end) return a.source;
    }
    return "(none)";
  };
  EXPECT_EQ(credited("50 million dollars"), "un");  // the headline carries into the lede
  EXPECT_EQ(credited("up to $400 million"), "chainalysis");
  EXPECT_EQ(credited("at least three cryptocurrency exchanges"), "chainalysis");
  EXPECT_EQ(credited("a group of cybercriminals"), "fireeye");
  EXPECT_EQ(credited("nine trials"), "united-states");
  EXPECT_EQ(credited("on Friday"), "(none)");
  EXPECT_EQ(credited("This report also refers to a study"), "un");   // back to the headline's UN
  EXPECT_EQ(credited("greater rapid deployment capability"), "un");  // "say from the UN"
  EXPECT_EQ(credited("it is believed that"), "(none)");
}

TEST(Context, SeedArticle) {
  const std::filesystem::path path = FACTLINT_SHARED_DIR "/fixtures/seed-dprk-crypto.md";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " is absent";
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  Article s(bytes.str());
  ASSERT_NE(s.document, nullptr);
  const size_t range = s.Time("Between 2020 and 2021");
  const size_t last_year = s.Time("last year");
  const size_t dollars = s.Money("50 million dollars");
  const size_t euros = s.Money("about 44 million euros");
  const size_t digital = s.Money("up to $400 million");
  const size_t exchanges = s.Count("at least three cryptocurrency exchanges");
  s.Assign();
  for (size_t i : {dollars, euros}) {
    const ClaimContext& c = s.claims.money[i].context;
    EXPECT_EQ(c.subject, "north-korea") << i;
    EXPECT_EQ(c.measure, "crypto-stolen") << i;
    EXPECT_EQ(c.attributed_to, "un") << i;
    EXPECT_EQ(c.time, std::optional<size_t>(range)) << i;
  }
  const ClaimContext& d = s.claims.money[digital].context;
  EXPECT_EQ(d.subject, "north-korea");
  EXPECT_EQ(d.measure, "crypto-stolen");
  EXPECT_EQ(d.attributed_to, "chainalysis");
  EXPECT_EQ(d.time, std::optional<size_t>(last_year));
  const ClaimContext& e = s.claims.quantities[exchanges].context;
  EXPECT_EQ(e.subject, "north-korea");  // "These cyberattacks" goes on from the paragraph before
  EXPECT_EQ(e.attributed_to, "chainalysis");
  EXPECT_EQ(e.time, std::nullopt);
}

}  // namespace
}  // namespace factlint::extract_internal
