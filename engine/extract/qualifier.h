// Qualifiers: the words before a figure that hedge it ("about", "more than", "up to", "~").
//
// Private to the extract stage.
#ifndef FACTLINT_EXTRACT_QUALIFIER_H_
#define FACTLINT_EXTRACT_QUALIFIER_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "factlint/claims.h"

namespace factlint::extract_internal {

struct FoundQualifier {
  Qualifier qualifier = Qualifier::kExact;
  size_t begin = 0;  // offset in the text of the qualifier's first byte
};

// Looks for a qualifier that ends just before `figure_begin` in `text`, separated from it only by
// blanks and, optionally, an emphasis phrase ("more than a staggering $5m"). Case-insensitive.
// Looks no further back than `earliest` (nor more than 80 bytes), so that a qualifier is never
// taken from a previous claim. Returns nullopt when there is none.
// REQUIRES: earliest <= figure_begin <= text.size().
std::optional<FoundQualifier> FindQualifierBefore(std::string_view text, size_t figure_begin,
                                                  size_t earliest);

}  // namespace factlint::extract_internal

#endif  // FACTLINT_EXTRACT_QUALIFIER_H_
