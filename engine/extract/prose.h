// The extract stage's work on one stretch of prose, without a Document.
//
// Private to the extract stage; ExtractClaims (factlint/claims.h) runs it over each prose block.
#ifndef FACTLINT_EXTRACT_PROSE_H_
#define FACTLINT_EXTRACT_PROSE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "factlint/claims.h"

namespace factlint::extract_internal {

// The byte ExtractClaims writes over masked text (code, URLs) before it looks for claims, so
// that nothing masked is read and offsets stay put. No pattern of the stage matches it.
inline constexpr char kMaskedByte = '\x1A';

// The text of `block` (a Span of document.text()) with every masked byte overwritten: a run of
// blanks and '>' (a block-quote marker of a continued line) reads as blanks, any other masked
// run (code, a URL, HTML) as kMaskedByte. Offsets stay put: byte i of the result is byte
// block.begin + i of the text.
std::string MaskedProse(const Document& document, Span block);

// The claims in `text`, whose first byte is at offset `base` of the Document text; every Span
// returned is in Document coordinates. Never fails; linear in text.size().
Claims ExtractFromText(std::string_view text, size_t base);

}  // namespace factlint::extract_internal

#endif  // FACTLINT_EXTRACT_PROSE_H_
