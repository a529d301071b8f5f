// Finding gazetteer names (entity mentions) in the prose of a Document.
//
// Private to the extract stage.
#ifndef FACTLINT_EXTRACT_ENTITIES_H_
#define FACTLINT_EXTRACT_ENTITIES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "factlint/claims.h"
#include "factlint/document.h"
#include "factlint/gazetteer.h"

namespace factlint::extract_internal {

// Gazetteer names in the prose of `document`, longest match first, in text order, never
// overlapping. A name is matched over a sequence of up to 8 Document::words() of one block,
// keyed with Gazetteer::KeyOf over the text from the first word to the last (so "APT 38",
// "apt-38" and "APT38" meet, "N. Korea" meets "N.Korea", "FireEye, Inc." keeps its comma).
//
// - A possessive last word ("North Korea's", "UN’s") matches the name without its 's; the span
//   leaves the 's out.
// - A name whose corpus spelling ends with a dot ("U.S.", "D.P.R.K.") takes the dot after the
//   last word into the span (the word breaker leaves it out).
// - A leading "the" is left out of the mention when the words after it are a name on their own
//   ("the United States" is "United States"), even when the corpus lists "the United States".
// - Case rule, so that common words are not names: text with a digit matches whatever its case
//   ("apt-38"); text with no capital letter matches only a corpus spelling without capitals
//   ("dollars") or of two words or more not counting a leading "the" ("sanctions monitors",
//   "north korea"), so "us" is not the US and "un" is not the UN; and an acronym (a one-word
//   spelling with capitals and no lower-case letter: "US", "UN", "DPRK", "U.S.") matches only
//   text without lower-case letters, so sentence-initial "Us" or "Un" is not one either.
// - A name whose key belongs to several entities (after the case rule) is ambiguous: it gives
//   no mention, and a shorter name inside it may match instead.
//
// Linear in the number of words (each start tries at most 8 words, each extension one binary
// search over the sorted gazetteer keys, stopped as soon as no key has the prefix).
std::vector<EntityMention> FindEntityMentions(const Document& document, const Gazetteer& gazetteer);

// The length in bytes of a possessive "'s" / "’s" (either case) that ends `word` after at least
// one other byte, or 0.
size_t PossessiveLength(std::string_view word);

}  // namespace factlint::extract_internal

#endif  // FACTLINT_EXTRACT_ENTITIES_H_
