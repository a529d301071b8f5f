// Rules: rule files (data) instantiating rule kinds (code), and running them over an article.
//
// A rule file is YAML under a rules folder, `rules/<group>/<id>.yaml`:
//
//   id: repeated-word              # equals the file name
//   kind: repetition               # a registered kind (RuleKindNames())
//   severity: error                # error | warning | info
//   message: 'repeated word "{word}"'   # fmt template; the kind documents its fields
//   parameters: {allow: [had, that]}     # the kind's parameters, checked at load time
//   summary / why / example / references # documentation, shown by `factlint rules explain`
//   examples:                      # run by the test suite: text and the findings it must give
//     - text: "The the end."
//       findings: [{text: "The the", message: 'repeated word "The"'}]
#ifndef FACTLINT_RULES_H_
#define FACTLINT_RULES_H_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "factlint/claims.h"
#include "factlint/corpus.h"
#include "factlint/date.h"
#include "factlint/document.h"
#include "factlint/finding.h"
#include "factlint/status.h"

namespace factlint {

struct RuleExampleFinding {
  std::string text;  // the text of the finding's span
  std::string message;
};

// A rule file's `examples:` entry.
struct RuleExample {
  std::string text;                          // a short article
  std::optional<Date> date;                  // its date, when the rule depends on one
  std::vector<RuleExampleFinding> findings;  // exactly the findings of this rule it must give
};

struct RuleInfo {
  std::string id;
  std::string kind;
  Severity severity = Severity::kWarning;
  std::string message;  // the message template
  std::string file;     // the rule file it was loaded from
  std::string summary, why, example;
  std::vector<std::string> references;
  std::vector<RuleExample> examples;
  std::string parameters_yaml;  // the parameters as written, for `rules explain`
  bool enabled = true;          // false when the configuration disables it (Run skips it)
};

// The rule's documentation in Markdown (readable as plain text): summary, kind, severity, file,
// why, the example, the first of its tested examples that gives a finding with that finding,
// the message template, the parameters and references. `factlint rules explain` prints it; SARIF
// carries it as the rule's help.
std::string RuleHelp(const RuleInfo& rule);

// The names of the registered rule kinds, sorted.
std::vector<std::string> RuleKindNames();

// What the rules look at.
struct CheckInput {
  const Document& document;
  const Claims& claims;
  const Corpus* corpus;  // may be null: rules that need it leave claims unverified
  Date date;             // the article's date
  // The project's own word list (configuration `words:`), known to the spelling check. May be
  // null.
  const std::vector<std::string>* project_words = nullptr;
};

struct RuleOutput {
  std::vector<Finding> findings;   // sorted by FindingLess
  std::vector<ClaimEntry> claims;  // the ledger, in text order
};

// A loaded, compiled set of rules. Immutable after loading; Run is safe to call from several
// threads at once (each with its own Corpus).
class RuleSet {
 public:
  // Loads every *.yaml under each folder (recursively, sorted by path). Errors
  // (kInvalidArgument) read "path:line: field: message", e.g.
  // "rules/x/y.yaml:3: severity: expected error, warning or info, got 'fatal'"; a rule id that is
  // not its file name, an unknown kind, a duplicate id, a bad parameter or message template are
  // errors too.
  static StatusOr<RuleSet> Load(const std::vector<std::string>& folders);

  // Loads one rule file.
  static StatusOr<RuleSet> LoadFile(const std::string& path);

  RuleSet(RuleSet&&) noexcept;
  RuleSet& operator=(RuleSet&&) noexcept;
  ~RuleSet();

  // The rules, sorted by id.
  const std::vector<RuleInfo>& rules() const { return infos_; }
  const RuleInfo* Find(std::string_view id) const;

  // Disables the rules in `disabled` (Run skips them; they stay in rules()) and sets the severity
  // of those in `severities`. Error (kInvalidArgument), before anything changes:
  // "unknown rule 'x'" for an id that is not loaded.
  Status Configure(const std::vector<std::string>& disabled,
                   const std::map<std::string, Severity>& severities);

  // Runs every rule. `only_rule`, when given, runs just that rule (used by rule examples).
  RuleOutput Run(const CheckInput& input, std::optional<std::string_view> only_rule = {}) const;

 private:
  struct Compiled;
  RuleSet();
  std::vector<RuleInfo> infos_;
  std::vector<std::unique_ptr<Compiled>> compiled_;  // parallel to infos_
};

}  // namespace factlint

#endif  // FACTLINT_RULES_H_
