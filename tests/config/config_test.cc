// .factlint.yaml: discovery, every key, every error, ignore globs, and applying it to rules.
#include "factlint/config.h"

#include <gtest/gtest.h>

#include "factlint/check.h"
#include "test_support.h"

namespace factlint {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

std::string Rules() { return (testing::SourceDir() / "rules").string(); }

StatusOr<Config> LoadText(const TempDir& dir, const std::string& text) {
  return LoadConfig(dir.Write(".factlint.yaml", text));
}

std::string ErrorOf(const TempDir& dir, const std::string& text) {
  StatusOr<Config> config = LoadText(dir, text);
  EXPECT_FALSE(config.ok());
  if (config.ok()) return {};
  EXPECT_EQ(config.status().code(), StatusCode::kInvalidArgument);
  const std::string prefix = (dir.path() / ".factlint.yaml").string();
  std::string message(config.status().message());
  EXPECT_EQ(message.substr(0, prefix.size()), prefix);
  return message.substr(prefix.size());
}

TEST(ConfigLoad, ReadsEveryKey) {
  TempDir dir;
  StatusOr<Config> config = LoadText(dir,
                                     "corpus: data/corpus.db\n"
                                     "rules: [house, /abs/rules]\n"
                                     "disable: [repeated-word]\n"
                                     "severity:\n"
                                     "  currency-conversion: warning\n"
                                     "fail-on: never\n"
                                     "ignore: [drafts/**, '*.txt']\n"
                                     "words: [Lazarus, altcoins]\n"
                                     "date: 2022-02-07\n");
  ASSERT_TRUE(config.ok()) << config.status().message();
  const std::string folder = dir.path().string();
  EXPECT_EQ(config->folder, folder);
  EXPECT_EQ(*config->corpus, folder + "/data/corpus.db");
  EXPECT_EQ(config->rules, (std::vector<std::string>{folder + "/house", "/abs/rules"}));
  EXPECT_EQ(config->disable, std::vector<std::string>{"repeated-word"});
  EXPECT_EQ(config->severity.at("currency-conversion"), Severity::kWarning);
  EXPECT_EQ(*config->fail_on, "never");
  EXPECT_EQ(config->ignore, (std::vector<std::string>{"drafts/**", "*.txt"}));
  EXPECT_EQ(config->words, (std::vector<std::string>{"Lazarus", "altcoins"}));
  EXPECT_EQ(FormatIsoDate(*config->date), "2022-02-07");
  EXPECT_EQ(config->Origin("corpus"), config->file + ":1");
  EXPECT_EQ(config->Origin("disable.repeated-word"), config->file + ":3");
  EXPECT_EQ(config->Origin("severity.currency-conversion"), config->file + ":5");
  EXPECT_EQ(config->Origin("date"), config->file + ":9");
  EXPECT_EQ(config->Origin("nothing"), "");
}

TEST(ConfigLoad, EmptyFileIsTheDefaults) {
  TempDir dir;
  StatusOr<Config> config = LoadText(dir, "# nothing yet\n");
  ASSERT_TRUE(config.ok());
  EXPECT_FALSE(config->corpus);
  EXPECT_TRUE(config->disable.empty());
  EXPECT_FALSE(config->fail_on);
}

TEST(ConfigLoad, ErrorsNameFileLineAndField) {
  TempDir dir;
  EXPECT_EQ(ErrorOf(dir, "words: [a]\n\n\nseverity: {spelling: loud}\n"),
            ":4: severity.spelling: expected error, warning or info, got 'loud'");
  EXPECT_EQ(ErrorOf(dir, "corpus: x\ncolour: red\n"),
            ":2: colour: unknown key (expected one of corpus, rules, disable, severity, fail-on, "
            "ignore, words, date)");
  EXPECT_EQ(ErrorOf(dir, "fail-on: sometimes\n"),
            ":1: fail-on: expected error, warning, info or never, got 'sometimes'");
  EXPECT_EQ(ErrorOf(dir, "date: Feb 7\n"), ":1: date: expected YYYY-MM-DD, got 'Feb 7'");
  EXPECT_EQ(ErrorOf(dir, "corpus: [a, b]\n"), ":1: corpus: expected a single value");
  EXPECT_EQ(ErrorOf(dir, "rules: {a: b}\n"), ":1: rules: expected a list");
  EXPECT_EQ(ErrorOf(dir, "words: [a, [b]]\n"), ":1: words: expected a list of single values");
  EXPECT_EQ(ErrorOf(dir, "severity: [a]\n"), ":1: severity: expected rule: level pairs");
  EXPECT_EQ(ErrorOf(dir, "- a\n- b\n"), ":1: expected keys and values (corpus: ..., rules: ...)");
  EXPECT_EQ(ErrorOf(dir, "words: [a\n"), ":1: end of sequence flow not found");
}

TEST(ConfigLoad, MissingFileIsNotFound) {
  StatusOr<Config> config = LoadConfig("/nonexistent/.factlint.yaml");
  ASSERT_FALSE(config.ok());
  EXPECT_EQ(config.status().code(), StatusCode::kNotFound);
}

TEST(ConfigDiscovery, WalksUpFromTheFilesFolder) {
  TempDir dir;
  dir.Write(".factlint.yaml", "fail-on: info\n");
  const std::string article = dir.Write("news/2022/a.md", "Text.\n");
  std::optional<std::string> found = FindConfigFile(article);
  ASSERT_TRUE(found);
  EXPECT_EQ(fs::canonical(*found), fs::canonical(dir.path() / ".factlint.yaml"));
  // The nearest one wins.
  dir.Write("news/.factlint.yaml", "fail-on: warning\n");
  found = FindConfigFile(article);
  ASSERT_TRUE(found);
  EXPECT_EQ(fs::canonical(*found), fs::canonical(dir.path() / "news" / ".factlint.yaml"));
  // A folder starts the search in itself.
  found = FindConfigFile((dir.path() / "news").string());
  ASSERT_TRUE(found);
  EXPECT_EQ(fs::canonical(*found), fs::canonical(dir.path() / "news" / ".factlint.yaml"));
  StatusOr<Config> config = ResolveConfig(article, "");
  ASSERT_TRUE(config.ok());
  EXPECT_EQ(*config->fail_on, "warning");
}

TEST(ConfigDiscovery, ExplicitFileWins) {
  TempDir dir;
  dir.Write(".factlint.yaml", "fail-on: info\n");
  const std::string other = dir.Write("elsewhere/strict.yaml", "fail-on: warning\n");
  const std::string article = dir.Write("a.md", "Text.\n");
  StatusOr<Config> config = ResolveConfig(article, other);
  ASSERT_TRUE(config.ok());
  EXPECT_EQ(*config->fail_on, "warning");
  EXPECT_EQ(config->file, other);
  EXPECT_EQ(ResolveConfig(article, dir.path().string() + "/missing.yaml").status().code(),
            StatusCode::kNotFound);
}

TEST(ConfigIgnore, MatchesGlobsRelativeToTheConfigFolder) {
  TempDir dir;
  StatusOr<Config> config =
      LoadText(dir, "ignore: [drafts/**, '*.txt', archive, 'news/*/old-*.md', '**/tmp/*.md']\n");
  ASSERT_TRUE(config.ok());
  auto ignored = [&](const std::string& relative) {
    return config->Ignores((dir.path() / relative).string());
  };
  EXPECT_TRUE(ignored("drafts/a.md"));
  EXPECT_TRUE(ignored("drafts/deep/b.md"));
  EXPECT_FALSE(ignored("news/drafts.md"));
  EXPECT_TRUE(ignored("notes.txt"));
  EXPECT_TRUE(ignored("news/2022/notes.txt"));
  EXPECT_TRUE(ignored("archive/2019/a.md"));
  EXPECT_TRUE(ignored("news/2022/old-a.md"));
  EXPECT_FALSE(ignored("news/2022/deep/old-a.md"));
  EXPECT_FALSE(ignored("news/2022/new-a.md"));
  EXPECT_TRUE(ignored("tmp/x.md"));
  EXPECT_TRUE(ignored("a/b/tmp/x.md"));
  EXPECT_FALSE(ignored("a/b/tmp/x/y.md"));
  EXPECT_FALSE(ignored("a.md"));
  EXPECT_FALSE(config->Ignores("/somewhere/else/drafts/a.md"));
}

TEST(ConfigApply, DisablesAndRelevelsRules) {
  TempDir dir;
  StatusOr<Config> config =
      LoadText(dir, "disable: [repeated-word]\nseverity: {currency-conversion: info}\n");
  ASSERT_TRUE(config.ok());
  StatusOr<RuleSet> rules = RuleSet::Load({Rules()});
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  ASSERT_TRUE(config->ApplyTo(&*rules).ok());
  EXPECT_FALSE(rules->Find("repeated-word")->enabled);
  EXPECT_EQ(rules->Find("currency-conversion")->severity, Severity::kInfo);
}

TEST(ConfigApply, UnknownRuleIdsNameTheirLine) {
  TempDir dir;
  StatusOr<RuleSet> rules = RuleSet::Load({Rules()});
  ASSERT_TRUE(rules.ok());
  StatusOr<Config> config =
      LoadText(dir, "words: []\ndisable:\n  - repeated-word\n  - spellling\n");
  ASSERT_TRUE(config.ok());
  Status applied = config->ApplyTo(&*rules);
  EXPECT_EQ(applied.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(applied.message(), config->file + ":4: disable: unknown rule 'spellling'");
  config = LoadText(dir, "severity: {loudness: error}\n");
  ASSERT_TRUE(config.ok());
  applied = config->ApplyTo(&*rules);
  EXPECT_EQ(applied.message(), config->file + ":1: severity.loudness: unknown rule 'loudness'");
  // Nothing changed on error.
  EXPECT_TRUE(rules->Find("repeated-word")->enabled);
}

TEST(ConfigApply, RuleSetConfigureRejectsUnknownIds) {
  StatusOr<RuleSet> rules = RuleSet::Load({Rules()});
  ASSERT_TRUE(rules.ok());
  Status status = rules->Configure({"nope"}, {});
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(), "unknown rule 'nope'");
}

FileResult Check(const Config& config, const std::string& text,
                 std::optional<Date> date = std::nullopt) {
  CheckOptions options;
  options.rule_folders = {Rules()};
  options.config = config;
  options.date = date;
  StatusOr<std::unique_ptr<Checker>> checker = Checker::Create(options);
  EXPECT_TRUE(checker.ok()) << checker.status().message();
  return (*checker)->CheckBytes("a.md", text);
}

TEST(ConfigCheck, DisabledRuleGivesNoFindingsAndSeverityApplies) {
  const std::string text = "The the end.\n";
  Config config;
  EXPECT_EQ(Check(config, text).findings.size(), 1u);
  config.severity["repeated-word"] = Severity::kInfo;
  FileResult result = Check(config, text);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].severity, Severity::kInfo);
  config.disable = {"repeated-word"};
  EXPECT_TRUE(Check(config, text).findings.empty());
}

TEST(ConfigCheck, DatePrecedence) {
  Config config;
  config.date = ParseIsoDate("2020-01-01");
  FileResult result = Check(config, "Text.\n");
  EXPECT_EQ(FormatIsoDate(result.date), "2020-01-01");
  EXPECT_FALSE(result.date_assumed);
  result = Check(config, "---\ndate: 2021-05-05\n---\nText.\n");
  EXPECT_EQ(FormatIsoDate(result.date), "2021-05-05");
  result = Check(config, "---\ndate: 2021-05-05\n---\nText.\n", ParseIsoDate("2022-02-07"));
  EXPECT_EQ(FormatIsoDate(result.date), "2022-02-07");
}

TEST(ConfigCheck, UnknownRuleInConfigFailsCreate) {
  TempDir dir;
  StatusOr<Config> config = LoadText(dir, "disable: [nope]\n");
  ASSERT_TRUE(config.ok());
  CheckOptions options;
  options.rule_folders = {Rules()};
  options.config = *config;
  StatusOr<std::unique_ptr<Checker>> checker = Checker::Create(options);
  ASSERT_FALSE(checker.ok());
  EXPECT_EQ(checker.status().message(), config->file + ":1: disable: unknown rule 'nope'");
}

}  // namespace
}  // namespace factlint
