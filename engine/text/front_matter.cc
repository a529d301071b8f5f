#include "front_matter.h"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>

#include "engine/base/yaml_text.h"
#include "factlint/date.h"

namespace factlint::text_internal {
namespace {

// True when text[begin, end) is `marker` followed only by spaces and tabs.
bool IsDelimiterLine(std::string_view text, size_t begin, size_t end, std::string_view marker) {
  std::string_view line = text.substr(begin, end - begin);
  if (line.substr(0, marker.size()) != marker) return false;
  return line.find_first_not_of(" \t", marker.size()) == std::string_view::npos;
}

// The 1-based file line of a yaml-cpp mark (a 0-based line within the YAML, or -1 when unknown).
// yaml-cpp puts some errors (an unclosed "[") just past the end of the YAML; those are reported
// on its last line, which is still inside the front matter.
class LineMapper {
 public:
  LineMapper(std::string_view yaml, size_t first_line)
      : first_line_(first_line),
        last_(static_cast<int>(std::count(yaml.begin(), yaml.end(), '\n')) - 1) {}
  size_t operator()(const YAML::Mark& mark) const {
    return first_line_ + 1 + static_cast<size_t>(std::max(0, std::min(mark.line, last_)));
  }

 private:
  size_t first_line_;
  int last_;
};

Status Error(const std::string& path, size_t line, std::string_view what) {
  return InvalidArgumentError(fmt::format("{}:{}: front matter: {}", path, line, what));
}

// Reads `key` as a single text value into *value; absent or null leaves it unset.
Status ReadScalar(const YAML::Node& root, const char* key, const LineMapper& file_line,
                  const std::string& path, std::optional<std::string>* value) {
  const YAML::Node node = root[key];
  if (!node.IsDefined() || node.IsNull()) return OkStatus();
  if (!node.IsScalar()) {
    return Error(path, file_line(node.Mark()), fmt::format("{}: expected a single value", key));
  }
  *value = node.Scalar();
  return OkStatus();
}

// `factlint-disable: true | false | RULE | [RULE, ...]`.
Status ReadDisable(const YAML::Node& root, const LineMapper& file_line, const std::string& path,
                   Metadata* metadata) {
  const YAML::Node node = root["factlint-disable"];
  if (!node.IsDefined() || node.IsNull()) return OkStatus();
  const std::string_view expected = "factlint-disable: expected true, false or a list of rule ids";
  if (node.IsScalar()) {
    const std::string& value = node.Scalar();
    if (value == "true") {
      metadata->disable_all = true;
    } else if (value != "false") {
      metadata->disabled_rules.push_back(value);
    }
    return OkStatus();
  }
  if (!node.IsSequence()) return Error(path, file_line(node.Mark()), expected);
  for (const YAML::Node& item : node) {
    if (!item.IsScalar()) return Error(path, file_line(item.Mark()), expected);
    metadata->disabled_rules.push_back(item.Scalar());
  }
  return OkStatus();
}

}  // namespace

std::optional<FrontMatterRange> FindFrontMatter(std::string_view text, size_t start,
                                                const LineIndex& lines) {
  const size_t first = lines.LineOf(start);
  // The opening line needs a terminator: a file that is only "---" has no front matter.
  if (first + 1 >= lines.size() || !IsDelimiterLine(text, start, lines.End(first), "---")) {
    return std::nullopt;
  }
  for (size_t line = first + 1; line < lines.size(); ++line) {
    const size_t begin = lines.Begin(line), end = lines.End(line);
    if (IsDelimiterLine(text, begin, end, "---") || IsDelimiterLine(text, begin, end, "...")) {
      return FrontMatterRange{lines.Next(line), lines.Begin(first + 1), begin, first + 1};
    }
  }
  return std::nullopt;
}

Status ParseFrontMatter(std::string_view yaml, size_t first_line, const std::string& path,
                        Metadata* metadata) {
  const LineMapper file_line(yaml, first_line);
  if (auto bad = CheckYamlText(yaml)) {
    return Error(path, first_line + static_cast<size_t>(bad->line), bad->message);
  }
  try {
    const YAML::Node root = YAML::Load(std::string(yaml));
    if (!root.IsDefined() || root.IsNull()) return OkStatus();
    if (!root.IsMap()) {
      return Error(path, file_line(root.Mark()),
                   "expected keys and values (title: ..., date: ...)");
    }
    std::optional<std::string> title, date, lang;
    FACTLINT_RETURN_IF_ERROR(ReadScalar(root, "title", file_line, path, &title));
    FACTLINT_RETURN_IF_ERROR(ReadScalar(root, "date", file_line, path, &date));
    FACTLINT_RETURN_IF_ERROR(ReadScalar(root, "lang", file_line, path, &lang));
    FACTLINT_RETURN_IF_ERROR(ReadDisable(root, file_line, path, metadata));
    if (title) metadata->title = *title;
    if (lang) metadata->lang = *lang;
    if (date) {
      metadata->date = ParseIsoDate(*date);
      if (!metadata->date) {
        return Error(path, file_line(root["date"].Mark()),
                     fmt::format("date: expected YYYY-MM-DD, got '{}'", *date));
      }
    }
    return OkStatus();
  } catch (const YAML::DeepRecursion& e) {
    // yaml-cpp 0.7 gives this one the message "bad file".
    return Error(path, file_line(e.mark), "nested too deeply");
  } catch (const YAML::Exception& e) {
    return Error(path, file_line(e.mark), e.msg);
  }
}

}  // namespace factlint::text_internal
