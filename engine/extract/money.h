// Finding sums of money in a stretch of prose.
//
// Private to the extract stage.
#ifndef FACTLINT_EXTRACT_MONEY_H_
#define FACTLINT_EXTRACT_MONEY_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "factlint/claims.h"

namespace factlint::extract_internal {

// Finds every sum of money in `text`: a currency marker before the figure ("$620m", "US$4.7
// billion", "USD34.6 million", "€ 570m") or after it ("50 million dollars", "44 million euros",
// "200 yen", "forty-four million euros", "5m USD"), with the qualifier before it ("about",
// "more than a staggering", "~"). Every Span is an offset into `text` plus `base` (the offset of
// `text` in the Document).
//
// Left out on purpose: a figure followed by "%" or "percent"; one end of a range ("$5-10
// million", "between $5 and $10 million": the scale of the first figure is not written); a
// figure with a malformed thousands separator ("$1,2345"); "pounds of" (a weight); "in 2015
// dollars" (a price base, not a sum); a "$" glued to letters that are not a known prefix ("NT$",
// "R$"); a figure of more than 18 digits.
//
// Returns the amounts in text order; they never overlap. Runs in time linear in text.size().
std::vector<MoneyAmount> FindMoney(std::string_view text, size_t base);

}  // namespace factlint::extract_internal

#endif  // FACTLINT_EXTRACT_MONEY_H_
