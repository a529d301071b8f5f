// A claim's normalized form in a few words, for the ledgers of the HTML and Markdown reports.
#ifndef FACTLINT_ENGINE_REPORT_CLAIM_SUMMARY_H_
#define FACTLINT_ENGINE_REPORT_CLAIM_SUMMARY_H_

#include <nlohmann/json.hpp>
#include <string>

namespace factlint {

// The fields of a ClaimEntry's `normalized`, in their order, as "name: value" joined by " · ":
//   {"value": 50000000, "unit": "USD", "qualifier": "about", "period": ["2020-01-01",
//   "2021-12-31"], "subject": "north-korea"}
//   -> "50,000,000 USD (about) · period: 2020-01-01 to 2021-12-31 · subject: north-korea"
// A value with its unit and qualifier reads as one amount (nested ones too: a conversion's
// "from: 120,000,000 USD · to: 105,000,000 EUR (about)"); a quotation's content is left out (the
// ledger shows the text); empty strings and false flags are left out.
std::string SummarizeNormalized(const nlohmann::ordered_json& normalized);

}  // namespace factlint

#endif  // FACTLINT_ENGINE_REPORT_CLAIM_SUMMARY_H_
