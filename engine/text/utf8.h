// UTF-8 helpers for the text stage: validation of untrusted bytes, and decoding and counting of
// text that has already been validated.
#ifndef FACTLINT_TEXT_UTF8_H_
#define FACTLINT_TEXT_UTF8_H_

#include <cstddef>
#include <optional>
#include <string_view>

namespace factlint::text_internal {

struct Utf8Error {
  enum class Kind { kInvalid, kNul };
  Kind kind = Kind::kInvalid;
  size_t offset =
      0;  // 0-based byte offset of the NUL byte or of the first byte of the bad sequence
};

// Returns the first problem in `bytes`, or nullopt when they are valid UTF-8 without NUL bytes.
// Valid means RFC 3629: no overlong forms, no surrogates (U+D800..U+DFFF), nothing above
// U+10FFFF, no truncated sequence. Runs in linear time with an 8-bytes-at-a-time ASCII path.
std::optional<Utf8Error> FindUtf8Error(std::string_view bytes);

// True for a continuation byte (10xxxxxx), which never begins a character.
inline bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length in bytes of the sequence that starts with `lead` (1 for a continuation byte, so that
// callers always advance). REQUIRES: validated text for a meaningful answer.
inline size_t SequenceLength(unsigned char lead) {
  if (lead < 0xC0) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

// Decodes the code point at text[offset] and stores its byte length in *length.
// REQUIRES: text is valid UTF-8 and offset < text.size() is at a character boundary.
char32_t DecodeAt(std::string_view text, size_t offset, size_t* length);

// Number of code points in `text` (bytes that are not continuation bytes).
size_t CountCodePoints(std::string_view text);

}  // namespace factlint::text_internal

#endif  // FACTLINT_TEXT_UTF8_H_
