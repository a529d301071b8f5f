#include "engine/text/currency_codes.h"

#include <unicode/uchar.h>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>

#include <map>
#include <set>

namespace factlint::text_internal {
namespace {

struct CurrencyTables {
  std::set<std::string, std::less<>> codes;
  std::map<std::string, std::set<std::string>, std::less<>> names;  // case-folded name -> codes
};

std::string Fold(const icu::UnicodeString& text) {
  std::string out;
  icu::UnicodeString(text).foldCase().toUTF8String(out);
  return out;
}

std::string Fold(std::string_view text) {
  return Fold(icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))));
}

// The ISO codes of one kind of currency (UCURR_ALL, UCURR_COMMON, ...), as ICU lists them.
std::vector<std::string> IsoCodes(uint32_t type) {
  std::vector<std::string> codes;
  UErrorCode status = U_ZERO_ERROR;
  UEnumeration* all = ucurr_openISOCurrencies(type, &status);
  if (U_FAILURE(status)) return codes;
  int32_t length = 0;
  while (const char* code = uenum_next(all, &length, &status)) {
    if (U_FAILURE(status)) break;
    codes.emplace_back(code, static_cast<size_t>(length));
  }
  uenum_close(all);
  return codes;
}

// Adds `name` (and, for a name of several words, its last word when that is a word of letters:
// "US dollars" gives "dollars") as a name of `code`.
void AddName(const icu::UnicodeString& name, const std::string& code, bool with_last_word,
             CurrencyTables* tables) {
  if (name.isEmpty()) return;
  tables->names[Fold(name)].insert(code);
  const int32_t space = name.lastIndexOf(u' ');
  if (!with_last_word || space < 0) return;
  const icu::UnicodeString last = name.tempSubString(space + 1);
  for (int32_t i = 0; i < last.length(); i = last.moveIndex32(i, 1)) {
    if (!u_isalpha(last.char32At(i))) return;
  }
  if (!last.isEmpty()) tables->names[Fold(last)].insert(code);
}

CurrencyTables* BuildTables() {
  auto* tables = new CurrencyTables;
  for (std::string& code : IsoCodes(UCURR_ALL)) {
    if (code != "XTS" && code != "XXX") tables->codes.insert(std::move(code));
  }
  // Names only of the currencies of countries (not funds, metals or accounting units, whose
  // names' last words are "unit", "gold" and the like).
  for (const std::string& code : IsoCodes(UCURR_COMMON)) {
    UChar iso[4] = {};
    u_charsToUChars(code.c_str(), iso, 3);
    UBool is_choice = false;
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    for (const UCurrNameStyle style : {UCURR_SYMBOL_NAME, UCURR_LONG_NAME}) {
      status = U_ZERO_ERROR;
      const UChar* name = ucurr_getName(iso, "en", style, &is_choice, &length, &status);
      if (U_SUCCESS(status)) {
        AddName(icu::UnicodeString(name, length), code, style == UCURR_LONG_NAME, tables);
      }
    }
    for (const char* count : {"one", "other"}) {
      status = U_ZERO_ERROR;
      const UChar* name = ucurr_getPluralName(iso, "en", &is_choice, count, &length, &status);
      if (U_SUCCESS(status)) AddName(icu::UnicodeString(name, length), code, true, tables);
    }
  }
  return tables;
}

const CurrencyTables& Tables() {
  static const CurrencyTables* const tables = BuildTables();
  return *tables;
}

std::string AsciiUpper(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

bool HasCurrencySign(std::string_view text) {
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    if (u_charType(u.char32At(i)) == U_CURRENCY_SYMBOL) return true;
  }
  return false;
}

}  // namespace

bool IsIsoCurrencyCode(std::string_view code) { return Tables().codes.contains(code); }

std::vector<std::string> CurrencyCodesNamedBy(std::string_view text) {
  if (const std::string upper = AsciiUpper(text); IsIsoCurrencyCode(upper)) return {upper};
  const auto it = Tables().names.find(Fold(text));
  if (it == Tables().names.end()) return {};
  return {it->second.begin(), it->second.end()};
}

bool LooksLikeCurrency(std::string_view text) {
  return !CurrencyCodesNamedBy(text).empty() || HasCurrencySign(text);
}

}  // namespace factlint::text_internal
