// Finding role phrases ("US President Joe Biden", "X, the CEO of Y") in the prose of a Document.
//
// Private to the extract stage.
#ifndef FACTLINT_EXTRACT_ROLES_H_
#define FACTLINT_EXTRACT_ROLES_H_

#include <vector>

#include "factlint/claims.h"
#include "factlint/document.h"
#include "factlint/gazetteer.h"

namespace factlint::extract_internal {

// Role phrases in the prose of `document`, read over Document::words() within one block:
//
//   ORG ROLE PERSON             "Binance chief executive Changpeng Zhao", "US President Joe Biden",
//                               "British prime minister Boris Johnson", "President Joe Biden"
//   ORG's ROLE PERSON           "Acme's president Jane Roe"
//   ROLE for|to ENTITY PERSON   "Special Representative for North Korea Sung Kim" (the entity
//                               after for/to qualifies the role; it is not the organisation)
//   ROLE of ENTITY PERSON       "President of the United States Joe Biden"
//   PERSON, [the] ROLE of ORG   "Jane Roe, the CEO of Acme", "Jane Roe, president of Acme"
//   PERSON, ORG's ROLE          "Jane Roe, Acme's chief executive"
//   the NOUN VERBED by PERSON   "the country presided over by Joe Biden" (presided over ->
//                               president, led/ruled/governed -> leader, headed/run/helmed -> head,
//                               chaired -> chairman, founded -> founder)
//
// `role` is a lower-case hyphenated id from a table (president, vice-president, prime-minister,
// chief-executive for CEO / chief executive [officer], chairman, special-representative,
// ambassador, minister, foreign-minister, leader, founder, ...); "deputy", "vice", "assistant"
// before a role prefix it ("deputy-prime-minister"). A role after "former", "ex", "then",
// "late", "incoming", "acting" or before "elect"/"designate" is not claimed to hold, so no claim is
// made. PERSON is a person mention of `entities` or, when the name is not in the gazetteer, up
// to four capitalized words; ORG is a mention of another type or up to four capitalized words
// ("Binance", "British"). `person` / `organisation` are entity ids when the phrase is a mention,
// else empty, and `person_text` / `organisation_text` are the text as written (a possessive 's
// left out). For "the country presided over by X" the organisation is the entity in apposition
// right before it ("North Korea, the country led by ..."); otherwise it is left empty and
// `organisation_text` is the noun phrase as written ("the country"): the role rule checks X's
// roles in the corpus. A role with no organisation written ("President Joe Biden") has both
// empty. `span` runs from the first to the last word of the phrase; `context` is left empty.
//
// `entities` must be FindEntityMentions(document, gazetteer) (or any mentions that start on word
// boundaries; others are ignored). Returns the claims in text order. Linear in the number of words.
std::vector<RoleClaim> FindRoles(const Document& document,
                                 const std::vector<EntityMention>& entities,
                                 const Gazetteer& gazetteer);

}  // namespace factlint::extract_internal

#endif  // FACTLINT_EXTRACT_ROLES_H_
