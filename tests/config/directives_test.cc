// Inline directives: each form, front matter, unknown ids, regions nested and unterminated.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "factlint/check.h"
#include "test_support.h"

namespace factlint {
namespace {

// repeated-word gives an error on "The the" wherever it is prose.
std::vector<std::string> Found(const std::string& text) {
  CheckOptions options;
  options.rule_folders = {(testing::SourceDir() / "rules").string()};
  options.date = ParseIsoDate("2022-02-07");
  StatusOr<std::unique_ptr<Checker>> checker = Checker::Create(options);
  EXPECT_TRUE(checker.ok()) << checker.status().message();
  FileResult result = (*checker)->CheckBytes("a.md", text);
  EXPECT_TRUE(result.error.ok()) << result.error.message();
  std::vector<std::string> found;
  for (const Finding& finding : result.findings) {
    LineColumn at =
        result.document->LineColumnOf(result.document->OriginalOffset(finding.span.begin));
    found.push_back(fmt::format("{}:{} {}: {}", at.line, at.column, finding.rule, finding.message));
  }
  return found;
}

using Lines = std::vector<std::string>;

TEST(ConfigDirectives, NoDirectiveKeepsFindings) {
  EXPECT_EQ(Found("The the one.\n\nThe the two.\n"),
            (Lines{"1:1 repeated-word: repeated word \"The\"",
                   "3:1 repeated-word: repeated word \"The\""}));
}

TEST(ConfigDirectives, DisableUntilEnable) {
  EXPECT_EQ(Found("The the one.\n\n<!-- factlint-disable repeated-word -->\n\nThe the two.\n\n"
                  "<!-- factlint-enable repeated-word -->\n\nThe the three.\n"),
            (Lines{"1:1 repeated-word: repeated word \"The\"",
                   "9:1 repeated-word: repeated word \"The\""}));
}

TEST(ConfigDirectives, UnterminatedDisableRunsToTheEnd) {
  EXPECT_EQ(Found("The the one.\n\n<!-- factlint-disable repeated-word -->\n\nThe the two.\n\n"
                  "The the three.\n"),
            (Lines{"1:1 repeated-word: repeated word \"The\""}));
}

TEST(ConfigDirectives, DisableWithoutRuleMeansEveryRule) {
  EXPECT_EQ(Found("<!-- factlint-disable -->\n\nThe the two.\n\n<!-- factlint-enable -->\n\n"
                  "The the three.\n"),
            (Lines{"7:1 repeated-word: repeated word \"The\""}));
}

TEST(ConfigDirectives, EnableOneRuleInsideDisableAll) {
  EXPECT_EQ(Found("<!-- factlint-disable -->\n\n<!-- factlint-enable repeated-word -->\n\n"
                  "The the two.\n"),
            (Lines{"5:1 repeated-word: repeated word \"The\""}));
}

TEST(ConfigDirectives, NestedRegionsDoNotCount) {
  // Two disables, one enable: the rule is back on (regions are not a stack).
  EXPECT_EQ(Found("<!-- factlint-disable repeated-word -->\n\n"
                  "<!-- factlint-disable repeated-word, currency-conversion -->\n\n"
                  "The the one.\n\n<!-- factlint-enable repeated-word -->\n\nThe the two.\n"),
            (Lines{"9:1 repeated-word: repeated word \"The\""}));
}

TEST(ConfigDirectives, OtherRulesStayOn) {
  EXPECT_EQ(Found("<!-- factlint-disable currency-conversion -->\n\nThe the one.\n"),
            (Lines{"3:1 repeated-word: repeated word \"The\""}));
}

TEST(ConfigDirectives, DisableNextLineSkipsBlankLines) {
  EXPECT_EQ(Found("<!-- factlint-disable-next-line repeated-word -->\n\n\nThe the one.\n\n"
                  "The the two.\n"),
            (Lines{"6:1 repeated-word: repeated word \"The\""}));
  EXPECT_EQ(Found("<!-- factlint-disable-next-line -->\nThe the one.\nThe the two.\n"),
            (Lines{"3:1 repeated-word: repeated word \"The\""}));
  EXPECT_EQ(Found("<!-- factlint-disable-next-line currency-conversion -->\nThe the one.\n"),
            (Lines{"2:1 repeated-word: repeated word \"The\""}));
  // At the end of the file it covers nothing.
  EXPECT_EQ(Found("The the one.\n<!-- factlint-disable-next-line -->\n"),
            (Lines{"1:1 repeated-word: repeated word \"The\""}));
}

// Lines end as the document counts them: "\r\n" and a lone "\r" too.
TEST(ConfigDirectives, DisableNextLineFollowsEveryLineEnd) {
  EXPECT_EQ(
      Found("<!-- factlint-disable-next-line repeated-word -->\rThe the one.\rThe the two.\r"),
      (Lines{"3:1 repeated-word: repeated word \"The\""}));
  EXPECT_EQ(Found("<!-- factlint-disable-next-line repeated-word -->\r\n\r\nThe the one.\r\n"
                  "The the two.\r\n"),
            (Lines{"4:1 repeated-word: repeated word \"The\""}));
}

TEST(ConfigDirectives, FrontMatterDisablesTheWholeFile) {
  EXPECT_EQ(Found("---\nfactlint-disable: [repeated-word]\n---\nThe the one.\n"), Lines{});
  EXPECT_EQ(Found("---\nfactlint-disable: repeated-word\n---\nThe the one.\n"), Lines{});
  EXPECT_EQ(Found("---\nfactlint-disable: true\n---\nThe the one.\n"), Lines{});
  EXPECT_EQ(Found("---\nfactlint-disable: false\n---\nThe the one.\n"),
            (Lines{"4:1 repeated-word: repeated word \"The\""}));
  EXPECT_EQ(Found("---\nfactlint-disable: [currency-conversion]\n---\nThe the one.\n"),
            (Lines{"4:1 repeated-word: repeated word \"The\""}));
}

TEST(ConfigDirectives, FrontMatterBadValueIsAnError) {
  CheckOptions options;
  options.rule_folders = {(testing::SourceDir() / "rules").string()};
  StatusOr<std::unique_ptr<Checker>> checker = Checker::Create(options);
  ASSERT_TRUE(checker.ok());
  FileResult result =
      (*checker)->CheckBytes("a.md", "---\ntitle: x\nfactlint-disable: {a: b}\n---\nText.\n");
  EXPECT_EQ(result.error.message(),
            "a.md:3: front matter: factlint-disable: expected true, false or a list of rule ids");
}

TEST(ConfigDirectives, UnknownIdsAreReported) {
  EXPECT_EQ(Found("<!-- factlint-disable spellling -->\n\nThe the one.\n"),
            (Lines{"1:1 unknown-directive: factlint-disable: unknown rule 'spellling'",
                   "3:1 repeated-word: repeated word \"The\""}));
  EXPECT_EQ(Found("<!-- factlint-disable repeated-word, nope -->\n\nThe the one.\n"),
            (Lines{"1:1 unknown-directive: factlint-disable: unknown rule 'nope'"}));
  EXPECT_EQ(Found("<!-- factlint-ignore repeated-word -->\n\nThe the one.\n"),
            (Lines{"1:1 unknown-directive: unknown directive 'factlint-ignore'",
                   "3:1 repeated-word: repeated word \"The\""}));
  EXPECT_EQ(Found("---\nfactlint-disable: [nope]\n---\nText.\n"),
            (Lines{"2:20 unknown-directive: front matter factlint-disable: unknown rule 'nope'"}));
  // Ordinary comments are not directives.
  EXPECT_EQ(Found("<!-- a note for the editor -->\n\nText.\n"), Lines{});
}

TEST(ConfigDirectives, UnknownDirectiveIsNotSuppressed) {
  EXPECT_EQ(Found("<!-- factlint-disable -->\n\n<!-- factlint-enable bogus -->\n"),
            (Lines{"3:1 unknown-directive: factlint-enable: unknown rule 'bogus'"}));
}

}  // namespace
}  // namespace factlint
