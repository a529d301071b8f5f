// Hostile input: the money finder must neither crash nor slow down on text built to hurt it.
// RE2 guarantees linear matching; these tests guard the loops around it.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "engine/extract/prose.h"
#include "factlint/claims.h"

namespace factlint::extract_internal {
namespace {

// Runs the extraction and checks it took less than `seconds` (generous: sanitizer builds).
Claims ExtractWithin(const std::string& text, double seconds) {
  auto start = std::chrono::steady_clock::now();
  Claims claims = ExtractFromText(text, 0);
  std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  EXPECT_LT(took.count(), seconds) << "on " << text.size() << " bytes";
  return claims;
}

std::string Repeat(std::string_view unit, size_t bytes) {
  std::string out;
  while (out.size() < bytes) out += unit;
  return out;
}

constexpr size_t kMiB = 1 << 20;

TEST(HostileTest, AMegabyteLineOfDigits) {
  EXPECT_TRUE(ExtractWithin(std::string(kMiB, '7'), 10).money.empty());
  EXPECT_TRUE(ExtractWithin("$" + std::string(kMiB, '7'), 10).money.empty());
  EXPECT_TRUE(ExtractWithin(std::string(kMiB, '7') + " dollars", 10).money.empty());
  EXPECT_TRUE(ExtractWithin("x" + std::string(kMiB, '7') + " dollars", 10).money.empty());
}

TEST(HostileTest, DollarSignsAndSeparators) {
  EXPECT_TRUE(ExtractWithin(Repeat("$", kMiB), 10).money.empty());
  EXPECT_TRUE(ExtractWithin(Repeat("1,2,3,4,5,6,", kMiB), 10).money.empty());
  EXPECT_TRUE(ExtractWithin(Repeat("$1,2", kMiB), 10).money.empty());
  EXPECT_TRUE(ExtractWithin(Repeat("1.", kMiB), 10).money.empty());
}

TEST(HostileTest, ManyAmountsAndConversions) {
  Claims claims = ExtractWithin(Repeat("$1m (€1m) ", kMiB), 20);
  EXPECT_EQ(claims.conversions.size(), claims.money.size() / 2);
  EXPECT_EQ(claims.conversions.size(), kMiB / 12 + 1);  // 12 bytes a pair
}

TEST(HostileTest, QualifiersAndNumberWordsWithoutEnd) {
  EXPECT_TRUE(ExtractWithin(Repeat("more than ", kMiB) + "people", 10).money.empty());
  EXPECT_TRUE(ExtractWithin(Repeat("forty-four ", kMiB) + "dollars", 10).money.empty());
  EXPECT_TRUE(ExtractWithin(Repeat("five million ", kMiB) + "dollars", 10).money.empty());
  EXPECT_FALSE(ExtractWithin(Repeat("about ", kMiB) + "$5", 10).money.empty());
}

TEST(HostileTest, InvalidUtf8AndNulBytes) {
  // A Document is valid UTF-8 without NUL, but the string-level core must not rely on it. (An
  // amount touching an invalid byte is missed: RE2 matches no character class there.)
  using std::string_literals::operator""s;
  std::string text = "\xFF\xFE$5\xC2m \x80\0 \xE2\x82 10 dollars \xF0\0$7\0 $8\xF0"s;
  Claims claims = ExtractWithin(text, 1);
  ASSERT_EQ(claims.money.size(), 2u);
  EXPECT_EQ(claims.money[0].value, 10);
  EXPECT_EQ(claims.money[1].value, 7);
}

}  // namespace
}  // namespace factlint::extract_internal
