// Numbers as written in prose: digits with an optional scale word ("43.61 million", "$1.5bn",
// "173,600") and English number words ("forty-four million").
//
// Private to the extract stage.
#ifndef FACTLINT_EXTRACT_NUMBER_H_
#define FACTLINT_EXTRACT_NUMBER_H_

#include <optional>
#include <string_view>

namespace factlint::extract_internal {

struct ParsedNumber {
  double value = 0;      // 34600000 for "34.6 million"
  double precision = 1;  // place value of the last digit written: 1e5 for "34.6 million"
};

// The multiplier of a scale word or abbreviation, case-insensitive, leading blanks or one hyphen
// ignored: "million", " m", "bn", "-billion", "K" ... Returns nullopt for anything else; an empty
// `scale` is 1.
std::optional<double> ScaleMultiplier(std::string_view scale);

// Parses `digits` ("173,600", "25.5", "1.5": ASCII digits, optional groups of three after commas,
// optional decimal part) times `scale` (see ScaleMultiplier). Returns nullopt when the text is
// not of that form, has more than 18 digits (beyond what a double holds exactly, and never a sum
// of money anyone writes), or the scale is unknown.
std::optional<ParsedNumber> ParseDigits(std::string_view digits, std::string_view scale);

// Parses English cardinal number words: "fifty million", "forty-four", "a million",
// "two hundred and fifty thousand", "one hundred seventy-three thousand six hundred", "half a
// million" (5e5, precision 1e5). Words are
// separated by blanks or hyphens, case-insensitive. Scale words must descend ("five million
// thousand" is refused). Precision is the power of ten that divides the value ("fifty million" ->
// 1e7, "forty-four million" -> 1e6). Returns nullopt for anything else.
std::optional<ParsedNumber> ParseNumberWords(std::string_view words);

// The same words read with ICU's English spell-out rules (RuleBasedNumberFormat), which give the
// value. ParseNumberWords is the gate (ICU, lenient or not, accepts words that are not one
// number: "five five" -> 505, "twenty twenty" -> 2020) and the words are brought into the form
// ICU spells them out in (lower case, "a" -> "one", no "and", "forty-four") before ICU's strict
// parse reads them; "half a billion" is half of ICU's "one billion". The two readings must agree,
// else nullopt (the tests check that they agree on numbers ICU itself spells out). If ICU cannot
// build its formatter, the grammar's reading is returned. Precision as for ParseNumberWords.
// Thread-safe: each thread builds its formatter once, on first use.
std::optional<ParsedNumber> ParseSpelledNumber(std::string_view words);

}  // namespace factlint::extract_internal

#endif  // FACTLINT_EXTRACT_NUMBER_H_
