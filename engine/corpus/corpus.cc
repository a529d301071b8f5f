// Corpus: the read-only query side of a corpus database.
#include "factlint/corpus.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <functional>
#include <set>
#include <string_view>
#include <system_error>

#include "engine/base/ascii.h"
#include "full_text.h"
#include "schema.h"
#include "sqlite_util.h"
#include "text_util.h"

namespace factlint {
namespace {

using corpus_internal::ColumnDate;
using corpus_internal::ColumnText;
using corpus_internal::CountRows;

// The queries a Corpus prepares (once, on first use). Each has an ORDER BY so that results are
// deterministic.
enum Query : size_t {
  kRateOnOrBefore,
  kFindSource,
  kSourcesPublishedBy,
  kFindEntity,
  kFindEntitiesByName,
  kAliases,
  kRolesOf,
  kRolesIn,
  kRelationsOf,
  kHistoryOf,
  kMeasures,
  kLexiconTerms,
  kMisspellings,
  kFindStatement,
  kStatementsForMeasureAndSubject,
  kStatementsForMeasure,
  kStatementsForSubject,
  kStatementsOfSource,
  kFindQuote,
  kQuotesBy,
  kSearchQuotes,
  kQueryCount,
};

#define FACTLINT_SOURCE_COLUMNS \
  "id, title, publisher, kind, published, url, publisher_entity, locator, note"
#define FACTLINT_ENTITY_COLUMNS "e.id, e.name, e.type, e.url, e.note, e.file, e.line"
#define FACTLINT_ROLE_COLUMNS \
  "entity_id, role, of_entity, valid_from, valid_to, source_id, file, line"
#define FACTLINT_STATEMENT_COLUMNS                                                          \
  "s.source_id, s.id, s.text, s.locator, s.subject, s.subject_entity, s.measure, s.value, " \
  "s.unit, s.qualifier, s.period_from, s.period_to, s.note, s.file, s.line"
#define FACTLINT_QUOTE_COLUMNS                                                                  \
  "q.source_id, q.id, q.speaker, q.speaker_entity, q.text, q.locator, q.said, q.note, q.file, " \
  "q.line"

// The statements meeting `where`, the first ?4 by source and id. (FindStatements scores their
// text itself: see full_text.h.)
#define FACTLINT_SCORED_STATEMENTS(where)                                      \
  "SELECT " FACTLINT_STATEMENT_COLUMNS                                         \
  " FROM (SELECT rowid AS kept FROM statements s WHERE " where                 \
  " ORDER BY s.source_id, s.id LIMIT ?4) JOIN statements s ON s.rowid = kept " \
  "ORDER BY s.source_id, s.id"

// Indexed by Query.
constexpr std::array<const char*, kQueryCount> kSql = {
    // kRateOnOrBefore
    "SELECT r.date, r.per_euro, f.source_id FROM fx_rates r JOIN files f ON f.id = r.file_id "
    "WHERE r.currency = ?1 AND r.date <= ?2 AND r.date >= ?3 ORDER BY r.date DESC LIMIT 1",
    // kFindSource
    "SELECT " FACTLINT_SOURCE_COLUMNS " FROM sources WHERE id = ?1",
    // kSourcesPublishedBy
    "SELECT " FACTLINT_SOURCE_COLUMNS " FROM sources WHERE publisher_entity = ?1 ORDER BY id",
    // kFindEntity
    "SELECT " FACTLINT_ENTITY_COLUMNS " FROM entities e WHERE e.id = ?1",
    // kFindEntitiesByName
    "SELECT " FACTLINT_ENTITY_COLUMNS
    " FROM entities e WHERE e.id = ?1 UNION "
    "SELECT " FACTLINT_ENTITY_COLUMNS
    " FROM entities e JOIN aliases a ON a.entity_id = e.id "
    "WHERE a.alias_folded = ?2 ORDER BY 1",
    // kAliases
    "SELECT alias, entity_id, is_name FROM aliases ORDER BY alias, entity_id",
    // kRolesOf
    "SELECT " FACTLINT_ROLE_COLUMNS
    " FROM roles WHERE entity_id = ?1 "
    "ORDER BY valid_from, role, of_entity, valid_to, rowid",
    // kRolesIn
    "SELECT " FACTLINT_ROLE_COLUMNS
    " FROM roles WHERE of_entity = ?1 "
    "ORDER BY role, valid_from, entity_id, valid_to, rowid",
    // kRelationsOf
    "SELECT subject, relation, object, source_id, record_id, text, locator, note, file, line "
    "FROM relations WHERE subject = ?1 OR object = ?1 "
    "ORDER BY subject, relation, object, source_id, record_id, rowid",
    // kHistoryOf
    "SELECT entity_id, date, note FROM entity_history WHERE entity_id = ?1 ORDER BY date, rowid",
    // kMeasures
    "SELECT m.id, m.unit_kind, m.description, c.cue FROM measures m "
    "LEFT JOIN measure_cues c ON c.measure_id = m.id ORDER BY m.id, c.cue",
    // kLexiconTerms
    "SELECT term FROM lexicon WHERE kind = 'term' ORDER BY term",
    // kMisspellings
    "SELECT term, correction FROM lexicon WHERE kind = 'misspelling' ORDER BY term",
    // kFindStatement
    "SELECT " FACTLINT_STATEMENT_COLUMNS " FROM statements s WHERE s.source_id = ?1 AND s.id = ?2",
    // kStatementsForMeasureAndSubject
    FACTLINT_SCORED_STATEMENTS("s.measure = ?1 AND s.subject_entity = ?2"),
    // kStatementsForMeasure
    FACTLINT_SCORED_STATEMENTS("s.measure = ?1 AND ?2 = ''"),
    // kStatementsForSubject
    FACTLINT_SCORED_STATEMENTS("s.subject_entity = ?2 AND ?1 = ''"),
    // kStatementsOfSource
    FACTLINT_SCORED_STATEMENTS(
        "s.source_id = ?5 AND (?1 = '' OR s.measure = ?1) AND (?2 = '' OR s.subject_entity = ?2)"),
    // kFindQuote
    "SELECT " FACTLINT_QUOTE_COLUMNS " FROM quotes q WHERE q.source_id = ?1 AND q.id = ?2",
    // kQuotesBy
    "SELECT " FACTLINT_QUOTE_COLUMNS
    " FROM quotes q WHERE q.speaker_entity = ?1 ORDER BY q.source_id, q.id",
    // kSearchQuotes
    "SELECT " FACTLINT_QUOTE_COLUMNS
    ", -bm25(quotes_fts) AS score "
    "FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid "
    "WHERE quotes_fts MATCH ?1 ORDER BY score DESC, q.source_id, q.id LIMIT ?2",
};

#undef FACTLINT_SOURCE_COLUMNS
#undef FACTLINT_ENTITY_COLUMNS
#undef FACTLINT_ROLE_COLUMNS
#undef FACTLINT_STATEMENT_COLUMNS
#undef FACTLINT_QUOTE_COLUMNS
#undef FACTLINT_SCORED_STATEMENTS

// The number of distinct words of a search that are used, so that a whole article pasted into a
// search stays a cheap query.
constexpr size_t kMaxSearchWords = 64;

// Words so common in English that they say nothing about which record a text is about; each
// would make every FTS5 look-up walk a posting list as long as the corpus.
bool IsStopWord(const std::string& word) {
  static constexpr std::array<std::string_view, 40> kStopWords = {
      "a",     "an",   "and",  "are", "as",   "at",   "be",   "been",  "but",  "by",
      "for",   "from", "had",  "has", "have", "he",   "her",  "his",   "in",   "is",
      "it",    "its",  "of",   "on",  "or",   "said", "she",  "that",  "the",  "their",
      "there", "they", "this", "to",  "was",  "we",   "were", "which", "will", "with"};
  const std::string folded = AsciiLower(word);
  return std::find(kStopWords.begin(), kStopWords.end(), folded) != kStopWords.end();
}

// The words of `text` a full-text search uses, in order of first appearance: each a run of ASCII
// letters and digits, or of non-ASCII bytes; stop words left out; at most kMaxSearchWords.
std::vector<std::string> FullTextWords(const std::string& text) {
  std::set<std::string> seen;
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty() && !IsStopWord(word) && seen.size() < kMaxSearchWords &&
        seen.insert(word).second) {
      words.push_back(word);
    }
    word.clear();
  };
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    const bool word_char =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || byte >= 0x80;
    if (word_char) {
      word += c;
    } else {
      flush();
    }
  }
  flush();
  return words;
}

// An FTS5 query matching any of `words`: each double-quoted, so that nothing in them is FTS5
// syntax. (The tokenizer folds case itself.)
std::string FullTextQuery(const std::vector<std::string>& words) {
  std::string query;
  for (const std::string& word : words) {
    if (!query.empty()) query += " OR ";
    query += '"' + word + '"';
  }
  return query;
}

std::string FirstColumnText(const SQLite::Statement& st) { return ColumnText(st, 0); }

EntityAlias AliasFromRow(const SQLite::Statement& st) {
  return EntityAlias{ColumnText(st, 0), ColumnText(st, 1), st.getColumn(2).getInt() != 0};
}

Misspelling MisspellingFromRow(const SQLite::Statement& st) {
  return Misspelling{ColumnText(st, 0), ColumnText(st, 1)};
}

RecordOrigin OriginAt(const SQLite::Statement& st, int file_column) {
  return RecordOrigin{ColumnText(st, file_column), st.getColumn(file_column + 1).getInt()};
}

SourceInfo SourceFromRow(const SQLite::Statement& st) {
  return SourceInfo{ColumnText(st, 0), ColumnText(st, 1), ColumnText(st, 2),
                    ColumnText(st, 3), ColumnText(st, 4), ColumnText(st, 5),
                    ColumnText(st, 6), ColumnText(st, 7), ColumnText(st, 8)};
}

EntityInfo EntityFromRow(const SQLite::Statement& st) {
  return EntityInfo{ColumnText(st, 0), ColumnText(st, 1), ColumnText(st, 2),
                    ColumnText(st, 3), ColumnText(st, 4), OriginAt(st, 5)};
}

RoleInfo RoleFromRow(const SQLite::Statement& st) {
  return RoleInfo{ColumnText(st, 0), ColumnText(st, 1), ColumnText(st, 2), ColumnDate(st, 3),
                  ColumnDate(st, 4), ColumnText(st, 5), OriginAt(st, 6)};
}

RelationInfo RelationFromRow(const SQLite::Statement& st) {
  return RelationInfo{ColumnText(st, 0), ColumnText(st, 1), ColumnText(st, 2),
                      ColumnText(st, 3), ColumnText(st, 4), ColumnText(st, 5),
                      ColumnText(st, 6), ColumnText(st, 7), OriginAt(st, 8)};
}

StatementInfo StatementFromRow(const SQLite::Statement& st) {
  StatementInfo s;
  s.source_id = ColumnText(st, 0);
  s.id = ColumnText(st, 1);
  s.text = ColumnText(st, 2);
  s.locator = ColumnText(st, 3);
  s.subject = ColumnText(st, 4);
  s.subject_entity = ColumnText(st, 5);
  s.measure = ColumnText(st, 6);
  if (!st.getColumn(7).isNull()) s.value = st.getColumn(7).getDouble();
  s.unit = ColumnText(st, 8);
  s.qualifier = ColumnText(st, 9);
  s.period_from = ColumnDate(st, 10);
  s.period_to = ColumnDate(st, 11);
  s.note = ColumnText(st, 12);
  s.origin = OriginAt(st, 13);
  return s;
}

QuoteInfo QuoteFromRow(const SQLite::Statement& st) {
  QuoteInfo q;
  q.source_id = ColumnText(st, 0);
  q.id = ColumnText(st, 1);
  q.speaker = ColumnText(st, 2);
  q.speaker_entity = ColumnText(st, 3);
  q.text = ColumnText(st, 4);
  q.locator = ColumnText(st, 5);
  q.said = ColumnDate(st, 6);
  q.note = ColumnText(st, 7);
  q.origin = OriginAt(st, 8);
  return q;
}

}  // namespace

class Corpus::Impl {
 public:
  explicit Impl(const std::string& path)
      : db(path, SQLite::OPEN_READONLY, corpus_internal::kBusyTimeoutMs) {}

  // The prepared statement for `query`, reset, with no bindings. Throws SQLite::Exception.
  SQLite::Statement& Prepared(Query query) {
    std::unique_ptr<SQLite::Statement>& slot = statements_[query];
    if (slot == nullptr) {
      slot = std::make_unique<SQLite::Statement>(db, kSql[query]);
    } else {
      slot->reset();
      slot->clearBindings();
    }
    return *slot;
  }

  // Runs `query` with `bind` applied, calling `row` for each result row.
  void Each(Query query, const std::function<void(SQLite::Statement&)>& bind,
            const std::function<void(const SQLite::Statement&)>& row) {
    SQLite::Statement& st = Prepared(query);
    bind(st);
    while (st.executeStep()) row(st);
    st.reset();  // releases the read lock between queries
  }

  // The BM25 scorer of statement text, made on first use. Throws SQLite::Exception.
  corpus_internal::FullText& StatementText() {
    if (statement_text_ == nullptr) {
      statement_text_ = std::make_unique<corpus_internal::FullText>(db, "statements_fts");
    }
    return *statement_text_;
  }

  // Declared before the statements so that they are finalized before it is closed.
  SQLite::Database db;

 private:
  std::unique_ptr<corpus_internal::FullText> statement_text_;
  std::array<std::unique_ptr<SQLite::Statement>, kQueryCount> statements_;
};

namespace {

// Runs `fn`, turning a SQLite::Exception into a Status naming `path`.
template <typename Fn>
auto Guarded(const std::string& path, Fn&& fn) -> decltype(fn()) {
  try {
    return fn();
  } catch (const SQLite::Exception& e) {
    return corpus_internal::SqliteError(e, path);
  }
}

// Binds `keys` to the parameters ?1, ?2, ... of `st`, in order.
template <typename... Keys>
void BindKeys(SQLite::Statement& st, const Keys&... keys) {
  [[maybe_unused]] int index = 0;  // unused when there are no keys
  (st.bind(++index, keys), ...);
}

// The rows of `query` for the parameters `keys`, each mapped by `from_row`. (`Impl` is a template
// parameter because Corpus::Impl is private.)
template <typename T, typename Impl, typename... Keys>
StatusOr<std::vector<T>> ListBy(Impl* impl, const std::string& path, Query query,
                                T (*from_row)(const SQLite::Statement&), const Keys&... keys) {
  return Guarded(path, [&]() -> StatusOr<std::vector<T>> {
    std::vector<T> out;
    impl->Each(
        query, [&](SQLite::Statement& st) { BindKeys(st, keys...); },
        [&](const SQLite::Statement& st) { out.push_back(from_row(st)); });
    return out;
  });
}

// The row of `query` for the parameters `keys`, mapped by `from_row`; nullopt when there is none.
// (Each query it runs looks up a unique key, so there is at most one row.)
template <typename T, typename Impl, typename... Keys>
StatusOr<std::optional<T>> FindBy(Impl* impl, const std::string& path, Query query,
                                  T (*from_row)(const SQLite::Statement&), const Keys&... keys) {
  return Guarded(path, [&]() -> StatusOr<std::optional<T>> {
    std::optional<T> found;
    impl->Each(
        query, [&](SQLite::Statement& st) { BindKeys(st, keys...); },
        [&](const SQLite::Statement& st) { found = from_row(st); });
    return found;
  });
}

}  // namespace

Corpus::Corpus(std::string path, std::unique_ptr<Impl> impl)
    : path_(std::move(path)), impl_(std::move(impl)) {}

Corpus::~Corpus() = default;

StatusOr<std::unique_ptr<Corpus>> Corpus::Open(const std::string& path) {
  std::error_code ec;
  const std::filesystem::file_status status = std::filesystem::status(path, ec);
  if (!std::filesystem::exists(status)) return NotFoundError(path + ": no such corpus database");
  if (!std::filesystem::is_regular_file(status)) {
    return NotFoundError(path + ": not a file, so not a corpus database");
  }
  try {
    auto impl = std::make_unique<Impl>(path);
    FACTLINT_RETURN_IF_ERROR(corpus_internal::CheckCorpusDatabase(impl->db, path));
    return std::unique_ptr<Corpus>(new Corpus(path, std::move(impl)));
  } catch (const SQLite::Exception& e) {
    return corpus_internal::SqliteError(e, path);
  }
}

StatusOr<std::optional<FxRate>> Corpus::RateOnOrBefore(const std::string& currency, Date date,
                                                       int max_days_back) const {
  if (!date.ok()) return InvalidArgumentError("RateOnOrBefore: not a valid date");
  if (max_days_back < 0) return InvalidArgumentError("RateOnOrBefore: max_days_back < 0");
  std::string code = currency;
  for (char& c : code) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  if (code == "EUR") return std::optional<FxRate>(FxRate{date, "EUR", 1.0, ""});
  return Guarded(path_, [&]() -> StatusOr<std::optional<FxRate>> {
    std::optional<FxRate> rate;
    impl_->Each(
        kRateOnOrBefore,
        [&](SQLite::Statement& st) {
          st.bind(1, code);
          st.bind(2, FormatIsoDate(date));
          st.bind(3, FormatIsoDate(AddDays(date, -max_days_back)));
        },
        [&](const SQLite::Statement& st) {
          std::optional<Date> day = ColumnDate(st, 0);
          if (day) rate = FxRate{*day, code, st.getColumn(1).getDouble(), ColumnText(st, 2)};
        });
    return rate;
  });
}

StatusOr<std::optional<SourceInfo>> Corpus::FindSource(const std::string& id) const {
  return FindBy(impl_.get(), path_, kFindSource, &SourceFromRow, id);
}

StatusOr<CorpusStats> Corpus::Stats() const {
  return Guarded(path_, [&]() -> StatusOr<CorpusStats> {
    SQLite::Database& db = impl_->db;
    CorpusStats stats;
    stats.schema_version = corpus_internal::ReadUserVersion(db);
    stats.entities = CountRows(db, "entities");
    stats.aliases = CountRows(db, "aliases");
    stats.relations = CountRows(db, "relations");
    stats.roles = CountRows(db, "roles");
    stats.measures = CountRows(db, "measures");
    stats.sources = CountRows(db, "sources");
    stats.statements = CountRows(db, "statements");
    stats.quotes = CountRows(db, "quotes");
    stats.lexicon_terms = CountRows(db, "lexicon");
    stats.fx_rates = CountRows(db, "fx_rates");
    SQLite::Statement range(db, "SELECT min(date), max(date) FROM fx_rates");
    if (range.executeStep()) {
      stats.fx_first_date = ColumnText(range, 0);
      stats.fx_last_date = ColumnText(range, 1);
    }
    SQLite::Statement currencies(db, "SELECT DISTINCT currency FROM fx_rates ORDER BY currency");
    while (currencies.executeStep()) stats.fx_currencies.push_back(ColumnText(currencies, 0));
    return stats;
  });
}

StatusOr<std::optional<EntityInfo>> Corpus::FindEntity(const std::string& id) const {
  return FindBy(impl_.get(), path_, kFindEntity, &EntityFromRow, id);
}

StatusOr<std::vector<EntityInfo>> Corpus::FindEntitiesByName(const std::string& name) const {
  return ListBy(impl_.get(), path_, kFindEntitiesByName, &EntityFromRow, name,
                corpus_internal::FoldName(name));
}

StatusOr<std::vector<EntityAlias>> Corpus::Aliases() const {
  return ListBy(impl_.get(), path_, kAliases, &AliasFromRow);
}

StatusOr<std::vector<RoleInfo>> Corpus::RolesOf(const std::string& entity_id) const {
  return ListBy(impl_.get(), path_, kRolesOf, &RoleFromRow, entity_id);
}

StatusOr<std::vector<RoleInfo>> Corpus::RolesIn(const std::string& of_entity_id) const {
  return ListBy(impl_.get(), path_, kRolesIn, &RoleFromRow, of_entity_id);
}

StatusOr<std::vector<RelationInfo>> Corpus::RelationsOf(const std::string& entity_id) const {
  return ListBy(impl_.get(), path_, kRelationsOf, &RelationFromRow, entity_id);
}

StatusOr<std::vector<EntityEvent>> Corpus::HistoryOf(const std::string& entity_id) const {
  return Guarded(path_, [&]() -> StatusOr<std::vector<EntityEvent>> {
    std::vector<EntityEvent> out;
    impl_->Each(
        kHistoryOf, [&](SQLite::Statement& st) { st.bind(1, entity_id); },
        [&](const SQLite::Statement& st) {
          if (std::optional<Date> date = ColumnDate(st, 1)) {
            out.push_back({ColumnText(st, 0), *date, ColumnText(st, 2)});
          }
        });
    return out;
  });
}

StatusOr<std::vector<MeasureInfo>> Corpus::Measures() const {
  return Guarded(path_, [&]() -> StatusOr<std::vector<MeasureInfo>> {
    std::vector<MeasureInfo> out;
    impl_->Each(
        kMeasures, [](SQLite::Statement&) {},
        [&](const SQLite::Statement& st) {
          std::string id = ColumnText(st, 0);
          if (out.empty() || out.back().id != id) {
            out.push_back({std::move(id), ColumnText(st, 1), ColumnText(st, 2), {}});
          }
          if (!st.getColumn(3).isNull()) out.back().cues.push_back(ColumnText(st, 3));
        });
    return out;
  });
}

StatusOr<std::vector<std::string>> Corpus::LexiconTerms() const {
  return ListBy(impl_.get(), path_, kLexiconTerms, &FirstColumnText);
}

StatusOr<std::vector<Misspelling>> Corpus::Misspellings() const {
  return ListBy(impl_.get(), path_, kMisspellings, &MisspellingFromRow);
}

StatusOr<std::vector<SourceInfo>> Corpus::SourcesPublishedBy(const std::string& entity_id) const {
  return ListBy(impl_.get(), path_, kSourcesPublishedBy, &SourceFromRow, entity_id);
}

StatusOr<std::optional<StatementInfo>> Corpus::FindStatement(const std::string& source_id,
                                                             const std::string& id) const {
  return FindBy(impl_.get(), path_, kFindStatement, &StatementFromRow, source_id, id);
}

StatusOr<std::optional<QuoteInfo>> Corpus::FindQuote(const std::string& source_id,
                                                     const std::string& id) const {
  return FindBy(impl_.get(), path_, kFindQuote, &QuoteFromRow, source_id, id);
}

StatusOr<std::vector<QuoteInfo>> Corpus::QuotesBy(const std::string& entity_id) const {
  return ListBy(impl_.get(), path_, kQuotesBy, &QuoteFromRow, entity_id);
}

StatusOr<std::vector<StatementHit>> Corpus::FindStatements(const StatementFilter& filter) const {
  if (filter.limit <= 0) return InvalidArgumentError("FindStatements: limit must be positive");
  Query query = kStatementsOfSource;
  if (filter.source_id.empty()) {
    if (!filter.measure.empty() && !filter.subject_entity.empty()) {
      query = kStatementsForMeasureAndSubject;
    } else if (!filter.measure.empty()) {
      query = kStatementsForMeasure;
    } else if (!filter.subject_entity.empty()) {
      query = kStatementsForSubject;
    } else {
      return InvalidArgumentError("FindStatements: give a measure, a subject or a source");
    }
  }
  const std::vector<std::string> words = FullTextWords(filter.text);
  return Guarded(path_, [&]() -> StatusOr<std::vector<StatementHit>> {
    std::vector<StatementHit> out;
    impl_->Each(
        query,
        [&](SQLite::Statement& st) {
          st.bind(1, filter.measure);
          st.bind(2, filter.subject_entity);
          st.bind(4, filter.limit);
          if (query == kStatementsOfSource) st.bind(5, filter.source_id);
        },
        [&](const SQLite::Statement& st) {
          out.push_back({StatementFromRow(st), 0.0});
        });
    if (!words.empty() && !out.empty()) {
      corpus_internal::FullText& full_text = impl_->StatementText();
      std::vector<corpus_internal::Phrase> phrases = full_text.Parse(words);
      for (StatementHit& hit : out) hit.score = full_text.Score(phrases, hit.record.text);
    }
    return out;
  });
}

StatusOr<std::vector<QuoteHit>> Corpus::SearchQuotes(const std::string& text, int limit) const {
  if (limit <= 0) return InvalidArgumentError("SearchQuotes: limit must be positive");
  const std::string query = FullTextQuery(FullTextWords(text));
  if (query.empty()) return std::vector<QuoteHit>{};
  return Guarded(path_, [&]() -> StatusOr<std::vector<QuoteHit>> {
    std::vector<QuoteHit> out;
    impl_->Each(
        kSearchQuotes,
        [&](SQLite::Statement& st) {
          st.bind(1, query);
          st.bind(2, limit);
        },
        [&](const SQLite::Statement& st) {
          out.push_back({QuoteFromRow(st), st.getColumn(10).getDouble()});
        });
    return out;
  });
}

}  // namespace factlint
