// ASCII character tests and case folding, shared by the stages (internal: not installed). They
// never depend on the C locale, unlike <cctype>.
#ifndef FACTLINT_ENGINE_BASE_ASCII_H_
#define FACTLINT_ENGINE_BASE_ASCII_H_

#include <string>
#include <string_view>

namespace factlint {

inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsAsciiLetter(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
inline bool IsAsciiAlnum(char c) { return IsAsciiLetter(c) || IsAsciiDigit(c); }
inline bool IsAsciiPunct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}
inline bool IsSpaceOrTab(char c) { return c == ' ' || c == '\t'; }
inline bool IsLineEnd(char c) { return c == '\n' || c == '\r'; }
inline bool IsAsciiSpace(char c) {
  return IsSpaceOrTab(c) || IsLineEnd(c) || c == '\f' || c == '\v';
}

inline char AsciiLower(char c) { return IsAsciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

}  // namespace factlint

#endif  // FACTLINT_ENGINE_BASE_ASCII_H_
