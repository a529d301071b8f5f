#include "link_reference.h"

#include "ascii.h"

namespace factlint::text_internal {
namespace {

constexpr size_t kNpos = std::string_view::npos;

size_t SkipSpaceAndOneLineEnd(std::string_view s, size_t i) {
  while (i < s.size() && IsSpaceOrTab(s[i])) ++i;
  if (i < s.size() && IsLineEnd(s[i])) {
    i += (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1;
    while (i < s.size() && IsSpaceOrTab(s[i])) ++i;
  }
  return i;
}

// When only spaces and tabs follow s[i] up to the end of its line, returns the start of the next
// line (or s.size()); else kNpos.
size_t RestOfLineBlank(std::string_view s, size_t i) {
  while (i < s.size() && IsSpaceOrTab(s[i])) ++i;
  if (i == s.size()) return i;
  if (!IsLineEnd(s[i])) return kNpos;
  return i + ((s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1);
}

// One definition starting at s[start]; returns where the next line begins, or kNpos.
size_t ParseDefinition(std::string_view s, size_t start) {
  size_t i = start;
  for (int spaces = 0; spaces < 3 && i < s.size() && s[i] == ' '; ++spaces) ++i;
  if (i >= s.size() || s[i] != '[') return kNpos;
  bool has_text = false;
  size_t j = i + 1;
  for (; j < s.size() && s[j] != ']'; ++j) {
    if (j - i > 1000 || s[j] == '[') return kNpos;
    if (s[j] == '\\' && j + 1 < s.size() && IsAsciiPunct(s[j + 1])) ++j;
    if (!IsAsciiSpace(s[j])) has_text = true;
  }
  if (j + 1 >= s.size() || !has_text || s[j + 1] != ':') return kNpos;
  j = SkipSpaceAndOneLineEnd(s, j + 2);
  if (j < s.size() && s[j] == '<') {
    for (++j; j < s.size() && s[j] != '>'; ++j) {
      if (IsLineEnd(s[j]) || s[j] == '<') return kNpos;
      if (s[j] == '\\' && j + 1 < s.size() && IsAsciiPunct(s[j + 1])) ++j;
    }
    if (j >= s.size()) return kNpos;
    ++j;
  } else {
    const size_t destination = j;
    int depth = 0;
    while (j < s.size() && static_cast<unsigned char>(s[j]) > 0x20) {
      if (s[j] == '\\' && j + 1 < s.size() && IsAsciiPunct(s[j + 1])) {
        ++j;
      } else if (s[j] == '(') {
        if (++depth > 32) return kNpos;
      } else if (s[j] == ')') {
        if (depth == 0) break;
        --depth;
      }
      ++j;
    }
    if (j == destination || depth != 0) return kNpos;
  }
  const size_t after_destination = j;
  size_t t = SkipSpaceAndOneLineEnd(s, j);
  if (t > after_destination && t < s.size() && (s[t] == '"' || s[t] == '\'' || s[t] == '(')) {
    const char close = s[t] == '(' ? ')' : s[t];
    for (++t; t < s.size() && s[t] != close; ++t) {
      if (s[t] == '\\' && t + 1 < s.size() && IsAsciiPunct(s[t + 1])) {
        ++t;
      } else if (close == ')' && s[t] == '(') {
        t = kNpos;
        break;
      }
    }
    if (t != kNpos && t < s.size()) {
      const size_t end = RestOfLineBlank(s, t + 1);
      if (end != kNpos) return end;
    }
  }
  // Without a (valid) title the destination must end its line.
  return RestOfLineBlank(s, after_destination);
}

}  // namespace

size_t SkipLinkReferenceDefinitions(std::string_view content) {
  size_t consumed = 0;
  while (consumed < content.size()) {
    const size_t next = ParseDefinition(content, consumed);
    if (next == kNpos || next <= consumed) break;
    consumed = next;
  }
  return consumed;
}

}  // namespace factlint::text_internal
