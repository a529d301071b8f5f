#include "factlint/gazetteer.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "engine/base/ascii.h"

namespace factlint {

Gazetteer::Gazetteer(std::vector<GazetteerEntry> entries, std::vector<GazetteerMeasure> measures)
    : entries_(std::move(entries)), measures_(std::move(measures)) {
  for (GazetteerEntry& entry : entries_) {
    if (entry.key.empty()) entry.key = KeyOf(entry.name);
    types_.emplace_back(entry.entity_id, entry.type);
  }
  std::sort(entries_.begin(), entries_.end(), [](const auto& a, const auto& b) {
    return std::tie(a.key, a.entity_id, a.name) < std::tie(b.key, b.entity_id, b.name);
  });
  entries_.erase(std::unique(entries_.begin(), entries_.end(),
                             [](const auto& a, const auto& b) {
                               return a.key == b.key && a.entity_id == b.entity_id;
                             }),
                 entries_.end());
  std::sort(types_.begin(), types_.end());
  types_.erase(std::unique(types_.begin(), types_.end(),
                           [](const auto& a, const auto& b) { return a.first == b.first; }),
               types_.end());
}

StatusOr<Gazetteer> Gazetteer::FromCorpus(const Corpus& corpus) {
  FACTLINT_ASSIGN_OR_RETURN(std::vector<EntityAlias> aliases, corpus.Aliases());
  std::map<std::string, std::string, std::less<>> types;  // one look-up per entity, not per alias
  std::vector<GazetteerEntry> entries;
  entries.reserve(aliases.size());
  for (EntityAlias& alias : aliases) {
    auto found = types.find(alias.entity_id);
    if (found == types.end()) {
      FACTLINT_ASSIGN_OR_RETURN(std::optional<EntityInfo> info, corpus.FindEntity(alias.entity_id));
      found = types.emplace(alias.entity_id, info ? info->type : std::string()).first;
    }
    entries.push_back({.name = std::move(alias.alias),
                       .key = {},
                       .entity_id = std::move(alias.entity_id),
                       .type = found->second});
  }
  FACTLINT_ASSIGN_OR_RETURN(std::vector<MeasureInfo> infos, corpus.Measures());
  std::vector<GazetteerMeasure> measures;
  for (MeasureInfo& info : infos) {
    measures.push_back({std::move(info.id), std::move(info.unit_kind), std::move(info.cues)});
  }
  return Gazetteer(std::move(entries), std::move(measures));
}

std::string Gazetteer::KeyOf(std::string_view text) {
  // ASCII text (most names and words) needs no ICU: case folding is lower-casing there, and the
  // white space is ' ' and \t through \r.
  if (std::all_of(text.begin(), text.end(), [](char c) { return (c & 0x80) == 0; })) {
    std::string key;
    key.reserve(text.size());
    for (char c : text) {
      if (c == ' ' || (c >= '\t' && c <= '\r') || c == '-' || c == '.') continue;
      key.push_back(AsciiLower(c));
    }
    return key;
  }
  icu::UnicodeString folded =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
          .foldCase();
  icu::UnicodeString kept;
  for (int32_t i = 0; i < folded.length();) {
    UChar32 c = folded.char32At(i);
    i += U16_LENGTH(c);
    if (u_isUWhiteSpace(c) || c == '-' || c == '.' || c == 0x2010 || c == 0x2011) continue;
    if (c == 0x2019) c = '\'';  // a curly apostrophe is an apostrophe
    kept.append(c);
  }
  std::string out;
  kept.toUTF8String(out);
  return out;
}

std::vector<const GazetteerEntry*> Gazetteer::Find(std::string_view text) const {
  std::string key = KeyOf(text);
  auto begin =
      std::lower_bound(entries_.begin(), entries_.end(), key,
                       [](const GazetteerEntry& e, const std::string& k) { return e.key < k; });
  std::vector<const GazetteerEntry*> out;
  for (auto it = begin; it != entries_.end() && it->key == key; ++it) out.push_back(&*it);
  return out;
}

std::string Gazetteer::TypeOf(std::string_view entity_id) const {
  auto it = std::lower_bound(types_.begin(), types_.end(), entity_id,
                             [](const auto& t, std::string_view id) { return t.first < id; });
  return it != types_.end() && it->first == entity_id ? it->second : std::string();
}

}  // namespace factlint
