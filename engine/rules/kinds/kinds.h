// Factories of the built-in rule kinds, one per file in this folder.
#ifndef FACTLINT_ENGINE_RULES_KINDS_KINDS_H_
#define FACTLINT_ENGINE_RULES_KINDS_KINDS_H_

#include "../rule_kind.h"

namespace factlint::rules_internal {

StatusOr<std::unique_ptr<RuleCheck>> MakeAttributionCheck(const RuleInfo& rule, Parameters& params);
StatusOr<std::unique_ptr<RuleCheck>> MakeConversionCheck(const RuleInfo& rule, Parameters& params);
StatusOr<std::unique_ptr<RuleCheck>> MakeFigureCheck(const RuleInfo& rule, Parameters& params);
StatusOr<std::unique_ptr<RuleCheck>> MakeLayoutCheck(const RuleInfo& rule, Parameters& params);
StatusOr<std::unique_ptr<RuleCheck>> MakePatternCheck(const RuleInfo& rule, Parameters& params);
StatusOr<std::unique_ptr<RuleCheck>> MakePunctuationCheck(const RuleInfo& rule, Parameters& params);
StatusOr<std::unique_ptr<RuleCheck>> MakeQuoteCheck(const RuleInfo& rule, Parameters& params);
StatusOr<std::unique_ptr<RuleCheck>> MakeRepetitionCheck(const RuleInfo& rule, Parameters& params);
StatusOr<std::unique_ptr<RuleCheck>> MakeRoleCheck(const RuleInfo& rule, Parameters& params);
StatusOr<std::unique_ptr<RuleCheck>> MakeSpellingCheck(const RuleInfo& rule, Parameters& params);

}  // namespace factlint::rules_internal

#endif  // FACTLINT_ENGINE_RULES_KINDS_KINDS_H_
