#include "engine/extract/number.h"

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/base/ascii.h"
#include "factlint/number_words.h"

// Number words are read twice. ParseNumberWords is a small hand-written grammar: strict where the
// lenient ICU parse is not ("five five" is not a number), and what FindMoney uses.
// ParseSpelledNumber takes its value from ICU's spell-out rules (ReadNumberWords, in the text
// stage, where ICU is used) and uses the grammar as a gate and to bring the words into the form
// ICU spells them out in.

namespace factlint::extract_internal {
namespace {

// Powers of ten up to 1e22 are exact doubles, so m * kPow10[k] and m / kPow10[k] are correctly
// rounded for an exact m.
constexpr std::array<double, 23> kPow10 = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                           1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                           1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
constexpr int kMaxDigits = 18;  // 10^18 - 1 fits in uint64_t

// m * 10^exponent. REQUIRES: |exponent| <= 22.
double Scale(uint64_t m, int exponent) {
  double d = static_cast<double>(m);
  return exponent >= 0 ? d * kPow10[exponent] : d / kPow10[-exponent];
}

// Drops leading blanks (space, tab, newline, U+00A0, U+202F) and at most one hyphen.
std::string_view TrimScalePrefix(std::string_view s) {
  for (;;) {
    if (!s.empty() && (s[0] == ' ' || s[0] == '\t' || s[0] == '\n' || s[0] == '\r')) {
      s.remove_prefix(1);
    } else if (s.starts_with("\xC2\xA0")) {
      s.remove_prefix(2);
    } else if (s.starts_with("\xE2\x80\xAF")) {
      s.remove_prefix(3);
    } else {
      break;
    }
  }
  if (s.starts_with('-')) s.remove_prefix(1);
  return s;
}

// The power of ten of a scale word, or -1.
int ScaleExponent(std::string_view scale) {
  scale = TrimScalePrefix(scale);
  if (scale.empty()) return 0;
  struct Entry {
    std::string_view word;
    int exponent;
  };
  static constexpr Entry kScales[] = {
      {"thousand", 3}, {"k", 3},         {"million", 6}, {"m", 6},   {"mn", 6},
      {"mln", 6},      {"mil", 6},       {"billion", 9}, {"b", 9},   {"bn", 9},
      {"bln", 9},      {"trillion", 12}, {"tn", 12},     {"tr", 12},
  };
  std::string lower = AsciiLower(scale);
  for (const Entry& e : kScales) {
    if (lower == e.word) return e.exponent;
  }
  return -1;
}

}  // namespace

std::optional<double> ScaleMultiplier(std::string_view scale) {
  int exponent = ScaleExponent(scale);
  if (exponent < 0) return std::nullopt;
  return kPow10[exponent];
}

std::optional<ParsedNumber> ParseDigits(std::string_view digits, std::string_view scale) {
  int scale_exponent = ScaleExponent(scale);
  if (scale_exponent < 0 || digits.empty()) return std::nullopt;

  uint64_t mantissa = 0;
  int count = 0;     // digits in the mantissa
  int fraction = 0;  // digits after the decimal point
  int group = 0;     // digits since the last comma (or the start)
  bool seen_comma = false;
  bool seen_point = false;
  for (char c : digits) {
    if (c >= '0' && c <= '9') {
      if (++count > kMaxDigits) return std::nullopt;
      mantissa = mantissa * 10 + static_cast<uint64_t>(c - '0');
      if (seen_point) {
        ++fraction;
      } else {
        ++group;
      }
    } else if (c == ',' && !seen_point) {
      // The first group has 1-3 digits, every later one exactly 3.
      if (group == 0 || group > 3 || (seen_comma && group != 3)) return std::nullopt;
      seen_comma = true;
      group = 0;
    } else if (c == '.' && !seen_point) {
      if (group == 0 || (seen_comma && group != 3)) return std::nullopt;
      seen_point = true;
    } else {
      return std::nullopt;
    }
  }
  if (seen_point ? fraction == 0 : (group == 0 || (seen_comma && group != 3))) {
    return std::nullopt;
  }
  int exponent = scale_exponent - fraction;  // within [-18, 12]
  return ParsedNumber{Scale(mantissa, exponent),
                      exponent >= 0 ? kPow10[exponent] : 1 / kPow10[-exponent]};
}

namespace {

// Splits number words at blanks and hyphens, lower-cased.
std::vector<std::string> SplitWords(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) words.push_back(AsciiLower(current));
    current.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-') {
      flush();
    } else if (text.substr(i).starts_with("\xC2\xA0")) {
      flush();
      i += 1;
    } else {
      current.push_back(c);
    }
  }
  flush();
  return words;
}

// 0..19 and the tens; -1 for any other word.
int SmallValue(std::string_view word) {
  static constexpr std::string_view kUnits[] = {
      "zero",     "one",     "two",     "three",     "four",     "five",    "six",
      "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  static constexpr std::string_view kTens[] = {"twenty", "thirty",  "forty",  "fifty",
                                               "sixty",  "seventy", "eighty", "ninety"};
  for (int i = 0; i < 20; ++i) {
    if (word == kUnits[i]) return i;
  }
  for (int i = 0; i < 8; ++i) {
    if (word == kTens[i]) return 20 + 10 * i;
  }
  return -1;
}

int ScaleWordExponent(std::string_view word) {
  if (word == "thousand") return 3;
  if (word == "million") return 6;
  if (word == "billion") return 9;
  if (word == "trillion") return 12;
  return -1;
}

// Reads 1..99 at words[*i] ("seven", "forty", "forty four"); returns -1 (and leaves *i) if none.
int ReadBelowHundred(const std::vector<std::string>& words, size_t* i) {
  if (*i >= words.size()) return -1;
  int first = SmallValue(words[*i]);
  if (first <= 0) return -1;
  ++*i;
  if (first >= 20 && *i < words.size()) {
    int unit = SmallValue(words[*i]);
    if (unit >= 1 && unit <= 9) {
      ++*i;
      return first + unit;
    }
  }
  return first;
}

}  // namespace

std::optional<ParsedNumber> ParseNumberWords(std::string_view text) {
  std::vector<std::string> words = SplitWords(text);
  if (words.size() == 3 && words[0] == "half" && words[1] == "a") {
    // "half a million": the only fraction read.
    int exponent = ScaleWordExponent(words[2]);
    if (exponent < 0) return std::nullopt;
    return ParsedNumber{kPow10[exponent] / 2, kPow10[exponent - 1]};
  }
  size_t i = 0;
  uint64_t total = 0;
  int last_scale = 100;  // scale words must strictly descend
  while (i < words.size()) {
    // One group below a thousand: [a | 1..99] [hundred [and] [1..99]], then an optional scale.
    int64_t group = -1;
    if (words[i] == "a" && i + 1 < words.size() &&
        (words[i + 1] == "hundred" || ScaleWordExponent(words[i + 1]) > 0)) {
      group = 1;
      ++i;
    } else {
      group = ReadBelowHundred(words, &i);
    }
    if (group < 0) return std::nullopt;
    if (i < words.size() && words[i] == "hundred") {
      if (group > 9) return std::nullopt;
      group *= 100;
      ++i;
      if (i < words.size() && words[i] == "and") ++i;
      int rest = ReadBelowHundred(words, &i);
      if (rest > 0) group += rest;
    }
    int exponent = 0;
    if (i < words.size()) {
      exponent = ScaleWordExponent(words[i]);
      if (exponent < 0 || exponent >= last_scale) return std::nullopt;
      ++i;
      last_scale = exponent;
    }
    total += static_cast<uint64_t>(group) * static_cast<uint64_t>(kPow10[exponent]);
    if (exponent == 0) break;  // units end the number
  }
  if (i != words.size() || total == 0) return std::nullopt;
  double precision = 1;
  for (uint64_t v = total; v % 10 == 0 && precision < 1e12; v /= 10) precision *= 10;
  return ParsedNumber{static_cast<double>(total), precision};
}

namespace {

// `words` as ICU spells numbers out: lower case, single spaces, "a" -> "one", no "and", a ten
// and a unit joined by a hyphen ("forty-four"). "Two Hundred and forty four" -> "two hundred
// forty-four".
std::string CanonicalWords(const std::vector<std::string>& words) {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i] == "and") continue;
    if (!out.empty()) out += ' ';
    out += words[i] == "a" ? "one" : words[i];
    int value = SmallValue(words[i]);
    if (value >= 20 && i + 1 < words.size()) {
      int unit = SmallValue(words[i + 1]);
      if (unit >= 1 && unit <= 9) {
        out += '-';
        out += words[++i];
      }
    }
  }
  return out;
}

}  // namespace

std::optional<ParsedNumber> ParseSpelledNumber(std::string_view text) {
  std::optional<ParsedNumber> grammar = ParseNumberWords(text);
  if (!grammar) return std::nullopt;
  std::vector<std::string> words = SplitWords(text);
  bool half = words.size() == 3 && words[0] == "half";  // "half a million"
  if (half) words.erase(words.begin());
  std::optional<int64_t> value = ReadNumberWords(CanonicalWords(words));
  if (!value) return std::nullopt;
  double icu_value = half ? static_cast<double>(*value) / 2 : static_cast<double>(*value);
  if (icu_value != grammar->value) return std::nullopt;
  return ParsedNumber{icu_value, grammar->precision};
}

}  // namespace factlint::extract_internal
