#include "validate.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <utility>

#include "engine/base/ascii.h"
#include "factlint/corpus.h"
#include "text_util.h"

namespace factlint::corpus_internal {
namespace {

std::string Where(const Origin& origin) { return fmt::format("{}:{}", origin.file, origin.line); }

// Keeps the first record with each id; reports later ones as errors and drops them. Returns
// where each id is defined. `id_key` is the field that holds the id ("" when the record's field
// path is its id, as for measures).
template <typename Record>
std::map<std::string, Origin> UniqueIds(std::vector<Record>* records, const char* what,
                                        const char* id_key, ErrorList* errors) {
  std::map<std::string, Origin> first;
  std::vector<Record> kept;
  kept.reserve(records->size());
  for (Record& record : *records) {
    auto [it, inserted] = first.emplace(record.id, record.origin);
    if (!inserted) {
      errors->Add(record.origin.file, record.origin.line, JoinField(record.origin.field, id_key),
                  fmt::format("{} '{}' is defined twice (first at {})", what, record.id,
                              Where(it->second)));
      continue;
    }
    kept.push_back(std::move(record));
  }
  *records = std::move(kept);
  return first;
}

// Entity names and aliases, folded, to the entities that go by them.
class NameIndex {
 public:
  explicit NameIndex(const std::vector<Entity>& entities) {
    for (const Entity& entity : entities) {
      ids_.insert(entity.id);
      names_[FoldName(entity.name)].insert(entity.id);
      for (const Alias& alias : entity.aliases) names_[FoldName(alias.text)].insert(entity.id);
    }
  }

  bool HasId(const std::string& id) const { return ids_.count(id) > 0; }

  // The entities that `text` names: the one whose id it is, else those with it as name or alias.
  std::set<std::string> Lookup(const std::string& text) const {
    if (ids_.count(text) > 0) return {text};
    auto it = names_.find(FoldName(text));
    return it == names_.end() ? std::set<std::string>{} : it->second;
  }

 private:
  std::set<std::string> ids_;
  std::map<std::string, std::set<std::string>> names_;
};

std::string JoinIds(const std::set<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : ", ") + id;
  return out;
}

void CheckEntityRef(const Ref& ref, const std::string& file, const NameIndex& names,
                    ErrorList* errors) {
  if (ref.id.empty() || names.HasId(ref.id)) return;
  std::string message = fmt::format("unknown entity '{}'", ref.id);
  if (std::set<std::string> named = names.Lookup(ref.id); named.size() == 1) {
    message += fmt::format("; did you mean '{}'?", *named.begin());
  } else if (names.HasId(AsciiLower(ref.id))) {
    message += fmt::format("; did you mean '{}'?", AsciiLower(ref.id));
  }
  errors->Add(file, ref.line, ref.field, message);
}

template <typename Map>
void CheckRef(const Ref& ref, const std::string& file, const Map& known, const char* what,
              ErrorList* errors) {
  if (ref.id.empty() || known.count(ref.id) > 0) return;
  errors->Add(file, ref.line, ref.field, fmt::format("unknown {} '{}'", what, ref.id));
}

void Resolve(NameRef* name, const std::string& file, const NameIndex& names,
             std::vector<std::string>* warnings) {
  if (name->text.empty()) return;
  std::set<std::string> ids = names.Lookup(name->text);
  if (ids.size() == 1) {
    name->entity_id = *ids.begin();
    return;
  }
  warnings->push_back(ids.empty() ? fmt::format("{}:{}: {}: '{}' names no entity", file, name->line,
                                                name->field, name->text)
                                  : fmt::format("{}:{}: {}: '{}' could be any of {}", file,
                                                name->line, name->field, name->text, JoinIds(ids)));
}

void DedupeAliases(Entity* entity) {
  std::set<std::string> seen = {FoldName(entity->name)};
  std::vector<Alias> kept;
  for (Alias& alias : entity->aliases) {
    if (seen.insert(FoldName(alias.text)).second) kept.push_back(std::move(alias));
  }
  entity->aliases = std::move(kept);
}

void CheckLexicon(std::vector<LexiconEntry>* lexicon, ErrorList* errors) {
  std::vector<LexiconEntry> kept;
  std::vector<LexiconEntry> all = std::move(*lexicon);
  std::map<std::string, size_t> index;
  for (LexiconEntry& entry : all) {
    auto it = index.find(entry.term);
    if (it == index.end()) {
      index.emplace(entry.term, kept.size());
      kept.push_back(std::move(entry));
      continue;
    }
    const LexiconEntry& earlier = kept[it->second];
    if (earlier.correction == entry.correction) continue;  // a harmless repeat
    const std::string field =
        entry.is_misspelling() ? JoinField("misspellings", entry.term) : "terms";
    std::string message;
    if (earlier.is_misspelling() && entry.is_misspelling()) {
      message = fmt::format("'{}' is corrected to '{}' here but to '{}' at {}", entry.term,
                            entry.correction, earlier.correction, Where(earlier.origin));
    } else {
      message = fmt::format("'{}' is listed both as a term and as a misspelling (also at {})",
                            entry.term, Where(earlier.origin));
    }
    errors->Add(entry.origin.file, entry.origin.line, field, message);
  }
  *lexicon = std::move(kept);
}

}  // namespace

void Validate(CorpusData* data, ErrorList* errors, std::vector<std::string>* warnings) {
  UniqueIds(&data->entities, "entity", "id", errors);
  const std::map<std::string, Origin> source_ids =
      UniqueIds(&data->sources, "source", "id", errors);
  const std::map<std::string, Origin> measure_ids =
      UniqueIds(&data->measures, "measure", "", errors);
  for (Entity& entity : data->entities) DedupeAliases(&entity);
  CheckLexicon(&data->lexicon, errors);

  const NameIndex names(data->entities);
  for (const Relation& r : data->relations) {
    CheckEntityRef(r.subject, r.origin.file, names, errors);
    CheckEntityRef(r.object, r.origin.file, names, errors);
    CheckRef(r.source, r.origin.file, source_ids, "source", errors);
  }
  for (const Role& role : data->roles) {
    CheckEntityRef(role.of, role.origin.file, names, errors);
    CheckRef(role.source, role.origin.file, source_ids, "source", errors);
  }
  for (Statement& s : data->statements) {
    CheckRef(s.measure, s.origin.file, measure_ids, "measure", errors);
    Resolve(&s.subject, s.origin.file, names, warnings);
  }
  for (Quote& q : data->quotes) Resolve(&q.speaker, q.origin.file, names, warnings);
  for (Source& source : data->sources) {
    Resolve(&source.publisher, source.origin.file, names, warnings);
  }

  for (FxFile& fx : data->fx_files) {
    InputFile& file = data->files[fx.file_index];
    const std::string stem = std::filesystem::path(file.path).stem().string();
    file.source_id = source_ids.count(stem) > 0 ? stem : std::string(kEcbSourceId);
    if (source_ids.count(file.source_id) == 0) data->needs_ecb_source = true;
  }
}

}  // namespace factlint::corpus_internal
