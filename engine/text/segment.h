// Sentences and words of the prose blocks, with ICU's break iterators.
#ifndef FACTLINT_TEXT_SEGMENT_H_
#define FACTLINT_TEXT_SEGMENT_H_

#include <string_view>
#include <vector>

#include "factlint/document.h"
#include "factlint/status.h"
#include "mask.h"

namespace factlint::text_internal {

// Appends the sentences and words of each block of `text` to *sentences and *words, in text order.
// REQUIRES: blocks sorted and disjoint; masks normalized (NormalizeMasks); text valid UTF-8.
//
// ICU sees each block as UTF-16 in which line breaks and container markers read as spaces (a
// paragraph's soft line breaks do not end sentences) and each other masked range (code, a URL) as
// one U+FFFC OBJECT REPLACEMENT CHARACTER, so that "`a. B`" neither ends a sentence nor yields
// words; every UTF-16 index maps back to the UTF-8 offset of its character.
//
// Sentences: ICU's English sentence rules with the standard abbreviation suppressions ("Mr.",
// "Prof.") plus a few titles ICU lacks ("Dr.", "Gen.", "Sen.", "Gov."). Two kinds of ICU break are
// then removed: after a dotted abbreviation ("U.S.", "e.g.") or an initial ("J.") unless the next
// word is a common sentence opener ("The", "It"), because ICU's filter misses those; and after a
// quoted "!" or "?" followed by a lower-case word ("“Stop!” she said."). Trailing white space is
// excluded.
// Words: ICU word segments whose rule status is number, letter, kana or ideographic; two words
// joined by a hyphen ("well-known", "COVID-19") are one word unless both are numbers
// ("2020-2021"). A word never overlaps a mask.
//
// Thread-safe: the break iterators are created once per thread and reused.
// Errors: kInternal when ICU fails (missing break rules).
Status SegmentBlocks(std::string_view text, const std::vector<Block>& blocks,
                     const std::vector<Mask>& masks, std::vector<Sentence>* sentences,
                     std::vector<Word>* words);

}  // namespace factlint::text_internal

#endif  // FACTLINT_TEXT_SEGMENT_H_
