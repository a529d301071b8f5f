// Counts and measures with their noun: "nine trials", "at least seven attacks", "173,600 ether",
// "between 5 and 7 attacks", "40 per cent".
//
// Private to the extract stage.
#ifndef FACTLINT_EXTRACT_QUANTITY_H_
#define FACTLINT_EXTRACT_QUANTITY_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "factlint/claims.h"

namespace factlint::extract_internal {

// Counts and measures with their noun in `text` (first byte at `base`), in text order. Amounts of
// money are not quantities: spans overlapping any of `money` are skipped. A figure needs a noun
// after it (or "%"/"percent"/"per cent") to be a quantity: "nine trials", "at least seven
// attacks", "173,600 ether", "three cryptocurrency exchanges", "40%".
//
// Figures: digits with thousands separators, decimals and a scale word ("1.5 million", "20bn",
// "5k"); number words, read with ICU's spell-out rules (ParseSpelledNumber), "a million", "half a
// billion"; "a dozen", "two dozen", "half a dozen" (12, 24, 6, precision 1). "dozens of",
// "hundreds of", "thousands of", "millions of", "billions of", "tens of thousands of", "hundreds
// of thousands of" are read as their least value (24, 200, 2000, ..., 20000, 200000) with
// qualifier at-least and precision one dozen, hundred, thousand ...; "several dozen", "a few
// hundred" are left out (no figure is written).
// Ranges: "5-7 million people", "5 to 7 attacks", "five or six trials", "between 5 and 7
// attacks" give value = low end, high = high end, and a scale word after the high end applies to
// both; the high end must exceed the low end, else nothing is found. Precision is the finer of
// the two ends.
// Percentages: "40%", "40 percent", "40 per cent" give unit "percent"; "5 percentage points"
// gives unit "percentage point".
// Qualifiers: as FindQualifierBefore (qualifier.h); an emphasis phrase without a qualifier ("a
// whopping") stays outside the span.
//
// The noun (a heuristic, kept conservative): after the figure, read up to three words (ASCII
// letters, hyphens inside a word allowed), stopping before a function word (preposition,
// determiner, pronoun, conjunction, auxiliary or common verb, time adverb) or a number word, and
// after a word followed by punctuation. The head is the first lower-case word that reads as a
// plural (LooksPlural), and unit_span runs from the first word to it ("cryptocurrency
// exchanges"). Capitalized words may only modify a plural head ("40 North Korean workers", "10
// U.S. firms"; "2 ICBMs" is not read). When no word reads as a plural, or the figure is 1, the head
// is the first word alone ("173,600 ether", "one attack") - except after a determiner or for a bare
// integer of four digits or more ("the 1718 committee", "3000 series"), where a plural is needed.
// A head that is a currency word, "more"/"other"/"first"/..., shorter than two letters, or ends
// in -ly, -ed or -ing is no noun, and then there is no quantity. unit = NounLemma(head).
// "rose from 5 to 7 percent" is a change, not a range: only "7 percent" is read.
//
// Left out on purpose: years (a four-digit integer 1900-2100 with no separator or scale: "in
// 2021", "2021 attacks"); ordinals ("first", "3rd"); times ("10:30", "10 a.m."); dates ("Feb. 4",
// "4 February": a month name before the figure, a capitalized word after it); figures glued to
// letters, slashes, dots or hyphens ("F-35", "COVID-19", "24/7", "v1.2", "a 40-year-old",
// "one-off"); a figure after a capitalized word that is not a function word ("Boeing 737 jets",
// "Article 5") or after a reference word ("page 4", "section 12", "No. 5"); phone numbers
// ("555-1234"); a figure after a currency sign ("$5-10 million", which FindMoney leaves out); "one"
// after a determiner ("no one", "the one"), and "one of".
//
// The quantities never overlap. Runs in time linear in text.size().
std::vector<Quantity> FindQuantities(std::string_view text, size_t base,
                                     const std::vector<MoneyAmount>& money);

// NounLemma (claims.h) gives a quantity's unit: rules for regular plurals with an exception list
// for irregular ones ("analyses" -> "analysis", "lives" -> "life"); "people" stays (the usual
// count noun for persons; "persons" -> "person"); "ether", "news", "crisis" stay.

// True when `word` reads as a plural noun: NounLemma changes it, or it is an invariant plural
// ("people", "series", "aircraft").
bool LooksPlural(std::string_view word);

}  // namespace factlint::extract_internal

#endif  // FACTLINT_EXTRACT_QUANTITY_H_
