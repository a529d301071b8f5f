// Hostile input: deep nesting, huge lines, runs of delimiters. Each must finish quickly and
// produce a consistent Document (sorted, disjoint blocks; sentences and words inside them).
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "factlint/document.h"
#include "test_util.h"

namespace factlint {
namespace {

std::string Repeat(std::string_view piece, size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (size_t i = 0; i < times; ++i) out.append(piece);
  return out;
}

void ExpectConsistent(const Document& doc) {
  size_t previous_end = 0;
  for (const Block& block : doc.blocks()) {
    EXPECT_LE(previous_end, block.span.begin);
    EXPECT_LT(block.span.begin, block.span.end);
    EXPECT_LE(block.span.end, doc.text().size());
    previous_end = block.span.end;
  }
  for (const Sentence& s : doc.sentences()) {
    ASSERT_LT(s.block, doc.blocks().size());
    const Span block = doc.blocks()[s.block].span;
    EXPECT_TRUE(block.begin <= s.span.begin && s.span.end <= block.end);
  }
  for (const Word& w : doc.words()) {
    ASSERT_LT(w.sentence, doc.sentences().size());
    EXPECT_TRUE(doc.IsProse(w.span));
  }
}

struct HostileCase {
  const char* name;
  std::string text;
};

class HostileTest : public ::testing::TestWithParam<int> {};

std::vector<HostileCase> Cases() {
  return {
      {"deep quotes", Repeat(">", 20000) + " deep\n"},
      {"deep quote lines", Repeat(Repeat("> ", 300) + "line\n", 300)},
      {"deep lists", Repeat("- ", 10000) + "item\n"},
      {"deep indented lists",
       [] {
         std::string s;
         for (int i = 0; i < 2000; ++i) s += std::string(static_cast<size_t>(i) * 2, ' ') + "- x\n";
         return s;
       }()},
      {"one MiB line", Repeat("word ", 200000) + "\n"},
      {"one MiB sentence with dots", Repeat("a.b", 300000)},
      {"backticks", Repeat("`", 100000)},
      {"backtick ladder",
       [] {
         std::string s;
         for (size_t i = 1; i < 400; ++i) s += std::string(i, '`') + " x ";
         return s;
       }()},
      {"brackets", Repeat("[", 100000) + Repeat("](/u)", 10000)},
      {"links in brackets", Repeat("[a", 30000) + Repeat("](b)", 30000)},
      {"comment openers", "`x` " + Repeat("<!-- ", 50000)},
      {"unclosed attribute", "<b>x</b> " + Repeat("<a b=\"", 50000)},
      {"processing instructions", "<b>x</b> " + Repeat("<?", 50000)},
      {"cdata openers", "<b>x</b> " + Repeat("<![CDATA[", 50000)},
      {"declaration openers", "<b>x</b> " + Repeat("<!A ", 50000)},
      {"processing instructions before a lone '>'", "<b>x</b> " + Repeat("<?", 50000) + " > ?>"},
      {"stars", Repeat("*a_", 100000)},
      {"table columns", "|" + Repeat("a|", 5000) + "\n|" + Repeat("-|", 5000) + "\n" +
                            Repeat("|" + Repeat("b|", 50) + "\n", 200)},
      {"reference definitions", Repeat("[a]: /u 'title'\n", 20000) + "text\n"},
      {"urls", Repeat("www.a.b/( ", 50000)},
      {"emails", Repeat("a.b@c.d ", 50000)},
      {"unterminated front matter", "---\n" + Repeat("key: value\n", 10000)},
      {"blank lines", Repeat("\n", 100000)},
      {"carriage returns", Repeat("a\r", 100000)},
      {"combining marks", "a" + Repeat("\xCC\x81", 50000) + " e\xCC\x81 x\n"},
      {"fences", Repeat("```\n", 10000)},
      {"html blocks", Repeat("<div>\n\n", 10000)},
  };
}

TEST_P(HostileTest, FinishesConsistently) {
  const HostileCase c = Cases()[static_cast<size_t>(GetParam())];
  // Quadratic behaviour would take minutes here: CTest's per-test timeout catches it.
  auto doc = Document::Read("hostile.md", c.text);
  ASSERT_TRUE(doc.ok()) << c.name << ": " << doc.status().ToString();
  ExpectConsistent(**doc);
}

INSTANTIATE_TEST_SUITE_P(Inputs, HostileTest,
                         ::testing::Range(0, static_cast<int>(Cases().size())));

TEST(ThreadTest, ConcurrentReadsAgree) {
  const std::string text =
      "---\ntitle: T\n---\n# Head\n\nSome ~~struck~~ text with `code` and https://example.com "
      "here. Mr. Smith left.\n\n| a | b |\n|---|---|\n| c | d |\n\n<!-- directive -->\n";
  auto reference = testing::MustRead(text);
  ASSERT_TRUE(reference);
  std::vector<std::thread> threads;
  std::vector<int> mismatches(8, 0);
  for (size_t t = 0; t < mismatches.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        auto doc = Document::Read("a.md", text);
        if (!doc.ok() || testing::BlockTexts(**doc) != testing::BlockTexts(*reference) ||
            testing::WordTexts(**doc) != testing::WordTexts(*reference) ||
            testing::SentenceTexts(**doc) != testing::SentenceTexts(*reference) ||
            (*doc)->comments().size() != 1) {
          ++mismatches[t];
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
  // And one Document read from many threads at once.
  std::vector<std::thread> readers;
  for (int t = 0; t < 4; ++t) {
    readers.emplace_back([&] {
      for (size_t i = 0; i <= text.size(); ++i) {
        (void)reference->IsProse(i);
        (void)reference->LineColumnOf(reference->OriginalOffset(i));
      }
    });
  }
  for (std::thread& thread : readers) thread.join();
}

}  // namespace
}  // namespace factlint
