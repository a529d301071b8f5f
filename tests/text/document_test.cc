// Document::Read: errors, metadata, offsets, line and column.
#include "factlint/document.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "test_util.h"

namespace factlint {
namespace {

using testing::BlockTexts;
using testing::Find;
using testing::MustRead;
using testing::WordTexts;

Status ReadStatus(std::string text, ReadOptions options = {}) {
  return Document::Read("drafts/a.md", std::move(text), options).status();
}

TEST(DocumentErrorTest, InvalidUtf8NamesTheByteOffset) {
  const Status status = ReadStatus("Budget: 12 \xC3( euros");
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(), "drafts/a.md:1:12: invalid UTF-8 at byte 11");
}

TEST(DocumentErrorTest, InvalidUtf8Forms) {
  EXPECT_EQ(ReadStatus("\xC0\xAF").message(),
            "drafts/a.md:1:1: invalid UTF-8 at byte 0");  // overlong
  EXPECT_EQ(ReadStatus("ab\xED\xA0\x80").message(),
            "drafts/a.md:1:3: invalid UTF-8 at byte 2");  // surrogate
  EXPECT_EQ(ReadStatus("abc\xF4\x90\x80\x80").message(),
            "drafts/a.md:1:4: invalid UTF-8 at byte 3");  // above U+10FFFF
  EXPECT_EQ(ReadStatus("long ascii run first \xE2\x82").message(),
            "drafts/a.md:1:22: invalid UTF-8 at byte 21");  // truncated at the end
  EXPECT_EQ(ReadStatus("x\x80").message(), "drafts/a.md:1:2: invalid UTF-8 at byte 1");  // lone
}

TEST(DocumentErrorTest, NulByteNamesTheByteOffset) {
  const Status status = ReadStatus(std::string("Hello\n\0tail", 11));
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(), "drafts/a.md:2:1: NUL byte at byte 6");
}

TEST(DocumentErrorTest, NulAfterEightByteRun) {
  EXPECT_EQ(ReadStatus(std::string("0123456789abcdef\0", 17)).message(),
            "drafts/a.md:1:17: NUL byte at byte 16");
}

TEST(DocumentErrorTest, OversizeFile) {
  ReadOptions options;
  options.max_bytes = 10;
  const Status status = ReadStatus("eleven byte", options);
  EXPECT_EQ(status.code(), StatusCode::kResourceExhausted);
  EXPECT_EQ(status.message(), "drafts/a.md: file is 11 bytes, over the limit of 10");
  EXPECT_TRUE(ReadStatus("ten bytes!", options).ok());
}

TEST(DocumentErrorTest, BrokenYamlNamesTheFileLine) {
  const Status status =
      ReadStatus("---\ntitle: Harbour report\ndate: [2022, 3\nlang: en\n---\nBody text.\n");
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(), "drafts/a.md:4: front matter: end of sequence flow not found");
}

TEST(DocumentErrorTest, BadDateNamesItsLine) {
  const Status status = ReadStatus("---\ntitle: Harbour report\ndate: Feb 7\n---\nBody.\n");
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(),
            "drafts/a.md:3: front matter: date: expected YYYY-MM-DD, got 'Feb 7'");
}

TEST(DocumentErrorTest, UnclosedFlowIsReportedInsideTheFrontMatter) {
  EXPECT_EQ(ReadStatus("---\ntitle: [one, two\n---\n").message(),
            "drafts/a.md:2: front matter: end of sequence flow not found");
}

TEST(DocumentErrorTest, ImpossibleDate) {
  EXPECT_EQ(ReadStatus("---\nlang: en\n\ndate: 2023-02-30\n---\n").message(),
            "drafts/a.md:4: front matter: date: expected YYYY-MM-DD, got '2023-02-30'");
}

TEST(DocumentErrorTest, TitleMustBeOneValue) {
  EXPECT_EQ(ReadStatus("---\ntitle:\n  - one\n  - two\n---\n").message(),
            "drafts/a.md:3: front matter: title: expected a single value");
}

TEST(DocumentErrorTest, FrontMatterMustBeAMapping) {
  EXPECT_EQ(ReadStatus("---\njust a sentence\n---\nBody.\n").message(),
            "drafts/a.md:2: front matter: expected keys and values (title: ..., date: ...)");
}

TEST(DocumentErrorTest, DeeplyNestedYamlIsAnErrorNotACrash) {
  const Status status = ReadStatus("---\ntitle: " + std::string(100000, '[') + "\n---\n");
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(), "drafts/a.md:2: front matter: nested deeper than 100 levels");
}

TEST(MetadataTest, ReadsTitleDateLang) {
  auto doc = MustRead(
      "---\ntitle: \"Ferry fares: the council’s numbers\"\ndate: 2021-11-30\nlang: en\n"
      "extra: ignored\n---\nThe council raised fares.\n");
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->metadata().title, "Ferry fares: the council’s numbers");
  ASSERT_TRUE(doc->metadata().date.has_value());
  EXPECT_EQ(FormatIsoDate(*doc->metadata().date), "2021-11-30");
  EXPECT_EQ(doc->metadata().lang, "en");
  EXPECT_EQ(BlockTexts(*doc), (std::vector<std::string>{"The council raised fares."}));
  EXPECT_FALSE(doc->IsProse(Find(*doc, "title")));
  EXPECT_FALSE(doc->IsProse(Find(*doc, "---")));
}

TEST(MetadataTest, DotsCloseFrontMatter) {
  auto doc = MustRead("---\nlang: fr\n...\nTexte.\n");
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->metadata().lang, "fr");
  EXPECT_EQ(BlockTexts(*doc), (std::vector<std::string>{"Texte."}));
}

TEST(MetadataTest, NoFrontMatter) {
  auto doc = MustRead("Plain text file.\n");
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->metadata().title, "");
  EXPECT_FALSE(doc->metadata().date.has_value());
  EXPECT_EQ(doc->metadata().lang, "");
}

TEST(MetadataTest, UnterminatedFrontMatterIsBody) {
  auto doc = MustRead("---\ntitle: never closed\nThe draft goes on.\n");
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->metadata().title, "");
  EXPECT_EQ(BlockTexts(*doc),
            (std::vector<std::string>{"title: never closed\nThe draft goes on."}));
}

TEST(MetadataTest, OnlyFrontMatter) {
  auto doc = MustRead("---\ntitle: Nothing else\n---\n");
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->metadata().title, "Nothing else");
  EXPECT_TRUE(doc->blocks().empty());
  EXPECT_TRUE(doc->sentences().empty());
}

TEST(MetadataTest, OnlyFrontMatterWithoutFinalNewline) {
  auto doc = MustRead("---\ndate: 2020-01-01\n---");
  ASSERT_TRUE(doc);
  EXPECT_EQ(FormatIsoDate(*doc->metadata().date), "2020-01-01");
  EXPECT_TRUE(doc->blocks().empty());
}

TEST(MetadataTest, EmptyFrontMatter) {
  auto doc = MustRead("---\n---\nBody.\n");
  ASSERT_TRUE(doc);
  EXPECT_EQ(BlockTexts(*doc), (std::vector<std::string>{"Body."}));
}

TEST(MetadataTest, CrlfFrontMatter) {
  auto doc = MustRead("---\r\ntitle: Tide tables\r\ndate: 2024-01-02\r\n---\r\nBody line.\r\n");
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->metadata().title, "Tide tables");
  EXPECT_EQ(FormatIsoDate(*doc->metadata().date), "2024-01-02");
  EXPECT_EQ(BlockTexts(*doc), (std::vector<std::string>{"Body line."}));
}

TEST(MetadataTest, CrlfFrontMatterErrorLine) {
  EXPECT_EQ(ReadStatus("---\r\ntitle: x\r\ndate: soon\r\n---\r\n").message(),
            "drafts/a.md:3: front matter: date: expected YYYY-MM-DD, got 'soon'");
}

TEST(DocumentTest, EmptyFile) {
  auto doc = MustRead("");
  ASSERT_TRUE(doc);
  EXPECT_TRUE(doc->blocks().empty());
  EXPECT_EQ(doc->text(), "");
  EXPECT_EQ(doc->OriginalOffset(0), 0u);
  EXPECT_EQ(doc->LineColumnOf(0).line, 1);
  EXPECT_EQ(doc->LineColumnOf(0).column, 1);
  EXPECT_EQ(doc->OriginalLineAt(0), "");
  EXPECT_FALSE(doc->IsProse(0));
}

TEST(DocumentTest, BomIsMaskedAndKept) {
  const std::string input = "\xEF\xBB\xBF---\ntitle: With BOM\n---\nHarbour news.\n";
  auto doc = MustRead(input);
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->metadata().title, "With BOM");
  EXPECT_EQ(doc->original(), input);
  EXPECT_FALSE(doc->IsProse(0));
  EXPECT_EQ(BlockTexts(*doc), (std::vector<std::string>{"Harbour news."}));
  const size_t harbour = Find(*doc, "Harbour");
  EXPECT_EQ(doc->OriginalOffset(harbour), harbour);
  EXPECT_EQ(doc->LineColumnOf(harbour).line, 4);
  EXPECT_EQ(doc->LineColumnOf(harbour).column, 1);
}

TEST(DocumentTest, BomWithoutFrontMatter) {
  auto doc = MustRead("\xEF\xBB\xBF# Title\nText.\n");
  ASSERT_TRUE(doc);
  EXPECT_EQ(BlockTexts(*doc), (std::vector<std::string>{"Title", "Text."}));
  EXPECT_EQ(doc->blocks()[0].kind, BlockKind::kHeading);
  // The BOM is a character: "Title" is in column 4 of line 1.
  EXPECT_EQ(doc->LineColumnOf(Find(*doc, "Title")).column, 4);
}

TEST(NormalizationTest, NfcWithOffsetsBackToTheOriginal) {
  const std::string input = "Cafe\xCC\x81 opens. Cafe\xCC\x81s close early.\n";
  auto doc = MustRead(input);
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->original(), input);
  EXPECT_EQ(doc->text(), "Caf\xC3\xA9 opens. Caf\xC3\xA9s close early.\n");
  EXPECT_EQ(WordTexts(*doc),
            (std::vector<std::string>{"Café", "opens", "Cafés", "close", "early"}));
  // "Café" in text is [0, 5); in the original [0, 6).
  const Span cafe = doc->words()[0].span;
  EXPECT_EQ(cafe, (Span{0, 5}));
  EXPECT_EQ(doc->Original(cafe), (Span{0, 6}));
  // After the first rewrite everything is shifted by one byte.
  const Span opens = doc->words()[1].span;
  EXPECT_EQ(opens, (Span{6, 11}));
  EXPECT_EQ(doc->Original(opens), (Span{7, 12}));
  const Span cafes = doc->words()[2].span;
  EXPECT_EQ(doc->Original(cafes), (Span{14, 21}));
  EXPECT_EQ(input.substr(14, 7), "Cafe\xCC\x81s");
  const Span close = doc->words()[3].span;
  EXPECT_EQ(input.substr(doc->OriginalOffset(close.begin), 5), "close");
  EXPECT_EQ(doc->OriginalOffset(doc->text().size()), input.size());
  // The second sentence, mapped back.
  const Span second = doc->Original(doc->sentences()[1].span);
  EXPECT_EQ(input.substr(second.begin, second.size()), "Cafe\xCC\x81s close early.");
  // Columns are counted in the original: "close" follows 6 + 1 + 7 code points... on line 1.
  const LineColumn lc = doc->LineColumnOf(doc->OriginalOffset(close.begin));
  EXPECT_EQ(lc.line, 1);
  EXPECT_EQ(lc.column, 21);
}

TEST(NormalizationTest, AlreadyNfcIsIdentity) {
  const std::string input = "Déjà vu — “naïve” façade.\n";
  auto doc = MustRead(input);
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->text(), input);
  for (size_t i = 0; i <= input.size(); ++i) EXPECT_EQ(doc->OriginalOffset(i), i);
}

TEST(NormalizationTest, HangulJamoCompose) {
  // U+1112 U+1161 U+11AB (9 bytes) compose to U+D55C (3 bytes).
  auto doc = MustRead("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB word\n");
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->text(), "\xED\x95\x9C word\n");
  const Span word = doc->words()[1].span;
  EXPECT_EQ(doc->TextOf(word), "word");
  EXPECT_EQ(doc->Original(word), (Span{10, 14}));
}

TEST(LineColumnTest, CrlfLinesAndColumns) {
  const std::string input = "First line here\r\nSecond line has words\r\n\r\nNew paragraph\r\n";
  auto doc = MustRead(input);
  ASSERT_TRUE(doc);
  EXPECT_EQ(BlockTexts(*doc), (std::vector<std::string>{"First line here\r\nSecond line has words",
                                                        "New paragraph"}));
  const size_t words = input.find("words");
  EXPECT_EQ(doc->LineColumnOf(words).line, 2);
  EXPECT_EQ(doc->LineColumnOf(words).column, 17);
  EXPECT_EQ(doc->OriginalLineAt(words), "Second line has words");
  EXPECT_EQ(doc->OriginalLineAt(input.find("\r\n")), "First line here");
  const size_t paragraph = input.find("New");
  EXPECT_EQ(doc->LineColumnOf(paragraph).line, 4);
  EXPECT_EQ(doc->LineColumnOf(paragraph).column, 1);
  // The end of the file is on the empty last line.
  EXPECT_EQ(doc->LineColumnOf(input.size()).line, 5);
  EXPECT_EQ(doc->LineColumnOf(input.size()).column, 1);
  EXPECT_EQ(doc->OriginalLineAt(input.size()), "");
  // A soft line break does not end a sentence.
  EXPECT_EQ(
      testing::SentenceTexts(*doc),
      (std::vector<std::string>{"First line here\r\nSecond line has words", "New paragraph"}));
}

TEST(LineColumnTest, ColumnsCountCodePoints) {
  const std::string input = "Intro\nÉlan “quoted” 😀 target\n";
  auto doc = MustRead(input);
  ASSERT_TRUE(doc);
  const size_t target = input.find("target");
  EXPECT_EQ(doc->LineColumnOf(target).line, 2);
  EXPECT_EQ(doc->LineColumnOf(target).column, 17);
  EXPECT_EQ(doc->OriginalLineAt(target), "Élan “quoted” 😀 target");
  EXPECT_EQ(doc->LineColumnOf(input.find("quoted")).column, 7);
  // An offset inside "😀" is that character's column.
  EXPECT_EQ(doc->LineColumnOf(input.find("😀") + 2).column, 15);
}

TEST(LineColumnTest, LongLineColumn) {
  std::string line;
  for (int i = 0; i < 1000; ++i) line += "é ab ";
  auto doc = MustRead(line + "end\n");
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->LineColumnOf(line.size()).column, 5001);
}

TEST(LineColumnTest, LoneCarriageReturnEndsALine) {
  auto doc = MustRead("one\rtwo\n");
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->LineColumnOf(4).line, 2);
  EXPECT_EQ(doc->OriginalLineAt(5), "two");
}

TEST(DocumentTest, IsProseOfSpans) {
  auto doc = MustRead("Alpha `beta` gamma.\n\nDelta.\n");
  ASSERT_TRUE(doc);
  const size_t alpha = Find(*doc, "Alpha"), gamma = Find(*doc, "gamma"),
               delta = Find(*doc, "Delta");
  EXPECT_TRUE(doc->IsProse(Span{alpha, alpha + 5}));
  EXPECT_FALSE(doc->IsProse(Span{alpha, gamma}));      // crosses the code span
  EXPECT_FALSE(doc->IsProse(Span{gamma, delta + 1}));  // crosses the blank line between blocks
  EXPECT_TRUE(doc->IsProse(Span{gamma, gamma}));       // empty: like IsProse(gamma)
  EXPECT_FALSE(doc->IsProse(Span{alpha + 7, alpha + 7}));
  EXPECT_FALSE(doc->IsProse(doc->text().size()));
  EXPECT_FALSE(doc->IsProse(Span{delta, doc->text().size()}));  // the final newline is no block
  EXPECT_TRUE(doc->IsProse(Span{delta, delta + 6}));
}

TEST(DocumentTest, OriginalSurvivesUntouched) {
  const std::string input = "---\ntitle: T\n---\n# Head\n\nCafe\xCC\x81 `x`  <!-- c -->\r\n";
  auto doc = MustRead(input);
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->original(), input);
  EXPECT_EQ(doc->path(), "a.md");
}

TEST(DocumentTest, SharedFixture) {
  const std::filesystem::path path =
      std::filesystem::path(FACTLINT_SHARED_DIR) / "fixtures" / "seed-dprk-crypto.md";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not found";
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  auto doc = MustRead(bytes.str(), path.string());
  ASSERT_TRUE(doc);
  ASSERT_TRUE(doc->metadata().date.has_value());
  EXPECT_EQ(FormatIsoDate(*doc->metadata().date), "2022-02-07");
  const std::vector<std::string> blocks = BlockTexts(*doc);
  const std::string stray = "10 curiosities about the use of technology in North Korea";
  EXPECT_EQ(std::count(blocks.begin(), blocks.end(), stray), 1);
  for (const Block& block : doc->blocks()) {
    EXPECT_EQ(block.kind, BlockKind::kParagraph);
    EXPECT_TRUE(doc->IsProse(block.span));
  }
}

}  // namespace
}  // namespace factlint
