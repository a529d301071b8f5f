// BuildCorpus as a whole: which files it reads, determinism, atomic replacement.
#include <SQLiteCpp/SQLiteCpp.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include "factlint/corpus.h"
#include "test_util.h"

namespace factlint {
namespace corpus_internal {
extern const char kSchemaSql[];  // engine/corpus/schema.h
}  // namespace corpus_internal
namespace {

using testing::CorpusDir;
using ::testing::ElementsAre;

TEST(BuildTest, SchemaIsEmbeddedFromCorpusSchemaSql) {
  EXPECT_EQ(std::string(corpus_internal::kSchemaSql),
            testing::ReadFile(FACTLINT_SOURCE_DIR "/corpus/schema.sql"));
}

TEST(BuildTest, OutputIsByteForByteDeterministic) {
  CorpusDir dir;
  testing::WriteSmallCorpus(dir);
  ASSERT_TRUE(BuildCorpus({dir.Path("src")}, dir.Path("a.db")).ok());
  // The same files, named in another order, twice over, and by another path.
  ASSERT_TRUE(BuildCorpus({dir.Path("src/sources"), dir.Path("src/entities.yaml"), dir.Path("src/"),
                           dir.Path("src/fx"), dir.Path("src/lexicon/../entities.yaml")},
                          dir.Path("b.db"))
                  .ok());
  const std::string a = testing::ReadFile(dir.Path("a.db"));
  EXPECT_GT(a.size(), 0u);
  EXPECT_TRUE(a == testing::ReadFile(dir.Path("b.db")));
}

TEST(BuildTest, ReplacesAnExistingOutputAndLeavesNoTemporaryFile) {
  CorpusDir dir;
  testing::WriteSmallCorpus(dir);
  dir.Write("out/corpus.db", "an old corpus");
  // A temporary file left by a killed build with this process id is replaced too.
  dir.Write("out/corpus.db.tmp-" + std::to_string(::getpid()), "half-written");
  CorpusBuildSummary summary;
  Status status = BuildCorpus({dir.Path("src")}, dir.Path("out/corpus.db"), &summary);
  ASSERT_TRUE(status.ok()) << status.ToString();
  EXPECT_THAT(dir.List("out"), ElementsAre("corpus.db"));
  auto corpus = Corpus::Open(dir.Path("out/corpus.db"));
  ASSERT_TRUE(corpus.ok()) << corpus.status().ToString();
  EXPECT_EQ((*corpus)->Stats()->sources, summary.sources);
}

TEST(BuildTest, SkipsHiddenAndNonCorpusFilesInFolders) {
  CorpusDir dir;
  dir.Write("src/measures.yml", "measures:\n  m: [x]\n");
  dir.Write("src/README.md", "# not read\n");
  dir.Write("src/schema.sql", "not read either;\n");
  dir.Write("src/.draft.yaml", "broken: [\n");
  dir.Write("src/.git/config.yaml", "broken: [\n");
  dir.Write("src/notes.txt", "read by no one\n");
  CorpusBuildSummary summary;
  Status status = BuildCorpus({dir.Path("src")}, dir.Path("corpus.db"), &summary);
  ASSERT_TRUE(status.ok()) << status.ToString();
  EXPECT_EQ(summary.files, 1);
  EXPECT_EQ(summary.measures, 1);
  EXPECT_EQ(summary.sources, 0);
  ASSERT_EQ(summary.warnings.size(), 1u);
  EXPECT_EQ(summary.warnings[0].ToString(),
            dir.Path("src/notes.txt") + ": not read: not a corpus file (.yaml, .yml or .csv)");
}

TEST(BuildTest, EmptyListsAndFieldsAreAllowed) {
  CorpusDir dir;
  dir.Write("src/entities.yaml", "entities:\n  - {id: a, name: A, type: group, aliases: []}\n");
  dir.Write("src/x.yaml", "id: x\ntitle: X\npublisher: A\nkind: article\nnote:\nstatements:\n");
  CorpusBuildSummary summary;
  Status status = BuildCorpus({dir.Path("src")}, dir.Path("corpus.db"), &summary);
  ASSERT_TRUE(status.ok()) << status.ToString();
  EXPECT_THAT(summary.warnings, ElementsAre());
  auto corpus = Corpus::Open(dir.Path("corpus.db"));
  ASSERT_TRUE(corpus.ok());
  auto source = (*corpus)->FindSource("x");
  ASSERT_TRUE(source.ok() && source->has_value());
  EXPECT_EQ((*source)->publisher_entity, "a");
  EXPECT_EQ((*source)->note, "");
  EXPECT_EQ((*source)->published, "");
}

TEST(BuildTest, EverySourceRecordKeepsItsFileAndLine) {
  CorpusDir dir;
  testing::WriteSmallCorpus(dir);
  ASSERT_TRUE(BuildCorpus({dir.Path("src")}, dir.Path("corpus.db")).ok());
  SQLite::Database db(dir.Path("corpus.db"));
  for (const char* table : {"entities", "aliases", "entity_history", "relations", "roles",
                            "measures", "statements", "quotes", "lexicon"}) {
    SQLite::Statement missing(
        db, std::string("SELECT count(*) FROM ") + table + " WHERE file IS NULL OR line < 1");
    ASSERT_TRUE(missing.executeStep());
    EXPECT_EQ(missing.getColumn(0).getInt(), 0) << table;
  }
  SQLite::Statement files(db, "SELECT path, kind, source_id FROM files ORDER BY id");
  std::vector<std::string> rows;
  while (files.executeStep()) {
    rows.push_back(files.getColumn(0).getString().substr(dir.Path("src").size()) + " " +
                   files.getColumn(1).getString() + " " + files.getColumn(2).getString());
  }
  EXPECT_THAT(rows,
              ElementsAre("/entities.yaml entities ", "/fx/custom-fx.csv fx custom-fx",
                          "/fx/ecb-eurofxref.csv fx ecb-eurofxref", "/lexicon/crypto.yaml lexicon ",
                          "/measures.yaml measures ", "/sources/custom-fx.yaml source custom-fx",
                          "/sources/ecb-eurofxref.yaml source ecb-eurofxref",
                          "/sources/fireeye-2018.yaml source fireeye-2018",
                          "/sources/un-panel-2022.yaml source un-panel-2022",
                          "/sources/yonhap-2022.yaml source yonhap-2022"));
}

TEST(BuildTest, NoSourceIsMadeUpForRates) {
  // A rate file is credited to the source its name gives, never to one the build invents.
  CorpusDir dir;
  dir.Write("src/rates.csv", "Date,USD\n2022-02-04,1.1464\n");
  Status status = BuildCorpus({dir.Path("src")}, dir.Path("corpus.db"));
  EXPECT_EQ(status.message(), dir.Path("src/rates.csv") +
                                  ": no source 'rates': a rate file is credited to the source "
                                  "whose id is its file name");
  EXPECT_THAT(dir.List(), ElementsAre("src"));
}

}  // namespace
}  // namespace factlint
