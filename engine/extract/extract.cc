// ExtractClaims: the order of the extraction passes.
//
// Per prose block, on its masked text: money and conversions, quantities (not money), times.
// Over the whole document: entity mentions (with a gazetteer), quotations, role and relation
// phrases, attributions; last, the context pass ties each figure to its subject, measure, source
// and period.
#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>

#include "engine/extract/attribution.h"
#include "engine/extract/context.h"
#include "engine/extract/entities.h"
#include "engine/extract/prose.h"
#include "engine/extract/quantity.h"
#include "engine/extract/quote.h"
#include "engine/extract/relations.h"
#include "engine/extract/roles.h"
#include "engine/extract/time_expr.h"
#include "factlint/claims.h"
#include "factlint/document.h"

namespace factlint {
namespace {

template <typename T>
void Append(std::vector<T>* to, std::vector<T>&& from) {
  std::move(from.begin(), from.end(), std::back_inserter(*to));
}

// Blocks come in text order and do not overlap; sorting makes the contract hold regardless.
template <typename T>
void SortUnique(std::vector<T>* claims) {
  std::stable_sort(claims->begin(), claims->end(),
                   [](const T& a, const T& b) { return a.span < b.span; });
  claims->erase(std::unique(claims->begin(), claims->end(),
                            [](const T& a, const T& b) { return a.span == b.span; }),
                claims->end());
}

// A figure read as a year or date by the time pass is not also a quantity ("2021 attacks" aside,
// which the quantity pass already leaves alone).
void DropQuantitiesInsideTimes(Claims* claims) {
  auto inside_time = [&](const Quantity& q) {
    return std::any_of(claims->times.begin(), claims->times.end(),
                       [&](const TimeExpr& t) { return t.span.Overlaps(q.number_span); });
  };
  claims->quantities.erase(
      std::remove_if(claims->quantities.begin(), claims->quantities.end(), inside_time),
      claims->quantities.end());
}

}  // namespace

Claims ExtractClaims(const Document& document, const ExtractOptions& options) {
  const std::string& text = document.text();
  Claims claims;
  for (const Block& block : document.blocks()) {
    if (block.span.begin > block.span.end || block.span.end > text.size()) continue;
    // No pattern reads kMaskedByte, so every claim found is prose (a quote marker aside).
    std::string prose = extract_internal::MaskedProse(document, block.span);
    Claims part = extract_internal::ExtractFromText(prose, block.span.begin);
    Append(&claims.quantities,
           extract_internal::FindQuantities(prose, block.span.begin, part.money));
    Append(&claims.times, extract_internal::FindTimes(prose, block.span.begin, options.date));
    Append(&claims.money, std::move(part.money));
    Append(&claims.conversions, std::move(part.conversions));
  }
  SortUnique(&claims.money);
  SortUnique(&claims.conversions);
  SortUnique(&claims.times);
  SortUnique(&claims.quantities);
  DropQuantitiesInsideTimes(&claims);

  if (options.gazetteer != nullptr) {
    claims.entities = extract_internal::FindEntityMentions(document, *options.gazetteer);
    claims.roles = extract_internal::FindRoles(document, claims.entities, *options.gazetteer);
    claims.relations =
        extract_internal::FindRelations(document, claims.entities, *options.gazetteer);
  }
  claims.quotes = extract_internal::FindQuotes(document, claims.entities, options.gazetteer);
  claims.attributions =
      extract_internal::FindAttributions(document, claims.entities, options.gazetteer);
  extract_internal::AssignContext(document, options.gazetteer, &claims);
  return claims;
}

}  // namespace factlint
