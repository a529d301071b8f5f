// Sentences and words.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "factlint/document.h"
#include "test_util.h"

namespace factlint {
namespace {

using testing::MustRead;
using testing::SentenceTexts;
using testing::WordTexts;

TEST(SentenceTest, AbbreviationsAndQuotes) {
  auto doc = MustRead(
      "U.S. officials said the plan “will not work.” Mr. Smith disagreed. Dr. Jones left at "
      "5 p.m. on Friday. A U.S. Senate panel met. It ended in the U.S. The vote failed.  \n");
  ASSERT_TRUE(doc);
  EXPECT_EQ(SentenceTexts(*doc),
            (std::vector<std::string>{"U.S. officials said the plan “will not work.”",
                                      "Mr. Smith disagreed.", "Dr. Jones left at 5 p.m. on Friday.",
                                      "A U.S. Senate panel met.", "It ended in the U.S.",
                                      "The vote failed."}));
  for (const Sentence& s : doc->sentences()) EXPECT_EQ(s.block, 0u);
}

TEST(SentenceTest, InitialsAndQuestions) {
  auto doc = MustRead("J. R. Hart wrote it. Was it true? “No!” she said. Plan B. Then silence.\n");
  ASSERT_TRUE(doc);
  EXPECT_EQ(SentenceTexts(*doc),
            (std::vector<std::string>{"J. R. Hart wrote it.", "Was it true?", "“No!” she said.",
                                      "Plan B.", "Then silence."}));
}

TEST(SentenceTest, MaskedCodeDoesNotBreakSentences) {
  auto doc = MustRead("Call `stop. Now` first. Then `x` runs.\n");
  ASSERT_TRUE(doc);
  EXPECT_EQ(SentenceTexts(*doc),
            (std::vector<std::string>{"Call `stop. Now` first.", "Then `x` runs."}));
  EXPECT_EQ(WordTexts(*doc), (std::vector<std::string>{"Call", "first", "Then", "runs"}));
}

TEST(SentenceTest, SentencesStayInsideBlocks) {
  auto doc = MustRead("# No full stop\nFirst paragraph without end\n\nSecond one. Two.\n");
  ASSERT_TRUE(doc);
  EXPECT_EQ(SentenceTexts(*doc),
            (std::vector<std::string>{"No full stop", "First paragraph without end", "Second one.",
                                      "Two."}));
  EXPECT_EQ(doc->sentences()[3].block, 2u);
}

TEST(WordTest, ExactWordsWithNonAscii) {
  auto doc = MustRead(
      "It’s a well-known café — 3.5% of 2020-2021 sales rose, COVID-19 too 😀 ok. "
      "東京タワー visits “quoted” don't.\n");
  ASSERT_TRUE(doc);
  EXPECT_EQ(WordTexts(*doc),
            (std::vector<std::string>{"It’s", "a", "well-known", "café", "3.5", "of", "2020",
                                      "2021", "sales", "rose", "COVID-19", "too", "ok",
                                      "東京タワー", "visits", "quoted", "don't"}));
  // UTF-16 indices map back to UTF-8 offsets exactly.
  const std::string& text = doc->text();
  EXPECT_EQ(doc->words()[3].span, (Span{text.find("café"), text.find("café") + 5}));
  const size_t tower = text.find("東京タワー");
  EXPECT_EQ(doc->words()[13].span, (Span{tower, tower + 15}));
  const size_t visits = text.find("visits");
  EXPECT_EQ(doc->words()[14].span, (Span{visits, visits + 6}));
  EXPECT_EQ(doc->words()[13].sentence, 1u);
  EXPECT_EQ(doc->words()[12].sentence, 0u);
}

TEST(WordTest, WordsAfterAstralCharacters) {
  auto doc = MustRead("𝐀𝐁 😀😀 done\n");
  ASSERT_TRUE(doc);
  const size_t done = doc->text().find("done");
  ASSERT_FALSE(doc->words().empty());
  EXPECT_EQ(doc->words().back().span, (Span{done, done + 4}));
}

TEST(WordTest, RepeatedWordIsTwoWords) {
  auto doc = MustRead("The The worst part.\n");
  ASSERT_TRUE(doc);
  EXPECT_EQ(WordTexts(*doc), (std::vector<std::string>{"The", "The", "worst", "part"}));
  EXPECT_EQ(doc->words()[1].span, (Span{4, 7}));
}

}  // namespace
}  // namespace factlint
