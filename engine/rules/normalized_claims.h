// The normalized form of each kind of claim, as the claims ledger and the JSON report show it.
#ifndef FACTLINT_ENGINE_RULES_NORMALIZED_CLAIMS_H_
#define FACTLINT_ENGINE_RULES_NORMALIZED_CLAIMS_H_

#include <nlohmann/json.hpp>

#include "factlint/claims.h"
#include "factlint/document.h"

namespace factlint::rules_internal {

using Json = nlohmann::ordered_json;

// A number as JSON: whole values print as integers (50000000, not 50000000.0).
Json NumberJson(double value);

// {"value": 50000000, "unit": "USD", "qualifier": "exact"}, plus the context fields below.
Json NormalizedMoney(const MoneyAmount& amount);
// {"value": 7, "high": 9?, "unit": "attack", "qualifier": "at-least"}, plus the context fields.
Json NormalizedQuantity(const Quantity& quantity);
// {"from": "2022-02-04", "to": "2022-02-04", "granularity": "day", "relative": true}, or
// {"resolved": false}.
Json NormalizedTime(const TimeExpr& time);
// {"speaker": "the UN", "speaker_entity": "un", "content": "..."}.
Json NormalizedQuote(const Document& document, const Quote& quote);
// {"person": "joe-biden", "role": "president", "organisation": "united-states"}, context fields.
Json NormalizedRole(const RoleClaim& role);
// {"subject": "apt38", "relation": "part-of", "object": "lazarus", "hedged": true}, context.
Json NormalizedRelation(const RelationClaim& relation);

// Adds "period", "subject", "measure" and "attributed_to" to `out`, for those the context knows.
void AddContext(const ClaimContext& context, const Claims& claims, Json* out);

}  // namespace factlint::rules_internal

#endif  // FACTLINT_ENGINE_RULES_NORMALIZED_CLAIMS_H_
