// A scanner that finds, in the inline content of one block, the byte ranges that are not prose:
// code spans, link and image destinations, reference labels, autolinks, bare URLs, raw HTML and
// HTML comments.
//
// Why not cmark-gfm's own inline nodes? In cmark-gfm 0.29 the source positions of inline nodes
// are unreliable: a code span that crosses a line in a block quote is reported one column early
// and ends on the wrong line, a paragraph that a table interrupts gets 0:0, text after a soft
// break is shifted by the container's indentation, and a link's destination has no position of
// its own. The scanner re-finds those constructs with CommonMark 0.29's rules in the block's bytes,
// and cmark-gfm's tree says which kinds of construct the block really contains (InlineKinds), so
// that backticks or brackets that cmark-gfm read as literal text are not masked.
#ifndef FACTLINT_TEXT_INLINE_SCAN_H_
#define FACTLINT_TEXT_INLINE_SCAN_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace factlint::text_internal {

// Bits saying which inline constructs cmark-gfm found in a block.
enum InlineKinds : unsigned {
  kInlineCode = 1u << 0,  // a CODE node
  kInlineHtml = 1u << 1,  // an HTML_INLINE node (tags and comments)
  kInlineLink = 1u << 2,  // a LINK or IMAGE node (inline, reference, autolink or bare URL)
};

struct InlineMark {
  enum class Kind { kCode, kHtml, kComment, kLinkDestination, kLinkLabel, kAutolink, kBareUrl };
  Kind kind = Kind::kCode;
  size_t begin = 0;  // offsets into the scanned content
  size_t end = 0;
  size_t body_begin = 0;  // kComment: the text between "<!--" and "-->"
  size_t body_end = 0;
};

// Scans `content` (a block's inline content, container markers already removed) and returns the
// marks in order; they do not overlap. Runs in time linear in content.size() (searches for
// closing delimiters are memoized, and the bracket stack deactivates openers in O(1)).
std::vector<InlineMark> ScanInlines(std::string_view content, unsigned kinds);

}  // namespace factlint::text_internal

#endif  // FACTLINT_TEXT_INLINE_SCAN_H_
