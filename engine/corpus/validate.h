// The checks that need every file read: references between records, repeated ids and names,
// figures against their measures, the resolution of free-text names to entities, and the rate
// files against each other.
#ifndef FACTLINT_ENGINE_CORPUS_VALIDATE_H_
#define FACTLINT_ENGINE_CORPUS_VALIDATE_H_

#include "errors.h"
#include "model.h"

namespace factlint::corpus_internal {

// Checks `data` as a whole and completes it. Every problem is an error, reported to `errors`
// ("path:line: field: message"):
//  * entity, source and measure ids are unique across files;
//  * a name or alias belongs to one entity (repeats within an entity, and the name itself, are
//    dropped);
//  * a relation's subject and object, and a role's `of`, name an entity id; a `source` names a
//    source id; a statement's `measure` names a measure id;
//  * a statement's figure fits its measure: the unit of a money measure is an ISO 4217 code, that
//    of a count measure is no currency, that of a measure of either kind is a code when it is
//    written like a currency ("usd", "US$", "dollars", "XYZ"); the value is not negative unless
//    the measure says `can_be_negative: true`;
//  * a word is not listed twice in the lexicon with different meanings (repeats are dropped);
//  * statement subjects, quote speakers and source publishers name one entity, by id, name or
//    alias (case-insensitive), to which they are resolved;
//  * each fx file is credited to the source its stem names, which must exist; two fx files that
//    give the same currency and day give the same rate (the later file's copy is dropped).
void Validate(CorpusData* data, ErrorList* errors);

}  // namespace factlint::corpus_internal

#endif  // FACTLINT_ENGINE_CORPUS_VALIDATE_H_
