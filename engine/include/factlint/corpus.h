// The corpus: source records in SQLite, and the compiler that builds it from YAML and CSV.
//
// The database format is corpus/schema.sql; its version is PRAGMA user_version and is checked when
// a database is opened. Only engine/corpus/ talks SQL.
#ifndef FACTLINT_CORPUS_H_
#define FACTLINT_CORPUS_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "factlint/date.h"
#include "factlint/status.h"

namespace factlint {

// The schema version this build reads and writes (PRAGMA user_version).
inline constexpr int kCorpusSchemaVersion = 2;

// The source that `corpus import-fx` credits the ECB's rates to; the database must hold it.
inline constexpr char kEcbSourceId[] = "ecb-eurofxref";

// A problem found in the corpus sources. As text (ToString()): "path:line: field: message", or
// "path:line: message" when no one field is at fault, "path: message" when no line is, for
// example "corpus/sources/un.yaml:12: statements[0].value: expected a number, got 'fifty'".
struct CorpusProblem {
  std::string path;
  int line = 0;       // 1-based; 0 when the problem is about the whole file
  std::string field;  // "statements[0].value", "column 3", "USD"; may be empty
  std::string message;
  std::string ToString() const;
};

// The files read, the records and rates a build writes, and its warnings.
struct CorpusBuildSummary {
  int files = 0;
  int entities = 0;
  int measures = 0;
  int sources = 0;
  int statements = 0;
  int quotes = 0;
  int lexicon_terms = 0;  // terms and misspellings
  int64_t fx_rates = 0;
  // Problems that do not stop the build: files in a source folder that are not read because they
  // are not corpus files (see BuildCorpus).
  std::vector<CorpusProblem> warnings;
};

// At most this many errors are kept (and counted beyond); BuildCorpus's message spells out the
// first kMaxBuildErrorsShown of them.
inline constexpr size_t kMaxCorpusErrorsKept = 1000;
inline constexpr size_t kMaxBuildErrorsShown = 50;

// What ValidateCorpus found: every problem a build of the same inputs would stop at, and the
// counts of what it would write.
struct CorpusValidation {
  CorpusBuildSummary summary;
  std::vector<CorpusProblem> errors;  // in the order found, at most kMaxCorpusErrorsKept
  int64_t error_count = 0;            // all of them, kept or not
  bool ok() const { return error_count == 0; }
};

// Reads and checks corpus sources as BuildCorpus does, every check included, without writing
// anything. Each element of `inputs` is a file or a folder, as for BuildCorpus. Problems in the
// sources are in the result, not the status; the status is an error only when the inputs
// themselves cannot be used: kNotFound (an input that does not exist), kInvalidArgument (no
// corpus file among them, a named file that is not one), kPermissionDenied (a folder that cannot
// be listed).
StatusOr<CorpusValidation> ValidateCorpus(const std::vector<std::string>& inputs);

// Compiles corpus sources into a new SQLite database at `output`.
//
// Each element of `inputs` is a file or a folder (read recursively, in sorted path order). YAML
// files (.yaml, .yml) are told apart by their top-level keys: `entities:` (entity list),
// `measures:` (measure cue words), `terms:`/`misspellings:` (lexicon), or `id:` + `title:` (one
// source document, whose id is the file's stem). CSV files (.csv) are exchange rates in the ECB
// eurofxref-hist.csv layout, credited to the source whose id is the file's stem (which must
// exist). In a folder, hidden files and folders are skipped, Markdown and SQL files (.md, .sql:
// documentation and the schema) silently, any other file with a warning in summary->warnings; a
// corpus file with its extension in capitals (.YAML, .Csv) is an error, since it would otherwise
// be skipped. The checks, all errors, are listed in corpus/README.md.
//
// The build is atomic: it writes `output`.tmp-<pid> and renames it over `output` only when every
// file was read; on error nothing is left behind and an existing `output` is untouched. Errors in
// the sources are kInvalidArgument, the first kMaxBuildErrorsShown of them one a line (then
// "... and N more errors"), each a CorpusProblem's text. An input that does not exist is
// kNotFound; an output that cannot be written is kPermissionDenied. The same inputs give a
// byte-identical database.
Status BuildCorpus(const std::vector<std::string>& inputs, const std::string& output,
                   CorpusBuildSummary* summary = nullptr);

// What ImportFxRates did: rates new to the database, rates it already had (the same value), and
// rates replaced by a different value (only with `replace`).
struct FxImportSummary {
  int64_t added = 0;
  int64_t unchanged = 0;
  int64_t replaced = 0;
};

// At most this many conflicting rates are listed in ImportFxRates's refusal.
inline constexpr size_t kMaxFxConflictsShown = 10;

// Adds the exchange rates of an ECB-layout CSV to an existing database, credited to the source
// kEcbSourceId, which the database must hold. A rate the database already has for the same
// currency and day with another value is a conflict: without `replace` the import is refused
// (kInvalidArgument, nothing written) with "<db>: 2 rates of <csv> differ from the database's;
// nothing was imported (--replace replaces them)", then the first kMaxFxConflictsShown
// conflicts, one a line, "<csv>:5: USD: 2022-02-04 is 1.5 here but 1.1464 in the database
// (corpus/fx/ecb-eurofxref.csv:7)", then "... and N more" when there are more; with `replace` the
// file's rates win. A rate the database has with the same value is left as it is (and counted as
// unchanged). Atomic: one transaction. Errors: kInvalidArgument for a bad CSV ("path:line:
// column: message"; the database is not touched) or a conflict, kNotFound (no database; no
// kEcbSourceId source in it), kDataLoss (not a corpus database), kFailedPrecondition (another
// schema version, or another program kept the database locked for five seconds),
// kPermissionDenied (read-only); each names the database path.
StatusOr<FxImportSummary> ImportFxRates(const std::string& csv_path, const std::string& db_path,
                                        bool replace = false);

struct SourceInfo {
  std::string id;
  std::string title;
  std::string publisher;
  std::string kind;       // report | article | statement | dataset
  std::string published;  // YYYY-MM-DD, or empty
  std::string url;
  std::string publisher_entity;  // the entity id the publisher names, or empty
  std::string locator;           // where the source itself was read, or empty
  std::string note;
};

// Where a record was written in the corpus sources ("corpus/sources/un.yaml", line 12).
struct RecordOrigin {
  std::string file;
  int line = 0;
};

struct EntityInfo {
  std::string id;
  std::string name;  // the preferred name
  std::string type;  // country | organisation | group | person | company | currency
  std::string url, note;
  RecordOrigin origin;
};

// One name an entity goes by, for a gazetteer.
struct EntityAlias {
  std::string alias;  // as written in the corpus
  std::string entity_id;
  bool is_name = false;  // the entity's preferred name rather than an alias
};

// "`entity_id` is the `role` of `of_entity`" from `from` to `to`, both inclusive; nullopt is an
// open end (unknown start, ongoing).
struct RoleInfo {
  std::string entity_id;
  std::string role;
  std::string of_entity;
  std::optional<Date> from, to;
  std::string source_id;  // the supporting source, or empty
  RecordOrigin origin;
  // Whether the role holds on `date`.
  bool HoldsOn(Date date) const { return (!from || *from <= date) && (!to || date <= *to); }
};

// "subject relation object" between entities ("apt38 distinct-from lazarus"). From the entities
// file (record_id empty, source_id optional) or claimed by a source (source_id and record_id set;
// text and locator are its wording and where it is).
struct RelationInfo {
  std::string subject, relation, object;
  std::string source_id, record_id, text, locator, note;
  RecordOrigin origin;
};

// A dated event in an entity's life.
struct EntityEvent {
  std::string entity_id;
  Date date;
  std::string note;
};

struct MeasureInfo {
  std::string id;
  std::string unit_kind;  // money | count | empty (either)
  std::string description;
  std::vector<std::string> cues;  // lower-case words that signal the measure in prose, sorted
};

struct Misspelling {
  std::string wrong;
  std::string correction;
};

// A fact stated by a source. The figure fields are empty (nullopt) for a statement that only
// supports text.
struct StatementInfo {
  std::string source_id, id;  // (source_id, id) names the record
  std::string text;           // the source's wording
  std::string locator;
  std::string subject;         // as written, or empty
  std::string subject_entity;  // the entity it names, or empty
  std::string measure;         // a measure id, or empty
  std::optional<double> value;
  std::string unit;       // ISO 4217 code or a count noun; set when value is
  std::string qualifier;  // exact | about | at-least | more-than | up-to | nearly |
                          // less-than; set when value is
  std::optional<Date> period_from, period_to;
  std::string note;
  RecordOrigin origin;
};

// A quotation, in the source's exact wording.
struct QuoteInfo {
  std::string source_id, id;
  std::string speaker;         // as written
  std::string speaker_entity;  // the entity it names, or empty
  std::string text;
  std::string locator;
  std::optional<Date> said;
  std::string note;
  RecordOrigin origin;
};

// A full-text search result. `score` is the BM25 relevance (SQLite's bm25() negated): higher is
// better, only comparable within one search.
struct StatementHit {
  StatementInfo record;
  double score = 0;
};
// Which statements FindStatements returns: those that meet every non-empty field of measure,
// subject_entity and source_id (at least one must be set), scored by the BM25 of `text`.
struct StatementFilter {
  std::string measure;         // a measure id, or empty for any
  std::string subject_entity;  // an entity id, or empty for any
  std::string source_id;       // a source id, or empty for any
  std::string text;            // words to score the statements' text with (0 when none match)
  int limit = 50;
};

struct QuoteHit {
  QuoteInfo record;
  double score = 0;
};

// A reference exchange rate: `per_euro` units of `currency` buy one euro on `date`.
struct FxRate {
  Date date;
  std::string currency;  // ISO 4217
  double per_euro = 0;
  std::string source_id;
};

struct CorpusStats {
  int schema_version = 0;
  int64_t entities = 0, aliases = 0, relations = 0, roles = 0, measures = 0, sources = 0,
          statements = 0, quotes = 0, lexicon_terms = 0, fx_rates = 0;
  std::string fx_first_date, fx_last_date;  // empty when there are no rates
  std::vector<std::string> fx_currencies;   // sorted
};

// A read-only handle on a corpus database. Queries use prepared statements. Not thread-safe:
// open one Corpus per thread.
class Corpus {
 public:
  // Opens `path` read-only. Errors: kNotFound (no such file), kDataLoss (not a SQLite database, or
  // corrupt; an empty file: "<path>: empty file, not a corpus database"; an SQLite database
  // without factlint's schema), kFailedPrecondition (PRAGMA user_version is not
  // kCorpusSchemaVersion: "<path>: corpus schema version 7, this factlint reads version 2; rebuild
  // it with 'factlint corpus build'"), kFailedPrecondition "<path>: database is in use by another
  // program (database is locked)" when a writer holds the database for longer than five seconds
  // (opening and each query wait that long for a writer to commit).
  static StatusOr<std::unique_ptr<Corpus>> Open(const std::string& path);
  ~Corpus();

  const std::string& path() const { return path_; }

  // The rate of `currency` on the latest date on or before `date` that has one, looking back at
  // most `max_days_back` days (weekends and holidays have no rate). EUR is 1 on any date.
  // nullopt when there is none in that window.
  // `currency` is matched as upper case ("usd" is USD). For EUR the rate is 1 on `date` itself,
  // with no source_id. Errors: kInvalidArgument for !date.ok() or max_days_back < 0.
  StatusOr<std::optional<FxRate>> RateOnOrBefore(const std::string& currency, Date date,
                                                 int max_days_back = 10) const;

  // The source with this id, or nullopt.
  StatusOr<std::optional<SourceInfo>> FindSource(const std::string& id) const;

  StatusOr<CorpusStats> Stats() const;

  // All queries below return their rows in a fixed order (stated with each), so results never
  // depend on how the database was written. Errors: kDataLoss for a corrupt database, kInternal
  // otherwise; a query that finds nothing returns an empty list or nullopt, not an error.

  // --- Entities ---

  // The entity with this id, or nullopt.
  StatusOr<std::optional<EntityInfo>> FindEntity(const std::string& id) const;
  // The entities `name` names: the one whose id it is, else every entity with `name` as its name
  // or an alias, compared case-insensitively (ASCII letters) with runs of white space as one
  // space. Several when the name is ambiguous ("Korea"). Ordered by id.
  StatusOr<std::vector<EntityInfo>> FindEntitiesByName(const std::string& name) const;
  // Every name and alias of every entity, for a gazetteer. Ordered by alias, then entity id.
  StatusOr<std::vector<EntityAlias>> Aliases() const;
  // The roles `entity_id` holds or held ("biden: president of united-states"). Ordered by start
  // (open start first), role, of_entity.
  StatusOr<std::vector<RoleInfo>> RolesOf(const std::string& entity_id) const;
  // The roles held in `of_entity_id` ("united-states: whose president, when"). Ordered by role,
  // start, holder.
  StatusOr<std::vector<RoleInfo>> RolesIn(const std::string& of_entity_id) const;
  // The relations with `entity_id` as subject or object. Ordered by subject, relation, object,
  // source, record.
  StatusOr<std::vector<RelationInfo>> RelationsOf(const std::string& entity_id) const;
  // The dated history of `entity_id`, oldest first.
  StatusOr<std::vector<EntityEvent>> HistoryOf(const std::string& entity_id) const;

  // --- Measures and the lexicon ---

  // Every measure with its cue words. Ordered by id.
  StatusOr<std::vector<MeasureInfo>> Measures() const;
  // The domain terms ("altcoins"). Sorted.
  StatusOr<std::vector<std::string>> LexiconTerms() const;
  // The known misspellings with their corrections. Sorted by the misspelling.
  StatusOr<std::vector<Misspelling>> Misspellings() const;

  // --- Sources and their records ---

  // The sources whose publisher names `entity_id`. Ordered by id.
  StatusOr<std::vector<SourceInfo>> SourcesPublishedBy(const std::string& entity_id) const;
  // The statement (source_id, id), or nullopt.
  StatusOr<std::optional<StatementInfo>> FindStatement(const std::string& source_id,
                                                       const std::string& id) const;
  // The quote (source_id, id), or nullopt.
  StatusOr<std::optional<QuoteInfo>> FindQuote(const std::string& source_id,
                                               const std::string& id) const;
  // The statements that meet `filter`, by source and id, each with the BM25 score of its text for
  // `filter.text` (higher is closer; 0 when no word matches). Indexed on every field it filters by.
  StatusOr<std::vector<StatementHit>> FindStatements(const StatementFilter& filter) const;
  // The quotes whose speaker names `entity_id`. Ordered by source id, record id.
  StatusOr<std::vector<QuoteInfo>> QuotesBy(const std::string& entity_id) const;

  // The quotes whose wording shares words with `text`, best BM25 match first (ties by source id,
  // record id), at most `limit` (REQUIRES: limit > 0). `text` is plain prose, not FTS5 syntax: it
  // is cut into words (letters and digits; common English words left out; at most 64 distinct
  // ones are used), any of which may match, stemmed as English (Porter). No words: an empty
  // result. FindStatements scores statement text the same way.
  StatusOr<std::vector<QuoteHit>> SearchQuotes(const std::string& text, int limit = 10) const;

 private:
  class Impl;
  Corpus(std::string path, std::unique_ptr<Impl> impl);
  std::string path_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace factlint

#endif  // FACTLINT_CORPUS_H_
