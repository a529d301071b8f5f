// Markdown structure: prose blocks, masked regions, comments.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "factlint/document.h"
#include "test_util.h"

namespace factlint {
namespace {

using testing::BlockTexts;
using testing::Find;
using testing::MustRead;
using testing::WordTexts;

std::vector<BlockKind> Kinds(const Document& doc) {
  std::vector<BlockKind> out;
  for (const Block& b : doc.blocks()) out.push_back(b.kind);
  return out;
}

TEST(BlocksTest, HeadingsParagraphsListsQuotesTables) {
  auto doc = MustRead(
      "# Budget talks stall ##\n"
      "\n"
      "The committee met on Tuesday.\n"
      "It adjourned early.\n"
      "\n"
      "> Quoted line one\n"
      "> continues here.\n"
      "\n"
      "- First item\n"
      "- Second item\n"
      "  wraps on.\n"
      "\n"
      "1. Numbered entry\n"
      "\n"
      "| City | Population |\n"
      "|------|-----------:|\n"
      "| Lyon | 522,000 |\n"
      "\n"
      "Setext title\n"
      "------------\n"
      "###### Small heading\n");
  ASSERT_TRUE(doc);
  EXPECT_EQ(BlockTexts(*doc), (std::vector<std::string>{
                                  "Budget talks stall",
                                  "The committee met on Tuesday.\nIt adjourned early.",
                                  "Quoted line one\n> continues here.",
                                  "First item",
                                  "Second item\n  wraps on.",
                                  "Numbered entry",
                                  "City",
                                  "Population",
                                  "Lyon",
                                  "522,000",
                                  "Setext title",
                                  "Small heading",
                              }));
  using K = BlockKind;
  EXPECT_EQ(Kinds(*doc),
            (std::vector<BlockKind>{K::kHeading, K::kParagraph, K::kParagraph, K::kParagraph,
                                    K::kParagraph, K::kParagraph, K::kTableCell, K::kTableCell,
                                    K::kTableCell, K::kTableCell, K::kHeading, K::kHeading}));
  EXPECT_EQ(doc->blocks()[0].heading_level, 1);
  EXPECT_EQ(doc->blocks()[1].heading_level, 0);
  EXPECT_EQ(doc->blocks()[10].heading_level, 2);
  EXPECT_EQ(doc->blocks()[11].heading_level, 6);
  // The "> " that continues the quote is inside the block's span but not prose.
  const size_t marker = Find(*doc, "> continues");
  EXPECT_FALSE(doc->IsProse(marker));
  EXPECT_FALSE(doc->IsProse(marker + 1));
  EXPECT_TRUE(doc->IsProse(marker + 2));
  EXPECT_FALSE(doc->IsProse(doc->blocks()[2].span));
  EXPECT_TRUE(doc->IsProse(doc->blocks()[1].span));
  // Markers and table pipes are not prose.
  EXPECT_FALSE(doc->IsProse(Find(*doc, "# Budget")));
  EXPECT_FALSE(doc->IsProse(Find(*doc, "- First")));
  EXPECT_FALSE(doc->IsProse(Find(*doc, "| City")));
  EXPECT_FALSE(doc->IsProse(Find(*doc, "|------")));
  // The sentence of the quote reads across the marker; its words skip it.
  EXPECT_EQ(testing::SentenceTexts(*doc)[3], "Quoted line one\n> continues here.");
  EXPECT_EQ(doc->sentences()[3].block, 2u);
  EXPECT_EQ(WordTexts(*doc)[11], "Quoted");
  EXPECT_EQ(WordTexts(*doc)[14], "continues");
}

TEST(BlocksTest, PlainTextParagraphs) {
  auto doc = MustRead("A plain text file\nwith two lines.\n\n\n  Indented a little.\nLast.");
  ASSERT_TRUE(doc);
  EXPECT_EQ(BlockTexts(*doc), (std::vector<std::string>{"A plain text file\nwith two lines.",
                                                        "Indented a little.\nLast."}));
}

TEST(BlocksTest, NestedContainers) {
  auto doc = MustRead(
      "> - Quoted item\n"
      ">   that wraps\n"
      ">\n"
      "> > Deeper quote\n"
      "> > goes on\n"
      "lazily here.\n");
  ASSERT_TRUE(doc);
  EXPECT_EQ(BlockTexts(*doc),
            (std::vector<std::string>{"Quoted item\n>   that wraps",
                                      "Deeper quote\n> > goes on\nlazily here."}));
  EXPECT_FALSE(doc->IsProse(Find(*doc, "> > goes")));
  EXPECT_FALSE(doc->IsProse(Find(*doc, "> > goes") + 2));
  EXPECT_TRUE(doc->IsProse(Find(*doc, "goes")));
  EXPECT_EQ(WordTexts(*doc), (std::vector<std::string>{"Quoted", "item", "that", "wraps", "Deeper",
                                                       "quote", "goes", "on", "lazily", "here"}));
}

TEST(BlocksTest, TableAfterParagraphLine) {
  // cmark-gfm 0.29 gives the paragraph no position and the header row the paragraph's line.
  auto doc = MustRead(
      "Intro to the figures\n"
      "| Port | Ships |\n"
      "| ---- | ----- |\n"
      "| Brest | 12 |\n"
      "| Vigo | 9 |\n"
      "\n"
      "After the table.\n");
  ASSERT_TRUE(doc);
  EXPECT_EQ(BlockTexts(*doc),
            (std::vector<std::string>{"Intro to the figures", "Port", "Ships", "Brest", "12",
                                      "Vigo", "9", "After the table."}));
  EXPECT_EQ(doc->blocks()[0].kind, BlockKind::kParagraph);
  EXPECT_EQ(doc->blocks()[1].kind, BlockKind::kTableCell);
}

TEST(BlocksTest, TableInQuoteWithInlineCode) {
  auto doc = MustRead(
      "> | Name | Note |\n"
      "> |:-----|:----:|\n"
      "> | `id` | see [docs](https://example.org) |\n"
      "> | pipe \\| kept |  |\n");
  ASSERT_TRUE(doc);
  EXPECT_EQ(BlockTexts(*doc),
            (std::vector<std::string>{"Name", "Note", "`id`", "see [docs](https://example.org)",
                                      "pipe \\| kept"}));
  EXPECT_FALSE(doc->IsProse(Find(*doc, "id")));
  EXPECT_TRUE(doc->IsProse(Find(*doc, "docs")));
  EXPECT_FALSE(doc->IsProse(Find(*doc, "(https")));
  EXPECT_EQ(WordTexts(*doc),
            (std::vector<std::string>{"Name", "Note", "see", "docs", "pipe", "kept"}));
}

TEST(BlocksTest, HeaderRowThatLooksLikeADelimiterRow) {
  // The paragraph line has one cell, so the first "|---|---|" is the header, not the delimiter.
  auto doc = MustRead(
      "Lead line\n"
      "one <b>cell</b>\n"
      "|---|---|\n"
      "|:-:|:-:|\n"
      "| x | y |\n");
  ASSERT_TRUE(doc);
  EXPECT_EQ(BlockTexts(*doc),
            (std::vector<std::string>{"Lead line\none <b>cell</b>", "---", "---", "x", "y"}));
  EXPECT_FALSE(doc->IsProse(Find(*doc, "<b>")));
}

TEST(BlocksTest, DefinitionInParagraphATableInterruptsStaysText) {
  // cmark-gfm 0.29 leaves it in the paragraph, so it is prose here too.
  auto doc = MustRead("[r]: /u\nwords\n| a | b |\n|---|---|\n");
  ASSERT_TRUE(doc);
  EXPECT_EQ(BlockTexts(*doc), (std::vector<std::string>{"[r]: /u\nwords", "a", "b"}));
}

TEST(BlocksTest, PipesWithoutDelimiterRowAreAParagraph) {
  auto doc = MustRead("| not | a table |\n| still | text |\n");
  ASSERT_TRUE(doc);
  EXPECT_EQ(BlockTexts(*doc), (std::vector<std::string>{"| not | a table |\n| still | text |"}));
}

TEST(BlocksTest, ReferenceDefinitionBeforeText) {
  auto doc = MustRead(
      "[wire]: https://example.com/wire \"Wire\"\n"
      "[desk]:\n"
      "  <https://example.com/desk>\n"
      "The [wire][] and the [desk] agree.\n"
      "\n"
      "[alone]: /only-a-definition\n");
  ASSERT_TRUE(doc);
  EXPECT_EQ(BlockTexts(*doc), (std::vector<std::string>{"The [wire][] and the [desk] agree."}));
  EXPECT_FALSE(doc->IsProse(0));
  EXPECT_FALSE(doc->IsProse(Find(*doc, "[desk]:")));
  EXPECT_FALSE(doc->IsProse(Find(*doc, "[alone]")));
  EXPECT_EQ(WordTexts(*doc),
            (std::vector<std::string>{"The", "wire", "and", "the", "desk", "agree"}));
}

TEST(BlocksTest, HeadingDetails) {
  auto doc = MustRead(
      "#Not a heading\n\n"
      "## Closing hashes ###   \n"
      "### Ends in C\\#\n"
      "#\n"
      "Multi line\n"
      "setext\n"
      "===\n"
      "#hashtag first\n"
      "---\n");
  ASSERT_TRUE(doc);
  EXPECT_EQ(BlockTexts(*doc),
            (std::vector<std::string>{"#Not a heading", "Closing hashes", "Ends in C\\#",
                                      "Multi line\nsetext", "#hashtag first"}));
  EXPECT_EQ(Kinds(*doc),
            (std::vector<BlockKind>{BlockKind::kParagraph, BlockKind::kHeading, BlockKind::kHeading,
                                    BlockKind::kHeading, BlockKind::kHeading}));
  EXPECT_EQ(doc->blocks()[4].heading_level, 2);
}

TEST(MaskTest, CodeUrlsHtmlAndComments) {
  auto doc = MustRead(
      "Run `make all` before [the guide](https://example.org/guide \"Guide\") and see "
      "https://example.com/x.\n"
      "\n"
      "```sh\n"
      "fenced code line\n"
      "```\n"
      "\n"
      "    indented code line\n"
      "\n"
      "<div>\n"
      "html block text\n"
      "</div>\n"
      "\n"
      "Text <span class=\"x\">inline</span> and <!-- factlint-disable repeated-word --> end.\n"
      "\n"
      "<!-- factlint-enable repeated-word -->\n"
      "\n"
      "An autolink <https://example.com/auto> and ![a photo](pic.png) and www.example.net here,\n"
      "mail desk@example.com today.\n");
  ASSERT_TRUE(doc);
  EXPECT_EQ(BlockTexts(*doc),
            (std::vector<std::string>{
                "Run `make all` before [the guide](https://example.org/guide \"Guide\") and see "
                "https://example.com/x.",
                "Text <span class=\"x\">inline</span> and <!-- factlint-disable repeated-word --> "
                "end.",
                "An autolink <https://example.com/auto> and ![a photo](pic.png) and "
                "www.example.net here,\nmail desk@example.com today."}));
  for (const char* masked : {"`make",
                             "make all",
                             "all`",
                             "(https://example.org",
                             "\"Guide\")",
                             "https://example.com/x",
                             "fenced code",
                             "```sh",
                             "indented code",
                             "<div>",
                             "html block",
                             "<span",
                             "</span>",
                             "<!-- factlint-disable",
                             "factlint-disable",
                             "-->",
                             "<!-- factlint-enable",
                             "<https://example.com/auto>",
                             "example.com/auto",
                             "(pic.png)",
                             "www.example.net",
                             "desk@example.com"}) {
    EXPECT_FALSE(doc->IsProse(Find(*doc, masked))) << masked;
  }
  for (const char* prose : {"Run", "before", "the guide", "guide]", "and see", "inline", "end.",
                            "a photo", "here,", "today"}) {
    EXPECT_TRUE(doc->IsProse(Find(*doc, prose))) << prose;
  }
  EXPECT_TRUE(doc->IsProse(Find(*doc, "x.\n") + 1));  // the full stop after the URL
  EXPECT_TRUE(doc->IsProse(Span{Find(*doc, "the guide"), Find(*doc, "the guide") + 9}));
  EXPECT_FALSE(doc->IsProse(doc->blocks()[0].span));
  ASSERT_EQ(doc->comments().size(), 2u);
  EXPECT_EQ(doc->comments()[0].body, "factlint-disable repeated-word");
  EXPECT_EQ(doc->TextOf(doc->comments()[0].span), "<!-- factlint-disable repeated-word -->");
  EXPECT_EQ(doc->comments()[1].body, "factlint-enable repeated-word");
  EXPECT_EQ(doc->TextOf(doc->comments()[1].span), "<!-- factlint-enable repeated-word -->");
  EXPECT_EQ(WordTexts(*doc),
            (std::vector<std::string>{"Run", "before", "the", "guide", "and", "see", "Text",
                                      "inline", "and", "end", "An", "autolink", "and", "a", "photo",
                                      "and", "here", "mail", "today"}));
}

TEST(MaskTest, CodeSpanRules) {
  auto doc = MustRead(
      "Double ``tick ` inside`` then \\`escaped\\` and `` ` `` done, `unclosed stays.\n"
      "\n"
      "A span `across\na line` ends.\n");
  ASSERT_TRUE(doc);
  EXPECT_FALSE(doc->IsProse(Find(*doc, "tick")));
  EXPECT_FALSE(doc->IsProse(Find(*doc, "inside")));
  EXPECT_TRUE(doc->IsProse(Find(*doc, "then")));
  EXPECT_TRUE(doc->IsProse(Find(*doc, "escaped")));
  EXPECT_TRUE(doc->IsProse(Find(*doc, "done")));
  EXPECT_TRUE(doc->IsProse(Find(*doc, "unclosed")));
  EXPECT_FALSE(doc->IsProse(Find(*doc, "across")));
  EXPECT_FALSE(doc->IsProse(Find(*doc, "a line")));
  EXPECT_TRUE(doc->IsProse(Find(*doc, "ends")));
  EXPECT_EQ(WordTexts(*doc), (std::vector<std::string>{"Double", "then", "escaped", "and", "done",
                                                       "unclosed", "stays", "A", "span", "ends"}));
}

TEST(MaskTest, LinkEdgeCases) {
  auto doc = MustRead(
      "A [nested [inner](/in) text](/out) link, [not a link] (spaced), "
      "[empty]() and [paren](/a_(b)_c) and ![](/img.png).\n");
  ASSERT_TRUE(doc);
  EXPECT_TRUE(doc->IsProse(Find(*doc, "nested")));
  EXPECT_TRUE(doc->IsProse(Find(*doc, "inner")));
  EXPECT_FALSE(doc->IsProse(Find(*doc, "(/in)")));
  // The outer brackets are not a link once the inner one is (CommonMark: no links in links).
  EXPECT_TRUE(doc->IsProse(Find(*doc, "(/out)") + 1));
  EXPECT_TRUE(doc->IsProse(Find(*doc, "(spaced)")));
  EXPECT_FALSE(doc->IsProse(Find(*doc, "()")));
  EXPECT_FALSE(doc->IsProse(Find(*doc, "(/a_(b)_c)") + 8));
  EXPECT_FALSE(doc->IsProse(Find(*doc, "(/img.png)")));
}

TEST(MaskTest, HtmlCommentsEverywhere) {
  auto doc = MustRead(
      "<!--\n  factlint-disable-next-line spelling\n-->\n"
      "Paragraph with <!--inline--> note.\n"
      "\n"
      "> <!-- quoted comment -->\n"
      "\n"
      "```\n<!-- not a comment: code -->\n```\n"
      "\n"
      "Inline `<!-- code too -->` here <!-- > not a comment either.\n");
  ASSERT_TRUE(doc);
  ASSERT_EQ(doc->comments().size(), 3u);
  EXPECT_EQ(doc->comments()[0].body, "factlint-disable-next-line spelling");
  EXPECT_EQ(doc->comments()[1].body, "inline");
  EXPECT_EQ(doc->comments()[2].body, "quoted comment");
  EXPECT_EQ(BlockTexts(*doc), (std::vector<std::string>{
                                  "Paragraph with <!--inline--> note.",
                                  "Inline `<!-- code too -->` here <!-- > not a comment either."}));
  EXPECT_TRUE(doc->IsProse(Find(*doc, "not a comment either")));
}

TEST(MaskTest, BareUrlTrailingPunctuation) {
  auto doc = MustRead("See (https://example.com/a_(b)) and http://example.org/path?q=1. Done.\n");
  ASSERT_TRUE(doc);
  const size_t url = Find(*doc, "https");
  EXPECT_FALSE(doc->IsProse(url));
  EXPECT_FALSE(doc->IsProse(Find(*doc, "(b)") + 2));
  EXPECT_TRUE(doc->IsProse(Find(*doc, ")) and") + 1));
  EXPECT_FALSE(doc->IsProse(Find(*doc, "q=1")));
  EXPECT_TRUE(doc->IsProse(Find(*doc, ". Done")));
  EXPECT_EQ(testing::SentenceTexts(*doc),
            (std::vector<std::string>{
                "See (https://example.com/a_(b)) and http://example.org/path?q=1.", "Done."}));
}

TEST(MaskTest, NoBareUrlInsideAnOpenBracket) {
  // cmark-gfm links no "www." or "http://" while a '[' is open, so neither is masked here.
  auto doc =
      MustRead("A [note](/n) and www.first.org, then [open www.second.org https://third.org\n");
  ASSERT_TRUE(doc);
  EXPECT_FALSE(doc->IsProse(Find(*doc, "www.first.org")));
  EXPECT_TRUE(doc->IsProse(Find(*doc, "www.second.org")));
  EXPECT_TRUE(doc->IsProse(Find(*doc, "https://third.org")));
}

TEST(MaskTest, EmailAddresses) {
  auto doc = MustRead("Write to press.desk+news@example.co.uk. Or a@b.coc@d.org, or x@y.\n");
  ASSERT_TRUE(doc);
  const size_t email = Find(*doc, "press");
  for (size_t i = email; i < Find(*doc, ". Or"); ++i) EXPECT_FALSE(doc->IsProse(i)) << i;
  EXPECT_TRUE(doc->IsProse(Find(*doc, ". Or")));
  // cmark-gfm's scan runs over the second '@' and gives up; the next try starts after the first.
  EXPECT_TRUE(doc->IsProse(Find(*doc, "a@b")));
  EXPECT_FALSE(doc->IsProse(Find(*doc, "b.coc@")));
  EXPECT_TRUE(doc->IsProse(Find(*doc, "x@y")));
}

TEST(MaskTest, UnclosedProcessingInstructionIsText) {
  // An unclosed "<?" at the start of a line would open an HTML block to the end of the document.
  auto doc = MustRead("<? stray opener\n\nReal prose follows.\n");
  ASSERT_TRUE(doc);
  EXPECT_EQ(BlockTexts(*doc), (std::vector<std::string>{"<? stray opener", "Real prose follows."}));
}

TEST(MaskTest, TextLooksLikeMarkupButCmarkSaysNo) {
  // No code span, link or HTML here for cmark-gfm, so nothing is masked.
  auto doc = MustRead("Prices rose 5% <10 years> ago [sic] and a ` lone tick.\n");
  ASSERT_TRUE(doc);
  EXPECT_TRUE(doc->IsProse(doc->blocks()[0].span));
}

}  // namespace
}  // namespace factlint
