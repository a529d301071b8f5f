// Corpus::Open: a missing file, a file that is not a database, another schema version.
#include <SQLiteCpp/SQLiteCpp.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "factlint/corpus.h"
#include "test_util.h"

namespace factlint {
namespace {

using testing::CorpusDir;

TEST(CorpusOpenTest, MissingFileIsNotFound) {
  CorpusDir dir;
  auto corpus = Corpus::Open(dir.Path("none.db"));
  EXPECT_EQ(corpus.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(corpus.status().message(), dir.Path("none.db") + ": no such corpus database");
  EXPECT_FALSE(std::filesystem::exists(dir.Path("none.db")));  // not created by opening
}

TEST(CorpusOpenTest, FolderIsNotFound) {
  CorpusDir dir;
  auto corpus = Corpus::Open(dir.path());
  EXPECT_EQ(corpus.status().code(), StatusCode::kNotFound);
}

TEST(CorpusOpenTest, TextFileIsDataLoss) {
  CorpusDir dir;
  const std::string path = dir.Write("corpus.db", "this is not a database, just some text\n");
  auto corpus = Corpus::Open(path);
  EXPECT_EQ(corpus.status().code(), StatusCode::kDataLoss);
  EXPECT_EQ(corpus.status().message(),
            path + ": not a valid corpus database (file is not a database)");
}

TEST(CorpusOpenTest, OtherSchemaVersionIsFailedPrecondition) {
  CorpusDir dir;
  const std::string path = dir.Path("corpus.db");
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE t (x); PRAGMA user_version = 7");
  }
  auto corpus = Corpus::Open(path);
  EXPECT_EQ(corpus.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_EQ(corpus.status().message(),
            path +
                ": corpus schema version 7, this factlint reads version 2; rebuild it with "
                "'factlint corpus build'");
}

TEST(CorpusOpenTest, EmptyFileIsNoCorpus) {
  CorpusDir dir;
  const std::string path = dir.Write("corpus.db", "");
  auto corpus = Corpus::Open(path);
  EXPECT_EQ(corpus.status().code(), StatusCode::kDataLoss);
  EXPECT_EQ(corpus.status().message(), path + ": empty file, not a corpus database");
  EXPECT_EQ(testing::ReadFile(path), "");
}

TEST(CorpusOpenTest, AnotherSqliteDatabaseIsNoCorpus) {
  CorpusDir dir;
  const std::string path = dir.Path("other.db");
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE notes (x)");
  }
  auto corpus = Corpus::Open(path);
  EXPECT_EQ(corpus.status().code(), StatusCode::kDataLoss);
  EXPECT_EQ(corpus.status().message(),
            path + ": not a corpus database (an SQLite database factlint did not write)");
}

TEST(CorpusOpenTest, OpensReadOnly) {
  CorpusDir dir;
  dir.Write("src/measures.yaml", "measures:\n  m: [x]\n");
  const std::string path = dir.Path("corpus.db");
  ASSERT_TRUE(BuildCorpus({dir.Path("src")}, path).ok());
  auto corpus = Corpus::Open(path);
  ASSERT_TRUE(corpus.ok()) << corpus.status().ToString();
  EXPECT_EQ((*corpus)->path(), path);
  // While it is open, a writer can still take the database: the reader holds no lock.
  SQLite::Database writer(path, SQLite::OPEN_READWRITE);
  writer.exec("PRAGMA user_version = 1");
  auto stats = (*corpus)->Stats();
  ASSERT_TRUE(stats.ok()) << stats.status().ToString();
  EXPECT_EQ(stats->measures, 1);
}

}  // namespace
}  // namespace factlint
