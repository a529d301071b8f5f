#include <fmt/format.h>

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

namespace {

std::string Plural(int n, std::string_view word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

}  // namespace

std::string FormatSummary(const Summary& s) {
  std::string unreadable = s.file_errors > 0 ? fmt::format(" ({} unreadable)", s.file_errors) : "";
  return fmt::format("{} checked{}: {}, {}, {}; {}: {} supported, {} contradicted, {} unverified",
                     Plural(s.files, "file"), unreadable, Plural(s.errors, "error"),
                     Plural(s.warnings, "warning"), Plural(s.infos, "info"),
                     Plural(s.claims, "claim"), s.supported, s.contradicted, s.unverified);
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
