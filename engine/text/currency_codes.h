// ISO 4217 currency codes and the names currencies go by, from ICU's currency data (internal: the
// corpus compiler checks statement units with it).
#ifndef FACTLINT_ENGINE_TEXT_CURRENCY_CODES_H_
#define FACTLINT_ENGINE_TEXT_CURRENCY_CODES_H_

#include <string>
#include <string_view>
#include <vector>

namespace factlint::text_internal {

// True for an ISO 4217 code that ICU lists (ucurr_openISOCurrencies), current or withdrawn
// ("USD", "EUR", "DEM", "XDR"), written in capitals, except XTS (reserved for testing) and XXX
// (no currency). "usd" and "XYZ" are not codes.
bool IsIsoCurrencyCode(std::string_view code);

// The ISO 4217 codes that `text` may stand for when it is written as a currency rather than as
// its code, compared without case: the code in other capitals ("usd": USD), ICU's English symbol
// ("€": EUR, "A$": AUD), name ("euro", "US dollars") or the last word of one ("dollars": AUD,
// CAD, USD, ...). Sorted; empty when `text` names no currency.
std::vector<std::string> CurrencyCodesNamedBy(std::string_view text);

// True when `text` is written like a currency: a code, a name or symbol as above, or any text
// with a currency sign in it (Unicode category Sc: "$", "US$", "₩").
bool LooksLikeCurrency(std::string_view text);

}  // namespace factlint::text_internal

#endif  // FACTLINT_ENGINE_TEXT_CURRENCY_CODES_H_
