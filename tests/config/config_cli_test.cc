// The real binary: `config show`, `--config`, fail-on from the config, ignored paths.
#include <gtest/gtest.h>

#include "test_support.h"

namespace factlint {
namespace {

using testing::RunCli;
using testing::TempDir;

const std::string kRepeated = "---\ndate: 2022-02-07\n---\nThe the end.\n";

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(ConfigCli, ShowPrintsValuesAndOrigins) {
  TempDir dir;
  const std::string file = dir.Write(".factlint.yaml",
                                     "fail-on: warning\n"
                                     "severity:\n"
                                     "  repeated-word: warning\n"
                                     "words: [Lazarus]\n");
  const std::string article = dir.Write("news/a.md", kRepeated);
  auto run = RunCli({"config", "show", article});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(Has(run.out, "config: " + file + "\n")) << run.out;
  EXPECT_TRUE(Has(run.out, "severity.repeated-word: warning  (" + file + ":3)\n")) << run.out;
  EXPECT_TRUE(Has(run.out, "fail-on: warning  (" + file + ":1)\n")) << run.out;
  EXPECT_TRUE(Has(run.out, "words: [Lazarus]  (" + file + ":4)\n")) << run.out;
  EXPECT_TRUE(Has(run.out, "corpus: ")) << run.out;
  EXPECT_TRUE(Has(run.out, "disable: []  (default)\n")) << run.out;
  EXPECT_TRUE(Has(run.out, "date: front matter, else today  (default)\n")) << run.out;
}

TEST(ConfigCli, ShowReportsErrors) {
  TempDir dir;
  const std::string file = dir.Write(".factlint.yaml", "severity: {spelling: loud}\n");
  auto run = RunCli({"config", "show", dir.path().string()});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "factlint: " + file +
                         ":1: severity.spelling: expected error, warning or info, got 'loud'\n");
}

TEST(ConfigCli, FailOnComesFromTheConfigAndTheCommandLineWins) {
  TempDir dir;
  dir.Write(".factlint.yaml", "severity: {repeated-word: warning}\n");
  const std::string article = dir.Write("a.md", kRepeated);
  // repeated-word is now a warning: the default fail-on (error) passes.
  EXPECT_EQ(RunCli({"check", article, "--color", "never"}).exit_code, 0);
  dir.Write(".factlint.yaml", "severity: {repeated-word: warning}\nfail-on: warning\n");
  EXPECT_EQ(RunCli({"check", article, "--color", "never"}).exit_code, 1);
  EXPECT_EQ(RunCli({"check", article, "--fail-on", "error", "--color", "never"}).exit_code, 0);
}

TEST(ConfigCli, ExplicitConfigWinsOverTheFoundOne) {
  TempDir dir;
  dir.Write(".factlint.yaml", "disable: [repeated-word]\n");
  const std::string strict = dir.Write("strict.yaml", "fail-on: error\n");
  const std::string article = dir.Write("a.md", kRepeated);
  EXPECT_EQ(RunCli({"check", article, "--color", "never"}).exit_code, 0);
  auto run = RunCli({"check", article, "--config", strict, "--color", "never"});
  EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
  EXPECT_TRUE(Has(run.out, "[repeated-word]")) << run.out;
  run = RunCli({"check", article, "--config", dir.path().string() + "/missing.yaml"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(Has(run.err, "missing.yaml: cannot open the file")) << run.err;
}

TEST(ConfigCli, UnknownRuleInConfigIsAUsageError) {
  TempDir dir;
  const std::string file = dir.Write(".factlint.yaml", "fail-on: info\ndisable: [nope]\n");
  auto run = RunCli({"check", dir.Write("a.md", kRepeated)});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "factlint: " + file + ":2: disable: unknown rule 'nope'\n");
}

TEST(ConfigCli, CheckingAFolderSkipsIgnoredFiles) {
  TempDir dir;
  dir.Write(".factlint.yaml", "ignore: [drafts/**]\n");
  dir.Write("news/a.md", kRepeated);
  dir.Write("drafts/b.md", kRepeated);
  auto run = RunCli({"check", dir.path().string(), "--color", "never"});
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_TRUE(Has(run.out, "a.md")) << run.out;
  EXPECT_FALSE(Has(run.out, "b.md")) << run.out;
}

TEST(ConfigCli, DirectiveInAnArticle) {
  TempDir dir;
  const std::string article =
      dir.Write("a.md", "<!-- factlint-disable-next-line repeated-word -->\nThe the end.\n");
  auto run = RunCli({"check", article, "--date", "2022-02-07", "--color", "never"});
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
}

}  // namespace
}  // namespace factlint
