#include "engine/extract/qualifier.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace factlint::extract_internal {
namespace {

// The qualifier before the figure that starts at the '#' in `text`.
std::optional<FoundQualifier> Before(std::string_view text, size_t earliest = 0) {
  return FindQualifierBefore(text, text.find('#'), earliest);
}

TEST(FindQualifierBeforeTest, PhrasesAndTheirBegin) {
  auto q = Before("it cost just under #");
  ASSERT_TRUE(q.has_value());
  EXPECT_EQ(q->qualifier, Qualifier::kNearly);
  EXPECT_EQ(q->begin, 8u);  // "just under", not "under"

  q = Before("no less than #");
  ASSERT_TRUE(q.has_value());
  EXPECT_EQ(q->qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(q->begin, 0u);

  q = Before("As Many As #");
  ASSERT_TRUE(q.has_value());
  EXPECT_EQ(q->qualifier, Qualifier::kUpTo);
}

TEST(FindQualifierBeforeTest, NoneWhenAWordFollowsOrPrecedes) {
  EXPECT_FALSE(Before("about the #").has_value());
  EXPECT_FALSE(Before("moreover #").has_value());
  EXPECT_FALSE(Before("hangover #").has_value());
  EXPECT_FALSE(Before("#").has_value());
}

TEST(FindQualifierBeforeTest, NeverLooksBeforeEarliest) {
  std::string_view text = "about #";
  EXPECT_TRUE(FindQualifierBefore(text, 6, 0).has_value());
  EXPECT_FALSE(FindQualifierBefore(text, 6, 3).has_value());
}

TEST(FindQualifierBeforeTest, AWindowCutInsideAWordIsNoQualifier) {
  // The 80-byte window begins inside "xabout": the cut must not read as "about".
  std::string text = "xabout" + std::string(75, ' ') + "#";
  size_t figure = text.find('#');
  ASSERT_EQ(figure - 80, 1u);
  EXPECT_FALSE(FindQualifierBefore(text, figure, 0).has_value());
}

}  // namespace
}  // namespace factlint::extract_internal
