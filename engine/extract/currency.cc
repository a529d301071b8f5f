#include "engine/extract/currency.h"

#include <re2/re2.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "engine/base/ascii.h"

namespace factlint::extract_internal {
namespace {

struct Marker {
  std::string_view text;
  std::string_view code;
};

// Written before the figure; matched exactly. A bare "$" is taken to be the US dollar.
constexpr Marker kPrefixes[] = {
    {"$", "USD"},   {"US$", "USD"}, {"US $", "USD"}, {"U.S.$", "USD"}, {"$US", "USD"},
    {"A$", "AUD"},  {"AU$", "AUD"}, {"C$", "CAD"},   {"CA$", "CAD"},   {"HK$", "HKD"},
    {"S$", "SGD"},  {"NZ$", "NZD"}, {"€", "EUR"},    {"£", "GBP"},     {"¥", "JPY"},
    {"CN¥", "CNY"}, {"₹", "INR"},   {"₩", "KRW"},    {"USD", "USD"},   {"EUR", "EUR"},
    {"GBP", "GBP"}, {"JPY", "JPY"}, {"AUD", "AUD"},  {"CAD", "CAD"},   {"HKD", "HKD"},
    {"SGD", "SGD"}, {"NZD", "NZD"}, {"CHF", "CHF"},  {"CNY", "CNY"},   {"RMB", "CNY"},
    {"KRW", "KRW"}, {"INR", "INR"},
};

// Written after the figure. Words are lower case here and matched case-insensitively; codes
// and symbols are matched exactly. A bare "dollars" is taken to be the US dollar, and "pounds"
// to be sterling (the money finder refuses "pounds of", which is a weight).
constexpr Marker kSuffixWords[] = {
    {"dollars", "USD"},
    {"dollar", "USD"},
    {"us dollars", "USD"},
    {"us dollar", "USD"},
    {"u.s. dollars", "USD"},
    {"u.s. dollar", "USD"},
    {"american dollars", "USD"},
    {"australian dollars", "AUD"},
    {"canadian dollars", "CAD"},
    {"hong kong dollars", "HKD"},
    {"singapore dollars", "SGD"},
    {"new zealand dollars", "NZD"},
    {"euros", "EUR"},
    {"euro", "EUR"},
    {"pounds sterling", "GBP"},
    {"pounds", "GBP"},
    {"pound", "GBP"},
    {"british pounds", "GBP"},
    {"sterling", "GBP"},
    {"yen", "JPY"},
    {"japanese yen", "JPY"},
    {"swiss francs", "CHF"},
    {"swiss franc", "CHF"},
    {"yuan", "CNY"},
    {"chinese yuan", "CNY"},
    {"renminbi", "CNY"},
    {"indian rupees", "INR"},
    {"south korean won", "KRW"},
};
constexpr Marker kSuffixCodes[] = {
    {"€", "EUR"},   {"USD", "USD"}, {"EUR", "EUR"}, {"GBP", "GBP"}, {"JPY", "JPY"},
    {"AUD", "AUD"}, {"CAD", "CAD"}, {"HKD", "HKD"}, {"SGD", "SGD"}, {"NZD", "NZD"},
    {"CHF", "CHF"}, {"CNY", "CNY"}, {"KRW", "KRW"}, {"INR", "INR"},
};

// Folds every run of white space (including U+00A0) to one space, and lower-cases ASCII when
// `lower`.
std::string Fold(std::string_view s, bool lower) {
  std::string out;
  bool in_space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!space && s.substr(i).starts_with("\xC2\xA0")) {
      space = true;
      ++i;
    }
    if (space) {
      in_space = true;
      continue;
    }
    if (in_space && !out.empty()) out.push_back(' ');
    in_space = false;
    out.push_back(lower ? AsciiLower(c) : c);
  }
  return out;
}

// The alternation of `markers`, longest first; `words` turns each blank into a run of white
// space and makes the alternative case-insensitive.
std::string Alternation(std::vector<Marker> markers, bool words) {
  std::stable_sort(markers.begin(), markers.end(),
                   [](const Marker& a, const Marker& b) { return a.text.size() > b.text.size(); });
  std::string pattern;
  for (const Marker& m : markers) {
    if (!pattern.empty()) pattern += '|';
    if (IsAsciiLetter(m.text[0])) pattern += R"(\b)";
    if (words) pattern += "(?i:";
    std::string quoted = RE2::QuoteMeta(re2::StringPiece(m.text.data(), m.text.size()));
    for (char c : quoted) {
      // QuoteMeta writes a blank as "\ ".
      if (c == ' ') {
        pattern.pop_back();
        pattern += R"([\s\x{00A0}]+)";
      } else {
        pattern += c;
      }
    }
    if (words) pattern += ')';
  }
  return pattern;
}

}  // namespace

std::string_view CurrencyOfPrefix(std::string_view marker) {
  std::string folded = Fold(marker, false);  // "US  $"
  for (const Marker& m : kPrefixes) {
    if (m.text == folded) return m.code;
  }
  return "";
}

std::string_view CurrencyOfSuffix(std::string_view words) {
  for (const Marker& m : kSuffixCodes) {
    if (m.text == words) return m.code;
  }
  std::string folded = Fold(words, true);
  for (const Marker& m : kSuffixWords) {
    if (m.text == folded) return m.code;
  }
  return "";
}

const std::string& PrefixPattern() {
  static const std::string* const pattern =
      new std::string(Alternation({std::begin(kPrefixes), std::end(kPrefixes)}, false));
  return *pattern;
}

const std::string& SuffixPattern() {
  static const std::string* const pattern = [] {
    std::vector<Marker> all(std::begin(kSuffixWords), std::end(kSuffixWords));
    std::string words = Alternation(all, true);
    std::string codes = Alternation({std::begin(kSuffixCodes), std::end(kSuffixCodes)}, false);
    return new std::string(words + "|" + codes);
  }();
  return *pattern;
}

}  // namespace factlint::extract_internal
