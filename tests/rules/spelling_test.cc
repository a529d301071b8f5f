// The spelling kind with the default corpus (build/corpus.db): typos, and each class of word it
// must leave alone.
#include <gtest/gtest.h>

#include "factlint/corpus.h"
#include "factlint/rules.h"
#include "rule_runner.h"
#include "test_support.h"

namespace factlint {
namespace {

class SpellingTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto rules =
        RuleSet::LoadFile((testing::SourceDir() / "rules" / "language" / "spelling.yaml").string());
    ASSERT_TRUE(rules.ok()) << rules.status().message();
    rules_ = new RuleSet(std::move(*rules));
    auto corpus = Corpus::Open(testing::DefaultCorpus());
    ASSERT_TRUE(corpus.ok()) << corpus.status().message();
    corpus_ = corpus->release();
  }
  static void TearDownTestSuite() {
    delete rules_;
    delete corpus_;
  }

  std::vector<std::string> Check(const std::string& text,
                                 const std::vector<std::string>* project_words = nullptr,
                                 bool with_corpus = true) {
    auto document = Document::Read("example.md", text);
    EXPECT_TRUE(document.ok()) << document.status().message();
    if (!document.ok()) return {};
    Claims claims = ExtractClaims(**document);
    RuleOutput output = rules_->Run(CheckInput{**document, claims, with_corpus ? corpus_ : nullptr,
                                               *ParseIsoDate("2022-01-01"), project_words});
    std::vector<std::string> out;
    for (const Finding& f : output.findings) {
      out.push_back(std::string((*document)->TextOf(f.span)) + "|" + f.suggestion.value_or(""));
    }
    return out;
  }

  static RuleSet* rules_;
  static Corpus* corpus_;
};

RuleSet* SpellingTest::rules_ = nullptr;
Corpus* SpellingTest::corpus_ = nullptr;

using Found = std::vector<std::string>;

TEST_F(SpellingTest, FlagsDomainTyposWithTheDomainTerm) {
  EXPECT_EQ(Check("Fraudsters pushed alcoints to savers."), (Found{"alcoints|altcoins"}));
  EXPECT_EQ(Check("Fraudsters pushed Etherium to savers."), (Found{"Etherium|Ethereum"}));
  EXPECT_EQ(Check("Every cryptocurreny fell."), (Found{"cryptocurreny|cryptocurrency"}));
  EXPECT_EQ(Check("Some stablecions held."), (Found{"stablecions|stablecoins"}));
}

TEST_F(SpellingTest, FlagsEnglishTypos) {
  EXPECT_EQ(Check("The goverment recieved it."),
            (Found{"goverment|government", "recieved|received"}));
}

TEST_F(SpellingTest, GivesTheMessage) {
  auto document = Document::Read("example.md", "Savers bought alcoints.");
  ASSERT_TRUE(document.ok());
  Claims claims = ExtractClaims(**document);
  RuleOutput output = rules_->Run(CheckInput{**document, claims, corpus_, Date{}});
  ASSERT_EQ(output.findings.size(), 1u);
  EXPECT_EQ(output.findings[0].message, "unknown word \"alcoints\"; did you mean \"altcoins\"?");
  EXPECT_EQ(output.findings[0].rule, "spelling");
}

TEST_F(SpellingTest, KeepsTheCapitalOfASentenceInitialWord) {
  EXPECT_EQ(Check("Alcoints crashed."), (Found{"Alcoints|Altcoins"}));
  EXPECT_EQ(Check("Becuase of that, it fell."), (Found{"Becuase|Because"}));
}

TEST_F(SpellingTest, ChecksEachPartOfACompoundAndTheStemOfAPossessive) {
  EXPECT_EQ(Check("A state-bakced group struck."), (Found{"bakced|backed"}));
  EXPECT_EQ(Check("The goverment's plan failed."), (Found{"goverment|government"}));
  EXPECT_TRUE(Check("A long-running, well-funded cross-border scheme.").empty());
}

TEST_F(SpellingTest, ChecksWordsInQuotations) {
  EXPECT_EQ(Check("He said \"the goverment knew\" then."), (Found{"goverment|government"}));
}

TEST_F(SpellingTest, LeavesNamesAlone) {
  EXPECT_TRUE(Check("Officials in Pyongyang and Kim Jong Un denied it.").empty());
  EXPECT_TRUE(Check("The Lazarus group and Chainalysis staff met Zelenskyy aides.").empty());
  EXPECT_TRUE(Check("Chainalysis said so. Pyongyang denied it. Kowalczyk agreed.").empty());
  EXPECT_TRUE(Check("We spoke to Biden's team and to Mrs Okonjo-Iweala.").empty());
}

TEST_F(SpellingTest, LeavesAcronymsDigitsAndInternalCapitalsAlone) {
  EXPECT_TRUE(Check("The DPRK, the UNSC and NATO met; APT38 used 2FA.").empty());
  EXPECT_TRUE(Check("An iPhone, FireEye and eBay app had a 0day.").empty());
}

TEST_F(SpellingTest, LeavesCodeUrlsHandlesAndHashtagsAlone) {
  EXPECT_TRUE(Check("Run `opne walet` now.").empty());
  EXPECT_TRUE(Check("See https://example.org/walet or [here](https://x.org/opne).").empty());
  EXPECT_TRUE(
      Check("Ask @walletguy, use #cryptonews, or read secure_walet and docs.walet.").empty());
  EXPECT_TRUE(Check("```\nlet walet = opne();\n```\n").empty());
}

TEST_F(SpellingTest, LeavesRegularFormsOfKnownWordsAlone) {
  EXPECT_TRUE(
      Check("The licensors may sublicense executables and relicensing is allowed.").empty());
  EXPECT_TRUE(
      Check("The colour was organised; she travelled to the centre with a licence.").empty());
  EXPECT_EQ(Check("The detailled plan."), (Found{"detailled|detailed"}));
}

TEST_F(SpellingTest, LeavesWordsWithoutACloseSuggestionAlone) {
  EXPECT_TRUE(Check("The xqzvkptw token.").empty());
}

TEST_F(SpellingTest, KnowsTheProjectWords) {
  std::vector<std::string> words = {"knwon"};
  EXPECT_EQ(Check("A knwon wallet."), (Found{"knwon|known"}));
  EXPECT_TRUE(Check("A knwon wallet.", &words).empty());
}

TEST_F(SpellingTest, WorksWithoutACorpus) {
  EXPECT_EQ(Check("The goverment acted.", nullptr, false), (Found{"goverment|government"}));
  EXPECT_TRUE(Check("The bitcoin fell.").empty());
}

}  // namespace
}  // namespace factlint
