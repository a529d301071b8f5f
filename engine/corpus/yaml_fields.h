// Typed, checked access to the fields of a YAML map, reporting problems as
// "path:line: field: message". The one place that turns YAML nodes into strings, dates and
// numbers for the corpus loaders.
#ifndef FACTLINT_ENGINE_CORPUS_YAML_FIELDS_H_
#define FACTLINT_ENGINE_CORPUS_YAML_FIELDS_H_

#include <yaml-cpp/yaml.h>

#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "errors.h"
#include "factlint/date.h"
#include "model.h"
#include "text_util.h"

namespace factlint::corpus_internal {

// The 1-based line of `node`, or `fallback` when the node has no position (an absent key).
int LineOf(const YAML::Node& node, int fallback);

// "a list", "a map", "a string", "nothing": what a node is, for messages.
const char* NodeKindName(const YAML::Node& node);

// Whether a field must be present.
enum class Need { kOptional, kRequired };

// Reads one YAML map whose keys are a fixed set. Construction reports repeated keys and keys
// outside `allowed` ("unknown key; expected one of ..."), which is what catches typos in the
// sources. A key whose value is empty (`note:`) counts as absent.
class MapReader {
 public:
  // `field` is the map's own path ("statements[2]"), empty at the top of a file. `errors` must
  // outlive the reader. REQUIRES: map.IsMap().
  MapReader(const YAML::Node& map, std::string field, std::initializer_list<const char*> allowed,
            FileErrors* errors);

  // The line of the map (its first key).
  int line() const { return line_; }
  // The map's own field path.
  const std::string& field() const { return field_; }
  FileErrors* errors() const { return errors_; }
  // The path of `key` in this map: "statements[2].value".
  std::string Field(std::string_view key) const { return JoinField(field_, key); }
  // The value under `key`; an undefined node when absent or empty.
  YAML::Node Get(std::string_view key) const;
  // The line of the value under `key`, or of the map when absent.
  int LineOf(std::string_view key) const;
  bool Has(std::string_view key) const { return Get(key).IsDefined(); }
  // Whether `key` is written at all, even with an empty value (`value: ~`, `note:`).
  bool Given(std::string_view key) const { return Find(key) != nullptr; }

  // A non-empty string. nullopt when absent (an error when required) or not a string.
  std::optional<std::string> Text(std::string_view key, Need need);
  // An id (see IsValidId in text_util.h).
  std::optional<std::string> Id(std::string_view key, Need need);
  // One of `values`.
  std::optional<std::string> OneOf(std::string_view key, std::initializer_list<const char*> values,
                                   Need need);
  // A date written YYYY-MM-DD.
  std::optional<Date> DateValue(std::string_view key, Need need);
  // A finite number ("50000000", "1.5", "5e7").
  std::optional<double> Number(std::string_view key, Need need);
  // true or false.
  std::optional<bool> Bool(std::string_view key, Need need);
  // An http:// or https:// URL with a host and no white space: the only links the reports
  // write ("javascript:", "file:" and the like are refused).
  std::optional<std::string> Url(std::string_view key, Need need);
  // A reference to another record by id, to be checked once every file is read. Empty when
  // absent or invalid (reported).
  Ref Reference(std::string_view key, Need need);
  // A free-text name of an entity, to be resolved once every file is read.
  NameRef Name(std::string_view key, Need need);

  // Reports a problem with the value of `key` (or with the map when `key` is empty).
  void Error(std::string_view key, std::string_view message);

 private:
  struct Entry {
    std::string key;
    YAML::Node value;
    int line = 0;
  };
  const Entry* Find(std::string_view key) const;
  // The scalar under `key`, or nullopt (reporting "missing" or "expected a string").
  std::optional<std::string> Scalar(std::string_view key, Need need);

  std::string field_;
  int line_ = 1;
  std::vector<Entry> entries_;
  FileErrors* errors_;
};

// Parses a scalar node as a date; reports "expected a date YYYY-MM-DD, got '...'" under `field`.
std::optional<Date> ReadDate(const YAML::Node& node, std::string_view field, int fallback_line,
                             FileErrors* errors);

// Calls `fn(item, "field[i]")` for each item of the list `node`. An undefined or null node is an
// empty list; anything else that is not a list is reported.
void ForEachItem(const YAML::Node& node, std::string_view field, int fallback_line,
                 FileErrors* errors,
                 const std::function<void(const YAML::Node&, const std::string&)>& fn);

// Calls `fn` with a MapReader for each item of the list `node` that is a map (others reported).
void ForEachMap(const YAML::Node& node, std::string_view field, int fallback_line,
                std::initializer_list<const char*> allowed, FileErrors* errors,
                const std::function<void(MapReader&)>& fn);

// A scalar string item of a list, or nullopt (reported) when it is empty or not a string.
std::optional<std::string> ReadStringItem(const YAML::Node& node, std::string_view field,
                                          int fallback_line, FileErrors* errors);

}  // namespace factlint::corpus_internal

#endif  // FACTLINT_ENGINE_CORPUS_YAML_FIELDS_H_
