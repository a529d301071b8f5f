#include "factlint/finding.h"

#include <tuple>

namespace factlint {

std::string_view SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kInfo:
      return "info";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      return "error";
  }
  return "error";
}

std::optional<Severity> ParseSeverity(std::string_view name) {
  if (name == "info") return Severity::kInfo;
  if (name == "warning") return Severity::kWarning;
  if (name == "error") return Severity::kError;
  return std::nullopt;
}

bool FindingLess(const Finding& a, const Finding& b) {
  return std::tie(a.span.begin, a.span.end, a.rule, a.message) <
         std::tie(b.span.begin, b.span.end, b.rule, b.message);
}

std::string_view ClaimStatusName(ClaimStatus status) {
  switch (status) {
    case ClaimStatus::kSupported:
      return "supported";
    case ClaimStatus::kContradicted:
      return "contradicted";
    case ClaimStatus::kUnverified:
      return "unverified";
  }
  return "unverified";
}

}  // namespace factlint
