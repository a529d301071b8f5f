// NFC normalization of validated UTF-8, with a map from normalized offsets back to the original.
#ifndef FACTLINT_TEXT_NORMALIZE_H_
#define FACTLINT_TEXT_NORMALIZE_H_

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "factlint/status.h"

namespace factlint::text_internal {

// Sets *normalized to the NFC form of `original` (REQUIRES: valid UTF-8).
//
// *offset_map receives (offset in normalized, offset in original) pairs, ascending, one at the
// start of every stretch that ICU left unchanged and of every stretch it rewrote, and finally
// (normalized.size(), original.size()). It is left empty when the text was already NFC, which
// is the common case and costs one quick check (Normalizer2::isNormalizedUTF8) and a copy.
// Errors: kInternal when ICU fails (no NFC data).
Status NormalizeNfc(const std::string& original, std::string* normalized,
                    std::vector<std::pair<size_t, size_t>>* offset_map);

// Maps an offset in the normalized text to the original through `offset_map` as built above.
// Inside an unchanged stretch the map is exact; inside a rewritten stretch of different length
// (such as "e" + U+0301 -> "é") every offset maps to the stretch's first original byte.
size_t MapToOriginal(const std::vector<std::pair<size_t, size_t>>& offset_map, size_t offset);

}  // namespace factlint::text_internal

#endif  // FACTLINT_TEXT_NORMALIZE_H_
