// Currency markers as written in prose, mapped to ISO 4217 codes. The tables here are the only
// list of currencies the extract stage knows: the patterns that find money are built from them.
//
// Private to the extract stage.
#ifndef FACTLINT_EXTRACT_CURRENCY_H_
#define FACTLINT_EXTRACT_CURRENCY_H_

#include <string>
#include <string_view>

namespace factlint::extract_internal {

// The ISO 4217 code of a marker written before the figure: "$" (USD), "US$", "$US", "US $",
// "A$", "C$", "HK$", "S$", "NZ$", "€", "£", "¥" (JPY), "CN¥", "₹", "₩", or an upper-case code
// ("USD", "EUR", ...). Exact match, except that any run of white space stands for the blank in
// "US $". Returns "" for anything else.
std::string_view CurrencyOfPrefix(std::string_view marker);

// The ISO 4217 code of a currency written after the figure: "dollars" (USD), "US dollars",
// "Canadian dollars", "euros", "pounds", "pounds sterling", "yen", "Swiss francs", "€", an
// upper-case code... Words are case-insensitive and any run of white space may separate them.
// Returns "" for anything else.
std::string_view CurrencyOfSuffix(std::string_view words);

// RE2 alternations (no capturing groups) matching exactly the markers the functions above know,
// longer markers first so that leftmost-first matching prefers "US$" to "$" and "pounds sterling"
// to "pounds". Markers that begin with a letter must begin at an ASCII word boundary.
const std::string& PrefixPattern();
const std::string& SuffixPattern();

}  // namespace factlint::extract_internal

#endif  // FACTLINT_EXTRACT_CURRENCY_H_
