// YAML hygiene shared by every YAML reader (the corpus sources, .factlint.yaml, front matter, rule
// files): a check of the text before yaml-cpp sees it, and yaml-cpp's exceptions in our words
// (internal: not installed).
//
// yaml-cpp 0.7 reports a NUL byte inside a quoted string as "unknown escape character", deep
// nesting as "bad file", and takes invalid UTF-8 and control characters as text, which then reach
// the reports. CheckYamlText names each of them with its line and column instead.
#ifndef FACTLINT_ENGINE_BASE_YAML_TEXT_H_
#define FACTLINT_ENGINE_BASE_YAML_TEXT_H_

#include <optional>
#include <string>
#include <string_view>

namespace YAML {
class Exception;
}  // namespace YAML

namespace factlint {

// How deeply YAML text may nest (block indentation levels, "- " entries and flow brackets
// together). factlint's files need fewer than ten; yaml-cpp itself gives up at 2000.
inline constexpr int kMaxYamlNesting = 100;

// Something wrong with YAML text: where (1-based line within the text, 1-based column in code
// points) and what, as a message without a path ("NUL byte at column 7").
struct YamlProblem {
  int line = 1;
  int column = 1;
  std::string message;
};

// The first of these in `text`, or nullopt: a NUL byte ("NUL byte at column 7"), bytes that are
// not UTF-8 ("invalid UTF-8 at column 7"), a control character other than tab, line feed and
// carriage return, which YAML does not allow ("control character U+001B at column 7"), nesting
// deeper than `max_nesting` ("nested deeper than 100 levels"). A UTF-8 byte-order mark at the
// start is allowed. Linear in the text; nothing in it is recursive.
std::optional<YamlProblem> CheckYamlText(std::string_view text, int max_nesting = kMaxYamlNesting);

// The character checks of CheckYamlText alone (NUL, invalid UTF-8, control characters), for text
// that is not YAML (a rate CSV).
std::optional<YamlProblem> CheckTextCharacters(std::string_view text);

// The problem a yaml-cpp exception reports about `text` (the text that was parsed): yaml-cpp's
// message, except "nested too deeply" for its depth guard (whose message is "bad file"); the line
// is clamped to the text's lines (yaml-cpp puts some errors, an unclosed "[", past the end), 1
// when the exception has no position.
YamlProblem YamlExceptionProblem(const YAML::Exception& e, std::string_view text);

}  // namespace factlint

#endif  // FACTLINT_ENGINE_BASE_YAML_TEXT_H_
