// FindStatements scores statement text itself (engine/corpus/full_text.h); these tests hold its
// scores to SQLite FTS5's own bm25() on the default corpus, bit for bit, for every statement.
#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "factlint/corpus.h"
#include "test_support.h"

namespace factlint {
namespace {

// The FTS5 query Corpus makes of `text` (corpus.cc, FullTextWords and FullTextQuery): every word
// of ASCII letters and digits or non-ASCII bytes, quoted, joined by OR; stop words kept out.
std::string Fts5Query(const std::string& text) {
  static const std::set<std::string> kStopWords = {
      "a",     "an",   "and",  "are", "as",   "at",   "be",   "been",  "but",  "by",
      "for",   "from", "had",  "has", "have", "he",   "her",  "his",   "in",   "is",
      "it",    "its",  "of",   "on",  "or",   "said", "she",  "that",  "the",  "their",
      "there", "they", "this", "to",  "was",  "we",   "were", "which", "will", "with"};
  std::set<std::string> seen;
  std::string query, word;
  auto flush = [&] {
    std::string folded = word;
    for (char& c : folded) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if (!word.empty() && kStopWords.count(folded) == 0 && seen.size() < 64 &&
        seen.insert(word).second) {
      query += (query.empty() ? "\"" : " OR \"") + word + '"';
    }
    word.clear();
  };
  for (char c : text) {
    const bool word_char = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
    if (word_char) {
      word += c;
    } else {
      flush();
    }
  }
  flush();
  return query;
}

// SQLite's scores of every statement for `text`, by (source, id), as FindStatements computed
// them before it scored text itself: -bm25() of a MATCH on the statement's row, 0 unmatched.
std::map<std::pair<std::string, std::string>, double> Fts5Scores(SQLite::Database& db,
                                                                 const std::string& text) {
  std::map<std::pair<std::string, std::string>, double> out;
  const std::string query = Fts5Query(text);
  SQLite::Statement st(db,
                       "SELECT s.source_id, s.id, CASE WHEN ?1 = '' THEN 0 ELSE coalesce((SELECT "
                       "-bm25(statements_fts) FROM statements_fts WHERE statements_fts MATCH ?1 "
                       "AND statements_fts.rowid = s.rowid), 0) END FROM statements s");
  st.bind(1, query);
  while (st.executeStep()) {
    out[{st.getColumn(0).getString(), st.getColumn(1).getString()}] = st.getColumn(2).getDouble();
  }
  return out;
}

TEST(FullTextTest, StatementScoresAreFts5Bm25BitForBit) {
  const std::string path = testing::DefaultCorpus();
  auto corpus = Corpus::Open(path);
  ASSERT_TRUE(corpus.ok()) << corpus.status().ToString();
  SQLite::Database db(path, SQLite::OPEN_READONLY);

  // Every statement's own wording, and sentences with what a tokenizer treats specially: stems
  // ("attack"/"attacks"), two words of one stem, case, digits, accents, words joined by non-ASCII
  // punctuation (one FTS5 phrase of two tokens), a word of punctuation only (no token), a word
  // repeated, FTS5 syntax.
  std::vector<std::string> texts = {
      "North Korean hackers stole 50 million dollars in cryptocurrencies between 2020 and 2021",
      "attack attacks ATTACKED the Attackers",
      "The budget\u2014the council said\u2014rose to 40 per cent; caf\u00e9 r\u00e9sum\u00e9 "
      "na\u00efve",
      "\u2014 \u201cmillion\u201d million million dollars dollars",
      "\"attack\" * NEAR( OR AND revenue* ^ : -",
      "zebra quagga"};
  {
    SQLite::Statement all(db, "SELECT text FROM statements ORDER BY source_id, id");
    while (all.executeStep()) texts.push_back(all.getColumn(0).getString());
  }
  std::set<std::string> sources;
  {
    SQLite::Statement all(db, "SELECT DISTINCT source_id FROM statements ORDER BY 1");
    while (all.executeStep()) sources.insert(all.getColumn(0).getString());
  }
  ASSERT_GT(sources.size(), 3u);

  int compared = 0, nonzero = 0;
  for (const std::string& text : texts) {
    const auto expected = Fts5Scores(db, text);
    for (const std::string& source : sources) {
      StatementFilter filter;
      filter.source_id = source;
      filter.text = text;
      filter.limit = 100000;
      auto hits = (*corpus)->FindStatements(filter);
      ASSERT_TRUE(hits.ok()) << hits.status().ToString();
      for (const StatementHit& hit : *hits) {
        auto it = expected.find({hit.record.source_id, hit.record.id});
        ASSERT_NE(it, expected.end());
        // Bit for bit: the candidates' order and the --explain output depend on it.
        EXPECT_EQ(hit.score, it->second)
            << hit.record.source_id << "/" << hit.record.id << " for \"" << text << "\"";
        ++compared;
        nonzero += hit.score != 0 ? 1 : 0;
      }
    }
  }
  EXPECT_GT(compared, 1000);
  EXPECT_GT(nonzero, 100);
}

}  // namespace
}  // namespace factlint
