// Finding relation phrases between two entity mentions ("APT38, a unit of the Lazarus Group").
//
// Private to the extract stage.
#ifndef FACTLINT_EXTRACT_RELATIONS_H_
#define FACTLINT_EXTRACT_RELATIONS_H_

#include <vector>

#include "factlint/claims.h"
#include "factlint/document.h"
#include "factlint/gazetteer.h"

namespace factlint::extract_internal {

// Relation phrases between two consecutive entity mentions X and Y of one sentence, read from
// the text between them (all of it must be the phrase):
//
//   X is part of Y / X, part of Y / X, which is part of Y          part-of (also: a sub-group,
//                                                                   a faction, a component of)
//   X, a unit of Y / X (a division of Y) / X, an arm of Y          unit-of (also: branch, cell,
//                                                                   sub-unit)
//   X, a subsidiary of Y                                           subsidiary-of
//   X, linked to Y / X is tied to Y / X, affiliated with Y         linked-to (also: connected,
//                                                                   associated)
//   X, also known as Y / X (aka Y) / X, known as Y                 alias-of
//
// `hedged` is set when the phrase carries "believed", "thought", "said", "suspected",
// "alleged(ly)", "reportedly", "purportedly", "possibly", "probably", "likely" or "presumed"
// ("X, which is believed to be part of Y"). Y may come after a short description that ends in
// a head noun (group, unit, company, hackers, ...): "part of the well-known North Korean hacking
// group Lazarus" relates X to Lazarus, skipping up to three mentions inside the description;
// the description holds no clause word ("a team that hacked the company Y" is no relation).
// Y must end its noun phrase: a Y followed by a possessive 's or by a noun ("part of North
// Korea's spy agency", "part of the North Korean effort") only modifies the object, so no claim
// is made. The span runs from the start of X to the end of Y; subject and object are the
// mentions' entity ids; `context` is left empty.
//
// `entities` must be in text order (FindEntityMentions). Returns the claims in text order (at
// most one per subject mention). Linear in the number of mentions.
std::vector<RelationClaim> FindRelations(const Document& document,
                                         const std::vector<EntityMention>& entities,
                                         const Gazetteer& gazetteer);

}  // namespace factlint::extract_internal

#endif  // FACTLINT_EXTRACT_RELATIONS_H_
