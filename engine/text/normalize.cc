#include "normalize.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unicode/utypes.h>

#include <algorithm>
#include <string>

#include "icu_error.h"

namespace factlint::text_internal {

Status NormalizeNfc(const std::string& original, std::string* normalized,
                    std::vector<std::pair<size_t, size_t>>* offset_map) {
  offset_map->clear();
  UErrorCode code = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(code);
  if (U_FAILURE(code)) return IcuError("getNFCInstance", code);
  const icu::StringPiece source(original.data(), static_cast<int32_t>(original.size()));
  // The common case: the text is already NFC. isNormalizedUTF8 works on the UTF-8 directly and
  // stops at the first character that needs work.
  if (nfc->isNormalizedUTF8(source, code) && U_SUCCESS(code)) {
    *normalized = original;
    return OkStatus();
  }
  if (U_FAILURE(code)) return IcuError("isNormalizedUTF8", code);

  normalized->clear();
  normalized->reserve(original.size() + original.size() / 8);
  icu::StringByteSink<std::string> sink(normalized);
  icu::Edits edits;
  // normalizeUTF8 copies the stretches that are already normalized and records exactly which
  // byte ranges it rewrote, which is the offset map we need.
  nfc->normalizeUTF8(0, source, sink, &edits, code);
  if (U_FAILURE(code)) return IcuError("normalizeUTF8", code);

  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(code)) {
    offset_map->emplace_back(static_cast<size_t>(it.destinationIndex()),
                             static_cast<size_t>(it.sourceIndex()));
  }
  if (U_FAILURE(code)) return IcuError("Edits::Iterator", code);
  offset_map->emplace_back(normalized->size(), original.size());
  return OkStatus();
}

size_t MapToOriginal(const std::vector<std::pair<size_t, size_t>>& offset_map, size_t offset) {
  if (offset_map.empty()) return offset;
  // The last entry with a normalized offset <= offset.
  auto it = std::upper_bound(
      offset_map.begin(), offset_map.end(), offset,
      [](size_t value, const std::pair<size_t, size_t>& entry) { return value < entry.first; });
  if (it == offset_map.begin()) return offset;
  const auto& [text_begin, original_begin] = *(it - 1);
  if (it == offset_map.end()) return original_begin + (offset - text_begin);  // past the end
  const size_t text_size = it->first - text_begin;
  const size_t original_size = it->second - original_begin;
  if (text_size == original_size) return original_begin + (offset - text_begin);
  return original_begin;
}

}  // namespace factlint::text_internal
