#include "normalized_claims.h"

#include <cmath>
#include <cstdint>

namespace factlint::rules_internal {

Json NumberJson(double value) {
  if (value == std::floor(value) && std::fabs(value) < 9e15) return static_cast<int64_t>(value);
  return value;
}

void AddContext(const ClaimContext& context, const Claims& claims, Json* out) {
  if (context.time && *context.time < claims.times.size()) {
    const TimeExpr& time = claims.times[*context.time];
    if (time.resolved) (*out)["period"] = {FormatIsoDate(time.from), FormatIsoDate(time.to)};
  }
  if (!context.subject.empty()) (*out)["subject"] = context.subject;
  if (!context.measure.empty()) (*out)["measure"] = context.measure;
  if (!context.attributed_to.empty()) (*out)["attributed_to"] = context.attributed_to;
}

Json NormalizedMoney(const MoneyAmount& amount) {
  Json out;
  out["value"] = NumberJson(amount.value);
  out["unit"] = amount.currency;
  out["qualifier"] = QualifierName(amount.qualifier);
  return out;
}

Json NormalizedQuantity(const Quantity& quantity) {
  Json out;
  out["value"] = NumberJson(quantity.value);
  if (quantity.high) out["high"] = NumberJson(*quantity.high);
  out["unit"] = quantity.unit;
  out["qualifier"] = QualifierName(quantity.qualifier);
  return out;
}

Json NormalizedTime(const TimeExpr& time) {
  Json out;
  if (!time.resolved) {
    out["resolved"] = false;
    return out;
  }
  out["from"] = FormatIsoDate(time.from);
  out["to"] = FormatIsoDate(time.to);
  out["granularity"] = GranularityName(time.granularity);
  if (time.relative) out["relative"] = true;
  return out;
}

Json NormalizedQuote(const Document& document, const Quote& quote) {
  Json out;
  out["speaker"] = quote.speaker;
  if (!quote.speaker_entity.empty()) out["speaker_entity"] = quote.speaker_entity;
  out["content"] = document.TextOf(quote.content);
  return out;
}

Json NormalizedRole(const RoleClaim& role) {
  Json out;
  out["person"] = role.person.empty() ? role.person_text : role.person;
  out["role"] = role.role;
  out["organisation"] = role.organisation.empty() ? role.organisation_text : role.organisation;
  return out;
}

Json NormalizedRelation(const RelationClaim& relation) {
  Json out;
  out["subject"] = relation.subject;
  out["relation"] = relation.relation;
  out["object"] = relation.object;
  if (relation.hedged) out["hedged"] = true;
  return out;
}

}  // namespace factlint::rules_internal
