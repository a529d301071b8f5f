// Markdown structure with cmark-gfm: prose blocks, masked regions and HTML comments.
#ifndef FACTLINT_TEXT_MARKDOWN_H_
#define FACTLINT_TEXT_MARKDOWN_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "factlint/document.h"
#include "factlint/status.h"
#include "line_index.h"
#include "mask.h"

namespace factlint::text_internal {

struct MarkdownResult {
  std::vector<Block> blocks;      // in text order, disjoint
  std::vector<Mask> masks;        // unsorted; may overlap (NormalizeMasks sorts them)
  std::vector<Comment> comments;  // in text order
};

// Parses text[body_begin, end) as GitHub-flavoured Markdown (tables, strikethrough, autolinks).
// `lines` indexes the whole `text`; body_begin is a line start or the end of a BOM. All offsets in
// the result are into `text`.
//
// cmark-gfm gives the structure: which blocks exist, their kind and the line they start on. Its
// end positions are not used: in 0.29 they are unreliable (a setext heading or HTML block ends on
// the line after its last, a paragraph that a table interrupts is 0:0, a table header row carries
// the paragraph's line). Each block's extent is found from the lines instead: a paragraph runs
// until a blank line or the next block's start line, a table's rows sit around its delimiter row,
// code and HTML blocks span as many lines as their content has.
//
// Thread-safe. cmark-gfm 0.29 keeps its table of special inline characters in a global that every
// parse rewrites (cmark_manage_extensions_special_characters), so parses are serialized by a mutex;
// walking the tree and everything after runs in parallel.
// Errors: kInternal when cmark-gfm cannot allocate a parser.
StatusOr<MarkdownResult> ParseMarkdown(std::string_view text, size_t body_begin,
                                       const LineIndex& lines);

}  // namespace factlint::text_internal

#endif  // FACTLINT_TEXT_MARKDOWN_H_
