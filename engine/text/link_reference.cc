#include "link_reference.h"

#include "engine/base/ascii.h"

namespace factlint::text_internal {
namespace {

constexpr size_t kNpos = std::string_view::npos;

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
  const size_t destination = SkipSpaceAndOneLineEnd(s, j + 2);
  const size_t after_destination = ScanLinkDestination(s, destination);
  if (after_destination == kNpos || after_destination == destination) return kNpos;
  const size_t t = SkipSpaceAndOneLineEnd(s, after_destination);
  if (t > after_destination && t < s.size() && (s[t] == '"' || s[t] == '\'' || s[t] == '(')) {
    const size_t title_end = ScanLinkTitle(s, t);
    if (title_end != kNpos) {
      const size_t end = RestOfLineBlank(s, title_end);
      if (end != kNpos) return end;
    }
  }
  // Without a (valid) title the destination must end its line.
  return RestOfLineBlank(s, after_destination);
}

}  // namespace

size_t SkipSpaceAndOneLineEnd(std::string_view s, size_t i) {
  while (i < s.size() && IsSpaceOrTab(s[i])) ++i;
  if (i < s.size() && IsLineEnd(s[i])) {
    i += (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1;
    while (i < s.size() && IsSpaceOrTab(s[i])) ++i;
  }
  return i;
}

size_t ScanLinkDestination(std::string_view s, size_t i) {
  if (i < s.size() && s[i] == '<') {
    for (++i; i < s.size() && s[i] != '>'; ++i) {
      if (IsLineEnd(s[i]) || s[i] == '<') return kNpos;
      if (s[i] == '\\' && i + 1 < s.size() && IsAsciiPunct(s[i + 1])) ++i;
    }
    return i < s.size() ? i + 1 : kNpos;
  }
  int depth = 0;
  while (i < s.size() && static_cast<unsigned char>(s[i]) > 0x20) {
    if (s[i] == '\\' && i + 1 < s.size() && IsAsciiPunct(s[i + 1])) {
      ++i;
    } else if (s[i] == '(') {
      if (++depth > 32) return kNpos;
    } else if (s[i] == ')') {
      if (depth == 0) break;
      --depth;
    }
    ++i;
  }
  return depth == 0 ? i : kNpos;
}

size_t ScanLinkTitle(std::string_view s, size_t i) {
  const char close = s[i] == '(' ? ')' : s[i];
  for (++i; i < s.size() && s[i] != close; ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && IsAsciiPunct(s[i + 1])) {
      ++i;
    } else if (close == ')' && s[i] == '(') {
      return kNpos;
    }
  }
  return i < s.size() ? i + 1 : kNpos;
}

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
