// ASCII character classes as CommonMark defines them (locale-independent, unlike <cctype>).
#ifndef FACTLINT_TEXT_ASCII_H_
#define FACTLINT_TEXT_ASCII_H_

namespace factlint::text_internal {

inline bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }
inline bool IsAsciiPunct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}
inline bool IsSpaceOrTab(char c) { return c == ' ' || c == '\t'; }
inline bool IsLineEnd(char c) { return c == '\n' || c == '\r'; }
inline bool IsAsciiSpace(char c) {
  return IsSpaceOrTab(c) || IsLineEnd(c) || c == '\f' || c == '\v';
}
inline char AsciiLower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

}  // namespace factlint::text_internal

#endif  // FACTLINT_TEXT_ASCII_H_
