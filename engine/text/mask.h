// Masks: byte ranges of the normalized text that are not prose.
#ifndef FACTLINT_TEXT_MASK_H_
#define FACTLINT_TEXT_MASK_H_

#include <cstdint>
#include <vector>

#include "factlint/span.h"

namespace factlint::text_internal {

// How the segmenter stands in for a masked range (see segment.cc): a container marker inside a
// block ("> " at the start of a continued block quote line) reads as white space, anything else
// (code, a URL, HTML) as one opaque object, so that it neither ends nor splits a sentence.
enum class MaskKind : uint8_t { kMarker, kObject };

struct Mask {
  Span span;
  MaskKind kind = MaskKind::kObject;
};

// Sorts `masks` and merges the ones that overlap (kObject wins over kMarker); touching masks of
// the same kind are merged too. The result is sorted and disjoint.
void NormalizeMasks(std::vector<Mask>* masks);

// The spans of `masks` (normalized), with touching spans joined.
std::vector<Span> MaskSpans(const std::vector<Mask>& masks);

}  // namespace factlint::text_internal

#endif  // FACTLINT_TEXT_MASK_H_
