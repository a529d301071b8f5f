// Gazetteer: the names, aliases and measure cue words of the corpus, as plain data for the
// extract stage (which does not talk SQL).
#ifndef FACTLINT_GAZETTEER_H_
#define FACTLINT_GAZETTEER_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "factlint/corpus.h"
#include "factlint/status.h"

namespace factlint {

struct GazetteerEntry {
  std::string name;  // as written in the corpus: "APT38", "Democratic People's Republic of Korea"
  std::string key;   // the lookup key: case-folded, spaces and hyphens removed ("apt38")
  std::string entity_id;
  std::string type;  // country | organisation | group | person | company | currency
};

struct GazetteerMeasure {
  std::string id;
  std::string unit_kind;          // money | count | empty
  std::vector<std::string> cues;  // lower-case cue words
};

class Gazetteer {
 public:
  // Reads every entity name and alias and every measure of `corpus`.
  static StatusOr<Gazetteer> FromCorpus(const Corpus& corpus);
  // For tests: entries and measures given directly.
  Gazetteer(std::vector<GazetteerEntry> entries, std::vector<GazetteerMeasure> measures);

  // The key of `text`: case-folded (Unicode), with spaces, hyphens and dots removed, so that
  // "APT 38", "apt-38" and "APT38" meet, and "U.S." meets "US".
  static std::string KeyOf(std::string_view text);

  // Entries sorted by key; several entities may share a key.
  const std::vector<GazetteerEntry>& entries() const { return entries_; }
  const std::vector<GazetteerMeasure>& measures() const { return measures_; }
  // The entries whose key equals KeyOf(text).
  std::vector<const GazetteerEntry*> Find(std::string_view text) const;
  // The type of an entity id, or empty. O(log n): the passes ask it for every mention.
  std::string TypeOf(std::string_view entity_id) const;

 private:
  std::vector<GazetteerEntry> entries_;
  std::vector<std::pair<std::string, std::string>> types_;  // entity id -> type, sorted by id
  std::vector<GazetteerMeasure> measures_;
};

}  // namespace factlint

#endif  // FACTLINT_GAZETTEER_H_
