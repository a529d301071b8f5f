// AlignQuote: the words of a quotation lined up with a source quotation. Every similarity here is
// worked out by hand as matched words / max(article words, words of the aligned source stretch).
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "factlint/match.h"

namespace factlint {
namespace {

using Difference = QuoteAlignment::Difference;

void ExpectDifferences(const QuoteAlignment& alignment,
                       const std::vector<std::pair<std::string, std::string>>& expected) {
  ASSERT_EQ(alignment.differences.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(alignment.differences[i].article, expected[i].first) << "difference " << i;
    EXPECT_EQ(alignment.differences[i].source, expected[i].second) << "difference " << i;
  }
}

TEST(AlignQuoteTest, VerbatimQuoteHasSimilarityOneAndNoDifferences) {
  const std::string source = "We will not stop";
  QuoteAlignment a = AlignQuote("We will not stop", source);
  EXPECT_EQ(a.similarity, 1.0);
  EXPECT_EQ(a.matched, 4);
  EXPECT_EQ(a.source_begin, 0u);
  EXPECT_EQ(a.source_end, source.size());
  EXPECT_TRUE(a.differences.empty());
}

TEST(AlignQuoteTest, FragmentOfLongerSourceCoversExactlyTheFragment) {
  const std::string source = "Today, we will not stop the work.";
  QuoteAlignment a = AlignQuote("we will not stop", source);
  // 4 matched / max(4 article words, 4 words "we".."stop") = 1.
  EXPECT_EQ(a.similarity, 1.0);
  EXPECT_EQ(a.matched, 4);
  EXPECT_EQ(a.source_begin, 7u);
  EXPECT_EQ(a.source_end, 23u);
  EXPECT_EQ(source.substr(a.source_begin, a.source_end - a.source_begin), "we will not stop");
  // The source words outside the aligned stretch are not differences.
  EXPECT_TRUE(a.differences.empty());
}

TEST(AlignQuoteTest, CasePunctuationAndCurlyApostrophesAreFolded) {
  const std::string source = "people's republic we said";
  QuoteAlignment a =
      AlignQuote("\xE2\x80\x9CPeople\xE2\x80\x99s Republic, we SAID!\xE2\x80\x9D", source);
  EXPECT_EQ(a.similarity, 1.0);
  EXPECT_EQ(a.matched, 4);
  EXPECT_EQ(a.source_begin, 0u);
  EXPECT_EQ(a.source_end, source.size());
  EXPECT_TRUE(a.differences.empty());
}

TEST(AlignQuoteTest, CurlyApostropheInSourceMatchesStraightOneInArticle) {
  QuoteAlignment a = AlignQuote("the people's money", "The People\xE2\x80\x99s money");
  EXPECT_EQ(a.similarity, 1.0);
  EXPECT_EQ(a.matched, 3);
  EXPECT_TRUE(a.differences.empty());
}

TEST(AlignQuoteTest, SubstitutionGivesOneDifference) {
  QuoteAlignment a = AlignQuote("we will never stop fighting", "we will not stop fighting");
  // 4 matched / max(5, 5) = 0.8.
  EXPECT_EQ(a.matched, 4);
  EXPECT_DOUBLE_EQ(a.similarity, 0.8);
  ExpectDifferences(a, {{"never", "not"}});
}

TEST(AlignQuoteTest, SubstitutionOfSeveralWordsKeepsTheirOriginalSpelling) {
  const std::string source = "the small, green house";
  QuoteAlignment a = AlignQuote("the very big red house", source);
  // "the" and "house" match: 2 / max(5 article words, 4 source words) = 0.4.
  EXPECT_EQ(a.matched, 2);
  EXPECT_DOUBLE_EQ(a.similarity, 0.4);
  EXPECT_EQ(a.source_begin, 0u);
  EXPECT_EQ(a.source_end, source.size());
  ExpectDifferences(a, {{"very big red", "small, green"}});
}

TEST(AlignQuoteTest, AddedWord) {
  QuoteAlignment a = AlignQuote("we will really not stop", "we will not stop");
  // 4 / max(5, 4) = 0.8.
  EXPECT_EQ(a.matched, 4);
  EXPECT_DOUBLE_EQ(a.similarity, 0.8);
  ExpectDifferences(a, {{"really", ""}});
}

TEST(AlignQuoteTest, LeftOutWord) {
  QuoteAlignment a = AlignQuote("we will stop", "we will not stop");
  // 3 / max(3, 4) = 0.75.
  EXPECT_EQ(a.matched, 3);
  EXPECT_DOUBLE_EQ(a.similarity, 0.75);
  ExpectDifferences(a, {{"", "not"}});
}

TEST(AlignQuoteTest, ArticleWordsBeforeAndAfterTheMatchAreDifferences) {
  QuoteAlignment a = AlignQuote("indeed we will not stop now", "we will not stop");
  // 4 / max(6, 4) = 4/6.
  EXPECT_EQ(a.matched, 4);
  EXPECT_DOUBLE_EQ(a.similarity, 4.0 / 6.0);
  ExpectDifferences(a, {{"indeed", ""}, {"now", ""}});
}

TEST(AlignQuoteTest, EmptyInputs) {
  for (auto [article, source] : {std::pair<std::string_view, std::string_view>{"", ""},
                                 {"", "we will not stop"},
                                 {"we will not stop", ""},
                                 {"?! -- ...", "we will not stop"}}) {
    QuoteAlignment a = AlignQuote(article, source);
    EXPECT_EQ(a.similarity, 0.0) << article << " | " << source;
    EXPECT_EQ(a.matched, 0);
    EXPECT_EQ(a.source_begin, 0u);
    EXPECT_EQ(a.source_end, 0u);
    EXPECT_TRUE(a.differences.empty());
  }
}

TEST(AlignQuoteTest, NoWordInCommon) {
  QuoteAlignment a = AlignQuote("alpha beta", "gamma delta");
  EXPECT_EQ(a.similarity, 0.0);
  EXPECT_EQ(a.matched, 0);
  EXPECT_TRUE(a.differences.empty());
}

std::string Words(const std::string& stem, int count) {
  std::string out;
  for (int i = 0; i < count; ++i) {
    if (i > 0) out += ' ';
    out += stem + std::to_string(i);
  }
  return out;
}

TEST(AlignQuoteTest, TwoThousandWordInputsAreAlignedOnTheirFirst400Words) {
  const std::string text = Words("w", 2000);
  QuoteAlignment a = AlignQuote(text, text);
  EXPECT_EQ(a.matched, 400);
  EXPECT_EQ(a.similarity, 1.0);
  EXPECT_EQ(a.source_begin, 0u);
  EXPECT_EQ(a.source_end, Words("w", 400).size());
  EXPECT_TRUE(a.differences.empty());

  QuoteAlignment none = AlignQuote(Words("a", 2000), Words("b", 2000));
  EXPECT_EQ(none.matched, 0);
  EXPECT_EQ(none.similarity, 0.0);
}

}  // namespace
}  // namespace factlint
