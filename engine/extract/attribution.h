// Which stretches of an article are credited to a source ("According to the UN, ...",
// "Chainalysis estimated that ...") and the sentences that go on with them.
//
// Private to the extract stage.
#ifndef FACTLINT_EXTRACT_ATTRIBUTION_H_
#define FACTLINT_EXTRACT_ATTRIBUTION_H_

#include <vector>

#include "factlint/claims.h"
#include "factlint/document.h"
#include "factlint/gazetteer.h"

namespace factlint::extract_internal {

// The stretches of text the article credits to a source, in text order, never overlapping.
//
// Cues, within one sentence (the heuristics are documented in attribution.cc):
//   - "According to X, REST" credits REST; "REST, according to X" credits REST.
//   - "X said/says/reported/estimated/told reporters/has highlighted/states that ... REST"
//     credits REST (after "that" when it follows the verb closely); "REST, X said." and
//     "REST, say from X." credit REST.
//   - "..., which suggested/found/showed/estimated that REST" credits REST to the entity named
//     just before "which".
//   - "a study/report/survey ... by X, which suggested that REST" (or "showing that",
//     "found that") credits REST to X.
//   - "This report/The report ..." credits the sentence to the publisher of the report last
//     named (else to the last source named); "according to this report" likewise.
// Carried credit:
//   - A sentence that opens with a word that points back ("These cyberattacks", "It", "They")
//     and names no source of its own is credited to the last source of the sentence before,
//     within a paragraph; across a paragraph break only after a demonstrative ("These", "This",
//     "Those", "Such").
//   - An "According to X, ..." front-matter title (`document.metadata().title`), or, without
//     one, a first heading with any cue above, credits the lede (the first paragraph) unless the
//     lede names a source of its own; such an Attribution has an empty source_span at the lede's
//     start and the title's source_text.
//
// `span` is the credited text without surrounding blanks and without the closing sentence
// punctuation; `source_span` is where the source is named; `source` is the entity id of the
// mention in `entities` found there (`entities` need not be sorted; invalid spans are ignored),
// else, for a title, the gazetteer's entity for the name, else empty. Continued credit and "this
// report" copy source, source_text and source_span from the Attribution they go back to, so
// source_span may lie in an earlier sentence. `gazetteer` may be null.
// Deterministic; linear in the number of words (at most 64 cues are kept per sentence).
std::vector<Attribution> FindAttributions(const Document& document,
                                          const std::vector<EntityMention>& entities,
                                          const Gazetteer* gazetteer);

// True when sentence `index` of `document` opens with a word that points back ("These", "This",
// "Those", "Such", "It", "They", "Its", "Their", "He", "She", "The") and so may take over the
// source (or the subject) of sentence `index - 1`: the two are in the same paragraph, or in
// consecutive paragraphs and `index` opens its paragraph with a demonstrative ("These", "This",
// "Those", "Such"; news sites put each sentence in a paragraph of its own). "It seems" and "It
// appears" do not point back. False for index 0 or an index out of range.
bool GoesOnFromPrevious(const Document& document, size_t index);

}  // namespace factlint::extract_internal

#endif  // FACTLINT_EXTRACT_ATTRIBUTION_H_
