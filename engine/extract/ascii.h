// ASCII character helpers shared by the extraction passes (private to engine/extract). Cue words,
// month names and the like are ASCII; a non-ASCII byte is never a letter or digit here.
#ifndef FACTLINT_EXTRACT_ASCII_H_
#define FACTLINT_EXTRACT_ASCII_H_

#include <string>
#include <string_view>

namespace factlint::extract_internal {

inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsAsciiLetter(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
inline bool IsAsciiAlnum(char c) { return IsAsciiLetter(c) || IsAsciiDigit(c); }

// `c` lowered when it is A-Z; any other byte as it is.
inline char AsciiLower(char c) { return IsAsciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// `text` with A-Z lowered; every other byte as it is.
inline std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

}  // namespace factlint::extract_internal

#endif  // FACTLINT_EXTRACT_ASCII_H_
