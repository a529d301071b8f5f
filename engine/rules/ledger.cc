#include "ledger.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <tuple>

namespace factlint::rules_internal {

nlohmann::ordered_json NormalizedMoney(const MoneyAmount& amount) {
  nlohmann::ordered_json out;
  // Whole amounts print as integers (50000000, not 50000000.0).
  if (amount.value == std::floor(amount.value) && std::fabs(amount.value) < 9e15) {
    out["value"] = static_cast<int64_t>(amount.value);
  } else {
    out["value"] = amount.value;
  }
  out["unit"] = amount.currency;
  out["qualifier"] = QualifierName(amount.qualifier);
  return out;
}

Ledger::Ledger(const Claims& claims) {
  for (size_t i = 0; i < claims.money.size(); ++i) {
    const MoneyAmount& amount = claims.money[i];
    bool is_converted_side =
        std::any_of(claims.conversions.begin(), claims.conversions.end(),
                    [&](const CurrencyConversion& c) { return c.to.span == amount.span; });
    if (is_converted_side) continue;
    entries_.push_back({.kind = "money",
                        .index = i,
                        .span = amount.span,
                        .normalized = NormalizedMoney(amount),
                        .status = ClaimStatus::kUnverified,
                        .evidence = {}});
  }
  for (size_t i = 0; i < claims.conversions.size(); ++i) {
    const CurrencyConversion& conversion = claims.conversions[i];
    nlohmann::ordered_json normalized;
    normalized["from"] = NormalizedMoney(conversion.from);
    normalized["to"] = NormalizedMoney(conversion.to);
    entries_.push_back({.kind = "conversion",
                        .index = i,
                        .span = conversion.span,
                        .normalized = std::move(normalized),
                        .status = ClaimStatus::kUnverified,
                        .evidence = {}});
  }
}

ClaimEntry* Ledger::Find(std::string_view kind, size_t index) {
  for (ClaimEntry& entry : entries_) {
    if (entry.kind == kind && entry.index == index) return &entry;
  }
  return nullptr;
}

std::vector<ClaimEntry> Ledger::Take() && {
  std::stable_sort(entries_.begin(), entries_.end(), [](const ClaimEntry& a, const ClaimEntry& b) {
    return std::tie(a.span.begin, a.span.end, a.kind) < std::tie(b.span.begin, b.span.end, b.kind);
  });
  return std::move(entries_);
}

}  // namespace factlint::rules_internal
