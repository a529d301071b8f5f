#include "parameters.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

namespace factlint::rules_internal {

Parameters::Parameters(const YAML::Node& node, std::string file)
    : node_(std::make_unique<YAML::Node>(node)), file_(std::move(file)) {
  if (node_->IsDefined() && !node_->IsNull() && !node_->IsMap()) {
    first_error_ = InvalidArgumentError(
        fmt::format("{}:{}: parameters: expected a map", file_, node_->Mark().line + 1));
  }
}

Parameters::~Parameters() = default;

std::string Parameters::Where(std::string_view key) const {
  int line = 0;
  if (node_->IsMap()) {
    YAML::Node value = (*node_)[std::string(key)];
    line = value.IsDefined() ? value.Mark().line + 1 : node_->Mark().line + 1;
  }
  return fmt::format("{}:{}: parameters.{}", file_, line, key);
}

void Parameters::Fail(std::string_view key, std::string_view message) {
  if (!first_error_.ok()) return;
  first_error_ = InvalidArgumentError(fmt::format("{}: {}", Where(key), message));
}

double Parameters::Number(std::string_view key, double fallback) {
  read_.emplace(key);
  if (!node_->IsMap() || !(*node_)[std::string(key)]) return fallback;
  YAML::Node value = (*node_)[std::string(key)];
  try {
    return value.as<double>();
  } catch (const YAML::Exception&) {
    Fail(key, fmt::format("expected a number, got '{}'", value.IsScalar() ? value.Scalar() : "?"));
    return fallback;
  }
}

bool Parameters::Bool(std::string_view key, bool fallback) {
  read_.emplace(key);
  if (!node_->IsMap() || !(*node_)[std::string(key)]) return fallback;
  YAML::Node value = (*node_)[std::string(key)];
  try {
    return value.as<bool>();
  } catch (const YAML::Exception&) {
    Fail(key,
         fmt::format("expected true or false, got '{}'", value.IsScalar() ? value.Scalar() : "?"));
    return fallback;
  }
}

std::string Parameters::String(std::string_view key, std::string fallback) {
  read_.emplace(key);
  if (!node_->IsMap() || !(*node_)[std::string(key)]) return fallback;
  YAML::Node value = (*node_)[std::string(key)];
  if (!value.IsScalar()) {
    Fail(key, "expected a string");
    return fallback;
  }
  return value.Scalar();
}

std::vector<std::string> Parameters::Strings(std::string_view key,
                                             std::vector<std::string> fallback) {
  read_.emplace(key);
  if (!node_->IsMap() || !(*node_)[std::string(key)]) return fallback;
  YAML::Node value = (*node_)[std::string(key)];
  if (!value.IsSequence()) {
    Fail(key, "expected a list of strings");
    return fallback;
  }
  std::vector<std::string> out;
  for (const YAML::Node& item : value) {
    if (!item.IsScalar()) {
      Fail(key, "expected a list of strings");
      return fallback;
    }
    out.push_back(item.Scalar());
  }
  return out;
}

std::vector<Parameters::Entry> Parameters::StringList(std::string_view key) {
  read_.emplace(key);
  if (!node_->IsMap() || !(*node_)[std::string(key)]) return {};
  YAML::Node value = (*node_)[std::string(key)];
  if (!value.IsSequence()) {
    Fail(key, "expected a list of strings");
    return {};
  }
  std::vector<Entry> out;
  for (const YAML::Node& item : value) {
    if (!item.IsScalar()) {
      FailEntry(key, out.size(), item.Mark().line + 1, "expected a string");
      return {};
    }
    out.push_back({"", item.Scalar(), item.Mark().line + 1});
  }
  return out;
}

std::vector<Parameters::Entry> Parameters::StringMap(std::string_view key) {
  read_.emplace(key);
  if (!node_->IsMap() || !(*node_)[std::string(key)]) return {};
  YAML::Node value = (*node_)[std::string(key)];
  if (!value.IsMap()) {
    Fail(key, "expected a map of strings to strings");
    return {};
  }
  std::vector<Entry> out;
  for (const auto& item : value) {
    if (!item.first.IsScalar() || !item.second.IsScalar()) {
      FailEntry(key, out.size(), item.first.Mark().line + 1, "expected a string: a string");
      return {};
    }
    out.push_back({item.first.Scalar(), item.second.Scalar(), item.first.Mark().line + 1});
  }
  return out;
}

bool Parameters::Has(std::string_view key) const {
  return node_->IsMap() && (*node_)[std::string(key)];
}

void Parameters::FailEntry(std::string_view key, size_t index, int line, std::string_view message) {
  if (!first_error_.ok()) return;
  first_error_ = InvalidArgumentError(
      fmt::format("{}:{}: parameters.{}[{}]: {}", file_, line, key, index, message));
}

std::string Parameters::WhereInRule(std::string_view field) const {
  int line = 0;
  try {
    YAML::Node root = YAML::LoadFile(file_);
    if (root.IsMap() && root[std::string(field)]) line = root[std::string(field)].Mark().line + 1;
  } catch (const YAML::Exception&) {
    // Unreadable now: the error still names the file and field.
  }
  return fmt::format("{}:{}: {}", file_, line, field);
}

Status Parameters::Finish() {
  if (!first_error_.ok()) return first_error_;
  if (node_->IsMap()) {
    for (const auto& item : *node_) {
      std::string key = item.first.Scalar();
      if (!read_.contains(key)) {
        return InvalidArgumentError(fmt::format("{}:{}: parameters.{}: unknown parameter", file_,
                                                item.first.Mark().line + 1, key));
      }
    }
  }
  return OkStatus();
}

}  // namespace factlint::rules_internal
