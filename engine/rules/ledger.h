// The claims ledger while the rules run: one entry per checkable claim, in text order.
#ifndef FACTLINT_ENGINE_RULES_LEDGER_H_
#define FACTLINT_ENGINE_RULES_LEDGER_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "factlint/claims.h"
#include "factlint/document.h"
#include "factlint/finding.h"
#include "factlint/match.h"

namespace factlint::rules_internal {

class Ledger {
 public:
  // One entry per claim, all unverified until a rule says otherwise: "money" for each amount
  // that is not the second half of a conversion (the "conversion" entry covers it),
  // "conversion", "quantity", "time", "quote", "role" and "relation".
  Ledger(const Document& document, const Claims& claims);

  // The entry of claim `index` of `kind` ("money" indexes Claims::money), or null.
  ClaimEntry* Find(std::string_view kind, size_t index);

  // A rule's verdict on a claim, merged into its entry: a contradiction is never overturned by
  // support, and support never by a rule that found nothing (unverified). A verdict the entry
  // already has adds the evidence not there yet; a new one replaces the evidence. Claims not in
  // the ledger are ignored.
  void Record(std::string_view kind, size_t index, ClaimStatus status,
              std::vector<Evidence> evidence);

  // Lists each claim's candidate records (for `--explain`).
  void AddCandidates(const Matches& matches);

  // The entries sorted by span (then kind), for the report.
  std::vector<ClaimEntry> Take() &&;

 private:
  void Add(std::string kind, size_t index, Span span, nlohmann::ordered_json normalized);

  std::vector<ClaimEntry> entries_;
  std::map<std::pair<std::string, size_t>, size_t, std::less<>> positions_;  // -> entries_ index
};

}  // namespace factlint::rules_internal

#endif  // FACTLINT_ENGINE_RULES_LEDGER_H_
