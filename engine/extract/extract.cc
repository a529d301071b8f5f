// ExtractClaims: runs the string-level extraction over each prose block of a Document.
#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

#include "engine/extract/prose.h"
#include "factlint/claims.h"
#include "factlint/document.h"

namespace factlint {

Claims ExtractClaims(const Document& document) {
  const std::string& text = document.text();
  Claims claims;
  for (const Block& block : document.blocks()) {
    if (block.span.begin > block.span.end || block.span.end > text.size()) continue;
    // A copy of the block with masked bytes overwritten: "`$5`" must not be read as money, and
    // a masked bracket must not join two amounts into a conversion.
    std::string prose(document.TextOf(block.span));
    for (size_t i = 0; i < prose.size(); ++i) {
      if (!document.IsProse(block.span.begin + i)) prose[i] = extract_internal::kMaskedByte;
    }
    Claims part = extract_internal::ExtractFromText(prose, block.span.begin);
    for (MoneyAmount& amount : part.money) {
      if (document.IsProse(amount.span)) claims.money.push_back(std::move(amount));
    }
    for (CurrencyConversion& conversion : part.conversions) {
      if (document.IsProse(conversion.from.span) && document.IsProse(conversion.to.span)) {
        claims.conversions.push_back(std::move(conversion));
      }
    }
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
