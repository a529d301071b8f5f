#include "engine/extract/prose.h"

#include <algorithm>
#include <span>

#include "engine/extract/conversion.h"
#include "engine/extract/money.h"

namespace factlint::extract_internal {
namespace {

bool IsMarkerByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '>'; }

}  // namespace

// The text of `block` with every masked run overwritten, so that nothing masked is read and
// offsets stay put. A run made only of blanks and '>' (a block quote marker at the start of a
// continued line) reads as white space, so that "50 million\n> dollars" is still one amount; any
// other run (code, a URL, HTML) becomes kMaskedByte, which no pattern matches: "`$5`" is not
// money and a masked bracket never joins two amounts into a conversion.
std::string MaskedProse(const Document& document, Span block) {
  std::string prose(document.TextOf(block));
  std::span<const Span> masks = document.MaskedIn(block);
  for (size_t m = 0; m < masks.size();) {
    // A run: masks that touch one another, clipped to the block.
    size_t begin = std::max(masks[m].begin, block.begin) - block.begin;
    size_t end = std::min(masks[m].end, block.end) - block.begin;
    for (++m; m < masks.size() && masks[m].begin - block.begin <= end; ++m) {
      end = std::max(end, std::min(masks[m].end, block.end) - block.begin);
    }
    bool marker = true;
    for (size_t j = begin; j < end && marker; ++j) marker = IsMarkerByte(prose[j]);
    for (size_t j = begin; j < end; ++j) {
      if (!marker) {
        prose[j] = kMaskedByte;
      } else if (prose[j] == '>') {
        prose[j] = ' ';
      }
    }
  }
  return prose;
}

Claims ExtractFromText(std::string_view text, size_t base) {
  Claims claims;
  claims.money = FindMoney(text, base);
  claims.conversions = FindConversions(text, base, claims.money);
  return claims;
}

}  // namespace factlint::extract_internal
