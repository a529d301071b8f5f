// The corpus as read from its source files, before it is written to SQLite.
//
// The loaders (yaml_loader.h, fx_csv.h) fill a CorpusData; Validate() (validate.h) checks the
// references between files and resolves names to entities; WriteRecords() (writer.h) stores it.
#ifndef FACTLINT_ENGINE_CORPUS_MODEL_H_
#define FACTLINT_ENGINE_CORPUS_MODEL_H_

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "factlint/date.h"

namespace factlint::corpus_internal {

// Where a record was written: the file as the build names it, and the 1-based line.
struct Origin {
  std::string file;
  int line = 0;
  std::string field;  // the record's field path ("entities[3]"), for messages; may be empty
};

// A reference to another record by id (an entity, a measure, a source), with the place it was
// written so that a dangling one can be reported there. Empty `id`: not given.
struct Ref {
  std::string id;
  int line = 0;
  std::string field;  // "entities[2].relations[0].object"
};

// A free-text name (a subject, a speaker, a publisher) and the entity it resolved to.
struct NameRef {
  std::string text;
  int line = 0;
  std::string field;
  std::string entity_id;  // set by Validate(); empty when unresolved
};

enum class FileKind { kEntities, kMeasures, kLexicon, kSource, kFx };
const char* FileKindName(FileKind kind);

struct InputFile {
  std::string path;
  FileKind kind = FileKind::kSource;
  std::string source_id;  // the source a source file defines, or an fx file is credited to
};

struct Alias {
  std::string text;
  int line = 0;
  std::string field;  // "entities[3].aliases[1]"
};

struct Entity {
  std::string id, name, type, url, note;
  std::vector<Alias> aliases;
  Origin origin;
  int name_line = 0;  // where `name` is written
};

struct Relation {
  Ref subject;
  std::string relation;
  Ref object;
  Ref source;             // the source that supports it (optional in the entities file)
  std::string record_id;  // set when a source file claims it
  std::string text, locator, note;
  Origin origin;
};

struct Role {
  std::string entity_id;
  std::string role;
  Ref of;
  std::optional<Date> from, to;
  Ref source;
  std::string note;
  Origin origin;
};

struct HistoryEvent {
  std::string entity_id;
  Date date;
  std::string note;
  Origin origin;
};

struct Measure {
  std::string id;
  std::vector<std::string> cues;  // lower-cased, in file order, no repeats
  std::string unit_kind;          // money | count | empty (either: the unit decides)
  std::string description;
  bool can_be_negative = false;  // whether a statement's value may be below zero
  Origin origin;
};

struct LexiconEntry {
  std::string term;
  std::string correction;  // empty for a term, set for a misspelling
  Origin origin;
  bool is_misspelling() const { return !correction.empty(); }
};

struct Source {
  std::string id, title, kind, url, locator, note;
  NameRef publisher;
  std::optional<Date> published;
  Origin origin;
};

struct Statement {
  std::string source_id, id, text, locator, note;
  NameRef subject;
  Ref measure;
  std::optional<double> value;
  std::string unit;
  std::string qualifier;  // empty when no value is given
  std::optional<Date> period_from, period_to;
  Origin origin;
  int value_line = 0, unit_line = 0;  // where `value` and `unit` are written
};

struct Quote {
  std::string source_id, id, text, locator, note;
  NameRef speaker;
  std::optional<Date> said;
  Origin origin;
};

// One exchange rate of an ECB-layout file. Compact because the ECB history has ~270k of them.
struct FxPoint {
  int32_t days = 0;       // the date, as days since 1970-01-01
  uint16_t currency = 0;  // index into FxTable::currencies
  int32_t line = 0;       // 1-based line in the file
  double per_euro = 0;
};

// FxPoint::days of `date`, and the date of `days`.
inline int32_t DaysSinceEpoch(Date date) {
  return static_cast<int32_t>(std::chrono::sys_days(date).time_since_epoch().count());
}
inline Date DateOfDays(int32_t days) {
  return Date{std::chrono::sys_days(std::chrono::days(days))};
}

struct FxTable {
  std::vector<std::string> currencies;  // the header's currency codes, in column order
  std::vector<FxPoint> rates;           // sorted by (currency code, date)
};

struct FxFile {
  size_t file_index = 0;  // into CorpusData::files
  FxTable table;
};

struct CorpusData {
  std::vector<InputFile> files;  // in reading order
  std::vector<Entity> entities;
  std::vector<Relation> relations;
  std::vector<Role> roles;
  std::vector<HistoryEvent> history;
  std::vector<Measure> measures;
  std::vector<LexiconEntry> lexicon;
  std::vector<Source> sources;
  std::vector<Statement> statements;
  std::vector<Quote> quotes;
  std::vector<FxFile> fx_files;
};

}  // namespace factlint::corpus_internal

#endif  // FACTLINT_ENGINE_CORPUS_MODEL_H_
