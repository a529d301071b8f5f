// BM25 scores computed as SQLite FTS5's bm25() computes them, from statistics the build stores
// (full_text_terms, full_text_totals) and FTS5's own tokenizer, without running a MATCH per row.
//
// Why: bm25() counts, for every query it scores, the rows that hold each phrase of the query by
// walking that phrase's whole doclist. A figure's candidates are fetched by measure and subject,
// and each was scored by its own MATCH, so each candidate paid one doclist walk per word of the
// sentence: 19 ms per figure claim on a corpus of a million statements. Here each candidate's
// text is tokenized (microseconds) and the counts are one indexed look-up per distinct word.
#ifndef FACTLINT_ENGINE_CORPUS_FULL_TEXT_H_
#define FACTLINT_ENGINE_CORPUS_FULL_TEXT_H_

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace factlint::corpus_internal {

// One quoted word of a full-text query ("word" OR "word" ...), as FTS5 sees it: a phrase of the
// tokens the tokenizer makes of it (none for a word of punctuation only, several for
// "budget\u2014the").
struct Phrase {
  std::string word;                 // as written in the query, without quotes
  std::vector<std::string> tokens;  // as the tokenizer writes them
  double idf = -1;                  // set by FullText::Idf when first needed
};

// The BM25 scorer of one FTS5 table (statements_fts or quotes_fts) of an open corpus database.
// Not thread-safe (like Corpus). Every method throws SQLite::Exception on a database error.
class FullText {
 public:
  // REQUIRES: `db` outlives this; `table` is "statements_fts" or "quotes_fts".
  FullText(SQLite::Database& db, std::string table);
  ~FullText();
  FullText(const FullText&) = delete;
  FullText& operator=(const FullText&) = delete;

  // The phrases of `words` (each a word of FullTextQuery, in query order).
  std::vector<Phrase> Parse(const std::vector<std::string>& words);

  // What bm25() negated gives for a row whose text is `text` under a MATCH of `phrases` (in
  // order); 0 when no phrase occurs in `text` (such a row is not matched). Identical to FTS5's
  // value bit for bit: the same formula (k1 = 1.2, b = 0.75), evaluated in the same order, from
  // the same counts.
  double Score(std::vector<Phrase>& phrases, std::string_view text);

  // The number of rows `phrase` occurs in (cached).
  int64_t Docs(const Phrase& phrase);

 private:
  std::vector<std::string> Tokenize(std::string_view text, int flags);
  double Idf(Phrase& phrase);

  SQLite::Database& db_;
  std::string table_;
  int64_t rows_ = 0;
  double avgdl_ = 0;
  Fts5Tokenizer* tokenizer_ = nullptr;
  fts5_tokenizer module_{};
  std::unique_ptr<SQLite::Statement> docs_of_term_;
  std::map<std::string, int64_t, std::less<>> docs_;  // by Phrase::word
};

}  // namespace factlint::corpus_internal

#endif  // FACTLINT_ENGINE_CORPUS_FULL_TEXT_H_
