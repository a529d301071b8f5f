#include <fmt/format.h>

#include <algorithm>

#include "factlint/report.h"

namespace factlint {

Summary Summarize(const FileResult& file) {
  Summary summary;
  summary.files = 1;
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
  return summary;
}

Summary Report::Summarize() const {
  Summary total;
  for (const FileResult& file : files) {
    Summary s = factlint::Summarize(file);
    total.files += s.files;
    total.file_errors += s.file_errors;
    total.errors += s.errors;
    total.warnings += s.warnings;
    total.infos += s.infos;
    total.claims += s.claims;
    total.supported += s.supported;
    total.contradicted += s.contradicted;
    total.unverified += s.unverified;
  }
  return total;
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
