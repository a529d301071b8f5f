// Table-driven tests of the quantity finder: each sentence gives exactly one quantity, with the
// span, figure, value, range end, unit, noun and qualifier listed; and sentences that give none.
#include "engine/extract/quantity.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "engine/extract/money.h"
#include "factlint/claims.h"

namespace factlint::extract_internal {
namespace {

constexpr double kNoHigh = -1;

std::string_view TextOf(std::string_view text, Span span) {
  return text.substr(span.begin, span.size());
}

std::vector<Quantity> Find(std::string_view text, size_t base = 0) {
  return FindQuantities(text, base, FindMoney(text, base));
}

struct QuantityCase {
  std::string_view input;
  std::string_view span;    // qualifier, figure and noun
  std::string_view number;  // the figure
  double value;
  double high;  // kNoHigh when it is no range
  std::string_view unit;
  std::string_view unit_span;
  Qualifier qualifier;
  double precision;
};

// Invented sentences; each holds one quantity.
constexpr QuantityCase kCases[] = {
    // Digits.
    {"The panel counted 173,600 ether in the wallets.", "173,600 ether", "173,600", 173600, kNoHigh,
     "ether", "ether", Qualifier::kExact, 1},
    {"Officials logged 12 launches this spring.", "12 launches", "12", 12, kNoHigh, "launch",
     "launches", Qualifier::kExact, 1},
    {"The index fell 25.5 points on Monday.", "25.5 points", "25.5", 25.5, kNoHigh, "point",
     "points", Qualifier::kExact, 0.1},
    {"The agency vaccinated 1.5 million people by June.", "1.5 million people", "1.5 million",
     1.5e6, kNoHigh, "people", "people", Qualifier::kExact, 1e5},
    {"The app passed 20m users.", "20m users", "20m", 20e6, kNoHigh, "user", "users",
     Qualifier::kExact, 1e6},
    {"It sold 3bn tickets.", "3bn tickets", "3bn", 3e9, kNoHigh, "ticket", "tickets",
     Qualifier::kExact, 1e9},
    {"The forum has 40k members.", "40k members", "40k", 40e3, kNoHigh, "member", "members",
     Qualifier::kExact, 1e3},
    {"Crews cleared 2,350 mines last year.", "2,350 mines", "2,350", 2350, kNoHigh, "mine", "mines",
     Qualifier::kExact, 1},
    {"Only 1 attack was reported.", "1 attack", "1", 1, kNoHigh, "attack", "attack",
     Qualifier::kExact, 1},
    {"The fleet includes 30 aircraft.", "30 aircraft", "30", 30, kNoHigh, "aircraft", "aircraft",
     Qualifier::kExact, 1},
    {"Hackers hit 14 countries in Asia.", "14 countries", "14", 14, kNoHigh, "country", "countries",
     Qualifier::kExact, 1},
    {"The court heard 9 cases on Tuesday.", "9 cases", "9", 9, kNoHigh, "case", "cases",
     Qualifier::kExact, 1},
    {"Doctors treated 250 children there.", "250 children", "250", 250, kNoHigh, "child",
     "children", Qualifier::kExact, 1},
    {"The lab ran 16 analyses overnight.", "16 analyses", "16", 16, kNoHigh, "analysis", "analyses",
     Qualifier::kExact, 1},
    {"They filed 3,000 accounts of abuse.", "3,000 accounts", "3,000", 3000, kNoHigh, "account",
     "accounts", Qualifier::kExact, 1},
    {"The firm laid off 480 workers, a spokesman said.", "480 workers", "480", 480, kNoHigh,
     "worker", "workers", Qualifier::kExact, 1},
    {"Guards seized 7 knives at the gate.", "7 knives", "7", 7, kNoHigh, "knife", "knives",
     Qualifier::kExact, 1},
    {"The storm claimed 11 lives.", "11 lives", "11", 11, kNoHigh, "life", "lives",
     Qualifier::kExact, 1},
    {"Rates rose by 5 percentage points.", "5 percentage points", "5", 5, kNoHigh,
     "percentage point", "percentage points", Qualifier::kExact, 1},

    {"It hired 40 North Korean workers.", "40 North Korean workers", "40", 40, kNoHigh, "worker",
     "North Korean workers", Qualifier::kExact, 1},
    {"Regulators fined 10 U.S. firms.", "10 U.S. firms", "10", 10, kNoHigh, "firm", "U.S. firms",
     Qualifier::kExact, 1},
    {"The hall seats 2500 guests.", "2500 guests", "2500", 2500, kNoHigh, "guest", "guests",
     Qualifier::kExact, 1},
    {"The tanker held 2 million barrels of oil.", "2 million barrels", "2 million", 2e6, kNoHigh,
     "barrel", "barrels", Qualifier::kExact, 1e6},
    {"Inflation went from 5 to 7 percent.", "7 percent", "7", 7, kNoHigh, "percent", "percent",
     Qualifier::kExact, 1},

    // Number words.
    {"Regulators halted nine trials in May.", "nine trials", "nine", 9, kNoHigh, "trial", "trials",
     Qualifier::kExact, 1},
    {"Thieves targeted three cryptocurrency exchanges abroad.", "three cryptocurrency exchanges",
     "three", 3, kNoHigh, "exchange", "cryptocurrency exchanges", Qualifier::kExact, 1},
    {"The raid left forty-four people homeless.", "forty-four people", "forty-four", 44, kNoHigh,
     "people", "people", Qualifier::kExact, 1},
    {"Nine ballistic missiles were fired.", "Nine ballistic missiles", "Nine", 9, kNoHigh,
     "missile", "ballistic missiles", Qualifier::kExact, 1},
    {"A dozen ships waited offshore.", "A dozen ships", "A dozen", 12, kNoHigh, "ship", "ships",
     Qualifier::kExact, 1},
    {"The navy sent two dozen ships.", "two dozen ships", "two dozen", 24, kNoHigh, "ship", "ships",
     Qualifier::kExact, 1},
    {"Half a dozen envoys resigned.", "Half a dozen envoys", "Half a dozen", 6, kNoHigh, "envoy",
     "envoys", Qualifier::kExact, 1},
    {"The service reached half a billion users.", "half a billion users", "half a billion", 5e8,
     kNoHigh, "user", "users", Qualifier::kExact, 1e8},
    {"The census found forty million households.", "forty million households", "forty million",
     40e6, kNoHigh, "household", "households", Qualifier::kExact, 1e7},
    {"It stored one hundred seventy-three thousand six hundred tokens.",
     "one hundred seventy-three thousand six hundred tokens",
     "one hundred seventy-three thousand six hundred", 173600, kNoHigh, "token", "tokens",
     Qualifier::kExact, 100},
    {"The list named two hundred and fifty firms.", "two hundred and fifty firms",
     "two hundred and fifty", 250, kNoHigh, "firm", "firms", Qualifier::kExact, 10},
    {"Police arrested a hundred protesters.", "a hundred protesters", "a hundred", 100, kNoHigh,
     "protester", "protesters", Qualifier::kExact, 100},
    {"It took one attack to close the plant.", "one attack", "one", 1, kNoHigh, "attack", "attack",
     Qualifier::kExact, 1},
    {"Eleven gunmen were detained.", "Eleven gunmen", "Eleven", 11, kNoHigh, "gunman", "gunmen",
     Qualifier::kExact, 1},

    // Qualifiers.
    {"Spies mounted at least seven attacks.", "at least seven attacks", "seven", 7, kNoHigh,
     "attack", "attacks", Qualifier::kAtLeast, 1},
    {"The coast guard saw up to 30 ships.", "up to 30 ships", "30", 30, kNoHigh, "ship", "ships",
     Qualifier::kUpTo, 1},
    {"The regime made no fewer than 12 launches.", "no fewer than 12 launches", "12", 12, kNoHigh,
     "launch", "launches", Qualifier::kAtLeast, 1},
    {"The bank froze more than 1,000 accounts.", "more than 1,000 accounts", "1,000", 1000, kNoHigh,
     "account", "accounts", Qualifier::kMoreThan, 1},
    {"They interviewed about 60 witnesses.", "about 60 witnesses", "60", 60, kNoHigh, "witness",
     "witnesses", Qualifier::kAbout, 1},
    {"The team built some 200 prototypes.", "some 200 prototypes", "200", 200, kNoHigh, "prototype",
     "prototypes", Qualifier::kAbout, 1},
    {"Nearly 90 villages lost power.", "Nearly 90 villages", "90", 90, kNoHigh, "village",
     "villages", Qualifier::kNearly, 1},
    {"The site had close to 400 visitors.", "close to 400 visitors", "400", 400, kNoHigh, "visitor",
     "visitors", Qualifier::kNearly, 1},
    {"The plant makes fewer than 20 engines a month.", "fewer than 20 engines", "20", 20, kNoHigh,
     "engine", "engines", Qualifier::kLessThan, 1},
    {"They hold over 5,000 patents.", "over 5,000 patents", "5,000", 5000, kNoHigh, "patent",
     "patents", Qualifier::kMoreThan, 1},
    {"The ruling affects in excess of 700 firms.", "in excess of 700 firms", "700", 700, kNoHigh,
     "firm", "firms", Qualifier::kMoreThan, 1},
    {"As many as 45 vessels took part.", "As many as 45 vessels", "45", 45, kNoHigh, "vessel",
     "vessels", Qualifier::kUpTo, 1},
    {"Inspectors found a whopping 80 violations.", "80 violations", "80", 80, kNoHigh, "violation",
     "violations", Qualifier::kExact, 1},
    {"The club has more than a whopping 9,000 fans.", "more than a whopping 9,000 fans", "9,000",
     9000, kNoHigh, "fan", "fans", Qualifier::kMoreThan, 1},
    {"Roughly three quarters voted.", "Roughly three quarters", "three", 3, kNoHigh, "quarter",
     "quarters", Qualifier::kAbout, 1},

    // Ranges.
    {"Spies mounted between 5 and 7 attacks.", "between 5 and 7 attacks", "5 and 7", 5, 7, "attack",
     "attacks", Qualifier::kExact, 1},
    {"The flood displaced 5-7 million people.", "5-7 million people", "5-7 million", 5e6, 7e6,
     "people", "people", Qualifier::kExact, 1e6},
    {"Experts expect 5 to 7 attacks a year.", "5 to 7 attacks", "5 to 7", 5, 7, "attack", "attacks",
     Qualifier::kExact, 1},
    {"The board held five or six trials.", "five or six trials", "five or six", 5, 6, "trial",
     "trials", Qualifier::kExact, 1},
    {"The drought hit 1.5\xE2\x80\x93"
     "2 million farmers.",
     "1.5\xE2\x80\x93"
     "2 million farmers",
     "1.5\xE2\x80\x93"
     "2 million",
     1.5e6, 2e6, "farmer", "farmers", Qualifier::kExact, 1e5},
    {"Between twenty and thirty drones crossed.", "Between twenty and thirty drones",
     "twenty and thirty", 20, 30, "drone", "drones", Qualifier::kExact, 10},
    {"It costs up to 10-12 hours of work.", "up to 10-12 hours", "10-12", 10, 12, "hour", "hours",
     Qualifier::kUpTo, 1},

    // Percentages.
    {"Turnout was 40% this time.", "40%", "40", 40, kNoHigh, "percent", "%", Qualifier::kExact, 1},
    {"Turnout was 40 per cent this time.", "40 per cent", "40", 40, kNoHigh, "percent", "per cent",
     Qualifier::kExact, 1},
    // Emphasis around a figure is Markdown, not arithmetic.
    {"Turnout was *40 per cent* this time.", "40 per cent", "40", 40, kNoHigh, "percent",
     "per cent", Qualifier::kExact, 1},
    {"Turnout was **40 percent** this time.", "40 percent", "40", 40, kNoHigh, "percent", "percent",
     Qualifier::kExact, 1},
    {"Turnout was 40 percent this time.", "40 percent", "40", 40, kNoHigh, "percent", "percent",
     Qualifier::kExact, 1},
    {"Analysts saw a 40% rise in thefts.", "40%", "40", 40, kNoHigh, "percent", "%",
     Qualifier::kExact, 1},
    {"Prices fell by almost 12.5 percent.", "almost 12.5 percent", "12.5", 12.5, kNoHigh, "percent",
     "percent", Qualifier::kNearly, 0.1},
    {"Sales rose forty percent.", "forty percent", "forty", 40, kNoHigh, "percent", "percent",
     Qualifier::kExact, 10},
    {"Support is 30-35% among the young.", "30-35%", "30-35", 30, 35, "percent", "%",
     Qualifier::kExact, 1},

    // Plural scale words: the least value they allow.
    {"Dozens of ships were seen.", "Dozens of ships", "Dozens", 24, kNoHigh, "ship", "ships",
     Qualifier::kAtLeast, 12},
    {"The quake left thousands of families homeless.", "thousands of families", "thousands", 2000,
     kNoHigh, "family", "families", Qualifier::kAtLeast, 1000},
    {"Tens of thousands of fans marched.", "Tens of thousands of fans", "Tens of thousands", 20000,
     kNoHigh, "fan", "fans", Qualifier::kAtLeast, 10000},
};

TEST(FindQuantitiesTest, EachPhrasing) {
  for (const QuantityCase& c : kCases) {
    SCOPED_TRACE(c.input);
    std::vector<Quantity> found = Find(c.input);
    ASSERT_EQ(found.size(), 1u);
    const Quantity& q = found[0];
    EXPECT_EQ(TextOf(c.input, q.span), c.span);
    EXPECT_EQ(TextOf(c.input, q.number_span), c.number);
    EXPECT_EQ(q.value, c.value);
    if (c.high == kNoHigh) {
      EXPECT_FALSE(q.high.has_value());
    } else {
      ASSERT_TRUE(q.high.has_value());
      EXPECT_EQ(*q.high, c.high);
    }
    EXPECT_EQ(q.unit, c.unit);
    EXPECT_EQ(TextOf(c.input, q.unit_span), c.unit_span);
    EXPECT_EQ(q.qualifier, c.qualifier) << QualifierName(q.qualifier);
    EXPECT_EQ(q.precision, c.precision);
  }
}

// Sentences in which nothing is a quantity.
constexpr std::string_view kNegatives[] = {
    "The sanctions were imposed in 2021.",
    "The 2021 attacks were the worst.",
    "It was the first attack and the 3rd in a row.",
    "One of the exchanges closed.",
    "No one was hurt.",
    "The F-35 program grew.",
    "COVID-19 cases rose.",
    "The hackers stole $5 million from them.",
    "They stole 50 million dollars.",
    "Donors gave between $5 and $10 million.",
    "The rebels seized $5-10 million in gold.",
    "The meeting starts at 10 a.m. sharp.",
    "The meeting starts at 10:30 today.",
    "The report came out on Feb. 4 with little fanfare.",
    "See page 4 of the filing.",
    "Read section 12 carefully.",
    "The airline flies Boeing 737 jets.",
    "Call 555-123-4567 to report it.",
    "A 40-year-old man was arrested.",
    "It was a one-off payment.",
    "The team won 3-1 on Sunday.",
    "Several dozen ships were seen.",
    "A few hundred people came.",
    "Nine said no.",
    "Five of them left.",
    "The vote was 24/7 news.",
    "They released version 2.5 today.",
    "The 1990s were calm.",
    "It happened in May 2019, when 12",
    "Resolution 1718 sanctions apply.",
    "The 1718 committee met.",
    "The hall seats 2000 guests.",  // a known limit: 1900-2100 without a separator is a year
    "They fired 2 ICBMs.",
    "Of the 12, 4 were charged and 30 were injured.",
    "The vote passed 52-48.",
    "The grid is 4*5 cells.",
    "Nearly two-thirds agreed.",
    "The 2,000-strong force left.",
    "Five five five five.",
    "It was one more attempt.",
    "He scored 5 Monday.",
    "Prices rose 40 times over.",
};

TEST(FindQuantitiesTest, NotQuantities) {
  for (std::string_view text : kNegatives) {
    std::vector<Quantity> found = Find(text);
    EXPECT_TRUE(found.empty()) << text << " -> " << TextOf(text, found[0].span);
  }
}

TEST(FindQuantitiesTest, SeveralInTextOrderWithBase) {
  std::string_view text =
      "At least three exchanges lost 173,600 ether and $5 million; 40% of users left.";
  std::vector<Quantity> found = Find(text, 100);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(TextOf(text, {found[0].span.begin - 100, found[0].span.end - 100}),
            "At least three exchanges");
  EXPECT_EQ(found[1].unit, "ether");
  EXPECT_EQ(found[1].span.begin, 100 + text.find("173,600"));
  EXPECT_EQ(found[2].unit, "percent");
  EXPECT_EQ(found[2].value, 40);
}

TEST(FindQuantitiesTest, SkipsWhatOverlapsMoneyPassedIn) {
  std::string_view text = "It moved 300 tokens.";
  MoneyAmount fake;
  fake.span = {text.find("300"), text.find("300") + 3};
  EXPECT_EQ(FindQuantities(text, 0, {fake}).size(), 0u);
  EXPECT_EQ(FindQuantities(text, 0, {}).size(), 1u);
}

TEST(FindQuantitiesTest, MaskedBytesAreNeverRead) {
  std::string text = "It moved 300 tokens.";
  text[text.find("tokens")] = '\x1A';  // a masked byte where the noun starts
  EXPECT_TRUE(Find(text).empty());
  text =
      "It moved \x1A"
      "300 tokens.";
  EXPECT_TRUE(Find(text).empty());
}

// Found by fuzz_extract_passes: a figure or noun followed by blanks up to the end of the text made
// ReadNoun read the byte after the text. The text is a view into a longer buffer here, so that
// the byte after it is a capital letter (which made "7 big" read as a capitalized modifier), and
// the fuzzer's input sits in a buffer of its own size, where ASan sees the read.
TEST(FindQuantitiesTest, NothingIsReadPastTheEndOfTheText) {
  const std::string buffer = "It counted 7 big Ships";
  const std::string_view view = std::string_view(buffer).substr(0, buffer.find("Ships"));
  const std::string alone(view);
  const std::vector<Quantity> in_buffer = Find(view), by_itself = Find(alone);
  ASSERT_EQ(in_buffer.size(), by_itself.size());
  for (size_t i = 0; i < in_buffer.size(); ++i) EXPECT_EQ(in_buffer[i].span, by_itself[i].span);

  const std::string fuzzed =
      "at least seven attacks, more than 1,200 people, between 5 and 7 million tokens jets, "
      "COVID-19, 24/7, page 4, a 40-year-old, 2021 attacks, one of them, n+ one\n";
  const std::vector<char> exact(fuzzed.begin(), fuzzed.end());
  const std::vector<Quantity> found = Find(std::string_view(exact.data(), exact.size()));
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(TextOf(fuzzed, found[0].span), "at least seven attacks");
}

TEST(FindQuantitiesTest, LongRunsStayLinear) {
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "five ";
  text += "ships. ";
  for (int i = 0; i < 5000; ++i) text += "1-";
  text += "2 ships";
  Find(text);  // returns; the time limit of the test runner is the check
  SUCCEED();
}

TEST(NounLemmaTest, PluralsAndExceptions) {
  struct {
    std::string_view plural;
    std::string_view lemma;
  } const kLemmas[] = {
      {"trials", "trial"},
      {"attacks", "attack"},
      {"exchanges", "exchange"},
      {"countries", "country"},
      {"people", "people"},
      {"persons", "person"},
      {"missiles", "missile"},
      {"launches", "launch"},
      {"cases", "case"},
      {"ether", "ether"},
      {"children", "child"},
      {"men", "man"},
      {"women", "woman"},
      {"mice", "mouse"},
      {"data", "data"},
      {"series", "series"},
      {"species", "species"},
      {"news", "news"},
      {"analyses", "analysis"},
      {"crises", "crisis"},
      {"witnesses", "witness"},
      {"taxes", "tax"},
      {"crashes", "crash"},
      {"heroes", "hero"},
      {"shoes", "shoe"},
      {"lives", "life"},
      {"archives", "archive"},
      {"viruses", "virus"},
      {"status", "status"},
      {"Ships", "ship"},
      {"air-strikes", "air-strike"},
      {"ties", "tie"},
      {"movies", "movie"},
      {"breaches", "breach"},
      {"headaches", "headache"},
      {"gunmen", "gunman"},
      {"specimen", "specimen"},
      {"gas", "gas"},
      {"bus", "bus"},
  };
  for (const auto& l : kLemmas) EXPECT_EQ(NounLemma(l.plural), l.lemma) << l.plural;
  EXPECT_TRUE(LooksPlural("people"));
  EXPECT_TRUE(LooksPlural("series"));
  EXPECT_TRUE(LooksPlural("attacks"));
  EXPECT_FALSE(LooksPlural("ether"));
  EXPECT_FALSE(LooksPlural("news"));
  EXPECT_FALSE(LooksPlural("crisis"));
}

}  // namespace
}  // namespace factlint::extract_internal
