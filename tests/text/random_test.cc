// Random Markdown built from tricky fragments: Read must never fail or crash on valid UTF-8, and
// the Document must keep its invariants. The seed is fixed, so a failure reproduces.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "factlint/document.h"

namespace factlint {
namespace {

constexpr const char* kFragments[] = {
    "Plain words here. ",
    "U.S. ",
    "Mr. ",
    "“Quoted!” ",
    "é",
    "e\xCC\x81",
    "😀",
    "東京",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "> ",
    ">",
    "- ",
    "* ",
    "1. ",
    "  ",
    "    ",
    "# ",
    "###### ",
    "===",
    "---",
    "***",
    "```",
    "~~~",
    "`",
    "``",
    "[",
    "]",
    "](",
    "(",
    ")",
    "![",
    "<",
    ">",
    "<!--",
    "-->",
    "<div>",
    "</div>",
    "<span>",
    "<?",
    "?>",
    "<![CDATA[",
    "]]>",
    "<!X ",
    "http://",
    "https://ex.com/a",
    "www.",
    "a@b.co",
    "*",
    "_",
    "~~",
    "|",
    "| a | b |\n",
    "|---|---|\n",
    "\\",
    "&amp;",
    "[r]: /u\n",
    "[r]",
    "---\n",
    "title: x\n",
    "\xEF\xBB\xBF",
    "\xC2\xA0",
    "\xE2\x80\xA8",
};

void CheckInvariants(const Document& doc) {
  size_t previous_end = 0;
  for (const Block& block : doc.blocks()) {
    ASSERT_LE(previous_end, block.span.begin);
    ASSERT_LT(block.span.begin, block.span.end);
    ASSERT_LE(block.span.end, doc.text().size());
    previous_end = block.span.end;
  }
  size_t previous_sentence = 0;
  for (const Sentence& s : doc.sentences()) {
    ASSERT_LT(s.block, doc.blocks().size());
    const Span block = doc.blocks()[s.block].span;
    ASSERT_TRUE(block.begin <= s.span.begin && s.span.end <= block.end);
    ASSERT_LT(s.span.begin, s.span.end);
    ASSERT_LE(previous_sentence, s.span.begin);
    previous_sentence = s.span.end;
  }
  for (const Word& w : doc.words()) {
    ASSERT_LT(w.sentence, doc.sentences().size());
    const Span sentence = doc.sentences()[w.sentence].span;
    ASSERT_TRUE(sentence.begin <= w.span.begin && w.span.end <= sentence.end);
    ASSERT_TRUE(doc.IsProse(w.span));
  }
  for (const Comment& c : doc.comments()) {
    ASSERT_LE(c.span.end, doc.text().size());
    ASSERT_TRUE(doc.TextOf(c.span).starts_with("<!--"));
  }
  size_t previous_original = 0;
  for (size_t i = 0; i <= doc.text().size(); ++i) {
    const size_t original = doc.OriginalOffset(i);
    ASSERT_LE(previous_original, original);
    ASSERT_LE(original, doc.original().size());
    previous_original = original;
  }
  for (size_t i = 0; i <= doc.original().size(); i += 7) {
    const LineColumn lc = doc.LineColumnOf(i);
    ASSERT_GE(lc.line, 1);
    ASSERT_GE(lc.column, 1);
    ASSERT_LE(doc.OriginalLineAt(i).size(), doc.original().size());
  }
}

TEST(RandomMarkdownTest, InvariantsHold) {
  std::mt19937 random(20240611);
  std::uniform_int_distribution<size_t> pick(0, std::size(kFragments) - 1);
  std::uniform_int_distribution<int> length(1, 120);
  for (int iteration = 0; iteration < 1500; ++iteration) {
    std::string text;
    for (int n = length(random); n > 0; --n) text += kFragments[pick(random)];
    auto doc = Document::Read("random.md", text);
    if (!doc.ok()) {
      // Only front matter may be refused (random YAML between two "---" lines).
      ASSERT_NE(doc.status().message().find("front matter"), std::string::npos)
          << doc.status().ToString();
      continue;
    }
    SCOPED_TRACE(text);
    CheckInvariants(**doc);
    if (::testing::Test::HasFatalFailure()) return;
  }
}

}  // namespace
}  // namespace factlint
