// Hostile input: the money finder must neither crash nor slow down on text built to hurt it.
// RE2 guarantees linear matching; these tests guard the loops around it.
#include <gtest/gtest.h>

#include <string>

#include "engine/extract/prose.h"
#include "factlint/claims.h"

namespace factlint::extract_internal {
namespace {

// Runs the extraction. Quadratic behaviour on these inputs would take minutes: CTest's per-test
// timeout, not a timed assertion, catches it.
Claims Extract(const std::string& text) { return ExtractFromText(text, 0); }

std::string Repeat(std::string_view unit, size_t bytes) {
  std::string out;
  while (out.size() < bytes) out += unit;
  return out;
}

constexpr size_t kMiB = 1 << 20;

TEST(HostileTest, AMegabyteLineOfDigits) {
  EXPECT_TRUE(Extract(std::string(kMiB, '7')).money.empty());
  EXPECT_TRUE(Extract("$" + std::string(kMiB, '7')).money.empty());
  EXPECT_TRUE(Extract(std::string(kMiB, '7') + " dollars").money.empty());
  EXPECT_TRUE(Extract("x" + std::string(kMiB, '7') + " dollars").money.empty());
}

TEST(HostileTest, DollarSignsAndSeparators) {
  EXPECT_TRUE(Extract(Repeat("$", kMiB)).money.empty());
  EXPECT_TRUE(Extract(Repeat("1,2,3,4,5,6,", kMiB)).money.empty());
  EXPECT_TRUE(Extract(Repeat("$1,2", kMiB)).money.empty());
  EXPECT_TRUE(Extract(Repeat("1.", kMiB)).money.empty());
}

TEST(HostileTest, ManyAmountsAndConversions) {
  Claims claims = Extract(Repeat("$1m (€1m) ", kMiB));
  EXPECT_EQ(claims.conversions.size(), claims.money.size() / 2);
  EXPECT_EQ(claims.conversions.size(), kMiB / 12 + 1);  // 12 bytes a pair
}

TEST(HostileTest, QualifiersAndNumberWordsWithoutEnd) {
  EXPECT_TRUE(Extract(Repeat("more than ", kMiB) + "people").money.empty());
  EXPECT_TRUE(Extract(Repeat("forty-four ", kMiB) + "dollars").money.empty());
  EXPECT_TRUE(Extract(Repeat("five million ", kMiB) + "dollars").money.empty());
  EXPECT_FALSE(Extract(Repeat("about ", kMiB) + "$5").money.empty());
}

TEST(HostileTest, InvalidUtf8AndNulBytes) {
  // A Document is valid UTF-8 without NUL, but the string-level core must not rely on it. (An
  // amount touching an invalid byte is missed: RE2 matches no character class there.)
  using std::string_literals::operator""s;
  std::string text = "\xFF\xFE$5\xC2m \x80\0 \xE2\x82 10 dollars \xF0\0$7\0 $8\xF0"s;
  Claims claims = Extract(text);
  ASSERT_EQ(claims.money.size(), 2u);
  EXPECT_EQ(claims.money[0].value, 10);
  EXPECT_EQ(claims.money[1].value, 7);
}

}  // namespace
}  // namespace factlint::extract_internal
