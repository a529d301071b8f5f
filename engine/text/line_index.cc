#include "line_index.h"

#include <algorithm>
#include <cstring>

namespace factlint::text_internal {

std::vector<size_t> LineStarts(std::string_view text) {
  std::vector<size_t> starts;
  starts.reserve(text.size() / 64 + 1);
  starts.push_back(0);
  const char* data = text.data();
  const size_t size = text.size();
  size_t i = 0;
  while (i < size) {
    // memchr for '\n' is far faster than a byte loop; a lone '\r' is rare, so it is looked for
    // only in the stretch memchr skipped.
    const void* hit = std::memchr(data + i, '\n', size - i);
    const size_t lf = hit ? static_cast<size_t>(static_cast<const char*>(hit) - data) : size;
    const void* cr = std::memchr(data + i, '\r', lf - i);
    while (cr != nullptr) {
      const size_t at = static_cast<size_t>(static_cast<const char*>(cr) - data);
      if (at + 1 < size && data[at + 1] == '\n') break;  // CRLF: the '\n' ends the line
      starts.push_back(at + 1);
      cr = std::memchr(data + at + 1, '\r', lf - at - 1);
    }
    if (lf == size) break;
    starts.push_back(lf + 1);
    i = lf + 1;
  }
  return starts;
}

size_t LineIndex::End(size_t line) const {
  size_t end = Next(line);
  if (end > starts_[line] && text_[end - 1] == '\n') --end;
  if (end > starts_[line] && text_[end - 1] == '\r') --end;
  return end;
}

size_t LineIndex::LineOf(size_t offset) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return static_cast<size_t>(it - starts_.begin()) - 1;
}

}  // namespace factlint::text_internal
