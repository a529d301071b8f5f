#include "ledger.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <tuple>

#include "normalized_claims.h"

namespace factlint::rules_internal {

void Ledger::Add(std::string kind, size_t index, Span span, nlohmann::ordered_json normalized) {
  positions_.emplace(std::make_pair(kind, index), entries_.size());
  entries_.push_back({.kind = std::move(kind),
                      .index = index,
                      .span = span,
                      .normalized = std::move(normalized),
                      .status = ClaimStatus::kUnverified,
                      .evidence = {},
                      .candidates = {}});
}

Ledger::Ledger(const Document& document, const Claims& claims) {
  std::vector<Span> converted;
  for (const CurrencyConversion& c : claims.conversions) converted.push_back(c.to.span);
  std::sort(converted.begin(), converted.end());
  for (size_t i = 0; i < claims.money.size(); ++i) {
    const MoneyAmount& amount = claims.money[i];
    if (std::binary_search(converted.begin(), converted.end(), amount.span)) continue;
    Json normalized = NormalizedMoney(amount);
    AddContext(amount.context, claims, &normalized);
    Add("money", i, amount.span, std::move(normalized));
  }
  for (size_t i = 0; i < claims.conversions.size(); ++i) {
    const CurrencyConversion& conversion = claims.conversions[i];
    Json normalized;
    normalized["from"] = NormalizedMoney(conversion.from);
    normalized["to"] = NormalizedMoney(conversion.to);
    Add("conversion", i, conversion.span, std::move(normalized));
  }
  for (size_t i = 0; i < claims.quantities.size(); ++i) {
    Json normalized = NormalizedQuantity(claims.quantities[i]);
    AddContext(claims.quantities[i].context, claims, &normalized);
    Add("quantity", i, claims.quantities[i].span, std::move(normalized));
  }
  for (size_t i = 0; i < claims.times.size(); ++i) {
    Add("time", i, claims.times[i].span, NormalizedTime(claims.times[i]));
  }
  for (size_t i = 0; i < claims.quotes.size(); ++i) {
    Add("quote", i, claims.quotes[i].span, NormalizedQuote(document, claims.quotes[i]));
  }
  for (size_t i = 0; i < claims.roles.size(); ++i) {
    Json normalized = NormalizedRole(claims.roles[i]);
    AddContext(claims.roles[i].context, claims, &normalized);
    Add("role", i, claims.roles[i].span, std::move(normalized));
  }
  for (size_t i = 0; i < claims.relations.size(); ++i) {
    Json normalized = NormalizedRelation(claims.relations[i]);
    AddContext(claims.relations[i].context, claims, &normalized);
    Add("relation", i, claims.relations[i].span, std::move(normalized));
  }
}

ClaimEntry* Ledger::Find(std::string_view kind, size_t index) {
  auto it = positions_.find(std::make_pair(std::string(kind), index));
  return it == positions_.end() ? nullptr : &entries_[it->second];
}

std::vector<ClaimEntry> Ledger::Take() && {
  std::stable_sort(entries_.begin(), entries_.end(), [](const ClaimEntry& a, const ClaimEntry& b) {
    return std::tie(a.span.begin, a.span.end, a.kind) < std::tie(b.span.begin, b.span.end, b.kind);
  });
  return std::move(entries_);
}

}  // namespace factlint::rules_internal

namespace factlint::rules_internal {

namespace {

std::vector<std::string> ReasonLines(const std::vector<MatchReason>& reasons) {
  std::vector<std::string> lines;
  for (const MatchReason& r : reasons)
    lines.push_back(fmt::format("{} (+{:g})", r.detail, std::round(r.weight * 100) / 100));
  return lines;
}

}  // namespace

void Ledger::Record(std::string_view kind, size_t index, ClaimStatus status,
                    std::vector<Evidence> evidence) {
  ClaimEntry* entry = Find(kind, index);
  if (entry == nullptr || status == ClaimStatus::kUnverified) return;
  if (entry->status == ClaimStatus::kContradicted && status == ClaimStatus::kSupported) return;
  if (entry->status != status) {
    entry->status = status;
    entry->evidence = std::move(evidence);
    return;
  }
  for (Evidence& e : evidence) {
    const bool known = std::any_of(
        entry->evidence.begin(), entry->evidence.end(),
        [&](const Evidence& x) { return x.source == e.source && x.record == e.record; });
    if (!known) entry->evidence.push_back(std::move(e));
  }
}

void Ledger::AddCandidates(const Matches& matches) {
  auto add_statements = [&](std::string_view kind,
                            const std::vector<std::vector<StatementCandidate>>& all) {
    for (size_t i = 0; i < all.size(); ++i) {
      ClaimEntry* entry = Find(kind, i);
      if (entry == nullptr) continue;
      for (const StatementCandidate& c : all[i]) {
        entry->candidates.push_back({c.record.source_id, c.record.id,
                                     std::round(c.score * 100) / 100, ReasonLines(c.reasons)});
      }
    }
  };
  add_statements("money", matches.money);
  add_statements("quantity", matches.quantities);
  for (size_t i = 0; i < matches.quotes.size(); ++i) {
    ClaimEntry* entry = Find("quote", i);
    if (entry == nullptr) continue;
    for (const QuoteCandidate& c : matches.quotes[i]) {
      std::vector<std::string> reasons;
      for (const MatchReason& r : c.reasons) reasons.push_back(r.detail);
      entry->candidates.push_back({c.record.source_id, c.record.id,
                                   std::round(c.alignment.similarity * 100) / 100, reasons});
    }
  }
}

}  // namespace factlint::rules_internal
