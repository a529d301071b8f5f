// Link syntax (CommonMark 0.29, sections 4.7 and 6.6): the destination and title that inline links
// and link reference definitions share, and the definitions ("[label]: /url "title"") at the start
// of a paragraph.
#ifndef FACTLINT_TEXT_LINK_REFERENCE_H_
#define FACTLINT_TEXT_LINK_REFERENCE_H_

#include <cstddef>
#include <string_view>

namespace factlint::text_internal {

// Skips spaces and tabs, then at most one line ending and the spaces and tabs after it; returns
// where that stops.
size_t SkipSpaceAndOneLineEnd(std::string_view s, size_t i);

// A link destination at s[i]: "<...>" (no line ending or unescaped '<' inside) or a run of bytes
// above U+0020 with balanced parentheses, at most 32 deep. Returns the offset just past it (i
// itself for an empty run), or npos when there is none.
size_t ScanLinkDestination(std::string_view s, size_t i);

// A link title at s[i], which is '"', '\'' or '('. Returns the offset just past its closing
// delimiter, or npos when nothing closes it (or a "(...)" title holds an unescaped '(').
size_t ScanLinkTitle(std::string_view s, size_t i);

// Returns how many bytes at the start of `content` (a paragraph's lines, container markers
// removed) are link reference definitions; the answer is 0 or the start of a line.
//
// cmark-gfm 0.29 removes the definitions from the paragraph but keeps the paragraph's old start
// line, so the text stage finds where the prose really begins itself, with CommonMark 0.29's rules
// (section 4.7): label, ':', destination, optional title, nothing else on the line.
size_t SkipLinkReferenceDefinitions(std::string_view content);

}  // namespace factlint::text_internal

#endif  // FACTLINT_TEXT_LINK_REFERENCE_H_
