// Golden articles: each tests/golden/<name>.md and examples/<name>.md is checked with the shipped
// rules and the default corpus, and its findings must equal tests/golden/<name>.expected line for
// line — no finding missing, none unexpected. Set FACTLINT_UPDATE_GOLDEN=1 to rewrite the .expected
// files, then review the diff before committing it.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "factlint/check.h"
#include "test_support.h"

namespace factlint {
namespace {

namespace fs = std::filesystem;
using testing::SourceDir;

const Checker& GoldenChecker() {
  static const Checker* checker = [] {
    CheckOptions options;
    options.corpus_path = testing::DefaultCorpus();
    options.rule_folders = {(SourceDir() / "rules").string()};
    auto created = Checker::Create(options);
    if (!created.ok()) {
      ADD_FAILURE() << created.status().message();
      std::abort();
    }
    return created->release();
  }();
  return *checker;
}

// One line per finding: "3:46-3:68 error currency-conversion: message", then "  suggestion: ..."
// and "  evidence: source/record" lines.
std::string Render(const FileResult& result) {
  std::string out;
  const Document& doc = *result.document;
  for (const Finding& f : result.findings) {
    Span original = doc.Original(f.span);
    LineColumn a = doc.LineColumnOf(original.begin);
    LineColumn b = doc.LineColumnOf(original.end);
    out += fmt::format("{}:{}-{}:{} {} {}: {}\n", a.line, a.column, b.line, b.column,
                       SeverityName(f.severity), f.rule, f.message);
    if (f.suggestion) out += fmt::format("  suggestion: {}\n", *f.suggestion);
    for (const Evidence& e : f.evidence)
      out += fmt::format("  evidence: {}/{}\n", e.source, e.record);
  }
  for (const ClaimEntry& c : result.claims) {
    out +=
        fmt::format("claim {} \"{}\": {}\n", c.kind, doc.TextOf(c.span), ClaimStatusName(c.status));
  }
  return out;
}

std::vector<fs::path> GoldenArticles() {
  std::vector<fs::path> articles;
  for (const auto& entry : fs::directory_iterator(SourceDir() / "tests" / "golden")) {
    if (entry.path().extension() == ".md") articles.push_back(entry.path());
  }
  // The example articles of examples/ are golden articles too.
  for (const auto& entry : fs::directory_iterator(SourceDir() / "examples")) {
    if (entry.path().extension() == ".md") articles.push_back(entry.path());
  }
  std::sort(articles.begin(), articles.end());
  return articles;
}

class GoldenTest : public ::testing::TestWithParam<fs::path> {};

TEST_P(GoldenTest, FindingsAreExactlyTheExpectedOnes) {
  const fs::path& article = GetParam();
  FileResult result = GoldenChecker().CheckFile(article.string());
  ASSERT_TRUE(result.error.ok()) << result.error.message();
  std::string actual = Render(result);
  fs::path expected_path = SourceDir() / "tests" / "golden" /
                           fs::path(article).filename().replace_extension(".expected");
  const char* update = std::getenv("FACTLINT_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    std::ofstream(expected_path, std::ios::binary) << actual;
  }
  ASSERT_TRUE(fs::exists(expected_path)) << expected_path << " is missing";
  EXPECT_EQ(actual, testing::ReadFile(expected_path)) << "for " << article;
}

INSTANTIATE_TEST_SUITE_P(Articles, GoldenTest, ::testing::ValuesIn(GoldenArticles()),
                         [](const auto& test_info) {
                           std::string name = test_info.param.stem().string();
                           for (char& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace factlint
