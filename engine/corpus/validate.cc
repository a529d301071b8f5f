#include "validate.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>

#include "engine/base/ascii.h"
#include "engine/text/currency_codes.h"
#include "factlint/date.h"
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
  // Reports a name or alias that another entity already goes by: a draft's "Korea" must lead to
  // one entity.
  NameIndex(const std::vector<Entity>& entities, ErrorList* errors) {
    for (const Entity& entity : entities) {
      ids_.insert(entity.id);
      Add(entity, entity.name, entity.name_line, JoinField(entity.origin.field, "name"), errors);
      for (const Alias& alias : entity.aliases) {
        Add(entity, alias.text, alias.line, alias.field, errors);
      }
    }
  }

  bool HasId(const std::string& id) const { return ids_.count(id) > 0; }

  // The entities that `text` names: the one whose id it is, else those with it as name or alias.
  std::set<std::string> Lookup(const std::string& text) const {
    if (ids_.count(text) > 0) return {text};
    auto it = names_.find(FoldName(text));
    if (it == names_.end()) return {};
    std::set<std::string> ids;
    for (const Named& named : it->second) ids.insert(named.entity_id);
    return ids;
  }

 private:
  struct Named {
    std::string entity_id;
    Origin origin;  // where the name or alias is written
  };

  void Add(const Entity& entity, const std::string& text, int line, const std::string& field,
           ErrorList* errors) {
    if (text.empty()) return;
    std::vector<Named>& named = names_[FoldName(text)];
    for (const Named& other : named) {
      if (other.entity_id == entity.id) return;
    }
    if (!named.empty()) {
      errors->Add(entity.origin.file, line, field,
                  fmt::format("'{}' is also a name of entity '{}' ({}); a name or alias belongs "
                              "to one entity",
                              text, named.front().entity_id, Where(named.front().origin)));
    }
    named.push_back({entity.id, Origin{entity.origin.file, line, field}});
  }

  std::set<std::string> ids_;
  std::map<std::string, std::vector<Named>> names_;
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

void Resolve(NameRef* name, const std::string& file, const NameIndex& names, ErrorList* errors) {
  if (name->text.empty()) return;
  std::set<std::string> ids = names.Lookup(name->text);
  if (ids.size() == 1) {
    name->entity_id = *ids.begin();
    return;
  }
  errors->Add(file, name->line, name->field,
              ids.empty() ? fmt::format("'{}' names no entity (give an entity's id, name or "
                                        "alias, and add the entity to entities.yaml if it is "
                                        "missing)",
                                        name->text)
                          : fmt::format("'{}' could be any of {}", name->text, JoinIds(ids)));
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

// "'usd' is not an ISO 4217 currency code; did you mean 'USD'?"
std::string NotACurrencyCode(const std::string& unit) {
  std::string message = fmt::format("'{}' is not an ISO 4217 currency code", unit);
  const std::vector<std::string> codes = text_internal::CurrencyCodesNamedBy(unit);
  if (codes.size() == 1) return message + fmt::format("; did you mean '{}'?", codes.front());
  return message + "; write the currency's three-letter code, such as USD";
}

// Three capital letters: a unit written as a currency code.
bool LooksLikeACode(const std::string& unit) {
  return unit.size() == 3 &&
         std::all_of(unit.begin(), unit.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// The figure of `s` against its measure `m`: the unit fits the measure's kind, and the value is
// not negative unless the measure can be.
void CheckFigure(const Statement& s, const Measure& m, ErrorList* errors) {
  if (!s.value) return;
  const std::string& file = s.origin.file;
  if (*s.value < 0 && !m.can_be_negative) {
    errors->Add(file, s.value_line, JoinField(s.origin.field, "value"),
                fmt::format("{} is negative, and measure '{}' cannot be (say "
                            "'can_be_negative: true' in measures.yaml if it can)",
                            *s.value, m.id));
  }
  if (s.unit.empty()) return;  // reported where the statement was read
  const bool code = text_internal::IsIsoCurrencyCode(s.unit);
  const std::string field = JoinField(s.origin.field, "unit");
  if (m.unit_kind == "money") {
    if (!code) {
      errors->Add(file, s.unit_line, field,
                  fmt::format("measure '{}' is money, and ", m.id) + NotACurrencyCode(s.unit));
    }
  } else if (m.unit_kind == "count") {
    if (text_internal::LooksLikeCurrency(s.unit)) {
      errors->Add(file, s.unit_line, field,
                  fmt::format("'{}' is a currency, and measure '{}' is a count (unit_kind: "
                              "count): its unit is what is counted, such as 'attacks'",
                              s.unit, m.id));
    }
  } else if (!code && (text_internal::LooksLikeCurrency(s.unit) || LooksLikeACode(s.unit))) {
    errors->Add(file, s.unit_line, field, NotACurrencyCode(s.unit));
  }
}

// The key of a rate: its currency (three capitals) and day.
uint64_t RateKey(const std::string& currency, int32_t days) {
  uint64_t code = 0;
  for (char c : currency) code = code * 32 + static_cast<uint64_t>(c - 'A');
  return (code << 32) | static_cast<uint32_t>(days);
}

// Credits each fx file to the source its stem names, and checks that files which give the same
// currency and day agree; the later copy of a rate is dropped, so each is written once.
void CheckFxFiles(CorpusData* data, const std::map<std::string, Origin>& source_ids,
                  ErrorList* errors) {
  struct Seen {
    size_t file;  // index into data->fx_files
    double per_euro;
    int line;
  };
  std::unordered_map<uint64_t, Seen> seen;
  for (size_t f = 0; f < data->fx_files.size(); ++f) {
    FxFile& fx = data->fx_files[f];
    InputFile& file = data->files[fx.file_index];
    const std::string stem = std::filesystem::path(file.path).stem().string();
    if (source_ids.count(stem) > 0) {
      file.source_id = stem;
    } else {
      errors->AddFileError(file.path,
                           fmt::format("no source '{}': a rate file is credited to the source "
                                       "whose id is its file name",
                                       stem));
    }
    if (data->fx_files.size() < 2) continue;
    std::vector<FxPoint> kept;
    kept.reserve(fx.table.rates.size());
    for (const FxPoint& rate : fx.table.rates) {
      const std::string& currency = fx.table.currencies[rate.currency];
      auto [it, inserted] =
          seen.try_emplace(RateKey(currency, rate.days), Seen{f, rate.per_euro, rate.line});
      if (inserted) {
        kept.push_back(rate);
        continue;
      }
      if (it->second.per_euro != rate.per_euro) {
        const std::string& other = data->files[data->fx_files[it->second.file].file_index].path;
        errors->Add(
            file.path, rate.line, currency,
            fmt::format("{} is {} here but {} in {}:{}", FormatIsoDate(DateOfDays(rate.days)),
                        rate.per_euro, it->second.per_euro, other, it->second.line));
      }
    }
    fx.table.rates = std::move(kept);
  }
}

}  // namespace

void Validate(CorpusData* data, ErrorList* errors) {
  UniqueIds(&data->entities, "entity", "id", errors);
  const std::map<std::string, Origin> source_ids =
      UniqueIds(&data->sources, "source", "id", errors);
  UniqueIds(&data->measures, "measure", "", errors);
  for (Entity& entity : data->entities) DedupeAliases(&entity);
  CheckLexicon(&data->lexicon, errors);

  const NameIndex names(data->entities, errors);
  for (const Relation& r : data->relations) {
    CheckEntityRef(r.subject, r.origin.file, names, errors);
    CheckEntityRef(r.object, r.origin.file, names, errors);
    CheckRef(r.source, r.origin.file, source_ids, "source", errors);
  }
  for (const Role& role : data->roles) {
    CheckEntityRef(role.of, role.origin.file, names, errors);
    CheckRef(role.source, role.origin.file, source_ids, "source", errors);
  }
  std::map<std::string, const Measure*> measures;
  for (const Measure& m : data->measures) measures.emplace(m.id, &m);
  for (Statement& s : data->statements) {
    CheckRef(s.measure, s.origin.file, measures, "measure", errors);
    if (auto it = measures.find(s.measure.id); it != measures.end()) {
      CheckFigure(s, *it->second, errors);
    }
    Resolve(&s.subject, s.origin.file, names, errors);
  }
  for (Quote& q : data->quotes) Resolve(&q.speaker, q.origin.file, names, errors);
  for (Source& source : data->sources) {
    Resolve(&source.publisher, source.origin.file, names, errors);
  }
  CheckFxFiles(data, source_ids, errors);
}

}  // namespace factlint::corpus_internal
