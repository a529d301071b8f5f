// Currency conversions: two sums stated as equal ("$620m (€570m)", "£10m, or about $13m").
//
// Private to the extract stage.
#ifndef FACTLINT_EXTRACT_CONVERSION_H_
#define FACTLINT_EXTRACT_CONVERSION_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "factlint/claims.h"

namespace factlint::extract_internal {

// Pairs neighbouring amounts of different currencies that the text states as equal:
//   X (Y)   X (about Y)   X (equivalent to Y)   X (Y at current exchange rates)
//   X, or Y   X or Y   X, or about Y   X, equivalent to Y   X, the equivalent of Y
// (the qualifier of Y, "about", is already in Y). An amount is the `to` of at most one
// conversion, and a `to` never starts another one. Returns the conversions in text order.
// REQUIRES: `money` is FindMoney(text, base).
std::vector<CurrencyConversion> FindConversions(std::string_view text, size_t base,
                                                const std::vector<MoneyAmount>& money);

}  // namespace factlint::extract_internal

#endif  // FACTLINT_EXTRACT_CONVERSION_H_
