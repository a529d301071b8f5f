// The checks that need every file read: references between records, repeated ids, and the
// resolution of free-text names to entities.
#ifndef FACTLINT_ENGINE_CORPUS_VALIDATE_H_
#define FACTLINT_ENGINE_CORPUS_VALIDATE_H_

#include <string>
#include <vector>

#include "errors.h"
#include "model.h"

namespace factlint::corpus_internal {

// Checks `data` as a whole and completes it:
//  * entity, source and measure ids are unique across files;
//  * a relation's subject and object, and a role's `of`, name an entity id; a `source` names a
//    source id; a statement's `measure` names a measure id;
//  * a word is not listed twice in the lexicon with different meanings (repeats are dropped);
//  * an entity's aliases are unique (repeats, and the name itself, are dropped);
//  * statement subjects, quote speakers and source publishers are resolved to an entity by id,
//    name or alias (case-insensitive); one that matches no entity, or several, is left unresolved
//    and reported in `warnings`;
//  * each fx file is credited to the source named by its stem, else to kEcbSourceId, and
//    data->needs_ecb_source is set when that source is not in the corpus.
// Errors go to `errors` ("path:line: field: message").
void Validate(CorpusData* data, ErrorList* errors, std::vector<std::string>* warnings);

}  // namespace factlint::corpus_internal

#endif  // FACTLINT_ENGINE_CORPUS_VALIDATE_H_
