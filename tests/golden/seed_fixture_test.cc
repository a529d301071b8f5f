// The story that started the project, read from ../shared/fixtures (skipped where it is absent):
// the findings the foundation must give on it, and the ones it must not.
#include <gtest/gtest.h>

#include "factlint/check.h"
#include "test_support.h"

namespace factlint {
namespace {

namespace fs = std::filesystem;

class SeedFixtureTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = testing::SharedDir() / "fixtures" / "seed-dprk-crypto.md";
    if (!fs::exists(path_)) GTEST_SKIP() << path_ << " is absent";
    CheckOptions options;
    options.corpus_path = testing::DefaultCorpus();
    options.rule_folders = {(testing::SourceDir() / "rules").string()};
    auto checker = Checker::Create(options);
    ASSERT_TRUE(checker.ok()) << checker.status().message();
    checker_ = std::move(checker).value();
  }

  const Finding* FindRule(const FileResult& result, std::string_view rule) {
    for (const Finding& f : result.findings) {
      if (f.rule == rule) return &f;
    }
    return nullptr;
  }

  fs::path path_;
  std::unique_ptr<Checker> checker_;
};

TEST_F(SeedFixtureTest, ReportsTheRepeatedWordAndSupportsTheConversion) {
  FileResult result = checker_->CheckFile(path_.string());
  ASSERT_TRUE(result.error.ok()) << result.error.message();
  EXPECT_EQ(FormatIsoDate(result.date), "2022-02-07");

  const Finding* repeated = FindRule(result, "repeated-word");
  ASSERT_NE(repeated, nullptr);
  EXPECT_EQ(result.document->TextOf(repeated->span), "The The");
  EXPECT_EQ(repeated->severity, Severity::kError);
  EXPECT_EQ(FindRule(result, "currency-conversion"), nullptr);

  const ClaimEntry* conversion = nullptr;
  for (const ClaimEntry& c : result.claims) {
    if (c.kind == "conversion") conversion = &c;
  }
  ASSERT_NE(conversion, nullptr);
  EXPECT_EQ(result.document->TextOf(conversion->span),
            "50 million dollars (about 44 million euros)");
  EXPECT_EQ(conversion->status, ClaimStatus::kSupported);
  ASSERT_EQ(conversion->evidence.size(), 1u);
  EXPECT_EQ(conversion->evidence[0].source, "ecb-eurofxref");
  EXPECT_EQ(conversion->evidence[0].excerpt, "2022-02-04: 1 EUR = 1.1464 USD");
}

TEST_F(SeedFixtureTest, LanguageFindingsAreExactlyTheFourSlips) {
  FileResult result = checker_->CheckFile(path_.string());
  ASSERT_TRUE(result.error.ok()) << result.error.message();
  std::vector<std::string> language;
  for (const Finding& f : result.findings) {
    if (f.rule == "spelling" || f.rule == "punctuation" || f.rule == "stray-line" ||
        f.rule == "repeated-word") {
      language.push_back(f.rule + " " + std::string(result.document->TextOf(f.span)) + " -> " +
                         f.suggestion.value_or(""));
    }
  }
  // No name is flagged (FireEye, Chainalysis, Pyongyang, Lazarus, Kim Jong Un, Biden).
  EXPECT_EQ(language,
            (std::vector<std::string>{
                "spelling alcoints -> altcoins",
                "punctuation . imposed ->  imposed",
                "stray-line 10 curiosities about the use of technology in North Korea -> ",
                "repeated-word The The -> The",
            }));
}

TEST_F(SeedFixtureTest, AWrongConversionIsAnErrorSuggestingTheRightFigure) {
  std::string text = testing::ReadFile(path_);
  size_t at = text.find("about 44 million euros");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, 22, "about 54 million euros");
  FileResult result = checker_->CheckBytes(path_.string(), text);
  ASSERT_TRUE(result.error.ok());
  const Finding* conversion = FindRule(result, "currency-conversion");
  ASSERT_NE(conversion, nullptr);
  EXPECT_EQ(conversion->severity, Severity::kError);
  EXPECT_EQ(result.document->TextOf(conversion->span), "about 54 million euros");
  EXPECT_EQ(conversion->suggestion, "about 43.6 million euros");
  EXPECT_EQ(conversion->message,
            "about 54 million euros does not match 50 million dollars at the ECB reference rate "
            "of 2022-02-04 (1 EUR = 1.1464 USD): expected about 43.6 million euros");
}

}  // namespace
}  // namespace factlint
