#include "yaml_fields.h"

#include <fmt/format.h>

#include <algorithm>

namespace factlint::corpus_internal {

int LineOf(const YAML::Node& node, int fallback) {
  if (!node.IsDefined()) return fallback;
  const YAML::Mark mark = node.Mark();
  if (mark.is_null() || mark.line < 0) return fallback;
  return mark.line + 1;
}

const char* NodeKindName(const YAML::Node& node) {
  if (!node.IsDefined() || node.IsNull()) return "nothing";
  if (node.IsSequence()) return "a list";
  if (node.IsMap()) return "a map";
  return "a string";
}

MapReader::MapReader(const YAML::Node& map, std::string field,
                     std::initializer_list<const char*> allowed, FileErrors* errors)
    : field_(std::move(field)), line_(corpus_internal::LineOf(map, 1)), errors_(errors) {
  std::string expected;
  for (const char* key : allowed) {
    if (!expected.empty()) expected += ", ";
    expected += key;
  }
  for (auto it = map.begin(); it != map.end(); ++it) {
    const int key_line = corpus_internal::LineOf(it->first, line_);
    if (!it->first.IsScalar()) {
      errors_->Add(key_line, field_,
                   "expected a plain key, got " + std::string(NodeKindName(it->first)));
      continue;
    }
    std::string key = it->first.Scalar();
    bool known = false;
    for (const char* name : allowed) known = known || key == name;
    if (!known) {
      errors_->Add(key_line, Field(key), "unknown key; expected one of " + expected);
      continue;
    }
    if (Find(key) != nullptr) {
      errors_->Add(key_line, Field(key),
                   fmt::format("repeated key (first on line {})", Find(key)->line));
      continue;
    }
    entries_.push_back({std::move(key), it->second, key_line});
  }
}

const MapReader::Entry* MapReader::Find(std::string_view key) const {
  for (const Entry& entry : entries_) {
    if (entry.key == key) return &entry;
  }
  return nullptr;
}

YAML::Node MapReader::Get(std::string_view key) const {
  const Entry* entry = Find(key);
  if (entry == nullptr || entry->value.IsNull()) return YAML::Node(YAML::NodeType::Undefined);
  return entry->value;
}

int MapReader::LineOf(std::string_view key) const {
  const Entry* entry = Find(key);
  if (entry == nullptr) return line_;
  return corpus_internal::LineOf(entry->value, entry->line);
}

void MapReader::Error(std::string_view key, std::string_view message) {
  errors_->Add(LineOf(key), key.empty() ? field_ : Field(key), message);
}

std::optional<std::string> MapReader::Scalar(std::string_view key, Need need) {
  YAML::Node node = Get(key);
  if (!node.IsDefined()) {
    if (need == Need::kRequired) Error(key, "required field is missing");
    return std::nullopt;
  }
  if (!node.IsScalar()) {
    Error(key, fmt::format("expected a string, got {}", NodeKindName(node)));
    return std::nullopt;
  }
  std::string text = node.Scalar();
  if (text.empty()) {
    if (need == Need::kRequired) Error(key, "must not be empty");
    return std::nullopt;
  }
  return text;
}

std::optional<std::string> MapReader::Text(std::string_view key, Need need) {
  return Scalar(key, need);
}

std::optional<std::string> MapReader::Id(std::string_view key, Need need) {
  std::optional<std::string> text = Scalar(key, need);
  if (text && !IsValidId(*text)) {
    Error(key, fmt::format("expected an id (letters, digits, '.', '_', '-'), got '{}'", *text));
    return std::nullopt;
  }
  return text;
}

std::optional<std::string> MapReader::OneOf(std::string_view key,
                                            std::initializer_list<const char*> values, Need need) {
  std::optional<std::string> text = Scalar(key, need);
  if (!text) return std::nullopt;
  std::string expected;
  for (const char* value : values) {
    if (*text == value) return text;
    if (!expected.empty()) expected += ", ";
    expected += value;
  }
  Error(key, fmt::format("expected one of {}; got '{}'", expected, *text));
  return std::nullopt;
}

std::optional<Date> MapReader::DateValue(std::string_view key, Need need) {
  std::optional<std::string> text = Scalar(key, need);
  if (!text) return std::nullopt;
  std::optional<Date> date = ParseIsoDate(*text);
  if (!date) Error(key, fmt::format("expected a date YYYY-MM-DD, got '{}'", *text));
  return date;
}

std::optional<double> MapReader::Number(std::string_view key, Need need) {
  std::optional<std::string> text = Scalar(key, need);
  if (!text) return std::nullopt;
  std::optional<double> value = ParseNumber(*text);
  if (!value) Error(key, fmt::format("expected a number, got '{}'", *text));
  return value;
}

std::optional<bool> MapReader::Bool(std::string_view key, Need need) {
  std::optional<std::string> text = Scalar(key, need);
  if (!text) return std::nullopt;
  if (*text == "true") return true;
  if (*text == "false") return false;
  Error(key, fmt::format("expected true or false, got '{}'", *text));
  return std::nullopt;
}

std::optional<std::string> MapReader::Url(std::string_view key, Need need) {
  std::optional<std::string> text = Scalar(key, need);
  if (!text) return std::nullopt;
  // What follows the scheme, which starts with the host.
  std::string_view after_scheme;
  for (std::string_view scheme : {"https://", "http://"}) {
    if (text->starts_with(scheme)) after_scheme = std::string_view(*text).substr(scheme.size());
  }
  const bool spaced = std::any_of(text->begin(), text->end(), [](char c) {
    return static_cast<unsigned char>(c) <= ' ' || c == '\x7f';
  });
  if (after_scheme.empty() || after_scheme.front() == '/' || spaced) {
    Error(key, fmt::format("expected an http:// or https:// URL, got '{}'", *text));
    return std::nullopt;
  }
  return text;
}

Ref MapReader::Reference(std::string_view key, Need need) {
  std::optional<std::string> id = Id(key, need);
  if (!id) return Ref{};
  return Ref{*id, LineOf(key), Field(key)};
}

NameRef MapReader::Name(std::string_view key, Need need) {
  std::optional<std::string> text = Text(key, need);
  if (!text) return NameRef{};
  return NameRef{*text, LineOf(key), Field(key), ""};
}

std::optional<Date> ReadDate(const YAML::Node& node, std::string_view field, int fallback_line,
                             FileErrors* errors) {
  const int line = LineOf(node, fallback_line);
  if (!node.IsScalar()) {
    errors->Add(line, field, fmt::format("expected a date YYYY-MM-DD, got {}", NodeKindName(node)));
    return std::nullopt;
  }
  std::optional<Date> date = ParseIsoDate(node.Scalar());
  if (!date) {
    errors->Add(line, field, fmt::format("expected a date YYYY-MM-DD, got '{}'", node.Scalar()));
  }
  return date;
}

void ForEachItem(const YAML::Node& node, std::string_view field, int fallback_line,
                 FileErrors* errors,
                 const std::function<void(const YAML::Node&, const std::string&)>& fn) {
  if (!node.IsDefined() || node.IsNull()) return;
  if (!node.IsSequence()) {
    errors->Add(LineOf(node, fallback_line), field,
                fmt::format("expected a list, got {}", NodeKindName(node)));
    return;
  }
  for (size_t i = 0; i < node.size(); ++i) {
    fn(node[i], fmt::format("{}[{}]", field, i));
  }
}

void ForEachMap(const YAML::Node& node, std::string_view field, int fallback_line,
                std::initializer_list<const char*> allowed, FileErrors* errors,
                const std::function<void(MapReader&)>& fn) {
  ForEachItem(node, field, fallback_line, errors,
              [&](const YAML::Node& item, const std::string& item_field) {
                if (!item.IsMap()) {
                  errors->Add(LineOf(item, LineOf(node, fallback_line)), item_field,
                              fmt::format("expected a map, got {}", NodeKindName(item)));
                  return;
                }
                MapReader reader(item, item_field, allowed, errors);
                fn(reader);
              });
}

std::optional<std::string> ReadStringItem(const YAML::Node& node, std::string_view field,
                                          int fallback_line, FileErrors* errors) {
  const int line = LineOf(node, fallback_line);
  if (!node.IsScalar()) {
    errors->Add(line, field, fmt::format("expected a string, got {}", NodeKindName(node)));
    return std::nullopt;
  }
  if (node.Scalar().empty()) {
    errors->Add(line, field, "must not be empty");
    return std::nullopt;
  }
  return node.Scalar();
}

}  // namespace factlint::corpus_internal
