#include "factlint/finding.h"

#include <algorithm>
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

namespace factlint {

void RecordVerdict(ClaimEntry* entry, ClaimStatus status, std::vector<Evidence> evidence) {
  if (entry == nullptr || status == ClaimStatus::kUnverified) return;
  if (entry->status == ClaimStatus::kContradicted && status == ClaimStatus::kSupported) return;
  if (entry->status == status) {
    // Another rule agrees: add the evidence it cites that is not there yet.
    for (Evidence& e : evidence) {
      bool known = std::any_of(
          entry->evidence.begin(), entry->evidence.end(),
          [&](const Evidence& x) { return x.source == e.source && x.record == e.record; });
      if (!known) entry->evidence.push_back(std::move(e));
    }
    return;
  }
  entry->status = status;
  entry->evidence = std::move(evidence);
}

}  // namespace factlint
