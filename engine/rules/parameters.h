// Parameters: typed reads of a rule file's `parameters:` map, with errors that name the file, the
// line and the field. yaml-cpp stays behind this class.
#ifndef FACTLINT_ENGINE_RULES_PARAMETERS_H_
#define FACTLINT_ENGINE_RULES_PARAMETERS_H_

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "factlint/status.h"

namespace YAML {
class Node;
}

namespace factlint::rules_internal {

class Parameters {
 public:
  // `node` is the `parameters:` map (or a null node when absent); `file` names the rule file.
  Parameters(const YAML::Node& node, std::string file);
  ~Parameters();

  // Each read returns `fallback` when the key is absent, and records an error (returning
  // `fallback`) when the value has the wrong type.
  double Number(std::string_view key, double fallback);
  bool Bool(std::string_view key, bool fallback);
  std::string String(std::string_view key, std::string fallback);
  std::vector<std::string> Strings(std::string_view key, std::vector<std::string> fallback);

  // One entry of a list or map parameter, with its line in the rule file (1-based).
  struct Entry {
    std::string key;    // the map key; empty for a list entry
    std::string value;  // the list item or the map value
    int line = 0;
  };
  // A list of strings, each with its line; a map of strings to strings, in file order. Absent
  // key: empty. Wrong type (not a list / map, or an entry that is not a string): an error.
  std::vector<Entry> StringList(std::string_view key);
  std::vector<Entry> StringMap(std::string_view key);

  // True when the rule file gives `key` (does not count as reading it).
  bool Has(std::string_view key) const;

  // Records an error about `key`, e.g. from a kind's own validation.
  void Fail(std::string_view key, std::string_view message);
  // Records an error about entry `index` of `key`: "file:line: parameters.key[index]: message".
  void FailEntry(std::string_view key, size_t index, int line, std::string_view message);

  // "file:line: field" for a top-level field of the rule file (e.g. "message"), for a kind that
  // validates more than its parameters. Re-reads the file (meant for error paths); line 0 when
  // the file cannot be read.
  std::string WhereInRule(std::string_view field) const;

  // OK, or the first error; a key that no read asked for is an error ("unknown parameter").
  Status Finish();

 private:
  std::string Where(std::string_view key) const;
  std::unique_ptr<YAML::Node> node_;
  std::string file_;
  std::set<std::string, std::less<>> read_;
  Status first_error_;
};

}  // namespace factlint::rules_internal

#endif  // FACTLINT_ENGINE_RULES_PARAMETERS_H_
