// Config: reading `.factlint.yaml`, finding it, and matching `ignore` globs.
#include "factlint/config.h"

#include <fmt/format.h>
#include <fnmatch.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>

#include "engine/base/read_file.h"
#include "engine/base/yaml_text.h"

namespace factlint {
namespace {

namespace fs = std::filesystem;

constexpr const char* kKeys[] = {"corpus",  "rules",  "disable", "severity",
                                 "fail-on", "ignore", "words",   "date"};

class Reader {
 public:
  // `last_line`: the file's last 1-based line. yaml-cpp puts some errors (an unclosed "[") just
  // past the end; those are reported on the last line.
  Reader(const std::string& file, int last_line) : file_(file), last_line_(last_line) {}

  int Line(const YAML::Node& node) const { return Line(node.Mark()); }
  int Line(const YAML::Mark& mark) const {
    return std::clamp(mark.line + 1, 1, std::max(1, last_line_));
  }

  Status Error(int line, std::string_view field, std::string_view what) const {
    if (field.empty()) return InvalidArgumentError(fmt::format("{}:{}: {}", file_, line, what));
    return InvalidArgumentError(fmt::format("{}:{}: {}: {}", file_, line, field, what));
  }

  StatusOr<std::string> Scalar(const YAML::Node& node, std::string_view field) const {
    if (!node.IsScalar()) return Error(Line(node), field, "expected a single value");
    return node.Scalar();
  }

  // A list of scalars (a single scalar counts as a list of one).
  StatusOr<std::vector<std::pair<std::string, int>>> List(const YAML::Node& node,
                                                          std::string_view field) const {
    std::vector<std::pair<std::string, int>> values;
    if (node.IsNull()) return values;
    if (node.IsScalar()) {
      values.emplace_back(node.Scalar(), Line(node));
      return values;
    }
    if (!node.IsSequence()) return Error(Line(node), field, "expected a list");
    for (const YAML::Node& item : node) {
      if (!item.IsScalar()) return Error(Line(item), field, "expected a list of single values");
      values.emplace_back(item.Scalar(), Line(item));
    }
    return values;
  }

 private:
  const std::string& file_;
  int last_line_;
};

std::string Resolve(const std::string& folder, const std::string& path) {
  fs::path p(path);
  if (p.is_absolute() || folder.empty()) return p.lexically_normal().string();
  return (fs::path(folder) / p).lexically_normal().string();
}

Status ReadFields(const Reader& in, const YAML::Node& root, Config* config) {
  for (const auto& entry : root) {
    const std::string key = entry.first.Scalar();
    const YAML::Node& value = entry.second;
    const int line = in.Line(entry.first);
    if (std::find(std::begin(kKeys), std::end(kKeys), key) == std::end(kKeys)) {
      return in.Error(line, key,
                      "unknown key (expected one of corpus, rules, disable, severity, fail-on, "
                      "ignore, words, date)");
    }
    config->lines[key] = line;
    if (key == "corpus") {
      FACTLINT_ASSIGN_OR_RETURN(std::string corpus, in.Scalar(value, key));
      config->corpus = Resolve(config->folder, corpus);
    } else if (key == "rules") {
      FACTLINT_ASSIGN_OR_RETURN(auto folders, in.List(value, key));
      for (const auto& [folder, unused] : folders) {
        config->rules.push_back(Resolve(config->folder, folder));
      }
    } else if (key == "disable") {
      FACTLINT_ASSIGN_OR_RETURN(auto ids, in.List(value, key));
      for (const auto& [id, id_line] : ids) {
        config->disable.push_back(id);
        config->lines["disable." + id] = id_line;
      }
    } else if (key == "severity") {
      if (value.IsNull()) continue;
      if (!value.IsMap()) return in.Error(in.Line(value), key, "expected rule: level pairs");
      for (const auto& level : value) {
        const std::string id = level.first.Scalar();
        const std::string field = "severity." + id;
        FACTLINT_ASSIGN_OR_RETURN(std::string name, in.Scalar(level.second, field));
        std::optional<Severity> severity = ParseSeverity(name);
        if (!severity) {
          return in.Error(in.Line(level.second), field,
                          fmt::format("expected error, warning or info, got '{}'", name));
        }
        config->severity[id] = *severity;
        config->lines[field] = in.Line(level.first);
      }
    } else if (key == "fail-on") {
      FACTLINT_ASSIGN_OR_RETURN(std::string level, in.Scalar(value, key));
      if (level != "never" && !ParseSeverity(level)) {
        return in.Error(in.Line(value), key,
                        fmt::format("expected error, warning, info or never, got '{}'", level));
      }
      config->fail_on = level;
    } else if (key == "ignore") {
      FACTLINT_ASSIGN_OR_RETURN(auto globs, in.List(value, key));
      for (const auto& [glob, unused] : globs) config->ignore.push_back(glob);
    } else if (key == "words") {
      FACTLINT_ASSIGN_OR_RETURN(auto words, in.List(value, key));
      for (const auto& [word, unused] : words) config->words.push_back(word);
    } else if (key == "date") {
      FACTLINT_ASSIGN_OR_RETURN(std::string date, in.Scalar(value, key));
      config->date = ParseIsoDate(date);
      if (!config->date) {
        return in.Error(in.Line(value), key, fmt::format("expected YYYY-MM-DD, got '{}'", date));
      }
    }
  }
  return OkStatus();
}

std::vector<std::string> Segments(const fs::path& path) {
  std::vector<std::string> segments;
  for (const fs::path& part : path) {
    std::string s = part.string();
    if (!s.empty() && s != ".") segments.push_back(s);
  }
  return segments;
}

// Matches glob segments [g, ...) against path segments [p, ...). `**` matches zero or more
// segments. The recursion is as deep as the glob has segments: the config's author controls it,
// not the checked article.
bool MatchSegments(const std::vector<std::string>& glob, size_t g,
                   const std::vector<std::string>& path, size_t p) {
  if (g == glob.size()) return p == path.size();
  if (glob[g] == "**") {
    for (size_t skip = p; skip <= path.size(); ++skip) {
      if (MatchSegments(glob, g + 1, path, skip)) return true;
    }
    return false;
  }
  if (p == path.size()) return false;
  if (fnmatch(glob[g].c_str(), path[p].c_str(), FNM_PATHNAME | FNM_PERIOD) != 0) return false;
  return MatchSegments(glob, g + 1, path, p + 1);
}

}  // namespace

std::string Config::Origin(const std::string& field) const {
  auto it = lines.find(field);
  if (it == lines.end() || file.empty()) return {};
  return fmt::format("{}:{}", file, it->second);
}

bool Config::Ignores(const std::string& path) const {
  if (ignore.empty()) return false;
  std::error_code error;
  const fs::path base =
      fs::weakly_canonical(folder.empty() ? fs::path(".") : fs::path(folder), error);
  const fs::path full = fs::weakly_canonical(path, error);
  const fs::path relative = full.lexically_relative(base);
  if (relative.empty() || *relative.begin() == "..") return false;
  const std::vector<std::string> segments = Segments(relative);
  for (const std::string& glob : ignore) {
    std::vector<std::string> parts = Segments(fs::path(glob));
    if (parts.empty()) continue;
    if (glob.find('/') == std::string::npos) parts.insert(parts.begin(), "**");
    // A glob that matches a folder ignores what is inside it: try every leading prefix.
    for (size_t n = 1; n <= segments.size(); ++n) {
      std::vector<std::string> prefix(segments.begin(), segments.begin() + n);
      if (MatchSegments(parts, 0, prefix, 0)) return true;
    }
  }
  return false;
}

Status Config::ApplyTo(RuleSet* rule_set) const {
  for (const std::string& id : disable) {
    if (rule_set->Find(id) == nullptr) {
      return InvalidArgumentError(
          fmt::format("{}: disable: unknown rule '{}'", Origin("disable." + id), id));
    }
  }
  for (const auto& [id, unused] : severity) {
    if (rule_set->Find(id) == nullptr) {
      return InvalidArgumentError(
          fmt::format("{}: severity.{}: unknown rule '{}'", Origin("severity." + id), id, id));
    }
  }
  return rule_set->Configure(disable, severity);
}

std::optional<std::string> FindConfigFile(const std::string& start) {
  std::error_code error;
  fs::path folder = fs::absolute(start.empty() ? fs::path(".") : fs::path(start), error);
  if (error) return std::nullopt;
  if (!fs::is_directory(folder, error)) folder = folder.parent_path();
  folder = folder.lexically_normal();
  while (true) {
    const fs::path candidate = folder / kConfigFileName;
    if (fs::is_regular_file(candidate, error)) {
      // Relative to the working folder when `start` was, so that messages stay short.
      if (fs::path(start).is_relative()) {
        const fs::path relative = candidate.lexically_proximate(fs::current_path(error));
        if (!error && !relative.empty()) return relative.string();
      }
      return candidate.string();
    }
    if (!folder.has_relative_path()) return std::nullopt;  // the root
    folder = folder.parent_path();
  }
}

StatusOr<Config> LoadConfig(const std::string& path) {
  FACTLINT_ASSIGN_OR_RETURN(const std::string text, ReadFileBytes(path));
  Config config;
  config.file = path;
  const fs::path folder = fs::path(path).parent_path();
  config.folder = folder.empty() ? "." : folder.string();
  int last_line = static_cast<int>(std::count(text.begin(), text.end(), '\n'));
  if (!text.empty() && text.back() != '\n') ++last_line;
  const Reader reader(config.file, last_line);
  if (auto bad = CheckYamlText(text)) return reader.Error(bad->line, "", bad->message);
  try {
    const YAML::Node root = YAML::Load(text);
    if (!root.IsDefined() || root.IsNull()) return config;
    if (!root.IsMap()) {
      return reader.Error(reader.Line(root), "",
                          "expected keys and values (corpus: ..., rules: ...)");
    }
    FACTLINT_RETURN_IF_ERROR(ReadFields(reader, root, &config));
  } catch (const YAML::DeepRecursion& e) {
    return reader.Error(reader.Line(e.mark), "", "nested too deeply");
  } catch (const YAML::Exception& e) {
    return reader.Error(reader.Line(e.mark), "", e.msg);
  }
  return config;
}

StatusOr<Config> ResolveConfig(const std::string& start, const std::string& explicit_file) {
  if (!explicit_file.empty()) return LoadConfig(explicit_file);
  std::optional<std::string> found = FindConfigFile(start);
  if (!found) return Config{};
  return LoadConfig(*found);
}

}  // namespace factlint
