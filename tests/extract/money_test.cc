// Table-driven tests of the money finder: each phrase gives exactly one amount, with the span,
// value, currency, qualifier and precision listed.
#include "engine/extract/money.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "factlint/claims.h"

namespace factlint::extract_internal {
namespace {

std::string_view TextOf(std::string_view text, Span span) {
  return text.substr(span.begin, span.size());
}

struct MoneyCase {
  std::string_view input;
  std::string_view span;    // the whole amount, qualifier included
  std::string_view number;  // the figure with its scale word
  double value;
  std::string_view currency;
  Qualifier qualifier;
  double precision;
};

// Invented sentences; each holds one amount.
constexpr MoneyCase kMoneyCases[] = {
    // Currency before the figure.
    {"The grant was $620 in all.", "$620", "620", 620, "USD", Qualifier::kExact, 1},
    {"It raised $620m last year.", "$620m", "620m", 620e6, "USD", Qualifier::kExact, 1e6},
    {"Sales hit $1.5bn.", "$1.5bn", "1.5bn", 1.5e9, "USD", Qualifier::kExact, 1e8},
    {"A fine of $1.5 bn was imposed.", "$1.5 bn", "1.5 bn", 1.5e9, "USD", Qualifier::kExact, 1e8},
    {"Costs reached $173,600 by May.", "$173,600", "173,600", 173600, "USD", Qualifier::kExact, 1},
    {"Tickets cost $25.50 each.", "$25.50", "25.50", 25.5, "USD", Qualifier::kExact, 0.01},
    {"The port deal, worth US$4.7 billion, fell through.", "US$4.7 billion", "4.7 billion", 4.7e9,
     "USD", Qualifier::kExact, 1e8},
    {"The firm paid $US12m in fees.", "$US12m", "12m", 12e6, "USD", Qualifier::kExact, 1e6},
    {"The bank lent US $3 million.", "US $3 million", "3 million", 3e6, "USD", Qualifier::kExact,
     1e6},
    {"The charge was USD 200.", "USD 200", "200", 200, "USD", Qualifier::kExact, 1},
    {"The bond raised USD34.6 million.", "USD34.6 million", "34.6 million", 34.6e6, "USD",
     Qualifier::kExact, 1e5},
    {"The club spent €570m on players.", "€570m", "570m", 570e6, "EUR", Qualifier::kExact, 1e6},
    {"Each seat cost € 80.", "€ 80", "80", 80, "EUR", Qualifier::kExact, 1},
    {"The EU pledged EUR 2.25bn.", "EUR 2.25bn", "2.25bn", 2.25e9, "EUR", Qualifier::kExact, 1e7},
    {"The council saved £43.61 million.", "£43.61 million", "43.61 million", 43.61e6, "GBP",
     Qualifier::kExact, 1e4},
    {"Fees rose to GBP 12,500.", "GBP 12,500", "12,500", 12500, "GBP", Qualifier::kExact, 1},
    {"A bowl of noodles is ¥900.", "¥900", "900", 900, "JPY", Qualifier::kExact, 1},
    {"The studio earned JPY 3tn.", "JPY 3tn", "3tn", 3e12, "JPY", Qualifier::kExact, 1e12},
    {"A loan of A$2.5m was agreed.", "A$2.5m", "2.5m", 2.5e6, "AUD", Qualifier::kExact, 1e5},
    {"Ottawa spent C$900 million.", "C$900 million", "900 million", 900e6, "CAD", Qualifier::kExact,
     1e6},
    {"The tower sold for HK$1.2bn.", "HK$1.2bn", "1.2bn", 1.2e9, "HKD", Qualifier::kExact, 1e8},
    {"A S$40m fund opened.", "S$40m", "40m", 40e6, "SGD", Qualifier::kExact, 1e6},
    {"They offered $5k for it.", "$5k", "5k", 5000, "USD", Qualifier::kExact, 1000},
    {"Revenue was $3.2mn.", "$3.2mn", "3.2mn", 3.2e6, "USD", Qualifier::kExact, 1e5},
    {"Debt stood at $31tn.", "$31tn", "31tn", 31e12, "USD", Qualifier::kExact, 1e12},
    {"Payroll is $2b a year.", "$2b", "2b", 2e9, "USD", Qualifier::kExact, 1e9},
    {"The startup raised $50M.", "$50M", "50M", 50e6, "USD", Qualifier::kExact, 1e6},
    {"A $5-million grant followed.", "$5-million", "5-million", 5e6, "USD", Qualifier::kExact, 1e6},
    {"It paid $12 thousand.", "$12 thousand", "12 thousand", 12000, "USD", Qualifier::kExact, 1000},
    {"It cost $5.", "$5", "5", 5, "USD", Qualifier::kExact, 1},

    // Currency after the figure.
    {"They stole 50 million dollars.", "50 million dollars", "50 million", 50e6, "USD",
     Qualifier::kExact, 1e6},
    {"Aid of 8 million US dollars arrived.", "8 million US dollars", "8 million", 8e6, "USD",
     Qualifier::kExact, 1e6},
    {"It cost 44 million euros.", "44 million euros", "44 million", 44e6, "EUR", Qualifier::kExact,
     1e6},
    {"One ticket is 1 euro.", "1 euro", "1", 1, "EUR", Qualifier::kExact, 1},
    {"He owed 300 pounds.", "300 pounds", "300", 300, "GBP", Qualifier::kExact, 1},
    {"It sold for 2.5 million pounds sterling.", "2.5 million pounds sterling", "2.5 million",
     2.5e6, "GBP", Qualifier::kExact, 1e5},
    {"Lunch was 1,200 yen.", "1,200 yen", "1,200", 1200, "JPY", Qualifier::kExact, 1},
    {"Bonds worth 3bn euros matured.", "3bn euros", "3bn", 3e9, "EUR", Qualifier::kExact, 1e9},
    {"It fetched 9 million Canadian dollars.", "9 million Canadian dollars", "9 million", 9e6,
     "CAD", Qualifier::kExact, 1e6},
    {"A fund of 25.5 million USD was set up.", "25.5 million USD", "25.5 million", 25.5e6, "USD",
     Qualifier::kExact, 1e5},
    {"The room costs 120€ a night.", "120€", "120", 120, "EUR", Qualifier::kExact, 1},
    {"They stole 50 million\ndollars.", "50 million\ndollars", "50 million", 50e6, "USD",
     Qualifier::kExact, 1e6},

    // Number words.
    {"They stole fifty million dollars.", "fifty million dollars", "fifty million", 50e6, "USD",
     Qualifier::kExact, 1e7},
    {"It cost forty-four million euros.", "forty-four million euros", "forty-four million", 44e6,
     "EUR", Qualifier::kExact, 1e6},
    {"A million dollars is a lot.", "A million dollars", "A million", 1e6, "USD", Qualifier::kExact,
     1e6},
    {"He left two hundred and fifty thousand pounds.", "two hundred and fifty thousand pounds",
     "two hundred and fifty thousand", 250e3, "GBP", Qualifier::kExact, 1e4},

    {"It made half a million dollars.", "half a million dollars", "half a million", 5e5, "USD",
     Qualifier::kExact, 1e5},
    {"Close to fifty million dollars was lost.", "Close to fifty million dollars", "fifty million",
     50e6, "USD", Qualifier::kNearly, 1e7},

    // Qualifiers.
    {"They took about $5m.", "about $5m", "5m", 5e6, "USD", Qualifier::kAbout, 1e6},
    {"About $5m went missing.", "About $5m", "5m", 5e6, "USD", Qualifier::kAbout, 1e6},
    {"It cost around €3bn.", "around €3bn", "3bn", 3e9, "EUR", Qualifier::kAbout, 1e9},
    {"Roughly £40m was lost.", "Roughly £40m", "40m", 40e6, "GBP", Qualifier::kAbout, 1e6},
    {"Some $300 million vanished.", "Some $300 million", "300 million", 300e6, "USD",
     Qualifier::kAbout, 1e6},
    {"They spent approximately $12,000.", "approximately $12,000", "12,000", 12000, "USD",
     Qualifier::kAbout, 1},
    {"It drew an estimated $2bn.", "an estimated $2bn", "2bn", 2e9, "USD", Qualifier::kAbout, 1e9},
    {"It drew ~$2bn.", "~$2bn", "2bn", 2e9, "USD", Qualifier::kAbout, 1e9},
    {"It drew ~ $2bn.", "~ $2bn", "2bn", 2e9, "USD", Qualifier::kAbout, 1e9},
    {"It lost nearly $9m.", "nearly $9m", "9m", 9e6, "USD", Qualifier::kNearly, 1e6},
    {"It lost almost 9 million dollars.", "almost 9 million dollars", "9 million", 9e6, "USD",
     Qualifier::kNearly, 1e6},
    {"It lost close to $9m.", "close to $9m", "9m", 9e6, "USD", Qualifier::kNearly, 1e6},
    {"It lost just under $9m.", "just under $9m", "9m", 9e6, "USD", Qualifier::kNearly, 1e6},
    {"Fines of up to €20m apply.", "up to €20m", "20m", 20e6, "EUR", Qualifier::kUpTo, 1e6},
    {"It may cost as much as $1tn.", "as much as $1tn", "1tn", 1e12, "USD", Qualifier::kUpTo, 1e12},
    {"They stole at least $400m.", "at least $400m", "400m", 400e6, "USD", Qualifier::kAtLeast,
     1e6},
    {"It cost no less than £2m.", "no less than £2m", "2m", 2e6, "GBP", Qualifier::kAtLeast, 1e6},
    {"It cost no fewer than £2m.", "no fewer than £2m", "2m", 2e6, "GBP", Qualifier::kAtLeast, 1e6},
    {"Hackers stole more than US$50 million.", "more than US$50 million", "50 million", 50e6, "USD",
     Qualifier::kMoreThan, 1e6},
    {"It is worth over $1bn.", "over $1bn", "1bn", 1e9, "USD", Qualifier::kMoreThan, 1e9},
    {"Damage was in excess of $3m.", "in excess of $3m", "3m", 3e6, "USD", Qualifier::kMoreThan,
     1e6},
    {"Bids came in above €7m.", "above €7m", "7m", 7e6, "EUR", Qualifier::kMoreThan, 1e6},
    {"They raised upwards of $70m.", "upwards of $70m", "70m", 70e6, "USD", Qualifier::kMoreThan,
     1e6},
    {"It cost less than $10.", "less than $10", "10", 10, "USD", Qualifier::kLessThan, 1},
    {"It sold for under £500.", "under £500", "500", 500, "GBP", Qualifier::kLessThan, 1},
    {"Prices fell below ¥100.", "below ¥100", "100", 100, "JPY", Qualifier::kLessThan, 1},
    {"MORE THAN $5M was seized.", "MORE THAN $5M", "5M", 5e6, "USD", Qualifier::kMoreThan, 1e6},
    {"It reached\nmore than\n$5m.", "more than\n$5m", "5m", 5e6, "USD", Qualifier::kMoreThan, 1e6},

    // Emphasis: skipped without a qualifier, kept inside the span after one.
    {"They stole a whopping 50 million dollars.", "50 million dollars", "50 million", 50e6, "USD",
     Qualifier::kExact, 1e6},
    {"It made an impressive $3bn.", "$3bn", "3bn", 3e9, "USD", Qualifier::kExact, 1e9},
    {"They stole more than a staggering $50m.", "more than a staggering $50m", "50m", 50e6, "USD",
     Qualifier::kMoreThan, 1e6},

    // Words that only look like qualifiers.
    {"Moreover $5m was paid.", "$5m", "5m", 5e6, "USD", Qualifier::kExact, 1e6},
    {"The overall $5m budget held.", "$5m", "5m", 5e6, "USD", Qualifier::kExact, 1e6},
    {"The hardware cost $5m.", "$5m", "5m", 5e6, "USD", Qualifier::kExact, 1e6},
};

class MoneyTableTest : public testing::TestWithParam<MoneyCase> {};

TEST_P(MoneyTableTest, FindsTheOneAmount) {
  const MoneyCase& c = GetParam();
  std::vector<MoneyAmount> money = FindMoney(c.input, 0);
  ASSERT_EQ(money.size(), 1u) << c.input;
  const MoneyAmount& m = money[0];
  EXPECT_EQ(TextOf(c.input, m.span), c.span);
  EXPECT_EQ(TextOf(c.input, m.number_span), c.number);
  EXPECT_DOUBLE_EQ(m.value, c.value);
  EXPECT_EQ(m.currency, c.currency);
  EXPECT_EQ(QualifierName(m.qualifier), QualifierName(c.qualifier));
  EXPECT_DOUBLE_EQ(m.precision, c.precision);
}

INSTANTIATE_TEST_SUITE_P(Phrases, MoneyTableTest, testing::ValuesIn(kMoneyCases));

// Text with no sum of money in it.
constexpr std::string_view kNotMoney[] = {
    "",
    "The law passed in 2022 alone.",
    "See Section 5 of the act.",
    "Prices rose 5% last year.",
    "Prices rose $5% last year.",
    "Prices rose 5 percent, or 7 per cent in real terms.",
    "The stake was USD 5 % of the fund.",
    "About 50 million people voted.",
    "The result was 1,2,3,4,5,6,7.",
    "The price was $1,2345 or $1.234,56.",
    "$$$$ and $ and US$ and USD",
    "A USDT 50 transfer was seen.",
    "It weighed 200 pounds of steel.",
    "Wages in 2015 dollars rose.",
    "A loan of NT$300 was made.",
    "The bill was $5-10 million.",
    "It cost between $5 and $10 million.",
    "He bought five five dollars.",
    "The A380 dollars meme.",
    "Rent is 1 200 € a month.",
    "It made two and a half million dollars.",
    "It made a few million dollars.",
    "Rent is €1 200 a month.",
};

class NotMoneyTest : public testing::TestWithParam<std::string_view> {};

TEST_P(NotMoneyTest, FindsNoAmountOrOnlyTheFullOnes) {
  std::string_view input = GetParam();
  std::vector<MoneyAmount> money = FindMoney(input, 0);
  // "$10 million" in the range sentences is a full amount; nothing else may be found.
  for (const MoneyAmount& m : money) {
    EXPECT_EQ(TextOf(input, m.span), "$10 million") << input;
  }
}

INSTANTIATE_TEST_SUITE_P(Phrases, NotMoneyTest, testing::ValuesIn(kNotMoney));

TEST(FindMoneyTest, SpansAreOffsetByBase) {
  std::vector<MoneyAmount> money = FindMoney("Paid $5m.", 1000);
  ASSERT_EQ(money.size(), 1u);
  EXPECT_EQ(money[0].span, (Span{1005, 1008}));
  EXPECT_EQ(money[0].number_span, (Span{1006, 1008}));
}

TEST(FindMoneyTest, FindsEveryAmountInTextOrder) {
  std::string_view text = "First $1m, then about €2m, then 3 million yen and £4.";
  std::vector<MoneyAmount> money = FindMoney(text, 0);
  ASSERT_EQ(money.size(), 4u);
  EXPECT_EQ(TextOf(text, money[0].span), "$1m");
  EXPECT_EQ(TextOf(text, money[1].span), "about €2m");
  EXPECT_EQ(TextOf(text, money[2].span), "3 million yen");
  EXPECT_EQ(TextOf(text, money[3].span), "£4");
}

TEST(FindMoneyTest, QualifierIsNotTakenFromThePreviousAmount) {
  std::string_view text = "It cost about $5m $6m.";
  std::vector<MoneyAmount> money = FindMoney(text, 0);
  ASSERT_EQ(money.size(), 2u);
  EXPECT_EQ(money[0].qualifier, Qualifier::kAbout);
  EXPECT_EQ(money[1].qualifier, Qualifier::kExact);
  EXPECT_EQ(TextOf(text, money[1].span), "$6m");
}

TEST(FindMoneyTest, MaskedBytesAreNotRead) {
  // ExtractClaims overwrites code and URLs with 0x1A.
  std::string text = "Pay \x1A\x1A\x1A\x1A and then $7.";
  std::vector<MoneyAmount> money = FindMoney(text, 0);
  ASSERT_EQ(money.size(), 1u);
  EXPECT_EQ(TextOf(text, money[0].span), "$7");
}

TEST(QualifierNameTest, UsesTheCorpusSpelling) {
  EXPECT_EQ(QualifierName(Qualifier::kExact), "exact");
  EXPECT_EQ(QualifierName(Qualifier::kAbout), "about");
  EXPECT_EQ(QualifierName(Qualifier::kNearly), "nearly");
  EXPECT_EQ(QualifierName(Qualifier::kUpTo), "up-to");
  EXPECT_EQ(QualifierName(Qualifier::kAtLeast), "at-least");
  EXPECT_EQ(QualifierName(Qualifier::kMoreThan), "more-than");
  EXPECT_EQ(QualifierName(Qualifier::kLessThan), "less-than");
}

}  // namespace
}  // namespace factlint::extract_internal
