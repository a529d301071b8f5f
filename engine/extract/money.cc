#include "engine/extract/money.h"

#include <re2/re2.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/base/ascii.h"
#include "engine/extract/currency.h"
#include "engine/extract/number.h"
#include "engine/extract/qualifier.h"

namespace factlint::extract_internal {
namespace {

// Pieces of the patterns. None has a capturing group.
constexpr char kBlank[] = R"([ \x{00A0}\x{202F}])";   // inside a line
constexpr char kSpace[] = R"([\s\x{00A0}\x{202F}])";  // a soft line break too
constexpr char kNumber[] = R"((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)";
constexpr char kEnd[] = R"((?:$|[^\pL\pN_]))";  // the figure does not run into a word
constexpr char kNumberWord[] =
    "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    "ninety|hundred|thousand|million|billion|trillion)";

// Longer alternatives first: leftmost-first matching takes the first that fits.
std::string ScalePattern() {
  return std::string("(?i:(?:") + kSpace + "|-)?(?:thousand|million|billion|trillion)|" + kBlank +
         "?(?:mln|bln|mil|mn|bn|tn)|tr|m|b|k)";
}

// Groups: 1 the amount; prefix form: 2 marker, 3 figure, 4 scale; suffix form: 5 figure,
// 6 scale, 7 marker. kEnd is outside group 1.
const RE2& DigitsRe() {
  static const RE2* const re = [] {
    std::string scale = ScalePattern();
    std::string pattern = "((" + PrefixPattern() + ")" + kBlank + "?(" + kNumber + ")(" + scale +
                          ")?|\\b(" + kNumber + ")(" + scale + ")?" + kSpace + "*(" +
                          SuffixPattern() + "))" + kEnd;
    return new RE2(pattern);
  }();
  return *re;
}

// Groups: 1 the amount, 2 the number words, 3 the marker.
const RE2& WordsRe() {
  static const RE2* const re = [] {
    std::string words = std::string("(?i:(?:(?:half") + kSpace + "+)?a" + kSpace + "+)?" +
                        kNumberWord + "(?:(?:" + kSpace + "+and" + kSpace + "+|" + kSpace + "+|-)" +
                        kNumberWord + ")*)";
    return new RE2("(\\b(" + words + ")" + kSpace + "+(" + SuffixPattern() + "))" + kEnd);
  }();
  return *re;
}

// Text after a figure that makes it one end of a range whose other end carries the scale
// ("$5-10 million", "$5 to $10 million"), or a range of any kind ("$5-$10").
const RE2& RangeTailRe() {
  static const RE2* const re =
      new RE2(std::string("^") + kSpace + "*(?:(?:-|\\x{2013}|\\x{2014})" + kSpace +
              "*(?:" + PrefixPattern() + ")?" + kBlank + "?\\d|(?i:to|and|or)" + kSpace +
              "+(?:" + PrefixPattern() + ")?" + kBlank + "?" + kNumber + "(?:" + ScalePattern() +
              ")" + kEnd + ")");
  return *re;
}

const RE2& PercentTailRe() {
  static const RE2* const re =
      new RE2(std::string("^") + kSpace + "*(?:%|(?i:percent|per" + kSpace + "+cent)\\b)");
  return *re;
}

const RE2& BlankGroupTailRe() {
  static const RE2* const re = new RE2(R"(^[ \x{00A0}\x{202F}]\d{3}(?:$|\D))");
  return *re;
}

const RE2& WeightTailRe() {
  static const RE2* const re = new RE2(std::string("^") + kSpace + "+(?i:of)\\b");
  return *re;
}

// True when `before` ends with "in", "constant" or "real" and blanks: "in 2015 dollars" is a
// price base, not a sum.
bool EndsWithPriceBase(std::string_view before) {
  while (!before.empty() && (before.back() == ' ' || before.back() == '\n'))
    before.remove_suffix(1);
  for (std::string_view word : {"in", "constant", "real"}) {
    if (before.size() < word.size()) continue;
    std::string_view tail = before.substr(before.size() - word.size());
    bool same = std::equal(tail.begin(), tail.end(), word.begin(),
                           [](char a, char b) { return AsciiLower(a) == b; });
    if (same &&
        (before.size() == word.size() || !IsAsciiLetter(before[before.size() - word.size() - 1]))) {
      return true;
    }
  }
  return false;
}

// True when `before` ends with a digit and one blank (space, U+00A0 or U+202F).
bool EndsWithDigitAndBlank(std::string_view before) {
  for (std::string_view blank : {" ", "\xC2\xA0", "\xE2\x80\xAF"}) {
    if (before.ends_with(blank)) {
      before.remove_suffix(blank.size());
      return !before.empty() && IsAsciiDigit(before.back());
    }
  }
  return false;
}

// The tail patterns are anchored at the start; a short window keeps each check O(1).
bool Matches(const RE2& re, std::string_view text) {
  text = text.substr(0, 64);
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), re);
}

std::string_view View(re2::StringPiece piece) { return {piece.data(), piece.size()}; }

// The figure's first byte, the amount's last, and what the text around them says.
struct Candidate {
  size_t begin = 0;  // offset in text of the amount
  size_t end = 0;
  size_t number_begin = 0;  // the figure with its scale
  size_t number_end = 0;
  bool has_scale = false;
  std::string_view marker;  // the currency as written
  bool prefix = false;      // marker before the figure
};

// The checks a regular expression cannot make without look-behind or look-ahead.
bool Plausible(std::string_view text, const Candidate& c) {
  std::string_view before = text.substr(0, c.begin);
  std::string_view after = text.substr(c.end);
  // "1,2345", "$1.234,56": a malformed or foreign separator.
  if (after.size() >= 2 && (after[0] == ',' || after[0] == '.') && IsAsciiDigit(after[1])) {
    return false;
  }
  if (Matches(PercentTailRe(), after)) return false;
  if (!c.has_scale && Matches(RangeTailRe(), after)) return false;
  // "€5 000", "5 000 €": thousands grouped with blanks, which this finder does not read.
  if (!c.has_scale && Matches(BlankGroupTailRe(), after)) return false;
  if (c.prefix) {
    // "NT$5", "R$5": a dollar sign glued to letters that are not a known prefix.
    if (c.marker == "$" && !before.empty() && IsAsciiLetter(before.back())) return false;
  } else {
    // "1,234 dollars" found inside "$1,234 dollars" after a rejection, "2-5 dollars" (a range).
    if (!before.empty() && (before.back() == ',' || before.back() == '.' || before.back() == '-' ||
                            before.ends_with("\xE2\x80\x93"))) {
      return false;
    }
    if (EndsWithDigitAndBlank(before)) return false;  // "5 000 €"
    if (CurrencyOfSuffix(c.marker) == "GBP" && Matches(WeightTailRe(), after)) return false;
    std::string_view figure = text.substr(c.number_begin, c.number_end - c.number_begin);
    if (!c.has_scale && figure.size() == 4 && EndsWithPriceBase(before)) return false;
  }
  return true;
}

std::optional<MoneyAmount> ToAmount(std::string_view text, size_t base, const Candidate& c,
                                    std::optional<ParsedNumber> number) {
  if (!number) return std::nullopt;
  std::string_view currency = c.prefix ? CurrencyOfPrefix(c.marker) : CurrencyOfSuffix(c.marker);
  if (currency.empty() || !Plausible(text, c)) return std::nullopt;
  MoneyAmount amount;
  amount.span = {base + c.begin, base + c.end};
  amount.number_span = {base + c.number_begin, base + c.number_end};
  amount.value = number->value;
  amount.precision = number->precision;
  amount.currency = std::string(currency);
  return amount;
}

size_t Offset(std::string_view text, re2::StringPiece piece) {
  return static_cast<size_t>(piece.data() - text.data());
}

void FindDigitAmounts(std::string_view text, size_t base, std::vector<MoneyAmount>* out) {
  const RE2& re = DigitsRe();
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece g[8];
  size_t pos = 0;
  while (pos < text.size() && re.Match(input, pos, text.size(), RE2::UNANCHORED, g, 8)) {
    Candidate c;
    c.begin = Offset(text, g[1]);
    c.end = c.begin + g[1].size();
    c.prefix = g[2].data() != nullptr;
    re2::StringPiece figure = c.prefix ? g[3] : g[5];
    re2::StringPiece scale = c.prefix ? g[4] : g[6];
    c.marker = View(c.prefix ? g[2] : g[7]);
    c.has_scale = !scale.empty();
    c.number_begin = Offset(text, figure);
    c.number_end =
        c.has_scale ? Offset(text, scale) + scale.size() : c.number_begin + figure.size();
    if (auto amount = ToAmount(text, base, c, ParseDigits(View(figure), View(scale)))) {
      out->push_back(std::move(*amount));
    }
    pos = std::max(c.end, c.begin + 1);
  }
}

void FindWordAmounts(std::string_view text, size_t base, std::vector<MoneyAmount>* out) {
  const RE2& re = WordsRe();
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece g[4];
  size_t pos = 0;
  while (pos < text.size() && re.Match(input, pos, text.size(), RE2::UNANCHORED, g, 4)) {
    Candidate c;
    c.begin = Offset(text, g[1]);
    c.end = c.begin + g[1].size();
    c.number_begin = c.begin;
    c.number_end = c.number_begin + g[2].size();
    c.marker = View(g[3]);
    c.has_scale = true;  // a worded figure is never one end of a digit range
    if (auto amount = ToAmount(text, base, c, ParseNumberWords(View(g[2])))) {
      out->push_back(std::move(*amount));
    }
    pos = std::max(c.end, c.begin + 1);
  }
}

}  // namespace

std::vector<MoneyAmount> FindMoney(std::string_view text, size_t base) {
  std::vector<MoneyAmount> found;
  FindDigitAmounts(text, base, &found);
  FindWordAmounts(text, base, &found);
  std::stable_sort(found.begin(), found.end(),
                   [](const MoneyAmount& a, const MoneyAmount& b) { return a.span < b.span; });

  std::vector<MoneyAmount> money;
  size_t previous_end = 0;  // in text
  for (MoneyAmount& amount : found) {
    size_t begin = amount.span.begin - base;
    if (!money.empty() && begin < previous_end) continue;  // overlaps the one before
    if (auto q = FindQualifierBefore(text, begin, previous_end)) {
      amount.qualifier = q->qualifier;
      amount.span.begin = base + q->begin;
    }
    previous_end = amount.span.end - base;
    money.push_back(std::move(amount));
  }
  return money;
}

}  // namespace factlint::extract_internal
