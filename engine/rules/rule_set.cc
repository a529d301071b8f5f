// RuleSet: loading rule files and running the compiled rules.
#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "engine/base/read_file.h"
#include "engine/base/yaml_text.h"
#include "factlint/rules.h"
#include "rule_kind.h"

namespace factlint {

using rules_internal::FindRuleKind;
using rules_internal::Ledger;
using rules_internal::Parameters;
using rules_internal::RuleCheck;
using rules_internal::RuleContext;
using rules_internal::RuleKind;
using rules_internal::RuleKinds;

struct RuleSet::Compiled {
  std::unique_ptr<RuleCheck> check;
};

namespace {

namespace fs = std::filesystem;

const std::set<std::string, std::less<>> kRuleKeys = {
    "id",      "kind", "severity", "message",    "parameters",
    "summary", "why",  "example",  "references", "examples"};

std::string At(const std::string& file, const YAML::Node& node, std::string_view field) {
  return fmt::format("{}:{}: {}", file, node.Mark().line + 1, field);
}

StatusOr<std::string> RequiredString(const std::string& file, const YAML::Node& root,
                                     const char* key) {
  YAML::Node node = root[key];
  if (!node) {
    return InvalidArgumentError(
        fmt::format("{}:{}: {}: is required", file, root.Mark().line + 1, key));
  }
  if (!node.IsScalar()) return InvalidArgumentError(At(file, node, key) + ": expected a string");
  return node.Scalar();
}

std::string OptionalString(const YAML::Node& root, const char* key) {
  YAML::Node node = root[key];
  return node && node.IsScalar() ? node.Scalar() : std::string();
}

Status ReadExamples(const std::string& file, const YAML::Node& node, RuleInfo* info) {
  if (!node) return OkStatus();
  if (!node.IsSequence())
    return InvalidArgumentError(At(file, node, "examples") + ": expected a list");
  for (size_t i = 0; i < node.size(); ++i) {
    const YAML::Node& item = node[i];
    std::string field = fmt::format("examples[{}]", i);
    if (!item.IsMap() || !item["text"] || !item["text"].IsScalar()) {
      return InvalidArgumentError(At(file, item, field) + ": expected {text, date?, findings}");
    }
    RuleExample example;
    example.text = item["text"].Scalar();
    if (item["date"]) {
      example.date = ParseIsoDate(item["date"].Scalar());
      if (!example.date) {
        return InvalidArgumentError(At(file, item["date"], field + ".date") +
                                    ": expected YYYY-MM-DD");
      }
    }
    if (YAML::Node findings = item["findings"]) {
      if (!findings.IsSequence()) {
        return InvalidArgumentError(At(file, findings, field + ".findings") + ": expected a list");
      }
      for (const YAML::Node& f : findings) {
        if (!f.IsMap() || !f["text"] || !f["message"]) {
          return InvalidArgumentError(At(file, f, field + ".findings") +
                                      ": each finding needs text and message");
        }
        example.findings.push_back({f["text"].Scalar(), f["message"].Scalar()});
      }
    }
    info->examples.push_back(std::move(example));
  }
  return OkStatus();
}

// Reads one rule file. yaml-cpp exceptions stay inside this function.
Status ReadRule(const std::string& file, RuleInfo* info, std::unique_ptr<RuleCheck>* check) {
  StatusOr<std::string> text = ReadFileBytes(file);
  if (!text.ok()) return NotFoundError(fmt::format("{}: cannot read the rule file", file));
  if (std::optional<YamlProblem> bad = CheckYamlText(*text)) {
    return InvalidArgumentError(fmt::format("{}:{}: yaml: {}", file, bad->line, bad->message));
  }
  YAML::Node root;
  try {
    root = YAML::Load(*text);
  } catch (const YAML::Exception& e) {
    const YamlProblem problem = YamlExceptionProblem(e, *text);
    return InvalidArgumentError(
        fmt::format("{}:{}: yaml: {}", file, problem.line, problem.message));
  }
  try {
    if (!root.IsMap()) return InvalidArgumentError(file + ":1: rule: expected a YAML map");
    for (const auto& item : root) {
      if (!kRuleKeys.contains(item.first.Scalar())) {
        return InvalidArgumentError(At(file, item.first, item.first.Scalar()) +
                                    ": unknown key (expected one of id, kind, severity, message, "
                                    "parameters, summary, why, example, references, examples)");
      }
    }
    info->file = file;
    FACTLINT_ASSIGN_OR_RETURN(info->id, RequiredString(file, root, "id"));
    std::string stem = fs::path(file).stem().string();
    if (info->id != stem) {
      return InvalidArgumentError(
          At(file, root["id"], "id") +
          fmt::format(": '{}' differs from the file name '{}'", info->id, stem));
    }
    FACTLINT_ASSIGN_OR_RETURN(info->kind, RequiredString(file, root, "kind"));
    const RuleKind* kind = FindRuleKind(info->kind);
    if (kind == nullptr) {
      std::vector<std::string_view> names;
      for (const RuleKind& k : RuleKinds()) names.push_back(k.name);
      return InvalidArgumentError(
          At(file, root["kind"], "kind") +
          fmt::format(": unknown kind '{}' (known kinds: {})", info->kind, fmt::join(names, ", ")));
    }
    FACTLINT_ASSIGN_OR_RETURN(std::string severity, RequiredString(file, root, "severity"));
    std::optional<Severity> parsed = ParseSeverity(severity);
    if (!parsed) {
      return InvalidArgumentError(
          At(file, root["severity"], "severity") +
          fmt::format(": expected error, warning or info, got '{}'", severity));
    }
    info->severity = *parsed;
    FACTLINT_ASSIGN_OR_RETURN(info->message, RequiredString(file, root, "message"));
    if (!kind->custom_message) {
      FACTLINT_RETURN_IF_ERROR(rules_internal::ValidateMessage(
          *kind, info->message, fmt::format("{}:{}", file, root["message"].Mark().line + 1)));
    }
    info->summary = OptionalString(root, "summary");
    info->why = OptionalString(root, "why");
    info->example = OptionalString(root, "example");
    if (YAML::Node refs = root["references"]; refs && refs.IsSequence()) {
      for (const YAML::Node& ref : refs) info->references.push_back(ref.Scalar());
    }
    FACTLINT_RETURN_IF_ERROR(ReadExamples(file, root["examples"], info));
    if (YAML::Node params = root["parameters"]) {
      YAML::Emitter emitter;
      emitter << params;
      info->parameters_yaml = emitter.c_str();
    }
    Parameters parameters(root["parameters"], file);
    FACTLINT_ASSIGN_OR_RETURN(*check, kind->make(*info, parameters));
    return OkStatus();
  } catch (const YAML::Exception& e) {
    return InvalidArgumentError(fmt::format("{}:{}: yaml: {}", file, e.mark.line + 1, e.msg));
  }
}

StatusOr<std::vector<std::string>> RuleFiles(const std::string& folder) {
  std::error_code error;
  if (!fs::is_directory(folder, error)) {
    return NotFoundError(fmt::format("{}: rules folder not found", folder));
  }
  std::vector<std::string> files;
  for (auto it = fs::recursive_directory_iterator(folder, error);
       !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    std::string extension = it->path().extension().string();
    if (it->is_regular_file() && (extension == ".yaml" || extension == ".yml")) {
      files.push_back(it->path().string());
    }
  }
  if (error)
    return NotFoundError(fmt::format("{}: cannot list the folder: {}", folder, error.message()));
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

RuleSet::RuleSet() = default;
RuleSet::RuleSet(RuleSet&&) noexcept = default;
RuleSet& RuleSet::operator=(RuleSet&&) noexcept = default;
RuleSet::~RuleSet() = default;

std::vector<std::string> RuleKindNames() {
  std::vector<std::string> names;
  for (const RuleKind& kind : RuleKinds()) names.emplace_back(kind.name);
  return names;
}

StatusOr<RuleSet> RuleSet::Load(const std::vector<std::string>& folders) {
  std::vector<std::string> files;
  for (const std::string& folder : folders) {
    FACTLINT_ASSIGN_OR_RETURN(std::vector<std::string> found, RuleFiles(folder));
    files.insert(files.end(), found.begin(), found.end());
  }
  RuleSet set;
  std::vector<std::pair<RuleInfo, std::unique_ptr<Compiled>>> loaded;
  for (const std::string& file : files) {
    RuleInfo info;
    auto compiled = std::make_unique<Compiled>();
    FACTLINT_RETURN_IF_ERROR(ReadRule(file, &info, &compiled->check));
    for (const auto& [other, unused] : loaded) {
      if (other.id == info.id) {
        return InvalidArgumentError(
            fmt::format("{}:1: id: '{}' is already defined by {}", file, info.id, other.file));
      }
    }
    loaded.emplace_back(std::move(info), std::move(compiled));
  }
  std::sort(loaded.begin(), loaded.end(),
            [](const auto& a, const auto& b) { return a.first.id < b.first.id; });
  for (auto& [info, compiled] : loaded) {
    set.infos_.push_back(std::move(info));
    set.compiled_.push_back(std::move(compiled));
  }
  return set;
}

StatusOr<RuleSet> RuleSet::LoadFile(const std::string& path) {
  RuleSet set;
  RuleInfo info;
  auto compiled = std::make_unique<Compiled>();
  FACTLINT_RETURN_IF_ERROR(ReadRule(path, &info, &compiled->check));
  set.infos_.push_back(std::move(info));
  set.compiled_.push_back(std::move(compiled));
  return set;
}

const RuleInfo* RuleSet::Find(std::string_view id) const {
  // infos_ is sorted by id (Load sorts it; LoadFile holds one rule).
  auto it = std::lower_bound(infos_.begin(), infos_.end(), id,
                             [](const RuleInfo& info, std::string_view i) { return info.id < i; });
  return it != infos_.end() && it->id == id ? &*it : nullptr;
}

Status RuleSet::Configure(const std::vector<std::string>& disabled,
                          const std::map<std::string, Severity>& severities) {
  for (const std::string& id : disabled) {
    if (Find(id) == nullptr) return InvalidArgumentError(fmt::format("unknown rule '{}'", id));
  }
  for (const auto& [id, severity] : severities) {
    if (Find(id) == nullptr) return InvalidArgumentError(fmt::format("unknown rule '{}'", id));
  }
  for (RuleInfo& info : infos_) {
    if (std::find(disabled.begin(), disabled.end(), info.id) != disabled.end()) {
      info.enabled = false;
    }
    if (auto it = severities.find(info.id); it != severities.end()) info.severity = it->second;
  }
  return OkStatus();
}

RuleOutput RuleSet::Run(const CheckInput& input, std::optional<std::string_view> only_rule) const {
  // The match stage: the claims' candidate records, which the fact rules judge.
  std::optional<Matches> matches;
  if (input.corpus != nullptr) {
    StatusOr<Matches> matched = MatchClaims(input.document, input.claims, *input.corpus);
    if (matched.ok()) matches = std::move(matched).value();
  }
  Ledger ledger(input.document, input.claims);
  if (matches) ledger.AddCandidates(*matches);
  RuleOutput output;
  for (size_t i = 0; i < infos_.size(); ++i) {
    if (only_rule && infos_[i].id != *only_rule) continue;
    if (!infos_[i].enabled) continue;
    RuleContext context{input, infos_[i], ledger, matches ? &*matches : nullptr};
    compiled_[i]->check->Run(context, &output.findings);
  }
  std::sort(output.findings.begin(), output.findings.end(), FindingLess);
  output.claims = std::move(ledger).Take();
  return output;
}

}  // namespace factlint
