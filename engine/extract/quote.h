// Finding quotations and who says them in the prose of a Document.
//
// Private to the extract stage.
#ifndef FACTLINT_EXTRACT_QUOTE_H_
#define FACTLINT_EXTRACT_QUOTE_H_

#include <vector>

#include "factlint/claims.h"
#include "factlint/document.h"
#include "factlint/gazetteer.h"

namespace factlint::extract_internal {

// The quotations of `document`, in text order, each with its speaker when the text names one.
//
// Quotation marks: straight " and ', curly “ ” ‘ ’, „ (closed by “ or ”), and « ». Only
// top-level quotations are returned (marks around no letter or digit, "" or “…”, are none): in “He
// said ‘no’ twice” the outer one is the quotation. An apostrophe (don’t, the UN’s, 90’s, ’90s, rock
// 'n' roll's 'n) is not a quote mark; a single-quoted quotation is kept only when it closes within
// its paragraph. A quotation may run across sentences but not across paragraphs: one left open at
// the end of its paragraph is not a quotation, except when the next paragraph opens with a quote
// mark (the news convention for a quotation that goes on over several paragraphs), in which case it
// runs to the end of its paragraph (`span` has no closing mark) and the next paragraph's first
// quotation, when it has no attribution of its own, takes its speaker.
//
// Speaker, from an attribution outside quotation marks, tried in this order:
//   1. right after the quotation: “...,” X said / said X / X, who ..., said / X told reporters /
//      according to X / say from X (a calque of "dicen desde": the speaker is X);
//   2. before it in the same sentence: X said: “...” / In a statement, X said “...” /
//      According to X, “...” / X said the plan was “dead”;
//   3. elsewhere in the same sentence, after it;
//   4. when the quotation is (nearly) its whole sentence: the previous sentence of the paragraph
//      (“A,” he said. “B.”), then a next sentence that opens with one (“B.” Kim said.), then the
//      quotation it continues from the previous paragraph, then a previous paragraph that ends
//      with a colon.
// Scare quotes (at most 3 words, or after "so-called") are kept but get a speaker only from
// rules 1-3 (never after "so-called").
// Cues are speech verbs in any tense (said, says, told, added, wrote, stated, warned, noted,
// argued, tweeted, ...), "according to" and "was quoted as saying"; `cue_span` is the verb (with
// the object of told: "told reporters"; with from: "say from"), or "according to".
// X is a name (capitalized words with titles and initials: "Foreign Minister Wang Yi"), a noun
// phrase ("a spokesperson for the UN", "officials"), or a pronoun / definite description (he,
// she, it, they, "the company", "the minister"). A pronoun or definite description is replaced by
// the last named speaker (or name opening a sentence: "Mr. Obama dismissed it. “...,” he said";
// a one-word name only when the document also writes it capitalized mid-sentence) of the same
// or the previous paragraph that agrees with it (a person for
// he/she, an organisation for it and "the company"); `speaker` and `speaker_span` are then those
// of the name. When there is none, `speaker` stays empty (the cue is still given). A definite
// description whose head is not a known role or organisation noun ("the report") is kept as
// written.
// `speaker_entity` is the entity id of the last mention of `entities` inside the speaker span
// (for "a spokesperson for the UN", the UN), else, with a gazetteer, the entity the speaker's
// text (without a leading "the") names unambiguously; else empty. With a gazetteer, an
// antecedent's entity type decides its agreement.
//
// `entities` may be empty and need not be sorted. Deterministic; linear in the size of the text
// apart from a bounded look-back (at most 40 words before a cue, 64 antecedents).
std::vector<Quote> FindQuotes(const Document& document, const std::vector<EntityMention>& entities,
                              const Gazetteer* gazetteer);

}  // namespace factlint::extract_internal

#endif  // FACTLINT_EXTRACT_QUOTE_H_
