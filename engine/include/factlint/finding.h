// Findings and the claims ledger: what the rules say about an article.
#ifndef FACTLINT_FINDING_H_
#define FACTLINT_FINDING_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "factlint/span.h"

namespace factlint {

// Ordered: kInfo < kWarning < kError.
enum class Severity { kInfo = 0, kWarning = 1, kError = 2 };

// "info", "warning", "error".
std::string_view SeverityName(Severity severity);
// Parses the names above; nullopt otherwise.
std::optional<Severity> ParseSeverity(std::string_view name);

// Where a finding or a claim status comes from: one record of the corpus.
struct Evidence {
  std::string source;   // source id, e.g. "ecb-eurofxref"
  std::string record;   // record id within the source, e.g. "USD/2022-02-04"
  std::string title;    // the source's title
  std::string locator;  // where in the source: page, section, "USD per EUR on 2022-02-04"
  std::string url;
  std::string excerpt;  // the source's own words or data
};

struct Finding {
  std::string rule;  // rule id, e.g. "currency-conversion"
  Severity severity = Severity::kWarning;
  std::string message;
  Span span;  // in Document::text()
  std::vector<Evidence> evidence;
  std::optional<std::string> suggestion;  // replacement text for `span`
};

// Findings sort by span, then rule id, then message: the total order of every report.
bool FindingLess(const Finding& a, const Finding& b);

enum class ClaimStatus { kSupported, kContradicted, kUnverified };
// "supported", "contradicted", "unverified".
std::string_view ClaimStatusName(ClaimStatus status);

// One line of the claims ledger: an extracted claim and what the corpus says of it.
// A record the match stage proposed for a claim, and why (shown with `--explain`).
struct ClaimCandidate {
  std::string source;  // source id
  std::string record;  // record id within the source
  double score = 0;
  std::vector<std::string> reasons;  // "same measure: crypto-stolen (+3)", ...
};

struct ClaimEntry {
  std::string kind;  // "money", "conversion", ...
  size_t index = 0;  // index of the claim in its Claims vector
  Span span;
  nlohmann::ordered_json normalized;  // the claim's normalized form (value, unit, qualifier, ...)
  ClaimStatus status = ClaimStatus::kUnverified;
  std::vector<Evidence> evidence;
  std::vector<ClaimCandidate> candidates;  // best first
};

}  // namespace factlint

#endif  // FACTLINT_FINDING_H_
