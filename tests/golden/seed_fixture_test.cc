// The story that started the project, read from ../shared/fixtures (skipped where it is absent):
// the findings the foundation must give on it, and the ones it must not.
#include <fmt/format.h>
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

// The fact findings of the table in seed-facts.md, and none on the spans it calls consistent (the
// conversion, "on Friday", "up to $400 million ... last year", "presided over by Joe Biden").
// Each is the rule, where its span starts (line:column) and the first words of its span.
std::vector<std::string> FactFindings(const FileResult& result) {
  static const std::set<std::string, std::less<>> kFactRules = {
      "currency-conversion", "entity-role",         "figure-mismatch",
      "period-mismatch",     "quote-misattributed", "quote-wording",
      "quote-unverified",    "source-attribution",  "unsupported-claim"};
  std::vector<std::string> out;
  for (const Finding& f : result.findings) {
    if (!kFactRules.contains(f.rule)) continue;
    LineColumn at = result.document->LineColumnOf(result.document->OriginalOffset(f.span.begin));
    out.push_back(fmt::format("{} {}:{} {}", f.rule, at.line, at.column,
                              result.document->TextOf(f.span).substr(0, 24)));
  }
  return out;
}

TEST_F(SeedFixtureTest, FactFindingsAreExactlyTheTable) {
  FileResult result = checker_->CheckFile(path_.string());
  ASSERT_TRUE(result.error.ok()) << result.error.message();
  EXPECT_EQ(FactFindings(result), (std::vector<std::string>{
                                      "period-mismatch 6:1 Between 2020 and 2021, N",
                                      "source-attribution 12:1 These cyberattacks targe",
                                      "source-attribution 14:124 APT 38, which is believe",
                                      "figure-mismatch 18:214 nine trials",
                                      "quote-wording 20:2 The DPRK (Democratic Peo",
                                  }));
  const Finding* wording = FindRule(result, "quote-wording");
  ASSERT_NE(wording, nullptr);
  EXPECT_EQ(wording->suggestion,
            "DPRK demonstrated increased capabilities for rapid deployment, wide mobility "
            "(including at sea), and improved resilience of its missile forces");
  ASSERT_EQ(wording->evidence.size(), 1u);
  EXPECT_EQ(wording->evidence[0].record, "missile-forces");
  const Finding* figure = FindRule(result, "figure-mismatch");
  ASSERT_NE(figure, nullptr);
  EXPECT_EQ(figure->suggestion, "seven trials");
  EXPECT_EQ(figure->evidence[0].source, "yonhap-2022-02-11");

  // The ledger: the contradicted claims are the flagged ones; the conversion, the $400 million
  // and the role are supported.
  std::vector<std::string> statuses;
  for (const ClaimEntry& c : result.claims) {
    if (c.kind == "time") continue;
    statuses.push_back(fmt::format("{} {}", c.kind, ClaimStatusName(c.status)));
  }
  EXPECT_EQ(statuses, (std::vector<std::string>{"money contradicted", "conversion supported",
                                                "money supported", "quantity contradicted",
                                                "relation contradicted", "quantity contradicted",
                                                "quote contradicted", "quantity unverified",
                                                "role supported", "quote unverified"}));
}

TEST_F(SeedFixtureTest, TheRoleFailsOnceTheTermHasEnded) {
  CheckOptions options;
  options.corpus_path = testing::DefaultCorpus();
  options.rule_folders = {(testing::SourceDir() / "rules").string()};
  options.date = ParseIsoDate("2026-01-01");
  auto checker = Checker::Create(options);
  ASSERT_TRUE(checker.ok()) << checker.status().message();
  FileResult result = (*checker)->CheckFile(path_.string());
  const Finding* role = FindRule(result, "entity-role");
  ASSERT_NE(role, nullptr);
  EXPECT_EQ(result.document->TextOf(role->span), "the country presided over by Joe Biden");
  EXPECT_EQ(role->message,
            "Joe Biden was president of United States from 2021-01-20 to 2025-01-20; Donald "
            "Trump holds the role on 2026-01-01");
  EXPECT_EQ(FindRule(checker_->CheckFile(path_.string()), "entity-role"), nullptr);
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
