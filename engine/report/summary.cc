#include <algorithm>

#include "factlint/report.h"

namespace factlint {

Summary Report::Summarize() const {
  Summary summary;
  for (const FileResult& file : files) {
    ++summary.files;
    if (!file.error.ok()) ++summary.file_errors;
    for (const Finding& finding : file.findings) {
      switch (finding.severity) {
        case Severity::kError:
          ++summary.errors;
          break;
        case Severity::kWarning:
          ++summary.warnings;
          break;
        case Severity::kInfo:
          ++summary.infos;
          break;
      }
    }
    for (const ClaimEntry& claim : file.claims) {
      ++summary.claims;
      switch (claim.status) {
        case ClaimStatus::kSupported:
          ++summary.supported;
          break;
        case ClaimStatus::kContradicted:
          ++summary.contradicted;
          break;
        case ClaimStatus::kUnverified:
          ++summary.unverified;
          break;
      }
    }
  }
  return summary;
}

std::optional<Severity> Report::WorstSeverity() const {
  std::optional<Severity> worst;
  for (const FileResult& file : files) {
    for (const Finding& finding : file.findings) {
      if (!worst || finding.severity > *worst) worst = finding.severity;
    }
  }
  return worst;
}

}  // namespace factlint
