// The claims ledger while the rules run: one entry per checkable claim, in text order.
#ifndef FACTLINT_ENGINE_RULES_LEDGER_H_
#define FACTLINT_ENGINE_RULES_LEDGER_H_

#include <string_view>
#include <vector>

#include "factlint/claims.h"
#include "factlint/finding.h"

namespace factlint::rules_internal {

class Ledger {
 public:
  // One "money" entry per amount that is not the second half of a conversion (that one is
  // covered by the "conversion" entry), and one "conversion" entry per conversion; all
  // unverified until a rule says otherwise.
  explicit Ledger(const Claims& claims);

  // The entry of claim `index` of `kind`, or null.
  ClaimEntry* Find(std::string_view kind, size_t index);

  // The entries sorted by span (then kind), for the report.
  std::vector<ClaimEntry> Take() &&;

 private:
  std::vector<ClaimEntry> entries_;
};

// {"value": 50000000, "unit": "USD", "qualifier": "exact"}
nlohmann::ordered_json NormalizedMoney(const MoneyAmount& amount);

}  // namespace factlint::rules_internal

#endif  // FACTLINT_ENGINE_RULES_LEDGER_H_
