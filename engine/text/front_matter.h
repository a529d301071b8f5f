// YAML front matter: where it is, and what it says.
#ifndef FACTLINT_TEXT_FRONT_MATTER_H_
#define FACTLINT_TEXT_FRONT_MATTER_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "factlint/document.h"
#include "factlint/status.h"
#include "line_index.h"

namespace factlint::text_internal {

struct FrontMatterRange {
  size_t end = 0;         // just past the closing line and its terminator: where the body begins
  size_t yaml_begin = 0;  // the YAML between the delimiter lines
  size_t yaml_end = 0;
  size_t yaml_first_line = 0;  // 0-based line of yaml_begin
};

// Front matter exists only when the text, from `start` (0, or 3 after a BOM), begins with a line
// "---" and a later line "---" or "..." closes it (trailing spaces and tabs allowed on both).
// An opening line that is never closed is not front matter: the whole text is the body, so a
// draft that starts with a Markdown thematic break is still checked rather than refused.
std::optional<FrontMatterRange> FindFrontMatter(std::string_view text, size_t start,
                                                const LineIndex& lines);

// Parses `yaml` with yaml-cpp and fills *metadata from `title`, `date`, `lang` and
// `factlint-disable` (other keys are ignored). `first_line` is the 0-based file line where `yaml`
// begins, used in messages. Errors (kInvalidArgument), all naming the 1-based file line:
//   "<path>:4: front matter: end of sequence flow not found" (yaml-cpp's message),
//   "<path>:3: front matter: date: expected YYYY-MM-DD, got 'Feb 7'",
//   "<path>:2: front matter: title: expected a single value",
//   "<path>:2: front matter: expected keys and values (title: ..., date: ...)",
//   "<path>:2: front matter: factlint-disable: expected true, false or a list of rule ids".
// yaml-cpp's exceptions are caught here and nowhere else.
Status ParseFrontMatter(std::string_view yaml, size_t first_line, const std::string& path,
                        Metadata* metadata);

}  // namespace factlint::text_internal

#endif  // FACTLINT_TEXT_FRONT_MATTER_H_
