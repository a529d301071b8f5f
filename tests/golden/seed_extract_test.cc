// What extraction must find in the story that started the project (issue 3's acceptance list),
// read from ../shared/fixtures (skipped where it is absent). Checked through the claims ledger,
// as `factlint extract` prints it: with the default corpus's gazetteer and no rules.
#include <gtest/gtest.h>

#include "factlint/check.h"
#include "test_support.h"

namespace factlint {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

class SeedExtractTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::path path = testing::SharedDir() / "fixtures" / "seed-dprk-crypto.md";
    if (!fs::exists(path)) GTEST_SKIP() << path << " is absent";
    CheckOptions options;
    options.corpus_path = testing::DefaultCorpus();
    auto checker = Checker::Create(options);
    ASSERT_TRUE(checker.ok()) << checker.status().message();
    result_ = (*checker)->CheckFile(path.string());
    ASSERT_TRUE(result_.error.ok()) << result_.error.message();
  }

  // The normalized form of the claim of `kind` whose text starts with `text`.
  Json Claim(std::string_view kind, std::string_view text) {
    for (const ClaimEntry& claim : result_.claims) {
      if (claim.kind == kind &&
          result_.document->TextOf(claim.span).substr(0, text.size()) == text) {
        return claim.normalized;
      }
    }
    ADD_FAILURE() << "no " << kind << " claim starting with \"" << text << "\"";
    return Json();
  }

  FileResult result_;
};

TEST_F(SeedExtractTest, TheFiftyMillionDollarsAreCreditedToTheUnForTwoYears) {
  Json money = Claim("money", "50 million dollars");
  EXPECT_EQ(money["value"], 50000000);
  EXPECT_EQ(money["unit"], "USD");
  EXPECT_EQ(money["qualifier"], "exact");
  EXPECT_EQ(money["period"], Json({"2020-01-01", "2021-12-31"}));
  EXPECT_EQ(money["attributed_to"], "un");
  EXPECT_EQ(money["subject"], "north-korea");
}

TEST_F(SeedExtractTest, TheConversionIsToAbout44MillionEuros) {
  Json conversion = Claim("conversion", "50 million dollars (about 44 million euros)");
  EXPECT_EQ(conversion["to"], Json({{"value", 44000000}, {"unit", "EUR"}, {"qualifier", "about"}}));
}

TEST_F(SeedExtractTest, UpTo400MillionDollarsLastYearAreCreditedToChainalysis) {
  Json money = Claim("money", "up to $400 million");
  EXPECT_EQ(money["value"], 400000000);
  EXPECT_EQ(money["qualifier"], "up-to");
  EXPECT_EQ(money["period"], Json({"2021-01-01", "2021-12-31"}));
  EXPECT_EQ(money["attributed_to"], "chainalysis");
}

TEST_F(SeedExtractTest, TheThreeExchangesContinueTheChainalysisStatement) {
  Json exchanges = Claim("quantity", "at least three cryptocurrency exchanges");
  EXPECT_EQ(exchanges["value"], 3);
  EXPECT_EQ(exchanges["unit"], "exchange");
  EXPECT_EQ(exchanges["qualifier"], "at-least");
  EXPECT_EQ(exchanges["attributed_to"], "chainalysis");
}

TEST_F(SeedExtractTest, NineTrialsLastMonthAreCreditedToTheUnitedStates) {
  Json trials = Claim("quantity", "nine trials");
  EXPECT_EQ(trials["value"], 9);
  EXPECT_EQ(trials["unit"], "trial");
  EXPECT_EQ(trials["period"], Json({"2022-01-01", "2022-01-31"}));
  EXPECT_EQ(trials["attributed_to"], "united-states");
}

TEST_F(SeedExtractTest, TheQuotationIsSpokenByTheUn) {
  Json quote = Claim("quote", "\u201cThe DPRK");
  EXPECT_EQ(quote["speaker"], "the UN");
  EXPECT_EQ(quote["speaker_entity"], "un");
}

TEST_F(SeedExtractTest, JoeBidenIsPresidentOfTheUnitedStates) {
  bool found = false;
  for (const ClaimEntry& claim : result_.claims) {
    if (claim.kind == "role" && claim.normalized["person"] == "joe-biden") {
      found = true;
      EXPECT_EQ(claim.normalized["role"], "president");
    }
  }
  EXPECT_TRUE(found) << "no role claim for joe-biden";
}

TEST_F(SeedExtractTest, OnFridayIsTheFourthOfFebruary) {
  Json friday = Claim("time", "Friday");  // the span leaves out the preposition
  EXPECT_EQ(friday["from"], "2022-02-04");
  EXPECT_EQ(friday["to"], "2022-02-04");
  EXPECT_EQ(friday["granularity"], "day");
}

}  // namespace
}  // namespace factlint
