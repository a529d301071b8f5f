#include "factlint/gazetteer.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <tuple>

namespace factlint {

Gazetteer::Gazetteer(std::vector<GazetteerEntry> entries, std::vector<GazetteerMeasure> measures)
    : entries_(std::move(entries)), measures_(std::move(measures)) {
  for (GazetteerEntry& entry : entries_) {
    if (entry.key.empty()) entry.key = KeyOf(entry.name);
  }
  std::sort(entries_.begin(), entries_.end(), [](const auto& a, const auto& b) {
    return std::tie(a.key, a.entity_id, a.name) < std::tie(b.key, b.entity_id, b.name);
  });
  entries_.erase(std::unique(entries_.begin(), entries_.end(),
                             [](const auto& a, const auto& b) {
                               return a.key == b.key && a.entity_id == b.entity_id;
                             }),
                 entries_.end());
}

StatusOr<Gazetteer> Gazetteer::FromCorpus(const Corpus& corpus) {
  FACTLINT_ASSIGN_OR_RETURN(std::vector<EntityAlias> aliases, corpus.Aliases());
  std::vector<GazetteerEntry> entries;
  entries.reserve(aliases.size());
  std::vector<std::pair<std::string, std::string>> types;  // entity id -> type, filled below
  for (const EntityAlias& alias : aliases) {
    GazetteerEntry entry;
    entry.name = alias.alias;
    entry.entity_id = alias.entity_id;
    entries.push_back(std::move(entry));
  }
  for (GazetteerEntry& entry : entries) {
    auto found = std::find_if(types.begin(), types.end(),
                              [&](const auto& t) { return t.first == entry.entity_id; });
    if (found == types.end()) {
      FACTLINT_ASSIGN_OR_RETURN(std::optional<EntityInfo> info, corpus.FindEntity(entry.entity_id));
      types.emplace_back(entry.entity_id, info ? info->type : std::string());
      found = types.end() - 1;
    }
    entry.type = found->second;
  }
  FACTLINT_ASSIGN_OR_RETURN(std::vector<MeasureInfo> infos, corpus.Measures());
  std::vector<GazetteerMeasure> measures;
  for (MeasureInfo& info : infos) {
    measures.push_back({std::move(info.id), std::move(info.unit_kind), std::move(info.cues)});
  }
  return Gazetteer(std::move(entries), std::move(measures));
}

std::string Gazetteer::KeyOf(std::string_view text) {
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
  for (const GazetteerEntry& entry : entries_) {
    if (entry.entity_id == entity_id) return entry.type;
  }
  return {};
}

}  // namespace factlint
