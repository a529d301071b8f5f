#include "engine/base/yaml_text.h"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/exceptions.h>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace factlint {
namespace {

// The length of the UTF-8 sequence at text[i] and its code point, or 0 when it is not UTF-8
// (a stray continuation byte, an overlong form, a surrogate, past U+10FFFF, cut short).
size_t DecodeUtf8(std::string_view text, size_t i, char32_t* code_point) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) {
    *code_point = lead;
    return 1;
  }
  size_t length = 0;
  char32_t value = 0, minimum = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2, value = lead & 0x1F, minimum = 0x80;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3, value = lead & 0x0F, minimum = 0x800;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4, value = lead & 0x07, minimum = 0x10000;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  for (size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    value = (value << 6) | (byte(i + k) & 0x3F);
  }
  if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
  *code_point = value;
  return length;
}

// C0 and C1 controls, and DEL, that YAML's character set leaves out (tab, line feed, carriage
// return and NEL are allowed).
bool IsForbiddenControl(char32_t c) {
  if (c < 0x20) return c != '\t' && c != '\n' && c != '\r';
  return c == 0x7F || (c >= 0x80 && c <= 0x9F && c != 0x85);
}

// The characters of one line: NUL, invalid UTF-8, forbidden controls.
std::optional<YamlProblem> CheckCharacters(std::string_view line, int line_number) {
  int column = 1;
  for (size_t i = 0; i < line.size(); ++column) {
    char32_t c = 0;
    const size_t length = DecodeUtf8(line, i, &c);
    if (length == 0)
      return YamlProblem{line_number, column, fmt::format("invalid UTF-8 at column {}", column)};
    if (c == 0)
      return YamlProblem{line_number, column, fmt::format("NUL byte at column {}", column)};
    if (IsForbiddenControl(c)) {
      return YamlProblem{
          line_number, column,
          fmt::format("control character U+{:04X} at column {}", static_cast<uint32_t>(c), column)};
    }
    i += length;
  }
  return std::nullopt;
}

// Measures how deeply YAML text nests, line by line, without parsing it: the block indentation
// levels open at a line, the "- " (and "? ", ": ") indicators that open a node on it, and the
// flow brackets open at each character. Quoted strings, comments and block scalars are skipped.
// It errs on the low side where YAML is subtle (a quotation that follows a tag, say): yaml-cpp's
// own depth guard is behind it.
class NestingMeter {
 public:
  explicit NestingMeter(int max_nesting) : max_(max_nesting) {}

  std::optional<YamlProblem> Line(std::string_view line, int line_number) {
    line_number_ = line_number;
    size_t indent = 0;
    while (indent < line.size() && line[indent] == ' ') ++indent;
    const bool blank = indent == line.size() || line[indent] == '#';
    if (block_indent_ >= 0) {
      if (blank || static_cast<int>(indent) > block_indent_) return std::nullopt;
      block_indent_ = -1;
    }
    size_t i = 0;
    int indicators = 0;
    if (quote_ == 0 && flow_ == 0) {
      if (blank) return std::nullopt;
      if (indent == 0 && (line.starts_with("---") || line.starts_with("..."))) {
        levels_.clear();
        return std::nullopt;
      }
      while (!levels_.empty() && levels_.back() >= indent) levels_.pop_back();
      levels_.push_back(indent);
      i = indent;
      // "- - key: value": each indicator opens one more node on this line.
      if (auto problem = Check(0, line, i)) return problem;
      while (i < line.size() && (line[i] == '-' || line[i] == '?' || line[i] == ':') &&
             (i + 1 == line.size() || line[i + 1] == ' ' || line[i + 1] == '\t')) {
        if (auto problem = Check(++indicators, line, i)) return problem;
        ++i;
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
      }
    }
    return Scan(line, i, indicators, indent);
  }

 private:
  std::optional<YamlProblem> Check(int indicators, std::string_view line, size_t at) const {
    if (static_cast<int>(levels_.size()) + indicators + flow_ <= max_) return std::nullopt;
    int column = 1;
    for (size_t k = 0; k < at && k < line.size(); ++k) column += (line[k] & 0xC0) != 0x80;
    return YamlProblem{line_number_, column, fmt::format("nested deeper than {} levels", max_)};
  }

  // The rest of the line from `i`: quotes, comments, brackets, and a block scalar header.
  std::optional<YamlProblem> Scan(std::string_view line, size_t i, int indicators,
                                  size_t indent) {
    // Whether a node may start at the next character that is not a space: a quotation or a flow
    // collection opens only there, not inside a plain scalar ("Korea's", "see [1").
    bool at_node = true;
    size_t last_token = line.size();  // where the last word outside quotes starts
    for (; i < line.size(); ++i) {
      const char c = line[i];
      if (quote_ == '"') {
        if (c == '\\') {
          ++i;
        } else if (c == '"') {
          quote_ = 0, at_node = false;
        }
        continue;
      }
      if (quote_ == '\'') {
        if (c == '\'' && i + 1 < line.size() && line[i + 1] == '\'') {
          ++i;
        } else if (c == '\'') {
          quote_ = 0, at_node = false;
        }
        continue;
      }
      if (c == ' ' || c == '\t') continue;
      const bool spaced = i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t';
      if (c == '#' && spaced) break;
      if (spaced) last_token = i;
      const bool then_space = i + 1 == line.size() || line[i + 1] == ' ' || line[i + 1] == '\t';
      if ((c == '"' || c == '\'') && at_node) {
        quote_ = c;
      } else if ((c == '[' || c == '{') && (at_node || flow_ > 0)) {
        ++flow_;
        if (auto problem = Check(indicators, line, i)) return problem;
        at_node = true;
      } else if ((c == ']' || c == '}') && flow_ > 0) {
        --flow_;
        at_node = false;
      } else {
        // A value or entry indicator, or a comma between flow entries, opens a node.
        at_node = (c == ',' && flow_ > 0) || (c == ':' && (then_space || flow_ > 0)) ||
                  ((c == '-' || c == '?') && then_space);
      }
    }
    // "key: |", "- >-": the lines that follow, indented deeper than this one, are text.
    if (quote_ == 0 && flow_ == 0 && last_token < line.size() &&
        (line[last_token] == '|' || line[last_token] == '>')) {
      size_t end = last_token + 1;
      while (end < line.size() &&
             (line[end] == '+' || line[end] == '-' || (line[end] >= '0' && line[end] <= '9'))) {
        ++end;
      }
      while (end < line.size() && (line[end] == ' ' || line[end] == '\t')) ++end;
      if (end == line.size() || line[end] == '#') block_indent_ = static_cast<int>(indent);
    }
    return std::nullopt;
  }

  int max_;
  int line_number_ = 0;
  std::vector<size_t> levels_;  // the indentation of each open block level
  int flow_ = 0;                // open flow brackets
  char quote_ = 0;              // the quotation mark of an open quoted scalar, or 0
  int block_indent_ = -1;       // the indentation of a block scalar's header line, or -1
};

// Calls `fn(line, line_number)` for each line of `text` (without its '\n'; a UTF-8 byte-order
// mark at the start removed) until it returns a problem, which is returned.
template <typename Fn>
std::optional<YamlProblem> FirstProblemByLine(std::string_view text, Fn fn) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  int line_number = 0;
  size_t start = 0;
  while (true) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (auto problem = fn(text.substr(start, end - start), ++line_number)) return problem;
    if (end == text.size()) return std::nullopt;
    start = end + 1;
  }
}

}  // namespace

std::optional<YamlProblem> CheckTextCharacters(std::string_view text) {
  return FirstProblemByLine(text, CheckCharacters);
}

std::optional<YamlProblem> CheckYamlText(std::string_view text, int max_nesting) {
  NestingMeter nesting(max_nesting);
  return FirstProblemByLine(text, [&](std::string_view line, int line_number) {
    std::optional<YamlProblem> problem = CheckCharacters(line, line_number);
    if (problem) return problem;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return nesting.Line(line, line_number);
  });
}

YamlProblem YamlExceptionProblem(const YAML::Exception& e, std::string_view text) {
  int lines = static_cast<int>(std::count(text.begin(), text.end(), '\n'));
  if (!text.empty() && text.back() != '\n') ++lines;
  YamlProblem problem;
  if (!e.mark.is_null() && e.mark.line >= 0) {
    problem.line = std::clamp(e.mark.line + 1, 1, std::max(1, lines));
    problem.column = e.mark.column + 1;
  }
  problem.message = dynamic_cast<const YAML::DeepRecursion*>(&e) != nullptr
                        ? std::string("nested too deeply")
                        : e.msg;
  return problem;
}

}  // namespace factlint
