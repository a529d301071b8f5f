#include "engine/extract/currency.h"

#include <gtest/gtest.h>

#include <string_view>

namespace factlint::extract_internal {
namespace {

TEST(CurrencyOfPrefixTest, SymbolsAndCodes) {
  struct {
    std::string_view marker;
    std::string_view code;
  } const kCases[] = {
      {"$", "USD"},           {"US$", "USD"},   {"$US", "USD"}, {"US $", "USD"}, {"US  $", "USD"},
      {"US\xC2\xA0$", "USD"}, {"U.S.$", "USD"}, {"A$", "AUD"},  {"C$", "CAD"},   {"HK$", "HKD"},
      {"S$", "SGD"},          {"NZ$", "NZD"},   {"€", "EUR"},   {"£", "GBP"},    {"¥", "JPY"},
      {"CN¥", "CNY"},         {"USD", "USD"},   {"EUR", "EUR"}, {"GBP", "GBP"},  {"JPY", "JPY"},
      {"RMB", "CNY"},         {"usd", ""},      {"NT$", ""},    {"", ""},
  };
  for (const auto& c : kCases) EXPECT_EQ(CurrencyOfPrefix(c.marker), c.code) << c.marker;
}

TEST(CurrencyOfSuffixTest, WordsAndCodes) {
  struct {
    std::string_view words;
    std::string_view code;
  } const kCases[] = {
      {"dollars", "USD"},
      {"Dollars", "USD"},
      {"dollar", "USD"},
      {"US dollars", "USD"},
      {"U.S. dollars", "USD"},
      {"US\n  dollars", "USD"},
      {"Canadian dollars", "CAD"},
      {"Australian dollars", "AUD"},
      {"euros", "EUR"},
      {"euro", "EUR"},
      {"pounds", "GBP"},
      {"pounds sterling", "GBP"},
      {"sterling", "GBP"},
      {"yen", "JPY"},
      {"Swiss francs", "CHF"},
      {"yuan", "CNY"},
      {"€", "EUR"},
      {"USD", "USD"},
      {"EUR", "EUR"},
      {"usd", ""},
      {"francs", ""},
      {"won", ""},
      {"", ""},
  };
  for (const auto& c : kCases) EXPECT_EQ(CurrencyOfSuffix(c.words), c.code) << c.words;
}

}  // namespace
}  // namespace factlint::extract_internal
