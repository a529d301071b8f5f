// Claims: what the extract stage finds in a Document, normalized.
//
// This first slice covers money amounts and currency conversions. Each claim keeps its Span in
// Document::text() and its normalized form.
#ifndef FACTLINT_CLAIMS_H_
#define FACTLINT_CLAIMS_H_

#include <string>
#include <string_view>
#include <vector>

#include "factlint/document.h"
#include "factlint/span.h"

namespace factlint {

// How a figure is hedged in the text.
enum class Qualifier {
  kExact,     // "50 million"
  kAbout,     // about, around, roughly, some, approximately, an estimated, ~
  kNearly,    // nearly, almost, close to, just under
  kUpTo,      // up to, as much as, as many as
  kAtLeast,   // at least, no fewer than, no less than, a minimum of
  kMoreThan,  // more than, over, in excess of, above, upwards of
  kLessThan,  // less than, under, fewer than, below
};

// "exact", "about", "nearly", "up-to", "at-least", "more-than", "less-than" (the corpus spelling).
std::string_view QualifierName(Qualifier qualifier);

// A sum of money: "a whopping 50 million dollars", "US$4.7 billion", "€570m", "USD 200".
struct MoneyAmount {
  Span span;             // the whole expression, qualifier included ("about 44 million euros")
  Span number_span;      // the figure and its scale word ("44 million")
  double value = 0;      // in units of the currency: 44000000
  std::string currency;  // ISO 4217: "USD", "EUR", "GBP", "JPY"
  Qualifier qualifier = Qualifier::kExact;
  // The place value of the last digit the writer gave: 1e6 for "44 million", 1e4 for
  // "43.61 million", 1 for "$620". Rules use it to judge how precise the writer meant to be.
  double precision = 1;
};

// Two amounts stated as equal: "50 million dollars (about 44 million euros)", "$620m (€570m)",
// "£10m, or about $13m", "€5 million, equivalent to $5.6 million".
struct CurrencyConversion {
  Span span;         // from the first amount to the end of the second (closing bracket included)
  MoneyAmount from;  // the amount stated first
  MoneyAmount to;    // the amount given as its equivalent
};

struct Claims {
  std::vector<MoneyAmount> money;               // every amount, in text order (both sides of a
                                                // conversion included)
  std::vector<CurrencyConversion> conversions;  // in text order
};

// Finds the claims in the prose of `document` (masked regions are skipped). Never fails: text
// that cannot be read as a claim is left out. Deterministic; safe to call from several threads.
// A claim never contains masked code, URLs or comments, but it may run across the block-quote
// marker of a continued line ("20 million\n> dollars"), so Document::IsProse(span) can be false
// for it.
Claims ExtractClaims(const Document& document);

}  // namespace factlint

#endif  // FACTLINT_CLAIMS_H_
