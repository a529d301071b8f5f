// ExtractClaims over a real Document: prose blocks only, masked regions skipped.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>

#include "factlint/claims.h"
#include "factlint/document.h"

namespace factlint {
namespace {

std::shared_ptr<const Document> Read(std::string markdown) {
  auto doc = Document::Read("test.md", std::move(markdown));
  EXPECT_TRUE(doc.ok()) << doc.status().message();
  return doc.ok() ? *doc : nullptr;
}

TEST(ExtractClaimsTest, MoneyAndConversionsInProse) {
  auto doc = Read(
      "---\n"
      "title: A budget\n"
      "date: 2022-02-07\n"
      "---\n"
      "# A $3m budget\n"
      "\n"
      "The agency spent 50 million dollars (about 44 million euros) on it.\n"
      "\n"
      "| Item | Cost |\n"
      "|------|------|\n"
      "| Roof | €9,500 |\n");
  ASSERT_NE(doc, nullptr);
  Claims claims = ExtractClaims(*doc);
  ASSERT_EQ(claims.money.size(), 4u);
  EXPECT_EQ(doc->TextOf(claims.money[0].span), "$3m");
  EXPECT_EQ(doc->TextOf(claims.money[1].span), "50 million dollars");
  EXPECT_EQ(doc->TextOf(claims.money[2].span), "about 44 million euros");
  EXPECT_EQ(claims.money[2].qualifier, Qualifier::kAbout);
  EXPECT_EQ(doc->TextOf(claims.money[3].span), "€9,500");
  EXPECT_EQ(claims.money[3].value, 9500);
  ASSERT_EQ(claims.conversions.size(), 1u);
  EXPECT_EQ(doc->TextOf(claims.conversions[0].span), "50 million dollars (about 44 million euros)");
  EXPECT_EQ(claims.conversions[0].from.currency, "USD");
  EXPECT_EQ(claims.conversions[0].to.currency, "EUR");
}

TEST(ExtractClaimsTest, CodeAndUrlsAreNotRead) {
  auto doc = Read(
      "Prices in `$5` code are not prose, nor `€4` (`$4.4`).\n"
      "\n"
      "```\n"
      "total = $6 million\n"
      "```\n"
      "\n"
      "A [$7m grant](https://example.com/fund/$8m) and <https://example.com/$9m> were noted.\n"
      "\n"
      "<!-- $10m in a comment -->\n");
  ASSERT_NE(doc, nullptr);
  Claims claims = ExtractClaims(*doc);
  ASSERT_EQ(claims.money.size(), 1u);
  EXPECT_EQ(doc->TextOf(claims.money[0].span), "$7m");
  EXPECT_TRUE(claims.conversions.empty());
}

TEST(ExtractClaimsTest, AmountAcrossAQuoteContinuationLine) {
  auto doc = Read("> The fund raised 20 million\n> dollars last year.\n");
  ASSERT_NE(doc, nullptr);
  Claims claims = ExtractClaims(*doc);
  ASSERT_EQ(claims.money.size(), 1u);
  EXPECT_EQ(claims.money[0].value, 20e6);
  EXPECT_EQ(claims.money[0].currency, "USD");
  std::string_view text = doc->TextOf(claims.money[0].span);
  EXPECT_TRUE(text.starts_with("20 million")) << text;
  EXPECT_TRUE(text.ends_with("dollars")) << text;
}

TEST(ExtractClaimsTest, EmptyDocument) {
  auto doc = Read("");
  ASSERT_NE(doc, nullptr);
  Claims claims = ExtractClaims(*doc);
  EXPECT_TRUE(claims.money.empty());
  EXPECT_TRUE(claims.conversions.empty());
}

}  // namespace
}  // namespace factlint
