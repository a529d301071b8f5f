// Config: a project's `.factlint.yaml`, found by walking up from the checked file's folder.
//
//   corpus: build/corpus.db        # relative to the config file's folder
//   rules: [house-rules]           # extra rule folders, relative; read after the shipped rules
//   disable: [repeated-word]       # rule ids that do not run
//   severity: {spelling: warning}  # rule id -> error | warning | info
//   fail-on: warning               # error | warning | info | never
//   ignore: [drafts/**, "*.txt"]   # globs over paths relative to the config file's folder
//   words: [Lazarus, altcoins]     # the project's word list, known to the spelling rule
//   date: 2022-02-07               # the article date when the front matter has none
//
// Precedence: the command line, then the config file, then the built-in defaults; an article's
// front matter `date` beats the config's `date`, and `--date` beats both.
#ifndef FACTLINT_CONFIG_H_
#define FACTLINT_CONFIG_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "factlint/date.h"
#include "factlint/finding.h"
#include "factlint/rules.h"
#include "factlint/status.h"

namespace factlint {

inline constexpr char kConfigFileName[] = ".factlint.yaml";

struct Config {
  std::string file;    // the config file as found or given; empty for the built-in defaults
  std::string folder;  // its folder: what relative paths and `ignore` globs are relative to

  // Each is unset/empty when the file does not say it. Paths are already resolved against
  // `folder`.
  std::optional<std::string> corpus;
  std::vector<std::string> rules;
  std::vector<std::string> disable;
  std::map<std::string, Severity> severity;
  std::optional<std::string> fail_on;  // "error", "warning", "info" or "never"
  std::vector<std::string> ignore;     // the globs as written
  std::vector<std::string> words;
  std::optional<Date> date;

  // The 1-based line of each field that was given: "corpus", "fail-on", "severity.spelling",
  // "disable.repeated-word", "ignore", "words", ...
  std::map<std::string, int> lines;

  // "<file>:<line>" for a field that was given, else empty.
  std::string Origin(const std::string& field) const;

  // True when `path` (absolute or relative to the working folder) matches an `ignore` glob. Globs
  // match paths relative to `folder`, one segment at a time with fnmatch(FNM_PATHNAME): `*` and
  // `?` stay inside a segment and `**` matches any number of segments. A glob without `/` matches
  // the last segment at any depth (`*.txt`), and a glob that matches a folder ignores everything
  // inside it (`drafts`). Paths outside `folder` are never ignored.
  bool Ignores(const std::string& path) const;

  // Checks that every id in `disable` and `severity` names a rule of `rule_set`, then disables and
  // re-levels them there. Error (kInvalidArgument):
  // "x/.factlint.yaml:3: disable: unknown rule 'spellling'".
  Status ApplyTo(RuleSet* rule_set) const;
};

// The first `.factlint.yaml` in `start` (a file's folder, or the folder itself) or one of its
// ancestors; nullopt when there is none.
std::optional<std::string> FindConfigFile(const std::string& start);

// Reads a config file. Errors (kInvalidArgument) name file, line and field:
//   "x/.factlint.yaml:4: severity.spelling: expected error, warning or info, got 'loud'",
//   "x/.factlint.yaml:2: colour: unknown key (expected one of corpus, rules, ...)",
//   "x/.factlint.yaml:1: expected keys and values (corpus: ..., rules: ...)";
// a file that cannot be read is kNotFound / kPermissionDenied naming it.
// yaml-cpp's exceptions are caught here and nowhere else in this library.
StatusOr<Config> LoadConfig(const std::string& path);

// The config for checking `start`: `explicit_file` when given (it must exist), else the one
// FindConfigFile finds, else an empty Config (built-in defaults).
StatusOr<Config> ResolveConfig(const std::string& start, const std::string& explicit_file);

}  // namespace factlint

#endif  // FACTLINT_CONFIG_H_
