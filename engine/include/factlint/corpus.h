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
inline constexpr int kCorpusSchemaVersion = 1;

// The source that ECB-layout rate files are credited to when no source of their own is named.
inline constexpr char kEcbSourceId[] = "ecb-eurofxref";

struct CorpusBuildSummary {
  int files = 0;
  int entities = 0;
  int measures = 0;
  int sources = 0;
  int statements = 0;
  int quotes = 0;
  int lexicon_terms = 0;
  int64_t fx_rates = 0;
};

// Compiles corpus sources into a new SQLite database at `output`.
//
// Each element of `inputs` is a file or a folder (read recursively, in sorted path order). YAML
// files (.yaml, .yml) are told apart by their top-level keys: `entities:` (entity list),
// `measures:` (measure cue words), `terms:`/`misspellings:` (lexicon), or `id:` + `title:` (one
// source document). CSV files are exchange rates in the ECB eurofxref-hist.csv layout, credited to
// the source whose id is the file's stem, or to kEcbSourceId when no such source exists.
//
// The build is atomic: it writes `output`.tmp-<pid> and renames it over `output` only when every
// file was read; on error nothing is left behind and an existing `output` is untouched. Errors
// (kInvalidArgument) read "path:line: field: message", for example
// "corpus/sources/un.yaml:12: statements[0].value: expected a number, got 'fifty'".
Status BuildCorpus(const std::vector<std::string>& inputs, const std::string& output,
                   CorpusBuildSummary* summary = nullptr);

// Adds (or replaces, date by date) the exchange rates of an ECB-layout CSV to an existing
// database, credited to kEcbSourceId (the source record is added when missing). Atomic: one
// transaction. Errors name "path:line: column: message". Returns the number of rates written.
StatusOr<int64_t> ImportFxRates(const std::string& csv_path, const std::string& db_path);

struct SourceInfo {
  std::string id;
  std::string title;
  std::string publisher;
  std::string kind;        // report | article | statement | dataset
  std::string published;   // YYYY-MM-DD, or empty
  std::string url;
};

// A reference exchange rate: `per_euro` units of `currency` buy one euro on `date`.
struct FxRate {
  Date date;
  std::string currency;    // ISO 4217
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
  // corrupt), kFailedPrecondition (PRAGMA user_version is not kCorpusSchemaVersion: "<path>:
  // corpus schema version 7, this factlint reads version 1; rebuild it with 'factlint corpus
  // build'").
  static StatusOr<std::unique_ptr<Corpus>> Open(const std::string& path);
  ~Corpus();

  const std::string& path() const { return path_; }

  // The rate of `currency` on the latest date on or before `date` that has one, looking back at
  // most `max_days_back` days (weekends and holidays have no rate). EUR is 1 on any date.
  // nullopt when there is none in that window.
  StatusOr<std::optional<FxRate>> RateOnOrBefore(const std::string& currency, Date date,
                                                 int max_days_back = 10) const;

  // The source with this id, or nullopt.
  StatusOr<std::optional<SourceInfo>> FindSource(const std::string& id) const;

  StatusOr<CorpusStats> Stats() const;

 private:
  class Impl;
  Corpus(std::string path, std::unique_ptr<Impl> impl);
  std::string path_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace factlint

#endif  // FACTLINT_CORPUS_H_
