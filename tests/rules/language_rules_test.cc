// The language rules: punctuation (kind punctuation), stray-line (kind layout) and the phrase
// repeats of repeated-word (kind repetition). Each test lists every finding it expects.
#include <gtest/gtest.h>

#include "factlint/rules.h"
#include "rule_runner.h"
#include "test_support.h"

namespace factlint {
namespace {

using Found = std::vector<std::string>;

Found Run(const std::string& rule, const std::string& text) {
  auto rules =
      RuleSet::LoadFile((testing::SourceDir() / "rules" / "language" / (rule + ".yaml")).string());
  EXPECT_TRUE(rules.ok()) << rules.status().message();
  if (!rules.ok()) return {};
  return testing::RunRules(*rules, text, *ParseIsoDate("2022-01-01"), nullptr).Describe();
}

Found Punctuation(const std::string& text) { return Run("punctuation", text); }
Found StrayLine(const std::string& text) { return Run("stray-line", text); }
Found Repeats(const std::string& text) { return Run("repeated-word", text); }

// --- punctuation: sentence break ---------------------------------------------------------------

TEST(Punctuation, FlagsAFullStopBeforeALowerCaseWord) {
  EXPECT_EQ(Punctuation("Tankers were used to dodge the embargo. agreed in 2019, it still holds."),
            (Found{". agreed|full stop before a lower-case word: \"embargo. agreed\""}));
}

TEST(Punctuation, FlagsAFullStopBeforeALowerCaseWordOnTheNextLine) {
  EXPECT_EQ(Punctuation("Trade fell in 2021.\nthe port closed for a month."),
            (Found{".\nthe|full stop before a lower-case word: \"2021.\nthe\""}));
}

TEST(Punctuation, SuggestsDroppingTheFullStop) {
  auto rules = RuleSet::LoadFile(
      (testing::SourceDir() / "rules" / "language" / "punctuation.yaml").string());
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  auto run = testing::RunRules(*rules, "The rules stayed. unchanged for years.",
                               *ParseIsoDate("2022-01-01"), nullptr);
  ASSERT_EQ(run.output.findings.size(), 1u);
  EXPECT_EQ(run.output.findings[0].suggestion, std::optional<std::string>(" unchanged"));
}

TEST(Punctuation, LeavesAbbreviationsInitialsAndEllipsesAlone) {
  EXPECT_EQ(Punctuation("U.S. officials met the U.K. envoy at 9 a.m. on Friday."), Found{});
  EXPECT_EQ(Punctuation("Some ports, e.g. the northern ones, and i.e. a few others."), Found{});
  EXPECT_EQ(Punctuation("Fuel, grain, etc. and timber vs. steel, at approx. the same price."),
            Found{});
  EXPECT_EQ(Punctuation("Ask Mr. park or Dr. kim about No. 5 and J. doe."), Found{});
  EXPECT_EQ(Punctuation("The talks stalled... and then resumed."), Found{});
  EXPECT_EQ(Punctuation("The fee rose 2.5 percent. Ships paid it."), Found{});
  EXPECT_EQ(Punctuation("Apple shipped it. iPhone sales rose."), Found{});
}

TEST(Punctuation, LeavesCodeAndUrlsAlone) {
  EXPECT_EQ(Punctuation("Run `make. all` to build it."), Found{});
  EXPECT_EQ(Punctuation("See https://example.org/a. b for the notice."), Found{});
}

TEST(Punctuation, ReadsExtraAbbreviationsFromTheRuleFile) {
  EXPECT_EQ(Punctuation("The source is ibid. and the rate 3 pct. above last year."), Found{});
}

// --- punctuation: balance ----------------------------------------------------------------------

TEST(Punctuation, FlagsUnclosedAndUnopenedBrackets) {
  EXPECT_EQ(Punctuation("The envoy (who arrived late spoke first."),
            (Found{"(|unclosed bracket: \"(\""}));
  EXPECT_EQ(Punctuation("The envoy spoke) first."),
            (Found{")|closing bracket without an opening one: \")\""}));
  EXPECT_EQ(Punctuation("The list [of ships was long."), (Found{"[|unclosed bracket: \"[\""}));
}

TEST(Punctuation, FlagsUnclosedAndUnopenedQuotationMarks) {
  EXPECT_EQ(Punctuation("“We will stay, the mayor said."),
            (Found{"“|unclosed quotation mark: \"“\""}));
  EXPECT_EQ(Punctuation("We will stay,” the mayor said."),
            (Found{"”|closing quotation mark without an opening one: \"”\""}));
  EXPECT_EQ(Punctuation("He said \"we will stay and left."),
            (Found{"\"|unclosed quotation mark: \"\"\""}));
}

TEST(Punctuation, FlagsAQuotationLeftOpenInsideBrackets) {
  EXPECT_EQ(Punctuation("The note (“urgent, it said) came late."),
            (Found{"“|unclosed quotation mark: \"“\""}));
}

TEST(Punctuation, LeavesPairedMarksApostrophesAndInchMarksAlone) {
  EXPECT_EQ(Punctuation("“We won’t go,” he said (at the UN’s office) [twice]."), Found{});
  EXPECT_EQ(Punctuation("He said \"no\" and \"never\" (\"not now\")."), Found{});
  EXPECT_EQ(Punctuation("It sells 24\" screens."), Found{});
  EXPECT_EQ(Punctuation("Scores (\"10 10\") and \"at least 3\" vs \"more than 5\" differ."),
            Found{});
  EXPECT_EQ(Punctuation("It sells 24\" and 32\" screens (\"the big ones\")."), Found{});
  EXPECT_EQ(Punctuation("Two options: a) wait, b) sail."), Found{});
  EXPECT_EQ(Punctuation("« Non », dit-il."), Found{});
}

TEST(Punctuation, AllowsAQuotationContinuedInTheNextParagraph) {
  EXPECT_EQ(Punctuation("“We will stay,” she said. “The port is ours.\n\n“Nobody will move us.”\n"),
            Found{});
}

// Real copy mixes styles: straight marks pasted into curly copy, the typewriter's '' for a double
// mark (the NYT archive, Indian and Singaporean wires), a space before the closing mark after a
// nested single quote, and one paragraph a line in plain text.
TEST(Punctuation, PairsStraightAndCurlyQuotationMarks) {
  EXPECT_EQ(Punctuation("There was “no evidence\" of it, and \"more hours” were needed."), Found{});
}

TEST(Punctuation, ReadsTwoApostrophesAsADoubleQuotationMark) {
  EXPECT_EQ(Punctuation("''It is not reform,'' she said. ''It is anti-reform.''"), Found{});
  EXPECT_EQ(Punctuation("“The port is ours,'' he said, not ``the city's''."), Found{});
  EXPECT_EQ(Punctuation("He said it was ''big talk and left."),
            (Found{"''|unclosed quotation mark: \"''\""}));
  EXPECT_EQ(Punctuation("The port's owner and the ships' crews stayed."), Found{});
}

TEST(Punctuation, ClosesAQuotationWithAMarkBetweenSpaces) {
  EXPECT_EQ(
      Punctuation("\"I dislike the term 'outreach,' \" he said to \"shoot any n------\" who came."),
      Found{});
}

TEST(Punctuation, AllowsAQuotationContinuedOnTheNextLineOfAParagraph) {
  EXPECT_EQ(Punctuation("“We will stay, she said.\n“Nobody will move us.”\n"), Found{});
  EXPECT_EQ(Punctuation("“We will stay, she said.\nNobody moved.\n"),
            (Found{"“|unclosed quotation mark: \"“\""}));
}

TEST(Punctuation, StillFlagsAClosingMarkWhereAnOpeningOneBelongs) {
  EXPECT_EQ(Punctuation("”Fear is all I feel,” she wrote."),
            (Found{"”|closing quotation mark without an opening one: \"”\"",
                   "”|closing quotation mark without an opening one: \"”\""}));
}

TEST(Punctuation, FlagsAQuotationLeftOpenBeforeAParagraphThatOpensNone) {
  EXPECT_EQ(Punctuation("“The port is ours.\n\nShe left the room.\n"),
            (Found{"“|unclosed quotation mark: \"“\""}));
}

// --- punctuation: doubled marks and spaces before marks ------------------------------------------

TEST(Punctuation, FlagsDoubledPunctuation) {
  EXPECT_EQ(Punctuation("The port,, the yard;; the dock:: all shut."),
            (Found{",,|doubled punctuation: \",,\"", ";;|doubled punctuation: \";;\"",
                   "::|doubled punctuation: \"::\""}));
  EXPECT_EQ(Punctuation("The yard shut.. The dock shut. . Nobody came."),
            (Found{"..|doubled punctuation: \"..\"", ". .|doubled punctuation: \". .\""}));
}

TEST(Punctuation, FlagsASpaceBeforeACommaOrAFullStop) {
  EXPECT_EQ(Punctuation("The dock , which is old , shut ."),
            (Found{" ,|space before a comma: \"dock ,\"", " ,|space before a comma: \"old ,\"",
                   " .|space before a full stop: \"shut .\""}));
}

TEST(Punctuation, LeavesEllipsesDecimalsAndCodeAlone) {
  EXPECT_EQ(Punctuation("They waited ... and waited. . . and left."), Found{});
  EXPECT_EQ(Punctuation("The rate was .5 percent, on .NET servers."), Found{});
  EXPECT_EQ(Punctuation("Type `a ,, b .` exactly."), Found{});
  EXPECT_EQ(Punctuation("Ports?! Yes, ports."), Found{});
}

// --- stray-line --------------------------------------------------------------------------------

TEST(StrayLine, FlagsAShortUnpunctuatedLineBetweenParagraphs) {
  EXPECT_EQ(StrayLine("The court sat on Monday.\n\n9 odd facts about the history of ferries\n\n"
                      "The verdict is due next week.\n"),
            (Found{"9 odd facts about the history of ferries|stray line \"9 odd facts about the "
                   "history of ferries\": a leftover link, caption or advertisement?"}));
}

TEST(StrayLine, FlagsALinkLeftBetweenParagraphs) {
  EXPECT_EQ(StrayLine("The court sat on Monday.\n\n[Read more about ferries](https://example.org/f)"
                      "\n\nThe verdict is due next week.\n"),
            (Found{"[Read more about ferries](https://example.org/f)|stray line \"[Read more "
                   "about ferries](https://example.org/f)\": a leftover link, caption or "
                   "advertisement?"}));
}

TEST(StrayLine, FlagsAnEmphasisedLine) {
  EXPECT_EQ(StrayLine("The court sat.\n\n**Read also: the ferry strike**\n\nThe end.\n"),
            (Found{"**Read also: the ferry strike**|stray line \"**Read also: the ferry "
                   "strike**\": a leftover link, caption or advertisement?"}));
}

TEST(StrayLine, LeavesTheFirstBlockTheLastBlockAndHeadingsAlone) {
  EXPECT_EQ(StrayLine("Ferries return to the bay\n\nThe court sat on Monday.\n\n## The verdict\n\n"
                      "It is due next week.\n\nA closing line\n"),
            Found{});
}

TEST(StrayLine, LeavesPunctuatedLongMultiLineAndListLinesAlone) {
  EXPECT_EQ(StrayLine("The court sat.\n\nThe judge listed three points:\n\n- the delay\n- the cost"
                      "\n\nThe verdict is due.\n"),
            Found{});
  EXPECT_EQ(StrayLine("The court sat.\n\n“We will appeal”\n\nThe verdict is due.\n"), Found{});
  EXPECT_EQ(StrayLine("The court sat.\n\nShe said it was over.\n\nThe verdict is due.\n"), Found{});
  EXPECT_EQ(
      StrayLine("The court sat.\n\nThis paragraph is written\nacross two lines\n\nThe end.\n"),
      Found{});
  EXPECT_EQ(StrayLine("The court sat.\n\none two three four five six seven eight nine ten eleven "
                      "twelve thirteen\n\nThe end.\n"),
            Found{});
  EXPECT_EQ(StrayLine("The court sat.\n\n> a quoted line\n\nThe end.\n"), Found{});
  EXPECT_EQ(StrayLine("The court sat.\n\n*Reporting by Ana Ruiz.*\n\nThe end.\n"), Found{});
}

// --- repeated-word: phrases across a line break -------------------------------------------------

TEST(RepeatedWord, LeavesDeliberateDoublingsAlone) {
  EXPECT_EQ(Repeats("It is part of a A$2 billion plan and a C$5 fund."), Found{});
  EXPECT_EQ(Repeats("Jobs, pay, housing, etc etc etc, were raised."), Found{});
  EXPECT_EQ(Repeats("It is all about ME ME and nobody else."), Found{});
  EXPECT_EQ(Repeats("The scandal did him in in 2012, and voters they count on on Nov. 8 stayed."),
            Found{});
}

TEST(RepeatedWord, StillFlagsSlipsNearTheDeliberateForms) {
  EXPECT_EQ(Repeats("He paid the the the fee."),
            (Found{"the the|repeated word \"the\"", "the the|repeated word \"the\""}));
  EXPECT_EQ(Repeats("It was agreed in in the end."), (Found{"in in|repeated word \"in\""}));
  EXPECT_EQ(Repeats("THE THE PORT IS CLOSED"), (Found{"THE THE|repeated word \"THE\""}));
}

TEST(RepeatedPhrase, FlagsAPhraseRepeatedAcrossALineBreak) {
  EXPECT_EQ(Repeats("The cargo was seized in the\nin the harbour."),
            (Found{"in the\nin the|repeated word \"in the\""}));
  EXPECT_EQ(Repeats("He said that the ship\nsaid that the ship was late."),
            (Found{"said that the ship\nsaid that the ship|repeated word \"said that the ship\""}));
  EXPECT_EQ(Repeats("It sat at the\nAt the dock."),
            (Found{"at the\nAt the|repeated word \"at the\""}));
}

TEST(RepeatedPhrase, SuggestsOneCopy) {
  auto rules = RuleSet::LoadFile(
      (testing::SourceDir() / "rules" / "language" / "repeated-word.yaml").string());
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  auto run = testing::RunRules(*rules, "It sat in the\nin the dock.", *ParseIsoDate("2022-01-01"),
                               nullptr);
  ASSERT_EQ(run.output.findings.size(), 1u);
  EXPECT_EQ(run.output.findings[0].suggestion, std::optional<std::string>("in the"));
}

TEST(RepeatedPhrase, LeavesRepeatsOnOneLineAndAcrossSentencesAlone) {
  EXPECT_EQ(Repeats("They walked on and on and on."), Found{});
  EXPECT_EQ(Repeats("It sat in the\ndock, in the sun."), Found{});
  EXPECT_EQ(Repeats("It sat in the dock.\nIn the dock it sat."), Found{});
  EXPECT_EQ(Repeats("It sat in the,\nin the dock."), Found{});
  EXPECT_EQ(Repeats("Scores were 10 20\n10 20 in the table."), Found{});
  EXPECT_EQ(Repeats("It sat in the\n\nin the dock."), Found{});
}

TEST(RepeatedPhrase, ReportsAWordRepeatOnceNotAsAPhrase) {
  EXPECT_EQ(Repeats("It was the the\nthe the end."),
            (Found{"the the|repeated word \"the\"", "the\nthe|repeated word \"the\"",
                   "the the|repeated word \"the\""}));
}

}  // namespace
}  // namespace factlint
