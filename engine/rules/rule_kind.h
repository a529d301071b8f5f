// The interface between the rule engine and the rule kinds (private to engine/rules).
//
// A kind is one class in one file under kinds/, registered by one line in kind_registry.cc. Its
// factory reads the rule file's `parameters:` (every error names file, line and field) and
// returns a RuleCheck that is immutable and safe to run from several threads.
#ifndef FACTLINT_ENGINE_RULES_RULE_KIND_H_
#define FACTLINT_ENGINE_RULES_RULE_KIND_H_

#include <fmt/args.h>

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "factlint/finding.h"
#include "factlint/rules.h"
#include "factlint/status.h"
#include "ledger.h"
#include "parameters.h"

namespace factlint::rules_internal {

struct RuleContext {
  const CheckInput& input;
  const RuleInfo& rule;
  Ledger& ledger;
  const Matches* matches;  // the claims' candidate records; null without a corpus
};

class RuleCheck {
 public:
  virtual ~RuleCheck() = default;
  // Appends this rule's findings to `out` and records claim statuses in context.ledger.
  virtual void Run(const RuleContext& context, std::vector<Finding>* out) const = 0;
};

using RuleKindFactory = StatusOr<std::unique_ptr<RuleCheck>> (*)(const RuleInfo& rule,
                                                                 Parameters& parameters);

struct RuleKind {
  std::string_view name;
  RuleKindFactory make;
  // The fields a message template of this kind may use, e.g. {"word"}.
  std::vector<std::string_view> message_fields;
  // True when the kind formats and validates its own messages (its factory checks the template);
  // the loader then skips ValidateMessage.
  bool custom_message = false;
};

// The registered kinds, sorted by name.
std::span<const RuleKind> RuleKinds();
const RuleKind* FindRuleKind(std::string_view name);

// Named message fields, filled by a kind and formatted into the rule's template.
using MessageFields = fmt::dynamic_format_arg_store<fmt::format_context>;

// Formats `rule.message` with `fields`. The template was validated at load time, so this does not
// fail; should it, the template itself is returned rather than throwing.
std::string FormatMessage(const RuleInfo& rule, const MessageFields& fields);

// Checks at load time that `message` formats with every field of `kind` (and only those).
// Error: "path:line: message: <what fmt said>".
Status ValidateMessage(const RuleKind& kind, const std::string& message, std::string_view where);

// A Finding of `rule` with its severity and id filled in.
Finding MakeFinding(const RuleInfo& rule, Span span, std::string message);

}  // namespace factlint::rules_internal

#endif  // FACTLINT_ENGINE_RULES_RULE_KIND_H_
