#include "engine/extract/prose.h"

#include "engine/extract/conversion.h"
#include "engine/extract/money.h"

namespace factlint::extract_internal {

Claims ExtractFromText(std::string_view text, size_t base) {
  Claims claims;
  claims.money = FindMoney(text, base);
  claims.conversions = FindConversions(text, base, claims.money);
  return claims;
}

}  // namespace factlint::extract_internal
