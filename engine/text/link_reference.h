// Link reference definitions ("[label]: /url "title"") at the start of a paragraph.
#ifndef FACTLINT_TEXT_LINK_REFERENCE_H_
#define FACTLINT_TEXT_LINK_REFERENCE_H_

#include <cstddef>
#include <string_view>

namespace factlint::text_internal {

// Returns how many bytes at the start of `content` (a paragraph's lines, container markers
// removed) are link reference definitions; the answer is 0 or the start of a line.
//
// cmark-gfm 0.29 removes the definitions from the paragraph but keeps the paragraph's old start
// line, so the text stage finds where the prose really begins itself, with CommonMark 0.29's rules
// (section 4.7): label, ':', destination, optional title, nothing else on the line.
size_t SkipLinkReferenceDefinitions(std::string_view content);

}  // namespace factlint::text_internal

#endif  // FACTLINT_TEXT_LINK_REFERENCE_H_
