#include <fmt/format.h>

#include "rule_kind.h"

namespace factlint::rules_internal {

std::string FormatMessage(const RuleInfo& rule, const MessageFields& fields) {
  try {
    return fmt::vformat(rule.message, fields);
  } catch (const fmt::format_error&) {
    return rule.message;  // validated at load time; never expected
  }
}

Status ValidateMessage(const RuleKind& kind, const std::string& message, std::string_view where) {
  if (message.empty()) return InvalidArgumentError(fmt::format("{}: message: is empty", where));
  MessageFields fields;
  for (std::string_view field : kind.message_fields) {
    fields.push_back(fmt::arg(std::string(field).c_str(), "x"));
  }
  try {
    (void)fmt::vformat(message, fields);
  } catch (const fmt::format_error& error) {
    return InvalidArgumentError(fmt::format("{}: message: {} (the fields of kind {} are {{{}}})",
                                            where, error.what(), kind.name,
                                            fmt::join(kind.message_fields, "}, {")));
  }
  return OkStatus();
}

Finding MakeFinding(const RuleInfo& rule, Span span, std::string message) {
  Finding finding;
  finding.rule = rule.id;
  finding.severity = rule.severity;
  finding.message = std::move(message);
  finding.span = span;
  return finding;
}

}  // namespace factlint::rules_internal
