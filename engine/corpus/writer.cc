#include "writer.h"

#include <string>
#include <unordered_map>

#include "factlint/corpus.h"
#include "factlint/date.h"
#include "sqlite_util.h"
#include "text_util.h"

namespace factlint::corpus_internal {
namespace {

void WriteEntities(SQLite::Database& db, const CorpusData& data) {
  SQLite::Statement entity(db,
                           "INSERT INTO entities (id, name, type, url, note, file, line) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)");
  SQLite::Statement alias(db,
                          "INSERT INTO aliases (alias, alias_folded, entity_id, is_name, file, "
                          "line) VALUES (?, ?, ?, ?, ?, ?)");
  for (const Entity& e : data.entities) {
    entity.bind(1, e.id);
    entity.bind(2, e.name);
    entity.bind(3, e.type);
    BindText(entity, 4, e.url);
    BindText(entity, 5, e.note);
    entity.bind(6, e.origin.file);
    entity.bind(7, e.origin.line);
    entity.exec();
    entity.reset();
    auto add_alias = [&](const std::string& text, bool is_name, int line) {
      alias.bind(1, text);
      alias.bind(2, FoldName(text));
      alias.bind(3, e.id);
      alias.bind(4, is_name ? 1 : 0);
      alias.bind(5, e.origin.file);
      alias.bind(6, line);
      alias.exec();
      alias.reset();
    };
    add_alias(e.name, true, e.origin.line);
    for (const Alias& a : e.aliases) add_alias(a.text, false, a.line);
  }
  SQLite::Statement history(
      db, "INSERT INTO entity_history (entity_id, date, note, file, line) VALUES (?, ?, ?, ?, ?)");
  for (const HistoryEvent& h : data.history) {
    history.bind(1, h.entity_id);
    history.bind(2, FormatIsoDate(h.date));
    history.bind(3, h.note);
    history.bind(4, h.origin.file);
    history.bind(5, h.origin.line);
    history.exec();
    history.reset();
  }
}

void WriteRelationsAndRoles(SQLite::Database& db, const CorpusData& data) {
  SQLite::Statement relation(db,
                             "INSERT INTO relations (subject, relation, object, source_id, "
                             "record_id, text, locator, note, file, line) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (const Relation& r : data.relations) {
    relation.bind(1, r.subject.id);
    relation.bind(2, r.relation);
    relation.bind(3, r.object.id);
    BindText(relation, 4, r.source.id);
    BindText(relation, 5, r.record_id);
    BindText(relation, 6, r.text);
    BindText(relation, 7, r.locator);
    BindText(relation, 8, r.note);
    relation.bind(9, r.origin.file);
    relation.bind(10, r.origin.line);
    relation.exec();
    relation.reset();
  }
  SQLite::Statement role(db,
                         "INSERT INTO roles (entity_id, role, of_entity, valid_from, valid_to, "
                         "source_id, note, file, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (const Role& r : data.roles) {
    role.bind(1, r.entity_id);
    role.bind(2, r.role);
    role.bind(3, r.of.id);
    BindDate(role, 4, r.from);
    BindDate(role, 5, r.to);
    BindText(role, 6, r.source.id);
    BindText(role, 7, r.note);
    role.bind(8, r.origin.file);
    role.bind(9, r.origin.line);
    role.exec();
    role.reset();
  }
}

void WriteMeasuresAndLexicon(SQLite::Database& db, const CorpusData& data) {
  SQLite::Statement measure(
      db, "INSERT INTO measures (id, unit_kind, description, file, line) VALUES (?, ?, ?, ?, ?)");
  SQLite::Statement cue(db, "INSERT INTO measure_cues (measure_id, cue) VALUES (?, ?)");
  for (const Measure& m : data.measures) {
    measure.bind(1, m.id);
    BindText(measure, 2, m.unit_kind);
    BindText(measure, 3, m.description);
    measure.bind(4, m.origin.file);
    measure.bind(5, m.origin.line);
    measure.exec();
    measure.reset();
    for (const std::string& c : m.cues) {
      cue.bind(1, m.id);
      cue.bind(2, c);
      cue.exec();
      cue.reset();
    }
  }
  SQLite::Statement lexicon(
      db, "INSERT INTO lexicon (term, kind, correction, file, line) VALUES (?, ?, ?, ?, ?)");
  for (const LexiconEntry& entry : data.lexicon) {
    lexicon.bind(1, entry.term);
    lexicon.bind(2, entry.is_misspelling() ? "misspelling" : "term");
    BindText(lexicon, 3, entry.correction);
    lexicon.bind(4, entry.origin.file);
    lexicon.bind(5, entry.origin.line);
    lexicon.exec();
    lexicon.reset();
  }
}

void WriteSourcesAndRecords(SQLite::Database& db, const CorpusData& data) {
  SQLite::Statement source(db,
                           "INSERT INTO sources (id, title, publisher, publisher_entity, kind, "
                           "published, url, locator, note, file, line) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (const Source& s : data.sources) {
    source.bind(1, s.id);
    source.bind(2, s.title);
    source.bind(3, s.publisher.text);
    BindText(source, 4, s.publisher.entity_id);
    source.bind(5, s.kind);
    BindDate(source, 6, s.published);
    BindText(source, 7, s.url);
    BindText(source, 8, s.locator);
    BindText(source, 9, s.note);
    source.bind(10, s.origin.file);
    source.bind(11, s.origin.line);
    source.exec();
    source.reset();
  }
  SQLite::Statement statement(
      db,
      "INSERT INTO statements (source_id, id, text, locator, subject, subject_entity, measure, "
      "value, unit, qualifier, period_from, period_to, note, file, line) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (const Statement& s : data.statements) {
    statement.bind(1, s.source_id);
    statement.bind(2, s.id);
    statement.bind(3, s.text);
    BindText(statement, 4, s.locator);
    BindText(statement, 5, s.subject.text);
    BindText(statement, 6, s.subject.entity_id);
    BindText(statement, 7, s.measure.id);
    if (s.value) {
      statement.bind(8, *s.value);
    } else {
      statement.bind(8);
    }
    BindText(statement, 9, s.unit);
    BindText(statement, 10, s.qualifier);
    BindDate(statement, 11, s.period_from);
    BindDate(statement, 12, s.period_to);
    BindText(statement, 13, s.note);
    statement.bind(14, s.origin.file);
    statement.bind(15, s.origin.line);
    statement.exec();
    statement.reset();
  }
  SQLite::Statement quote(db,
                          "INSERT INTO quotes (source_id, id, speaker, speaker_entity, text, "
                          "locator, said, note, file, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (const Quote& q : data.quotes) {
    quote.bind(1, q.source_id);
    quote.bind(2, q.id);
    quote.bind(3, q.speaker.text);
    BindText(quote, 4, q.speaker.entity_id);
    quote.bind(5, q.text);
    BindText(quote, 6, q.locator);
    BindDate(quote, 7, q.said);
    BindText(quote, 8, q.note);
    quote.bind(9, q.origin.file);
    quote.bind(10, q.origin.line);
    quote.exec();
    quote.reset();
  }
}

}  // namespace

const char* FileKindName(FileKind kind) {
  switch (kind) {
    case FileKind::kEntities:
      return "entities";
    case FileKind::kMeasures:
      return "measures";
    case FileKind::kLexicon:
      return "lexicon";
    case FileKind::kSource:
      return "source";
    case FileKind::kFx:
      return "fx";
  }
  return "source";
}

int64_t InsertFile(SQLite::Database& db, const InputFile& file) {
  SQLite::Statement insert(db, "INSERT INTO files (path, kind, source_id) VALUES (?, ?, ?)");
  insert.bind(1, file.path);
  insert.bind(2, FileKindName(file.kind));
  BindText(insert, 3, file.source_id);
  insert.exec();
  return db.getLastInsertRowid();
}

void WriteRecords(SQLite::Database& db, const CorpusData& data) {
  for (const InputFile& file : data.files) InsertFile(db, file);
  WriteEntities(db, data);
  WriteRelationsAndRoles(db, data);
  WriteMeasuresAndLexicon(db, data);
  WriteSourcesAndRecords(db, data);
}

int64_t WriteFxRates(SQLite::Database& db, int64_t file_id, const FxTable& table) {
  SQLite::Statement insert(db,
                           "INSERT OR REPLACE INTO fx_rates (currency, date, per_euro, file_id, "
                           "line) VALUES (?, ?, ?, ?, ?)");
  insert.bind(4, file_id);
  int64_t written = 0;
  // The rates are sorted by currency, so each day comes back once per currency: format it once.
  std::unordered_map<int32_t, std::string> dates;
  for (const FxPoint& rate : table.rates) {
    auto [it, inserted] = dates.try_emplace(rate.days);
    if (inserted) {
      it->second = FormatIsoDate(DateOfDays(rate.days));
    }
    insert.bindNoCopy(1, table.currencies[rate.currency]);
    insert.bindNoCopy(2, it->second);
    insert.bind(3, rate.per_euro);
    insert.bind(5, rate.line);
    written += insert.exec();
    insert.reset();
  }
  return written;
}

void RebuildFullText(SQLite::Database& db) {
  for (const char* table : {"statements_fts", "quotes_fts"}) {
    const std::string fts = table;
    db.exec("INSERT INTO " + fts + " (" + fts + ") VALUES ('rebuild')");
    // The statistics of full_text_terms and full_text_totals, read from the index just written
    // through an fts5vocab table: per term the rows holding it (`doc`) and its occurrences
    // (`cnt`), whose sum is the tokens indexed.
    db.exec("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, '" + fts + "', 'row')");
    db.exec("INSERT INTO full_text_terms (fts, term, docs) SELECT '" + fts +
            "', term, doc FROM temp.vocab ORDER BY term");
    db.exec("INSERT INTO full_text_totals (fts, rows, tokens) VALUES ('" + fts + "', " +
            "(SELECT count(*) FROM " + fts + "_docsize), " +
            "(SELECT coalesce(sum(cnt), 0) FROM temp.vocab))");
    db.exec("DROP TABLE temp.vocab");
  }
}

}  // namespace factlint::corpus_internal
