// The table of rule kinds: one sorted line per kind. Adding a kind is adding its file under
// kinds/ and one line here.
#include <algorithm>
#include <array>

#include "kinds/kinds.h"
#include "rule_kind.h"

namespace factlint::rules_internal {
namespace {

const std::array<RuleKind, 10>& Table() {
  static const std::array<RuleKind, 10> kTable = {{
      {"attribution", &MakeAttributionCheck, {"credited", "finding"}},
      {"conversion", &MakeConversionCheck, {"from", "to", "expected", "rate", "rate_date", "pair"}},
      {"figure",
       &MakeFigureCheck,
       {"figure", "credited", "stated", "publisher", "source_period", "for_period", "claim_period",
        "note"}},
      {"layout", &MakeLayoutCheck, {"line"}},
      {"pattern", &MakePatternCheck, {}, /*custom_message=*/true},
      {"punctuation", &MakePunctuationCheck, {"problem", "text"}},
      {"quote",
       &MakeQuoteCheck,
       {"speaker", "of_speaker", "source_speaker", "title", "similarity", "differences"}},
      {"repetition", &MakeRepetitionCheck, {"word"}},
      {"role", &MakeRoleCheck, {"person", "role", "of", "date", "history", "holder"}},
      {"spelling", &MakeSpellingCheck, {"word", "suggestion"}},
  }};
  return kTable;
}

}  // namespace

std::span<const RuleKind> RuleKinds() { return Table(); }

const RuleKind* FindRuleKind(std::string_view name) {
  auto kinds = RuleKinds();
  auto it =
      std::lower_bound(kinds.begin(), kinds.end(), name,
                       [](const RuleKind& kind, std::string_view n) { return kind.name < n; });
  return it != kinds.end() && it->name == name ? &*it : nullptr;
}

}  // namespace factlint::rules_internal
