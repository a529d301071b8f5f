// Inline directives: which findings an article switches off, and which directives name rules
// that do not exist.
//
//   <!-- factlint-disable RULE[,RULE] -->            until a matching enable, or the end of file
//   <!-- factlint-disable -->                         every rule
//   <!-- factlint-enable RULE[,RULE] -->              (no RULE: every rule)
//   <!-- factlint-disable-next-line RULE[,RULE] -->  the next non-blank line (no RULE: every rule)
//   front matter `factlint-disable: [RULE, ...]`      the whole file (`true`: every rule)
//
// Regions do not count: two disables of a rule are undone by one enable. A finding is dropped
// when the start of its span is in a region where its rule is off.
#ifndef FACTLINT_ENGINE_CONFIG_DIRECTIVES_H_
#define FACTLINT_ENGINE_CONFIG_DIRECTIVES_H_

#include <string>
#include <vector>

#include "factlint/document.h"
#include "factlint/finding.h"
#include "factlint/rules.h"

namespace factlint::config_internal {

inline constexpr char kUnknownDirectiveRule[] = "unknown-directive";

// Removes from *findings those the document's directives switch off, and returns a warning of
// rule `unknown-directive` for each rule id in a directive (or in the front matter's
// `factlint-disable`) that is not a rule of `rules`. Those warnings are never suppressed.
std::vector<Finding> ApplyDirectives(const Document& document, const RuleSet& rules,
                                     std::vector<Finding>* findings);

}  // namespace factlint::config_internal

#endif  // FACTLINT_ENGINE_CONFIG_DIRECTIVES_H_
