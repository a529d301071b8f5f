#include "utf8.h"

#include <bit>
#include <cstdint>
#include <cstring>

namespace factlint::text_internal {
namespace {

constexpr uint64_t kHighBits = 0x8080808080808080ull;
constexpr uint64_t kLowBits = 0x0101010101010101ull;

uint64_t Load64(const char* p) {
  uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return word;
}

// True when some byte of `word` is zero (the classic "haszero" bit trick).
bool HasZeroByte(uint64_t word) { return ((word - kLowBits) & ~word & kHighBits) != 0; }

}  // namespace

std::optional<Utf8Error> FindUtf8Error(std::string_view bytes) {
  const char* data = bytes.data();
  const size_t size = bytes.size();
  size_t i = 0;
  while (i < size) {
    // Fast path: eight ASCII bytes, none of them NUL.
    if (i + 8 <= size) {
      uint64_t word = Load64(data + i);
      if ((word & kHighBits) == 0 && !HasZeroByte(word)) {
        i += 8;
        continue;
      }
    }
    const auto c = static_cast<unsigned char>(data[i]);
    if (c == 0) return Utf8Error{Utf8Error::Kind::kNul, i};
    if (c < 0x80) {
      ++i;
      continue;
    }
    // The allowed range of the second byte depends on the lead byte (RFC 3629, table 3-7 of
    // the Unicode standard); this is what rules out overlong forms, surrogates and > U+10FFFF.
    size_t length = 0;
    unsigned char second_min = 0x80, second_max = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      length = 3;
      if (c == 0xE0) second_min = 0xA0;
      if (c == 0xED) second_max = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      length = 4;
      if (c == 0xF0) second_min = 0x90;
      if (c == 0xF4) second_max = 0x8F;
    } else {
      return Utf8Error{Utf8Error::Kind::kInvalid, i};
    }
    if (i + length > size) return Utf8Error{Utf8Error::Kind::kInvalid, i};
    const auto second = static_cast<unsigned char>(data[i + 1]);
    if (second < second_min || second > second_max) return Utf8Error{Utf8Error::Kind::kInvalid, i};
    for (size_t k = 2; k < length; ++k) {
      if (!IsContinuation(static_cast<unsigned char>(data[i + k]))) {
        return Utf8Error{Utf8Error::Kind::kInvalid, i};
      }
    }
    i += length;
  }
  return std::nullopt;
}

char32_t DecodeAt(std::string_view text, size_t offset, size_t* length) {
  const auto c = static_cast<unsigned char>(text[offset]);
  const size_t n = SequenceLength(c);
  *length = n;
  if (n == 1) return c;
  char32_t cp = c & (0x7F >> n);
  for (size_t k = 1; k < n && offset + k < text.size(); ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(text[offset + k]) & 0x3F);
  }
  return cp;
}

size_t CountCodePoints(std::string_view text) {
  const char* data = text.data();
  const size_t size = text.size();
  size_t count = 0;
  size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    const uint64_t word = Load64(data + i);
    // A continuation byte has bit 7 set and bit 6 clear; shifting left by one moves each byte's
    // bit 6 onto its bit 7.
    const uint64_t continuation = word & ~(word << 1) & kHighBits;
    count += 8 - static_cast<size_t>(std::popcount(continuation));
  }
  for (; i < size; ++i) count += !IsContinuation(static_cast<unsigned char>(data[i]));
  return count;
}

}  // namespace factlint::text_internal
