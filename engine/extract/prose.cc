#include "engine/extract/prose.h"

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
        prose[j] = kMaskedByte;
      } else if (prose[j] == '>') {
        prose[j] = ' ';
      }
    }
    i = end;
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
