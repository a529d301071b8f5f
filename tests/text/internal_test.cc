// The text stage's private helpers, tested directly.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "inline_scan.h"
#include "line_index.h"
#include "link_reference.h"
#include "utf8.h"

namespace factlint::text_internal {
namespace {

TEST(Utf8Test, ValidInputHasNoError) {
  EXPECT_FALSE(FindUtf8Error("").has_value());
  EXPECT_FALSE(FindUtf8Error("plain ascii that is longer than eight bytes").has_value());
  EXPECT_FALSE(FindUtf8Error("\xC2\x80 \xDF\xBF \xE0\xA0\x80 \xEF\xBF\xBF \xF0\x90\x80\x80 "
                             "\xF4\x8F\xBF\xBF")
                   .has_value());
}

TEST(Utf8Test, ErrorOffsets) {
  auto error = FindUtf8Error("12345678\xE0\x80\x80");  // overlong three-byte form
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->kind, Utf8Error::Kind::kInvalid);
  EXPECT_EQ(error->offset, 8u);
  error = FindUtf8Error("ab\xF0\x9F\x98");  // truncated four-byte form
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->offset, 2u);
  error = FindUtf8Error("\xF8\x88\x80\x80\x80");  // five-byte form
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->offset, 0u);
}

TEST(Utf8Test, CountCodePoints) {
  EXPECT_EQ(CountCodePoints(""), 0u);
  EXPECT_EQ(CountCodePoints("abc"), 3u);
  EXPECT_EQ(CountCodePoints("é😀東x long tail of ascii"), 23u);
}

TEST(LineIndexTest, AllTerminators) {
  const std::string text = "a\nb\r\nc\rd";
  const std::vector<size_t> starts = LineStarts(text);
  EXPECT_EQ(starts, (std::vector<size_t>{0, 2, 5, 7}));
  LineIndex lines(text, starts);
  EXPECT_EQ(lines.End(0), 1u);
  EXPECT_EQ(lines.End(1), 3u);
  EXPECT_EQ(lines.End(2), 6u);
  EXPECT_EQ(lines.End(3), 8u);
  EXPECT_EQ(lines.LineOf(4), 1u);
  EXPECT_EQ(LineStarts("x\n"), (std::vector<size_t>{0, 2}));
}

std::vector<std::string> Marked(std::string_view s, unsigned kinds) {
  std::vector<std::string> out;
  for (const InlineMark& m : ScanInlines(s, kinds)) {
    out.emplace_back(s.substr(m.begin, m.end - m.begin));
  }
  return out;
}

constexpr unsigned kAll = kInlineCode | kInlineHtml | kInlineLink;

TEST(InlineScanTest, Constructs) {
  EXPECT_EQ(Marked("a `b` [c](d \"e\") <f@g.hi> <http://x.y> <br/> www.z.org.", kAll),
            (std::vector<std::string>{"`b`", "(d \"e\")", "<f@g.hi>", "<http://x.y>", "<br/>",
                                      "www.z.org"}));
  EXPECT_EQ(Marked("[a][ref] and ![b](<c d>)", kAll),
            (std::vector<std::string>{"[ref]", "(<c d>)"}));
  // Only the kinds cmark-gfm found are masked.
  EXPECT_EQ(Marked("a `b` [c](d)", kInlineLink), (std::vector<std::string>{"(d)"}));
  EXPECT_TRUE(Marked("a `b` [c](d)", 0).empty());
}

TEST(InlineScanTest, CommentBody) {
  const std::string s = "x <!--  keep me --> y";
  const auto marks = ScanInlines(s, kInlineHtml);
  ASSERT_EQ(marks.size(), 1u);
  EXPECT_EQ(marks[0].kind, InlineMark::Kind::kComment);
  EXPECT_EQ(s.substr(marks[0].body_begin, marks[0].body_end - marks[0].body_begin), "  keep me ");
  EXPECT_TRUE(ScanInlines("<!-- a -- b -->", kInlineHtml).empty());
  EXPECT_TRUE(ScanInlines("<!-->", kInlineHtml).empty());
}

TEST(LinkReferenceTest, Definitions) {
  EXPECT_EQ(SkipLinkReferenceDefinitions("[a]: /u\nText"), 8u);
  EXPECT_EQ(SkipLinkReferenceDefinitions("[a]: /u \"t\"\n[b]: <x y>\nText"), 23u);
  EXPECT_EQ(SkipLinkReferenceDefinitions("[a]: /u \"t\" junk\nText"), 0u);
  EXPECT_EQ(SkipLinkReferenceDefinitions("[a]: /u\n'title\nmore'\nText"), 21u);
  EXPECT_EQ(SkipLinkReferenceDefinitions("[a] /u\n"), 0u);
  EXPECT_EQ(SkipLinkReferenceDefinitions("[ ]: /u\n"), 0u);
}

}  // namespace
}  // namespace factlint::text_internal
