// Line starts of a text, and the helpers that turn a line number into byte ranges.
//
// A line ends at "\n", "\r\n" or a lone "\r", as in CommonMark and YAML, so that cmark-gfm's line
// numbers, yaml-cpp's and ours agree.
#ifndef FACTLINT_TEXT_LINE_INDEX_H_
#define FACTLINT_TEXT_LINE_INDEX_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace factlint::text_internal {

// Offsets where each line begins; the first is always 0. A text ending with a line terminator
// has an empty last line that begins at text.size().
std::vector<size_t> LineStarts(std::string_view text);

// Views a text through its line starts. Lines are 0-based here; callers add 1 for users.
class LineIndex {
 public:
  LineIndex(std::string_view text, const std::vector<size_t>& starts)
      : text_(text), starts_(starts) {}

  size_t size() const { return starts_.size(); }
  size_t Begin(size_t line) const { return starts_[line]; }
  // The offset where the line's terminator begins (or text.size() for the last line).
  size_t End(size_t line) const;
  // The offset just past the line's terminator: the next line's start, or text.size().
  size_t Next(size_t line) const {
    return line + 1 < starts_.size() ? starts_[line + 1] : text_.size();
  }
  // The 0-based line that contains `offset` (offset == text.size() is on the last line).
  size_t LineOf(size_t offset) const;

 private:
  std::string_view text_;
  const std::vector<size_t>& starts_;
};

}  // namespace factlint::text_internal

#endif  // FACTLINT_TEXT_LINE_INDEX_H_
