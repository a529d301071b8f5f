// The context pass: what each figure is about, which measure, who it is credited to and when.
//
// Private to the extract stage.
#ifndef FACTLINT_EXTRACT_CONTEXT_H_
#define FACTLINT_EXTRACT_CONTEXT_H_

#include "factlint/claims.h"
#include "factlint/document.h"
#include "factlint/gazetteer.h"

namespace factlint::extract_internal {

// Fills the ClaimContext of every claim in claims->money, claims->quantities, claims->roles and
// claims->relations from claims->entities, claims->times and claims->attributions (all in
// document.text() coordinates; they need not be sorted, and invalid spans are ignored):
//   - attributed_to: the source of the (smallest) Attribution whose span contains the claim;
//   - subject: for a figure, the nearest preceding country/organisation/group/company mention
//     of its sentence that is not the credited source, else the subject of the sentence before
//     (as for continued credit: within a paragraph, or across a break after a demonstrative);
//     for a role its person (else its organisation), for a relation its subject;
//   - measure (money and quantities only): the gazetteer measure with a cue word (inflections
//     included: "stole", "stolen", "theft") nearest to the figure in its sentence, ties to the
//     one whose unit kind fits ("money" for money, "count" for quantities);
//   - time: the index into claims->times of the resolved time expression of the sentence that
//     follows the figure in the same clause, else the nearest before it, else the nearest after
//     it, else the last one of the sentence before in the same paragraph.
// Fields that cannot be decided are left empty / nullopt (overwriting what was there). Without
// a gazetteer, subject and measure stay empty. `claims` must not be null. Deterministic;
// O(n log n) in the number of words and claims.
void AssignContext(const Document& document, const Gazetteer* gazetteer, Claims* claims);

}  // namespace factlint::extract_internal

#endif  // FACTLINT_EXTRACT_CONTEXT_H_
