#include "engine/extract/number.h"

#include <gtest/gtest.h>
#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace factlint::extract_internal {
namespace {

TEST(ParseDigitsTest, ScalesWithoutLosingDigits) {
  // 34.6 * 1e6 in floating point is not 34600000; the mantissa is scaled exactly.
  auto n = ParseDigits("34.6", " million");
  ASSERT_TRUE(n.has_value());
  EXPECT_EQ(n->value, 34600000.0);
  EXPECT_EQ(n->precision, 1e5);
  n = ParseDigits("4.7", "billion");
  ASSERT_TRUE(n.has_value());
  EXPECT_EQ(n->value, 4700000000.0);
  n = ParseDigits("43.61", "million");
  ASSERT_TRUE(n.has_value());
  EXPECT_EQ(n->value, 43610000.0);
  EXPECT_EQ(n->precision, 1e4);
}

TEST(ParseDigitsTest, PlainFigures) {
  auto n = ParseDigits("173,600", "");
  ASSERT_TRUE(n.has_value());
  EXPECT_EQ(n->value, 173600.0);
  EXPECT_EQ(n->precision, 1.0);
  n = ParseDigits("1,234,567.5", "");
  ASSERT_TRUE(n.has_value());
  EXPECT_EQ(n->value, 1234567.5);
  EXPECT_EQ(n->precision, 0.1);
  n = ParseDigits("0.25", "");
  ASSERT_TRUE(n.has_value());
  EXPECT_EQ(n->value, 0.25);
}

TEST(ParseDigitsTest, EveryScaleWord) {
  struct {
    std::string_view scale;
    double multiplier;
  } const kScales[] = {{"thousand", 1e3},  {"k", 1e3},    {"K", 1e3},        {"million", 1e6},
                       {"Million", 1e6},   {"m", 1e6},    {"M", 1e6},        {"mn", 1e6},
                       {" mln", 1e6},      {" mil", 1e6}, {"-million", 1e6}, {"billion", 1e9},
                       {"b", 1e9},         {"bn", 1e9},   {" bn", 1e9},      {"bln", 1e9},
                       {"trillion", 1e12}, {"tn", 1e12},  {"tr", 1e12},      {"", 1}};
  for (const auto& s : kScales) {
    auto n = ParseDigits("2", s.scale);
    ASSERT_TRUE(n.has_value()) << s.scale;
    EXPECT_EQ(n->value, 2 * s.multiplier) << s.scale;
    EXPECT_EQ(n->precision, s.multiplier) << s.scale;
  }
  EXPECT_EQ(ScaleMultiplier("zillion"), std::nullopt);
  EXPECT_EQ(ParseDigits("2", "zillion"), std::nullopt);
}

TEST(ParseDigitsTest, RefusesMalformedFigures) {
  for (std::string_view bad : {"", ",", ".", "1,", "1.", ",100", "1,23", "1,2345", "1234,567",
                               "1,000,00", "1.2.3", "1.5,000", "12a", "-5"}) {
    EXPECT_EQ(ParseDigits(bad, ""), std::nullopt) << bad;
  }
}

TEST(ParseDigitsTest, RefusesFiguresBeyondEighteenDigits) {
  EXPECT_TRUE(ParseDigits("999999999999999999", "").has_value());
  EXPECT_EQ(ParseDigits("1000000000000000000", ""), std::nullopt);
  EXPECT_EQ(ParseDigits(std::string(1 << 20, '9'), "trillion"), std::nullopt);
  // The largest accepted figure times the largest scale is still finite.
  auto n = ParseDigits("999,999,999,999,999,999", "trillion");
  ASSERT_TRUE(n.has_value());
  EXPECT_GT(n->value, 9.9e29);
}

TEST(ParseNumberWordsTest, Cardinals) {
  struct {
    std::string_view words;
    double value;
    double precision;
  } const kCases[] = {
      {"fifty million", 50e6, 1e7},
      {"forty-four million", 44e6, 1e6},
      {"forty four", 44, 1},
      {"a million", 1e6, 1e6},
      {"A hundred", 100, 100},
      {"seventeen", 17, 1},
      {"two hundred and fifty thousand", 250e3, 1e4},
      {"one hundred seventy-three thousand six hundred", 173600, 100},
      {"three billion five hundred million", 3.5e9, 1e8},
      {"Twelve Trillion", 12e12, 1e12},
      {"half a million", 5e5, 1e5},
      {"Half a billion", 5e8, 1e8},
  };
  for (const auto& c : kCases) {
    auto n = ParseNumberWords(c.words);
    ASSERT_TRUE(n.has_value()) << c.words;
    EXPECT_EQ(n->value, c.value) << c.words;
    EXPECT_EQ(n->precision, c.precision) << c.words;
  }
}

TEST(ParseNumberWordsTest, RefusesWhatIsNotOneNumber) {
  for (std::string_view bad :
       {"", "zero", "five five", "million", "hundred", "five million thousand", "twenty twenty",
        "ten hundred", "a", "a five", "five and six", "forty-four-four", "fifty millions", "half a",
        "half a hundred", "half million", "half a million dollars"}) {
    EXPECT_EQ(ParseNumberWords(bad), std::nullopt) << bad;
  }
}

TEST(ParseSpelledNumberTest, ReadsWhatJournalistsWrite) {
  struct {
    std::string_view words;
    double value;
    double precision;
  } const kCases[] = {
      {"forty-four", 44, 1},
      {"Forty Four", 44, 1},
      {"nine", 9, 1},
      {"forty million", 40e6, 1e7},
      {"one hundred seventy-three thousand six hundred", 173600, 100},
      {"two hundred and fifty thousand", 250e3, 1e4},
      {"a million", 1e6, 1e6},
      {"a hundred and one", 101, 1},
      {"half a billion", 5e8, 1e8},
      {"three billion five hundred million", 3.5e9, 1e8},
      {"twelve trillion", 12e12, 1e12},
  };
  for (const auto& c : kCases) {
    auto n = ParseSpelledNumber(c.words);
    ASSERT_TRUE(n.has_value()) << c.words;
    EXPECT_EQ(n->value, c.value) << c.words;
    EXPECT_EQ(n->precision, c.precision) << c.words;
  }
}

TEST(ParseSpelledNumberTest, RefusesWhatIcuAloneWouldAccept) {
  // ICU's lenient parse reads these as 505, 2020, 1000 and 4404.
  for (std::string_view bad : {"five five", "twenty twenty", "ten hundred", "forty-four-four", "",
                               "a", "dozen", "half a", "five million thousand"}) {
    EXPECT_EQ(ParseSpelledNumber(bad), std::nullopt) << bad;
  }
}

// Differential test: ICU spells a number out, and both readers must give it back.
TEST(ParseSpelledNumberTest, AgreesWithIcuSpellingAndTheGrammar) {
  UErrorCode status = U_ZERO_ERROR;
  icu::RuleBasedNumberFormat format(icu::URBNF_SPELLOUT, icu::Locale("en"), status);
  ASSERT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  std::vector<int64_t> values;
  for (int64_t v = 1; v <= 1200; ++v) values.push_back(v);
  for (int64_t v = 1; v < 1000000000000; v = v * 7 + 13) values.push_back(v);
  for (int64_t v : {173600LL, 250000LL, 1000000LL, 40000000LL, 999999999999LL, 5000000000000LL}) {
    values.push_back(v);
  }
  for (int64_t v : values) {
    icu::UnicodeString spelled;
    format.format(v, spelled);
    std::string words;
    spelled.toUTF8String(words);
    auto icu = ParseSpelledNumber(words);
    auto grammar = ParseNumberWords(words);
    ASSERT_TRUE(icu.has_value()) << v << " " << words;
    ASSERT_TRUE(grammar.has_value()) << v << " " << words;
    EXPECT_EQ(icu->value, static_cast<double>(v)) << words;
    EXPECT_EQ(grammar->value, static_cast<double>(v)) << words;
  }
}

}  // namespace
}  // namespace factlint::extract_internal
