// Small text helpers shared by the corpus readers and the query side.
#ifndef FACTLINT_ENGINE_CORPUS_TEXT_UTIL_H_
#define FACTLINT_ENGINE_CORPUS_TEXT_UTIL_H_

#include <optional>
#include <string>
#include <string_view>

namespace factlint::corpus_internal {

// A finite number written plainly ("50000000", "-1.5", "5e7"); nullopt for anything else,
// including "1,000", "+3", " 4", "nan" and "fifty".
std::optional<double> ParseNumber(std::string_view text);

// True for a usable id: ASCII letters, digits, '.', '_' and '-', starting with a letter or digit.
bool IsValidId(std::string_view id);

// A field path: "prefix.key"; just `key` when prefix is empty, just `prefix` when key is.
std::string JoinField(std::string_view prefix, std::string_view key);

// The form names are matched in (aliases.alias_folded): ASCII letters lower-cased, each run of
// white space made one space, leading and trailing white space removed. Non-ASCII letters are not
// case-folded (the corpus stage has no Unicode tables; names are matched as written there).
std::string FoldName(std::string_view name);

}  // namespace factlint::corpus_internal

#endif  // FACTLINT_ENGINE_CORPUS_TEXT_UTIL_H_
