// Exchange rates: the ECB CSV layout, ImportFxRates, and the real ECB history.
#include <SQLiteCpp/SQLiteCpp.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <tuple>

#include "factlint/corpus.h"
#include "test_util.h"

namespace factlint {
namespace {

using testing::CorpusDir;
using ::testing::ElementsAre;

Date D(int y, unsigned m, unsigned d) {
  return Date{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
}

// The rate of `currency` on or before `date`, or -1 when there is none.
double Rate(const Corpus& corpus, const std::string& currency, Date date) {
  auto rate = corpus.RateOnOrBefore(currency, date);
  EXPECT_TRUE(rate.ok()) << rate.status().ToString();
  if (!rate.ok() || !rate->has_value()) return -1;
  return (*rate)->per_euro;
}

std::unique_ptr<Corpus> OpenOrDie(const std::string& path) {
  auto corpus = Corpus::Open(path);
  EXPECT_TRUE(corpus.ok()) << corpus.status().ToString();
  return corpus.ok() ? std::move(corpus).value() : nullptr;
}

class FxTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.Write("src/measures.yaml", "measures:\n  m: [x]\n");
    dir_.Write("src/entities.yaml",
               "entities:\n  - {id: ecb, name: European Central Bank, type: organisation}\n");
    // import-fx credits the ECB's rates to this record; fx/rates.csv is credited to `rates`.
    dir_.Write("src/sources/ecb-eurofxref.yaml",
               "id: ecb-eurofxref\ntitle: Euro foreign exchange reference rates\n"
               "publisher: European Central Bank\nkind: dataset\n");
    dir_.Write("src/sources/rates.yaml",
               "id: rates\ntitle: Rates\npublisher: European Central Bank\nkind: dataset\n");
    db_ = dir_.Path("corpus.db");
    Status status = BuildCorpus({dir_.Path("src")}, db_);
    ASSERT_TRUE(status.ok()) << status.ToString();
  }

  CorpusDir dir_;
  std::string db_;
};

TEST_F(FxTest, CsvAcceptsBomCrlfAnyOrderAndGaps) {
  dir_.Write("src/fx/rates.csv",
             "\xEF\xBB\xBF"
             "Date,USD,JPY\r\n2022-02-03,1.1286,\r\n\r\n2022-02-07,1.1447,N/A\r\n"
             "2022-02-04,1.1464,131.72\r\n");
  CorpusBuildSummary summary;
  ASSERT_TRUE(BuildCorpus({dir_.Path("src")}, db_, &summary).ok());
  EXPECT_EQ(summary.fx_rates, 4);
  auto corpus = OpenOrDie(db_);
  ASSERT_NE(corpus, nullptr);
  EXPECT_DOUBLE_EQ(Rate(*corpus, "USD", D(2022, 2, 5)), 1.1464);
  EXPECT_DOUBLE_EQ(Rate(*corpus, "JPY", D(2022, 2, 7)), 131.72);  // N/A on the 7th
  EXPECT_EQ(Rate(*corpus, "JPY", D(2022, 2, 3)), -1);
}

// The counts of an import: new, replaced, already there.
std::tuple<int64_t, int64_t, int64_t> Counts(const StatusOr<FxImportSummary>& imported) {
  EXPECT_TRUE(imported.ok()) << imported.status().ToString();
  if (!imported.ok()) return {-1, -1, -1};
  return {imported->added, imported->replaced, imported->unchanged};
}

TEST_F(FxTest, ImportAddsRatesAndKeepsThoseItHas) {
  dir_.Write("a.csv", "Date,USD,\n2022-02-04,1.1464,\n2022-02-03,1.1286,\n");
  EXPECT_EQ(Counts(ImportFxRates(dir_.Path("a.csv"), db_)), std::make_tuple(2, 0, 0));
  // A second file repeats one day and adds two.
  dir_.Write("b.csv", "Date,USD,GBP\n2022-02-04,1.14640,0.845\n2022-02-07,1.1447,N/A\n");
  EXPECT_EQ(Counts(ImportFxRates(dir_.Path("b.csv"), db_)), std::make_tuple(2, 0, 1));

  auto corpus = OpenOrDie(db_);
  ASSERT_NE(corpus, nullptr);
  EXPECT_DOUBLE_EQ(Rate(*corpus, "USD", D(2022, 2, 4)), 1.1464);
  EXPECT_DOUBLE_EQ(Rate(*corpus, "USD", D(2022, 2, 3)), 1.1286);
  EXPECT_DOUBLE_EQ(Rate(*corpus, "USD", D(2022, 2, 8)), 1.1447);
  auto stats = corpus->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->fx_rates, 4);
  EXPECT_THAT(stats->fx_currencies, ElementsAre("GBP", "USD"));
  EXPECT_EQ(stats->sources, 2);  // the corpus's own records: no source is added
  auto rate = corpus->RateOnOrBefore("GBP", D(2022, 2, 4));
  ASSERT_TRUE(rate.ok() && rate->has_value());
  EXPECT_EQ((*rate)->source_id, kEcbSourceId);
}

TEST_F(FxTest, ImportRefusesToChangeARateUnlessToldToReplace) {
  dir_.Write("a.csv", "Date,USD,JPY\n2022-02-04,1.1464,131.72\n2022-02-03,1.1286,130.5\n");
  ASSERT_EQ(Counts(ImportFxRates(dir_.Path("a.csv"), db_)), std::make_tuple(4, 0, 0));
  const std::string before = testing::ReadFile(db_);
  dir_.Write("b.csv",
             "Date,USD,JPY\n2022-02-07,1.1447,N/A\n2022-02-04,1.5,131.72\n2022-02-03,1.1286,1\n");
  auto refused = ImportFxRates(dir_.Path("b.csv"), db_);
  EXPECT_EQ(refused.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(refused.status().message(),
            db_ + ": 2 rates of " + dir_.Path("b.csv") +
                " differ from the database's; nothing was imported (--replace replaces them)\n" +
                dir_.Path("b.csv") + ":4: JPY: 2022-02-03 is 1 here but 130.5 in the database (" +
                dir_.Path("a.csv") + ":3)\n" + dir_.Path("b.csv") +
                ":3: USD: 2022-02-04 is 1.5 here but 1.1464 in the database (" +
                dir_.Path("a.csv") + ":2)");
  EXPECT_EQ(testing::ReadFile(db_), before);
  // Told to replace: the file's rates win.
  EXPECT_EQ(Counts(ImportFxRates(dir_.Path("b.csv"), db_, /*replace=*/true)),
            std::make_tuple(1, 2, 2));
  auto corpus = OpenOrDie(db_);
  ASSERT_NE(corpus, nullptr);
  EXPECT_DOUBLE_EQ(Rate(*corpus, "USD", D(2022, 2, 4)), 1.5);
  EXPECT_DOUBLE_EQ(Rate(*corpus, "JPY", D(2022, 2, 3)), 1);
}

TEST_F(FxTest, ImportListsTheFirstTenConflicts) {
  std::string a = "Date,USD\n", b = "Date,USD\n";
  for (int day = 1; day <= 28; ++day) {
    const std::string date = (day < 10 ? "2021-02-0" : "2021-02-") + std::to_string(day);
    a += date + ",1.2\n";
    b += date + ",1.3\n";
  }
  dir_.Write("a.csv", a);
  dir_.Write("b.csv", b);
  ASSERT_TRUE(ImportFxRates(dir_.Path("a.csv"), db_).ok());
  auto refused = ImportFxRates(dir_.Path("b.csv"), db_);
  const std::string message = refused.status().message();
  EXPECT_EQ(std::count(message.begin(), message.end(), '\n'), 11);
  EXPECT_THAT(message, ::testing::StartsWith(db_ + ": 28 rates of "));
  EXPECT_THAT(message, ::testing::EndsWith("\n... and 18 more"));
}

TEST_F(FxTest, ImportNeedsTheEcbSource) {
  CorpusDir other;
  other.Write("src/measures.yaml", "measures:\n  m: [x]\n");
  const std::string db = other.Path("corpus.db");
  ASSERT_TRUE(BuildCorpus({other.Path("src")}, db).ok());
  dir_.Write("a.csv", "Date,USD\n2022-02-04,1.1464\n");
  const std::string before = testing::ReadFile(db);
  auto result = ImportFxRates(dir_.Path("a.csv"), db);
  EXPECT_EQ(result.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(result.status().message(),
            db + ": no source 'ecb-eurofxref' to credit the rates to; build the database from a "
                 "corpus that has it (corpus/sources/ecb-eurofxref.yaml)");
  EXPECT_EQ(testing::ReadFile(db), before);
}

TEST_F(FxTest, ImportOfAFolderOrADevice) {
  auto folder = ImportFxRates(dir_.Path("src"), db_);
  EXPECT_EQ(folder.status().message(), dir_.Path("src") + ": is a folder, not a file");
  auto device = ImportFxRates("/dev/zero", db_);
  EXPECT_EQ(device.status().message(), "/dev/zero: not a regular file (character device)");
}

TEST_F(FxTest, ImportIntoAnEmptyFile) {
  dir_.Write("a.csv", "Date,USD\n2022-02-04,1.1464\n");
  const std::string empty = dir_.Write("empty.db", "");
  auto result = ImportFxRates(dir_.Path("a.csv"), empty);
  EXPECT_EQ(result.status().code(), StatusCode::kDataLoss);
  EXPECT_EQ(result.status().message(), empty + ": empty file, not a corpus database");
  EXPECT_EQ(testing::ReadFile(empty), "");
}

TEST_F(FxTest, ImportOfABadCsvLeavesTheDatabaseAlone) {
  const std::string before = testing::ReadFile(db_);
  dir_.Write("bad.csv", "Date,USD\n2022-02-04,1.1464\n2022-02-03,abc\n");
  auto result = ImportFxRates(dir_.Path("bad.csv"), db_);
  EXPECT_EQ(result.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(result.status().message(),
            dir_.Path("bad.csv") + ":3: USD: expected a number or N/A, got 'abc'");
  EXPECT_EQ(testing::ReadFile(db_), before);
}

TEST_F(FxTest, ImportIntoMissingDatabase) {
  dir_.Write("a.csv", "Date,USD\n2022-02-04,1.1464\n");
  auto result = ImportFxRates(dir_.Path("a.csv"), dir_.Path("none.db"));
  EXPECT_EQ(result.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(result.status().message(), dir_.Path("none.db") + ": no such corpus database");
  EXPECT_FALSE(std::filesystem::exists(dir_.Path("none.db")));
}

TEST_F(FxTest, ImportIntoSomethingNotADatabase) {
  dir_.Write("a.csv", "Date,USD\n2022-02-04,1.1464\n");
  const std::string text = dir_.Write("notes.db", std::string(2000, 'x'));
  auto result = ImportFxRates(dir_.Path("a.csv"), text);
  EXPECT_EQ(result.status().code(), StatusCode::kDataLoss);
  EXPECT_THAT(result.status().message(),
              ::testing::StartsWith(text + ": not a valid corpus database"));
  EXPECT_EQ(testing::ReadFile(text), std::string(2000, 'x'));
}

TEST_F(FxTest, ImportIntoAnotherSchemaVersion) {
  dir_.Write("a.csv", "Date,USD\n2022-02-04,1.1464\n");
  {
    SQLite::Database db(db_, SQLite::OPEN_READWRITE);
    db.exec("PRAGMA user_version = 7");
  }
  const std::string before = testing::ReadFile(db_);
  auto result = ImportFxRates(dir_.Path("a.csv"), db_);
  EXPECT_EQ(result.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_EQ(result.status().message(),
            db_ +
                ": corpus schema version 7, this factlint reads version 2; rebuild it with "
                "'factlint corpus build'");
  EXPECT_EQ(testing::ReadFile(db_), before);
}

TEST_F(FxTest, ImportIntoAReadOnlyDatabase) {
  if (::geteuid() == 0) GTEST_SKIP() << "root can write to a read-only file";
  dir_.Write("a.csv", "Date,USD\n2022-02-04,1.1464\n");
  std::filesystem::permissions(db_, std::filesystem::perms::owner_read |
                                        std::filesystem::perms::group_read |
                                        std::filesystem::perms::others_read);
  const std::string before = testing::ReadFile(db_);
  auto result = ImportFxRates(dir_.Path("a.csv"), db_);
  EXPECT_EQ(result.status().code(), StatusCode::kPermissionDenied);
  EXPECT_EQ(result.status().message(), db_ + ": cannot write (read-only)");
  EXPECT_EQ(testing::ReadFile(db_), before);
}

TEST_F(FxTest, ImportIntoADatabaseInUse) {
  dir_.Write("a.csv", "Date,USD\n2022-02-04,1.1464\n");
  SQLite::Database other(db_, SQLite::OPEN_READWRITE);
  other.exec("BEGIN EXCLUSIVE");
  auto result = ImportFxRates(dir_.Path("a.csv"), db_);
  EXPECT_EQ(result.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_THAT(result.status().message(),
              ::testing::StartsWith(db_ + ": database is in use by another program"));
  other.exec("ROLLBACK");
}

// The real ECB history, 1999-01-04 to 2025-05-09 (../shared/data; skipped when absent).
std::string EcbHistoryPath() { return FACTLINT_SHARED_DIR "/data/ecb_eurofxref-hist.csv"; }

TEST_F(FxTest, ImportsTheEcbHistory) {
  if (!std::filesystem::exists(EcbHistoryPath())) GTEST_SKIP() << EcbHistoryPath() << " absent";
  const auto start = std::chrono::steady_clock::now();
  auto written = ImportFxRates(EcbHistoryPath(), db_);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_TRUE(written.ok()) << written.status().ToString();
  std::cout << "imported " << written->added << " rates in "
            << std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count() << " ms\n";
  // Every cell of the file that is neither empty nor N/A (counted with awk).
  EXPECT_EQ(written->added, 210545);
  // Again: every rate is already there.
  EXPECT_EQ(Counts(ImportFxRates(EcbHistoryPath(), db_)), std::make_tuple(0, 0, 210545));

  auto corpus = OpenOrDie(db_);
  ASSERT_NE(corpus, nullptr);
  EXPECT_DOUBLE_EQ(Rate(*corpus, "USD", D(2019, 5, 2)), 1.1212);
  EXPECT_DOUBLE_EQ(Rate(*corpus, "USD", D(2022, 2, 4)), 1.1464);
  EXPECT_DOUBLE_EQ(Rate(*corpus, "USD", D(2022, 2, 6)), 1.1464);  // Sunday: Friday's rate
  EXPECT_DOUBLE_EQ(Rate(*corpus, "USD", D(2022, 2, 7)), 1.1447);
  EXPECT_DOUBLE_EQ(Rate(*corpus, "JPY", D(2022, 2, 4)), 131.72);
  EXPECT_EQ(Rate(*corpus, "USD", D(1999, 1, 3)), -1);  // before the euro
  auto stats = corpus->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->fx_rates, 210545);
  EXPECT_EQ(stats->fx_first_date, "1999-01-04");
  EXPECT_EQ(stats->fx_last_date, "2025-05-09");
  EXPECT_EQ(stats->fx_currencies.size(), 41u);
}

TEST_F(FxTest, BuildsWithTheEcbHistory) {
  if (!std::filesystem::exists(EcbHistoryPath())) GTEST_SKIP() << EcbHistoryPath() << " absent";
  // The file, named for the source it is credited to.
  std::filesystem::create_directories(dir_.Path("src/fx"));
  std::filesystem::create_symlink(EcbHistoryPath(), dir_.Path("src/fx/ecb-eurofxref.csv"));
  CorpusBuildSummary summary;
  Status status = BuildCorpus({dir_.Path("src")}, db_, &summary);
  ASSERT_TRUE(status.ok()) << status.ToString();
  EXPECT_EQ(summary.fx_rates, 210545);
  EXPECT_EQ(summary.sources, 2);
  auto corpus = OpenOrDie(db_);
  ASSERT_NE(corpus, nullptr);
  auto rate = corpus->RateOnOrBefore("USD", D(2022, 2, 4));
  ASSERT_TRUE(rate.ok() && rate->has_value());
  EXPECT_DOUBLE_EQ((*rate)->per_euro, 1.1464);
  EXPECT_EQ((*rate)->source_id, kEcbSourceId);
}

}  // namespace
}  // namespace factlint
