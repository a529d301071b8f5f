// Whole numbers in English words, read and written with ICU's spell-out rules (the text stage is
// where ICU is used). Thread-safe: each thread builds its own formatter on first use.
//
//   factlint::ReadNumberWords("two hundred forty-four")  // 244
//   factlint::WriteNumberWords(7)                        // "seven"
#ifndef FACTLINT_NUMBER_WORDS_H_
#define FACTLINT_NUMBER_WORDS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace factlint {

// The value of `words` when ICU's strict English spell-out parse reads all of them as a whole
// number ("forty-four", "two hundred forty-four"; no "and", hyphenated tens), else nullopt. The
// parse is strict: lenient parsing goes through a collator, costs 30-125 us a number on ICU 72
// (3 ms for "two hundred and fifty thousand") and reads non-numbers ("five five" is 505).
std::optional<int64_t> ReadNumberWords(std::string_view words);

// `value` in English words, lower case ("seven", "one hundred twenty-three"); digits when ICU
// cannot spell it.
std::string WriteNumberWords(int64_t value);

}  // namespace factlint

#endif  // FACTLINT_NUMBER_WORDS_H_
