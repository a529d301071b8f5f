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
namespace {

bool IsMarkerByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '>'; }

// The text of `block` with every masked run overwritten, so that nothing masked is read and
// offsets stay put. A run made only of blanks and '>' (a block quote marker at the start of a
// continued line) reads as white space, so that "50 million\n> dollars" is still one amount; any
// other run (code, a URL, HTML) becomes kMaskedByte, which no pattern matches: "`$5`" is not
// money and a masked bracket never joins two amounts into a conversion.
std::string ProseOf(const Document& document, Span block) {
  std::string prose(document.TextOf(block));
  size_t i = 0;
  while (i < prose.size()) {
    if (document.IsProse(block.begin + i)) {
      ++i;
      continue;
    }
    size_t end = i;
    bool marker = true;
    while (end < prose.size() && !document.IsProse(block.begin + end)) {
      marker = marker && IsMarkerByte(prose[end]);
      ++end;
    }
    for (size_t j = i; j < end; ++j) {
      if (!marker) {
        prose[j] = extract_internal::kMaskedByte;
      } else if (prose[j] == '>') {
        prose[j] = ' ';
      }
    }
    i = end;
  }
  return prose;
}

}  // namespace

Claims ExtractClaims(const Document& document) {
  const std::string& text = document.text();
  Claims claims;
  for (const Block& block : document.blocks()) {
    if (block.span.begin > block.span.end || block.span.end > text.size()) continue;
    Claims part =
        extract_internal::ExtractFromText(ProseOf(document, block.span), block.span.begin);
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
