// CheckYamlText and YamlExceptionProblem (engine/base/yaml_text.h), the YAML hygiene every YAML
// reader shares; tested here, beside the corpus loaders that use it most.
#include "engine/base/yaml_text.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <filesystem>

#include "test_support.h"

namespace factlint {
namespace {

namespace fs = std::filesystem;

// "line:column: message", or "" when the text is clean.
std::string Check(std::string_view text, int max_nesting = kMaxYamlNesting) {
  std::optional<YamlProblem> problem = CheckYamlText(text, max_nesting);
  if (!problem) return "";
  return std::to_string(problem->line) + ":" + std::to_string(problem->column) + ": " +
         problem->message;
}

TEST(YamlTextTest, EveryShippedYamlFileIsClean) {
  int files = 0;
  for (const char* folder : {"corpus", "rules", "tests/fuzz/corpus/rule_file"}) {
    for (const auto& entry : fs::recursive_directory_iterator(testing::SourceDir() / folder)) {
      if (entry.path().extension() != ".yaml") continue;
      ++files;
      const std::string text = testing::ReadFile(entry.path());
      EXPECT_EQ(Check(text), "") << entry.path();
      // And not one of them comes near the limit.
      EXPECT_EQ(Check(text, 12), "") << entry.path();
    }
  }
  EXPECT_GT(files, 30);
}

TEST(YamlTextTest, CharactersNamedByLineAndColumn) {
  EXPECT_EQ(Check(std::string("a: 1\nb: \"x\0y\"\n", 14)), "2:6: NUL byte at column 6");
  EXPECT_EQ(Check("a: 1\nname: caf\xe9\n"), "2:10: invalid UTF-8 at column 10");
  EXPECT_EQ(Check("title: \xc3\xa9t\xc3\xa9 \xed\xa0\x80\n"), "1:12: invalid UTF-8 at column 12");
  EXPECT_EQ(Check("a: \xc0\xaf\n"), "1:4: invalid UTF-8 at column 4");  // overlong '/'
  EXPECT_EQ(Check("a: \"\x1b[31m\"\n"), "1:5: control character U+001B at column 5");
  EXPECT_EQ(Check("a: \"\xc2\x9b\"\n"), "1:5: control character U+009B at column 5");
  EXPECT_EQ(Check("a: x\x7f\n"), "1:5: control character U+007F at column 5");
  // Allowed: a byte-order mark, tabs, CR LF line ends, NEL, any letter.
  EXPECT_EQ(Check("\xEF\xBB\xBF"
                  "a:\t1\r\nb: \"\xc2\x85\"\r\nc: \xe2\x80\x9cq\xe2\x80\x9d \xf0\x9f\x98\x80\r\n"),
            "");
}

TEST(YamlTextTest, NestingByBracketsIndentationAndEntries) {
  const std::string flow = "a: " + std::string(99, '[');
  EXPECT_EQ(Check(flow + "\n"), "");  // one block level and 99 brackets fit; the 100th does not
  EXPECT_EQ(Check(flow + "[\n"), "1:103: nested deeper than 100 levels");
  EXPECT_EQ(Check("a: " + std::string(99, '[') + std::string(99, ']') + "\n"), "");
  std::string entries;
  for (int i = 0; i < 101; ++i) entries += "- ";
  EXPECT_EQ(Check(entries + "x\n"), "1:199: nested deeper than 100 levels");
  std::string indented;
  for (int i = 0; i < 120; ++i) indented += std::string(static_cast<size_t>(i), ' ') + "k:\n";
  EXPECT_EQ(Check(indented), "101:101: nested deeper than 100 levels");
  // Brackets that open on one line and close on the next keep their depth.
  EXPECT_EQ(Check("a: [\n" + std::string(150, '{') + "\n"), "2:99: nested deeper than 100 levels");
}

TEST(YamlTextTest, TextIsNotNesting) {
  std::string text = "note: |\n";
  for (int i = 1; i < 300; ++i) text += std::string(static_cast<size_t>(i), ' ') + "[ { -\n";
  text += "quote: \"" + std::string(300, '[') + "\"\n";
  text += "single: '" + std::string(300, '{') + "''s'\n";
  text += "plain: Korea's [" + std::string(300, '[') + "\n";
  text += "comment: x # " + std::string(300, '[') + "\n";
  text += "folded: >-\n  " + std::string(300, '{') + "\nlast: 1\n";
  EXPECT_EQ(Check(text), "");
}

TEST(YamlTextTest, ExceptionsInOurWords) {
  const std::string text = "a: [1, 2\n";
  try {
    YAML::Load(text);
    FAIL() << "no exception";
  } catch (const YAML::Exception& e) {
    const YamlProblem problem = YamlExceptionProblem(e, text);
    EXPECT_EQ(problem.line, 1);  // yaml-cpp puts it on line 2, past the end
    EXPECT_EQ(problem.message, "end of sequence flow not found");
  }
  // yaml-cpp's own depth guard says "bad file".
  const std::string deep = "a: " + std::string(3000, '[') + "\n";
  try {
    YAML::Load(deep);
    FAIL() << "no exception";
  } catch (const YAML::Exception& e) {
    EXPECT_EQ(YamlExceptionProblem(e, deep).message, "nested too deeply");
  }
}

}  // namespace
}  // namespace factlint
