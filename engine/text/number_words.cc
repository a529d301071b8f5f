#include "factlint/number_words.h"

#include <unicode/fmtable.h>
#include <unicode/locid.h>
#include <unicode/parsepos.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <memory>

namespace factlint {
namespace {

// ICU's English spell-out rules, built once per thread (building one reads the rule set and is
// costly; a formatter is not safe to share between threads). Null when ICU could not build it.
icu::RuleBasedNumberFormat* SpellOutFormat() {
  thread_local const std::unique_ptr<icu::RuleBasedNumberFormat> format = [] {
    UErrorCode status = U_ZERO_ERROR;
    auto f = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale("en"),
                                                          status);
    if (U_FAILURE(status)) return std::unique_ptr<icu::RuleBasedNumberFormat>();
    f->setLenient(false);
    return f;
  }();
  return format.get();
}

}  // namespace

std::optional<int64_t> ReadNumberWords(std::string_view words) {
  icu::RuleBasedNumberFormat* format = SpellOutFormat();
  if (format == nullptr) return std::nullopt;
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(words.data(), static_cast<int32_t>(words.size())));
  icu::Formattable result;
  icu::ParsePosition position(0);
  format->parse(text, result, position);
  if (position.getErrorIndex() >= 0 || position.getIndex() != text.length()) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  int64_t value = result.getInt64(status);
  if (U_FAILURE(status)) return std::nullopt;
  return value;
}

std::string WriteNumberWords(int64_t value) {
  icu::RuleBasedNumberFormat* format = SpellOutFormat();
  if (format == nullptr) return std::to_string(value);
  icu::UnicodeString words;
  format->format(value, words);
  std::string out;
  words.toUTF8String(out);
  return out;
}

}  // namespace factlint
