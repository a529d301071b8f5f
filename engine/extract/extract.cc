// ExtractClaims: runs the string-level extraction over each prose block of a Document.
#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>

#include "engine/extract/prose.h"
#include "factlint/claims.h"
#include "factlint/document.h"

namespace factlint {

Claims ExtractClaims(const Document& document, const ExtractOptions& /*options*/) {
  const std::string& text = document.text();
  Claims claims;
  for (const Block& block : document.blocks()) {
    if (block.span.begin > block.span.end || block.span.end > text.size()) continue;
    Claims part = extract_internal::ExtractFromText(
        extract_internal::MaskedProse(document, block.span), block.span.begin);
    // No pattern reads kMaskedByte, so every claim found is prose (a quote marker aside).
    std::move(part.money.begin(), part.money.end(), std::back_inserter(claims.money));
    std::move(part.conversions.begin(), part.conversions.end(),
              std::back_inserter(claims.conversions));
  }
  // Blocks come in text order and do not overlap; sorting makes the contract hold regardless.
  auto by_span = [](const auto& a, const auto& b) { return a.span < b.span; };
  auto same_span = [](const auto& a, const auto& b) { return a.span == b.span; };
  std::stable_sort(claims.money.begin(), claims.money.end(), by_span);
  claims.money.erase(std::unique(claims.money.begin(), claims.money.end(), same_span),
                     claims.money.end());
  std::stable_sort(claims.conversions.begin(), claims.conversions.end(), by_span);
  claims.conversions.erase(
      std::unique(claims.conversions.begin(), claims.conversions.end(), same_span),
      claims.conversions.end());
  return claims;
}

}  // namespace factlint
