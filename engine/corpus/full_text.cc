#include "full_text.h"

#include <array>
#include <cmath>
#include <utility>

namespace factlint::corpus_internal {
namespace {

// The tokenizer of both full-text tables, as corpus/schema.sql declares it:
// tokenize = 'porter unicode61 remove_diacritics 2' (porter wraps unicode61 with these arguments).
constexpr char kTokenizer[] = "porter";
constexpr std::array<const char*, 3> kTokenizerArgs = {"unicode61", "remove_diacritics", "2"};

// FTS5's bm25() parameters (ext/fts5/fts5_aux.c).
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

fts5_api* Fts5Api(SQLite::Database& db) {
  // The pointer is handed out through sqlite3_bind_pointer, which SQLiteCpp does not wrap.
  fts5_api* api = nullptr;
  sqlite3_stmt* st = nullptr;
  int rc = sqlite3_prepare_v2(db.getHandle(), "SELECT fts5(?1)", -1, &st, nullptr);
  if (rc == SQLITE_OK) {
    sqlite3_bind_pointer(st, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    rc = sqlite3_step(st);
  }
  sqlite3_finalize(st);
  if (api == nullptr) throw SQLite::Exception("FTS5 is not available in this SQLite", rc);
  return api;
}

// How often `phrase` (REQUIRES: not empty) occurs in `tokens`, counting each start.
double Occurrences(const std::vector<std::string>& phrase, const std::vector<std::string>& tokens) {
  double n = 0;
  for (size_t i = 0; i + phrase.size() <= tokens.size(); ++i) {
    size_t k = 0;
    while (k < phrase.size() && tokens[i + k] == phrase[k]) ++k;
    if (k == phrase.size()) n += 1.0;
  }
  return n;
}

}  // namespace

FullText::FullText(SQLite::Database& db, std::string table) : db_(db), table_(std::move(table)) {
  SQLite::Statement totals(db_, "SELECT rows, tokens FROM full_text_totals WHERE fts = ?1");
  totals.bind(1, table_);
  if (totals.executeStep()) {
    rows_ = totals.getColumn(0).getInt64();
    const int64_t tokens = totals.getColumn(1).getInt64();
    // As fts5Bm25GetData computes it.
    avgdl_ = static_cast<double>(tokens) / static_cast<double>(rows_);
  }
  fts5_api* api = Fts5Api(db_);
  void* user_data = nullptr;
  int rc = api->xFindTokenizer(api, kTokenizer, &user_data, &module_);
  if (rc == SQLITE_OK) {
    rc = module_.xCreate(user_data, const_cast<const char**>(kTokenizerArgs.data()),
                         static_cast<int>(kTokenizerArgs.size()), &tokenizer_);
  }
  if (rc != SQLITE_OK) throw SQLite::Exception("cannot create the FTS5 porter tokenizer", rc);
  docs_of_term_ = std::make_unique<SQLite::Statement>(
      db_, "SELECT docs FROM full_text_terms WHERE fts = ?1 AND term = ?2");
}

FullText::~FullText() {
  if (tokenizer_ != nullptr) module_.xDelete(tokenizer_);
}

std::vector<std::string> FullText::Tokenize(std::string_view text, int flags) {
  std::vector<std::string> tokens;
  auto add = [](void* context, int token_flags, const char* token, int size, int, int) {
    // FTS5 counts and matches a colocated token (a synonym) at the previous one's position; the
    // porter and unicode61 tokenizers make none.
    if ((token_flags & FTS5_TOKEN_COLOCATED) == 0) {
      static_cast<std::vector<std::string>*>(context)->emplace_back(token,
                                                                    static_cast<size_t>(size));
    }
    return SQLITE_OK;
  };
  const int rc = module_.xTokenize(tokenizer_, &tokens, flags, text.data(),
                                   static_cast<int>(text.size()), add);
  if (rc != SQLITE_OK) throw SQLite::Exception("the FTS5 tokenizer failed", rc);
  return tokens;
}

std::vector<Phrase> FullText::Parse(const std::vector<std::string>& words) {
  std::vector<Phrase> phrases;
  phrases.reserve(words.size());
  for (const std::string& word : words) {
    phrases.push_back({word, Tokenize(word, FTS5_TOKENIZE_QUERY)});
  }
  return phrases;
}

int64_t FullText::Docs(const Phrase& phrase) {
  if (phrase.tokens.empty()) return 0;
  if (auto it = docs_.find(phrase.word); it != docs_.end()) return it->second;
  int64_t docs = 0;
  if (phrase.tokens.size() == 1) {
    docs_of_term_->reset();
    docs_of_term_->bind(1, table_);
    docs_of_term_->bind(2, phrase.tokens[0]);
    if (docs_of_term_->executeStep()) docs = docs_of_term_->getColumn(0).getInt64();
    docs_of_term_->reset();
  } else {
    // A phrase of several tokens is rare (words joined by non-ASCII punctuation): FTS5 counts it.
    SQLite::Statement count(db_,
                            "SELECT count(*) FROM " + table_ + " WHERE " + table_ + " MATCH ?1");
    count.bind(1, '"' + phrase.word + '"');
    if (count.executeStep()) docs = count.getColumn(0).getInt64();
  }
  docs_.emplace(phrase.word, docs);
  return docs;
}

double FullText::Idf(Phrase& phrase) {
  if (phrase.idf < 0) {
    // As fts5Bm25GetData computes it, from the same integers.
    const int64_t hits = Docs(phrase);
    double idf = std::log((rows_ - hits + 0.5) / (hits + 0.5));
    if (idf <= 0.0) idf = 1e-6;
    phrase.idf = idf;
  }
  return phrase.idf;
}

double FullText::Score(std::vector<Phrase>& phrases, std::string_view text) {
  const std::vector<std::string> tokens = Tokenize(text, FTS5_TOKENIZE_DOCUMENT);
  const double d = static_cast<double>(tokens.size());
  bool matched = false;
  double score = 0.0;
  // As fts5Bm25Function sums it: phrase by phrase in query order. A phrase that does not occur
  // adds exactly 0, so its IDF is never looked up.
  for (Phrase& phrase : phrases) {
    if (phrase.tokens.empty()) continue;
    const double freq = Occurrences(phrase.tokens, tokens);
    if (freq == 0) continue;
    matched = true;
    score += Idf(phrase) * ((freq * (kK1 + 1.0)) / (freq + kK1 * (1 - kB + kB * d / avgdl_)));
  }
  return matched ? score : 0.0;
}

}  // namespace factlint::corpus_internal
