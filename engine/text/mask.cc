#include "mask.h"

#include <algorithm>

namespace factlint::text_internal {

void NormalizeMasks(std::vector<Mask>* masks) {
  std::erase_if(*masks, [](const Mask& m) { return m.span.empty(); });
  std::sort(masks->begin(), masks->end(),
            [](const Mask& a, const Mask& b) { return a.span < b.span; });
  std::vector<Mask> merged;
  merged.reserve(masks->size());
  for (const Mask& m : *masks) {
    if (!merged.empty()) {
      Mask& last = merged.back();
      const bool overlaps = m.span.begin < last.span.end;
      const bool touches_same = m.span.begin == last.span.end && m.kind == last.kind;
      if (overlaps || touches_same) {
        last.span.end = std::max(last.span.end, m.span.end);
        if (overlaps && m.kind == MaskKind::kObject) last.kind = MaskKind::kObject;
        continue;
      }
    }
    merged.push_back(m);
  }
  *masks = std::move(merged);
}

std::vector<Span> MaskSpans(const std::vector<Mask>& masks) {
  std::vector<Span> spans;
  spans.reserve(masks.size());
  for (const Mask& m : masks) {
    if (!spans.empty() && spans.back().end >= m.span.begin) {
      spans.back().end = std::max(spans.back().end, m.span.end);
    } else {
      spans.push_back(m.span);
    }
  }
  return spans;
}

}  // namespace factlint::text_internal
