// Table-driven tests of currency conversions: each phrase holds exactly one conversion.
#include "engine/extract/conversion.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

#include "engine/extract/prose.h"
#include "factlint/claims.h"

namespace factlint::extract_internal {
namespace {

std::string_view TextOf(std::string_view text, Span span) {
  return text.substr(span.begin, span.size());
}

struct Side {
  std::string_view span;
  double value;
  std::string_view currency;
  Qualifier qualifier;
  double precision;
};

struct ConversionCase {
  std::string_view input;
  std::string_view span;  // the whole conversion
  Side from;
  Side to;
};

constexpr ConversionCase kConversionCases[] = {
    {"They stole 50 million dollars (about 44 million euros) last year.",
     "50 million dollars (about 44 million euros)",
     {"50 million dollars", 50e6, "USD", Qualifier::kExact, 1e6},
     {"about 44 million euros", 44e6, "EUR", Qualifier::kAbout, 1e6}},
    {"Its budget is $620m (€570m).",
     "$620m (€570m)",
     {"$620m", 620e6, "USD", Qualifier::kExact, 1e6},
     {"€570m", 570e6, "EUR", Qualifier::kExact, 1e6}},
    {"Savings were £10m, or about $13m, in total.",
     "£10m, or about $13m",
     {"£10m", 10e6, "GBP", Qualifier::kExact, 1e6},
     {"about $13m", 13e6, "USD", Qualifier::kAbout, 1e6}},
    {"A fine of €2m, or $2.2m, was set.",
     "€2m, or $2.2m",
     {"€2m", 2e6, "EUR", Qualifier::kExact, 1e6},
     {"$2.2m", 2.2e6, "USD", Qualifier::kExact, 1e5}},
    {"A fine of €2m or $2.2m was set.",
     "€2m or $2.2m",
     {"€2m", 2e6, "EUR", Qualifier::kExact, 1e6},
     {"$2.2m", 2.2e6, "USD", Qualifier::kExact, 1e5}},
    {"It cost ¥1.5bn (roughly $10m).",
     "¥1.5bn (roughly $10m)",
     {"¥1.5bn", 1.5e9, "JPY", Qualifier::kExact, 1e8},
     {"roughly $10m", 10e6, "USD", Qualifier::kAbout, 1e6}},
    {"The grant is €5 million, equivalent to $5.6 million.",
     "€5 million, equivalent to $5.6 million",
     {"€5 million", 5e6, "EUR", Qualifier::kExact, 1e6},
     {"$5.6 million", 5.6e6, "USD", Qualifier::kExact, 1e5}},
    {"The grant is €5 million (equivalent to $5.6 million).",
     "€5 million (equivalent to $5.6 million)",
     {"€5 million", 5e6, "EUR", Qualifier::kExact, 1e6},
     {"$5.6 million", 5.6e6, "USD", Qualifier::kExact, 1e5}},
    {"Losses hit £8bn, the equivalent of $10.1bn.",
     "£8bn, the equivalent of $10.1bn",
     {"£8bn", 8e9, "GBP", Qualifier::kExact, 1e9},
     {"$10.1bn", 10.1e9, "USD", Qualifier::kExact, 1e8}},
    {"It paid USD 200 (EUR 185 at current exchange rates).",
     "USD 200 (EUR 185 at current exchange rates)",
     {"USD 200", 200, "USD", Qualifier::kExact, 1},
     {"EUR 185", 185, "EUR", Qualifier::kExact, 1}},
    {"The deal, more than US$4.7 billion (about €4.3 billion), closed.",
     "more than US$4.7 billion (about €4.3 billion)",
     {"more than US$4.7 billion", 4.7e9, "USD", Qualifier::kMoreThan, 1e8},
     {"about €4.3 billion", 4.3e9, "EUR", Qualifier::kAbout, 1e8}},
    {"It raised USD34.6 million (€31.8 million).",
     "USD34.6 million (€31.8 million)",
     {"USD34.6 million", 34.6e6, "USD", Qualifier::kExact, 1e5},
     {"€31.8 million", 31.8e6, "EUR", Qualifier::kExact, 1e5}},
};

class ConversionTableTest : public testing::TestWithParam<ConversionCase> {};

void ExpectSide(std::string_view text, const MoneyAmount& m, const Side& want) {
  EXPECT_EQ(TextOf(text, m.span), want.span);
  EXPECT_DOUBLE_EQ(m.value, want.value);
  EXPECT_EQ(m.currency, want.currency);
  EXPECT_EQ(QualifierName(m.qualifier), QualifierName(want.qualifier));
  EXPECT_DOUBLE_EQ(m.precision, want.precision);
}

TEST_P(ConversionTableTest, FindsTheOneConversion) {
  const ConversionCase& c = GetParam();
  Claims claims = ExtractFromText(c.input, 0);
  ASSERT_EQ(claims.money.size(), 2u) << c.input;
  ASSERT_EQ(claims.conversions.size(), 1u) << c.input;
  const CurrencyConversion& conversion = claims.conversions[0];
  EXPECT_EQ(TextOf(c.input, conversion.span), c.span);
  ExpectSide(c.input, conversion.from, c.from);
  ExpectSide(c.input, conversion.to, c.to);
  // Both sides are also in the money list.
  EXPECT_EQ(claims.money[0].span, conversion.from.span);
  EXPECT_EQ(claims.money[1].span, conversion.to.span);
}

INSTANTIATE_TEST_SUITE_P(Phrases, ConversionTableTest, testing::ValuesIn(kConversionCases));

// Two amounts that are not stated as equal.
constexpr std::string_view kNotConversions[] = {
    "It cost $5m (up from $4m).", "It cost $5m or $6m.",    "It cost $5m ($6m with fees).",
    "It cost €5m and $6m.",       "It cost €5m, then $6m.", "It cost €5m (and $6m later).",
    "It cost €5m (€6m).",
};

class NotConversionTest : public testing::TestWithParam<std::string_view> {};

TEST_P(NotConversionTest, FindsTwoAmountsAndNoConversion) {
  Claims claims = ExtractFromText(GetParam(), 0);
  EXPECT_EQ(claims.money.size(), 2u);
  EXPECT_TRUE(claims.conversions.empty());
}

INSTANTIATE_TEST_SUITE_P(Phrases, NotConversionTest, testing::ValuesIn(kNotConversions));

TEST(FindConversionsTest, SpansAreOffsetByBase) {
  Claims claims = ExtractFromText("X $1m (€1m).", 500);
  ASSERT_EQ(claims.conversions.size(), 1u);
  EXPECT_EQ(claims.conversions[0].span, (Span{502, 513}));  // "€" is 3 bytes
}

TEST(FindConversionsTest, ABracketThatDoesNotCloseIsNoConversion) {
  Claims claims = ExtractFromText("It cost $5m (€4.5m", 0);
  EXPECT_EQ(claims.money.size(), 2u);
  EXPECT_TRUE(claims.conversions.empty());
}

TEST(FindConversionsTest, AnEquivalentIsNotConvertedAgain) {
  std::string_view text = "It cost $5m (€4.5m) or £4m.";
  Claims claims = ExtractFromText(text, 0);
  ASSERT_EQ(claims.money.size(), 3u);
  ASSERT_EQ(claims.conversions.size(), 1u);
  EXPECT_EQ(TextOf(text, claims.conversions[0].span), "$5m (€4.5m)");
}

TEST(FindConversionsTest, SeveralInOneParagraph) {
  std::string_view text = "First $1m (€0.9m). Then £2m, or about $2.5m.";
  Claims claims = ExtractFromText(text, 0);
  ASSERT_EQ(claims.conversions.size(), 2u);
  EXPECT_EQ(TextOf(text, claims.conversions[0].span), "$1m (€0.9m)");
  EXPECT_EQ(TextOf(text, claims.conversions[1].span), "£2m, or about $2.5m");
}

}  // namespace
}  // namespace factlint::extract_internal
