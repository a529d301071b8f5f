// Exchange rates: the ECB CSV layout, ImportFxRates, and the real ECB history.
#include <SQLiteCpp/SQLiteCpp.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>

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

TEST_F(FxTest, ImportAddsAndReplacesRates) {
  dir_.Write("a.csv", "Date,USD,\n2022-02-04,1.1464,\n2022-02-03,1.1286,\n");
  auto first = ImportFxRates(dir_.Path("a.csv"), db_);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ(*first, 2);
  // A second file corrects one day and adds another.
  dir_.Write("b.csv", "Date,USD,GBP\n2022-02-04,1.2,0.845\n2022-02-07,1.1447,N/A\n");
  auto second = ImportFxRates(dir_.Path("b.csv"), db_);
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  EXPECT_EQ(*second, 3);

  auto corpus = OpenOrDie(db_);
  ASSERT_NE(corpus, nullptr);
  EXPECT_DOUBLE_EQ(Rate(*corpus, "USD", D(2022, 2, 4)), 1.2);
  EXPECT_DOUBLE_EQ(Rate(*corpus, "USD", D(2022, 2, 3)), 1.1286);
  EXPECT_DOUBLE_EQ(Rate(*corpus, "USD", D(2022, 2, 8)), 1.1447);
  auto stats = corpus->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->fx_rates, 4);
  EXPECT_THAT(stats->fx_currencies, ElementsAre("GBP", "USD"));
  EXPECT_EQ(stats->sources, 1);  // the built-in ECB record, added once
  auto rate = corpus->RateOnOrBefore("GBP", D(2022, 2, 4));
  ASSERT_TRUE(rate.ok() && rate->has_value());
  EXPECT_EQ((*rate)->source_id, kEcbSourceId);
  auto source = corpus->FindSource(kEcbSourceId);
  ASSERT_TRUE(source.ok() && source->has_value());
  EXPECT_EQ((*source)->publisher, "European Central Bank");
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
  std::cout << "imported " << *written << " rates in "
            << std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count() << " ms\n";
  // Every cell of the file that is neither empty nor N/A (counted with awk).
  EXPECT_EQ(*written, 210545);

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
  CorpusBuildSummary summary;
  Status status = BuildCorpus({dir_.Path("src"), EcbHistoryPath()}, db_, &summary);
  ASSERT_TRUE(status.ok()) << status.ToString();
  EXPECT_EQ(summary.fx_rates, 210545);
  EXPECT_EQ(summary.sources, 1);
  auto corpus = OpenOrDie(db_);
  ASSERT_NE(corpus, nullptr);
  auto rate = corpus->RateOnOrBefore("USD", D(2022, 2, 4));
  ASSERT_TRUE(rate.ok() && rate->has_value());
  EXPECT_DOUBLE_EQ((*rate)->per_euro, 1.1464);
  EXPECT_EQ((*rate)->source_id, kEcbSourceId);
}

}  // namespace
}  // namespace factlint
