#include <gtest/gtest.h>

#include "factlint/rules.h"
#include "rule_runner.h"
#include "test_support.h"

namespace factlint {
namespace {

std::vector<std::string> Repeats(const std::string& text) {
  auto rules = RuleSet::LoadFile(
      (testing::SourceDir() / "rules" / "language" / "repeated-word.yaml").string());
  EXPECT_TRUE(rules.ok()) << rules.status().message();
  return testing::RunRules(*rules, text, *ParseIsoDate("2022-01-01"), nullptr).Describe();
}

TEST(RepeatedWord, FlagsCaseInsensitiveRepeats) {
  EXPECT_EQ(Repeats("The The plan failed."),
            (std::vector<std::string>{"The The|repeated word \"The\""}));
  EXPECT_EQ(Repeats("It was in in the report."),
            (std::vector<std::string>{"in in|repeated word \"in\""}));
}

TEST(RepeatedWord, FlagsRepeatsAcrossASoftLineBreak) {
  EXPECT_EQ(Repeats("The minister said the\nthe plan was dead."),
            (std::vector<std::string>{"the\nthe|repeated word \"the\""}));
}

TEST(RepeatedWord, FlagsNonAsciiWords) {
  EXPECT_EQ(Repeats("Le café café ouvre."),
            (std::vector<std::string>{"café café|repeated word \"café\""}));
}

TEST(RepeatedWord, LeavesPunctuationAllowedWordsNumbersAndSentenceBreaksAlone) {
  EXPECT_TRUE(Repeats("No, no, she said. What he had had was gone.").empty());
  EXPECT_TRUE(Repeats("He said that that was all.").empty());
  EXPECT_TRUE(Repeats("Scores were 10 10 and 9.").empty());
  EXPECT_TRUE(Repeats("It ended. Ended it was.").empty());
  EXPECT_TRUE(Repeats("They met in the the\n\n# The The heading").size() == 2u);
}

TEST(RepeatedWord, IgnoresCode) { EXPECT_TRUE(Repeats("Run `echo echo` to see.").empty()); }

}  // namespace
}  // namespace factlint
