// The conversion kind against a small corpus of real ECB rates (typed from the ECB's
// eurofxref-hist.csv: USD and GBP per EUR on 2022-02-03, 2022-02-04 and 2022-02-07).
#include <gtest/gtest.h>

#include "factlint/corpus.h"
#include "factlint/rules.h"
#include "rule_runner.h"
#include "test_support.h"

namespace factlint {
namespace {

using testing::RunRules;
using testing::TempDir;

class ConversionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // The rates, credited to the source the file's name gives.
    dir_.Write("rates/entities.yaml",
               "entities:\n  - {id: ecb, name: European Central Bank, type: organisation}\n");
    dir_.Write("rates/ecb-eurofxref.yaml",
               "id: ecb-eurofxref\ntitle: Euro foreign exchange reference rates\n"
               "publisher: European Central Bank\nkind: dataset\n");
    dir_.Write("rates/ecb-eurofxref.csv",
               "Date,USD,GBP,\n2022-02-07,1.1447,0.84560,\n2022-02-04,1.1464,0.84400,\n"
               "2022-02-03,1.1286,0.83783,\n");
    std::string db = (dir_.path() / "fx.db").string();
    ASSERT_TRUE(BuildCorpus({(dir_.path() / "rates").string()}, db).ok());
    corpus_ = std::move(Corpus::Open(db).value());
    auto rules = RuleSet::LoadFile(
        (testing::SourceDir() / "rules" / "figures" / "currency-conversion.yaml").string());
    ASSERT_TRUE(rules.ok()) << rules.status().message();
    rules_ = std::make_unique<RuleSet>(std::move(rules).value());
  }

  testing::RuleRun Check(const std::string& text, const std::string& date = "2022-02-07") {
    return RunRules(*rules_, text, *ParseIsoDate(date), corpus_.get());
  }

  const ClaimEntry& Conversion(const testing::RuleRun& run) {
    for (const ClaimEntry& entry : run.output.claims) {
      if (entry.kind == "conversion") return entry;
    }
    static const ClaimEntry kNone;
    ADD_FAILURE() << "no conversion in the ledger";
    return kNone;
  }

  TempDir dir_;
  std::unique_ptr<Corpus> corpus_;
  std::unique_ptr<RuleSet> rules_;
};

TEST_F(ConversionTest, RoundedFigureWithinItsPrecisionIsSupported) {
  // $50M at 1.1464 is EUR 43.62M; "about 44 million" stands for 43.5 to 44.5 million.
  auto run = Check("It cost 50 million dollars (about 44 million euros).");
  EXPECT_TRUE(run.output.findings.empty());
  const ClaimEntry& entry = Conversion(run);
  EXPECT_EQ(entry.status, ClaimStatus::kSupported);
  EXPECT_EQ(entry.normalized["rate_date"], "2022-02-04");
  EXPECT_EQ(entry.normalized["expected"], 43614794);
  ASSERT_EQ(entry.evidence.size(), 1u);
  EXPECT_EQ(entry.evidence[0].excerpt, "2022-02-04: 1 EUR = 1.1464 USD");
  EXPECT_EQ(entry.evidence[0].record, "USD/2022-02-04");
  EXPECT_EQ(entry.evidence[0].title, "Euro foreign exchange reference rates");
}

TEST_F(ConversionTest, WrongFigureIsAnErrorWithTheRightFigureSuggested) {
  auto run = Check("It cost 50 million dollars (about 54 million euros).");
  ASSERT_EQ(run.output.findings.size(), 1u);
  const Finding& finding = run.output.findings[0];
  EXPECT_EQ(finding.rule, "currency-conversion");
  EXPECT_EQ(finding.severity, Severity::kError);
  EXPECT_EQ(run.document->TextOf(finding.span), "about 54 million euros");
  EXPECT_EQ(finding.message,
            "about 54 million euros does not match 50 million dollars at the ECB reference rate "
            "of 2022-02-04 (1 EUR = 1.1464 USD): expected about 43.6 million euros");
  EXPECT_EQ(finding.suggestion, "about 43.6 million euros");
  EXPECT_EQ(Conversion(run).status, ClaimStatus::kContradicted);
}

TEST_F(ConversionTest, AMorePreciseFigureIsHeldToItsPrecision) {
  // "$50.00 million" claims precision to 10,000 dollars, so it converts to EUR 43.61M to 43.62M;
  // with the 2% tolerance for exact figures, 43.61 fits and 44.61 does not. "$50 million" would
  // stand for 49.5 to 50.5 million and admit both.
  EXPECT_TRUE(Check("It cost $50.00 million (€43.61 million).").output.findings.empty());
  EXPECT_TRUE(Check("It cost $50 million (€44.61 million).").output.findings.empty());
  auto run = Check("It cost $50.00 million (€44.61 million).");
  ASSERT_EQ(run.output.findings.size(), 1u);
  EXPECT_EQ(run.output.findings[0].suggestion, "€43.6 million");
}

TEST_F(ConversionTest, FiguresInWordsAreSuggestedInDigits) {
  // "fifty million" is precise to ten million: it stands for 45 to 55 million.
  EXPECT_TRUE(
      Check("It cost fifty million dollars (about fifty million euros).").output.findings.empty());
  auto run = Check("It cost fifty million dollars (about sixty million euros).");
  ASSERT_EQ(run.output.findings.size(), 1u);
  EXPECT_EQ(run.output.findings[0].suggestion, "about 43.6 million euros");
  auto small = Check("It cost five hundred thousand dollars (about nine hundred thousand euros).");
  ASSERT_EQ(small.output.findings.size(), 1u);
  EXPECT_EQ(small.output.findings[0].suggestion, "about 436,000 euros");
}

TEST_F(ConversionTest, TheSameDaysRateIsAcceptedToo) {
  // With no tolerance: $100.000 million is EUR 87.229M at 1.1464 (2022-02-04, the reference) and
  // EUR 87.359M at 1.1447 (2022-02-07, the article's own day); only the latter fits 87.36.
  std::string rule =
      testing::ReadFile(testing::SourceDir() / "rules" / "figures" / "currency-conversion.yaml");
  rule.replace(rule.find("tolerance: 0.02"), 15, "tolerance: 0");
  rule.replace(rule.find("hedged-tolerance: 0.05"), 22, "hedged-tolerance: 0");
  auto strict = RuleSet::LoadFile(dir_.Write("strict/currency-conversion.yaml", rule));
  ASSERT_TRUE(strict.ok()) << strict.status().message();
  auto run = RunRules(*strict, "It cost $100.000 million (€87.36 million).",
                      *ParseIsoDate("2022-02-07"), corpus_.get());
  EXPECT_TRUE(run.output.findings.empty());
  EXPECT_EQ(Conversion(run).normalized["rate_date"], "2022-02-07");
  auto missed = RunRules(*strict, "It cost $100.000 million (€87.50 million).",
                         *ParseIsoDate("2022-02-07"), corpus_.get());
  ASSERT_EQ(missed.output.findings.size(), 1u);
  EXPECT_EQ(missed.output.findings[0].suggestion, "€87.2 million");
}

TEST_F(ConversionTest, WeekendsFallBackToTheLastBusinessDay) {
  // Sunday 2022-02-06: the reference is Friday's rate.
  auto run = Check("It cost $50 million (about €54 million).", "2022-02-06");
  ASSERT_EQ(run.output.findings.size(), 1u);
  EXPECT_NE(run.output.findings[0].message.find("of 2022-02-04"), std::string::npos);
}

TEST_F(ConversionTest, CrossRatesGoThroughTheEuro) {
  // GBP 10M in USD at 2022-02-04: 10 * 1.1464 / 0.844 = 13.58M.
  auto run = Check("It cost £10 million (about $13.6 million).");
  EXPECT_TRUE(run.output.findings.empty());
  const ClaimEntry& entry = Conversion(run);
  EXPECT_EQ(entry.status, ClaimStatus::kSupported);
  ASSERT_EQ(entry.evidence.size(), 2u);
  EXPECT_EQ(entry.evidence[0].record, "GBP/2022-02-04");
  EXPECT_EQ(entry.evidence[1].record, "USD/2022-02-04");
}

TEST_F(ConversionTest, NoRateOnRecordLeavesTheClaimUnverified) {
  auto run = Check("It cost 50 million dollars (about 44 million euros).", "2019-05-02");
  EXPECT_TRUE(run.output.findings.empty());
  EXPECT_EQ(Conversion(run).status, ClaimStatus::kUnverified);
}

TEST_F(ConversionTest, NoCorpusLeavesTheClaimUnverified) {
  auto run = RunRules(*rules_, "It cost 50 million dollars (about 54 million euros).",
                      *ParseIsoDate("2022-02-07"), nullptr);
  EXPECT_TRUE(run.output.findings.empty());
  EXPECT_EQ(Conversion(run).status, ClaimStatus::kUnverified);
}

}  // namespace
}  // namespace factlint
