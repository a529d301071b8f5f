// Span: a half-open range of bytes in a Document's normalized text.
#ifndef FACTLINT_SPAN_H_
#define FACTLINT_SPAN_H_

#include <cstddef>
#include <tuple>

namespace factlint {

// [begin, end) in Document::text() (the NFC-normalized text). Document::Original() maps a Span
// back to the bytes of the file as it was read.
struct Span {
  size_t begin = 0;
  size_t end = 0;

  size_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  bool Contains(size_t offset) const { return begin <= offset && offset < end; }
  bool Overlaps(Span other) const { return begin < other.end && other.begin < end; }

  friend bool operator==(Span a, Span b) = default;
  friend bool operator<(Span a, Span b) {
    return std::tie(a.begin, a.end) < std::tie(b.begin, b.end);
  }
};

}  // namespace factlint

#endif  // FACTLINT_SPAN_H_
