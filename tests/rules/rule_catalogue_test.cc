// The meta-test over the shipped rules: every rule file loads, is documented, and its examples
// give exactly the findings they list (and no others).
#include <gtest/gtest.h>

#include "factlint/rules.h"
#include "rule_runner.h"
#include "test_support.h"

namespace factlint {
namespace {

using testing::DefaultCorpus;
using testing::SourceDir;

const RuleSet& ShippedRules() {
  static const RuleSet* rules = [] {
    auto loaded = RuleSet::Load({(SourceDir() / "rules").string()});
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status().message();
      return new RuleSet(std::move(RuleSet::Load({}).value()));
    }
    return new RuleSet(std::move(loaded).value());
  }();
  return *rules;
}

const Corpus& DefaultCorpusHandle() {
  static const Corpus* corpus = [] {
    auto opened = Corpus::Open(DefaultCorpus());
    if (!opened.ok()) {
      ADD_FAILURE() << opened.status().message();
      return static_cast<Corpus*>(nullptr);
    }
    return opened->release();
  }();
  return *corpus;
}

TEST(RuleCatalogue, ShipsTheRulesOfThisRelease) {
  std::vector<std::string> ids;
  for (const RuleInfo& rule : ShippedRules().rules()) ids.push_back(rule.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"currency-conversion", "entity-role", "figure-mismatch",
                                           "period-mismatch", "punctuation", "quote-misattributed",
                                           "quote-unverified", "quote-wording", "repeated-word",
                                           "source-attribution", "spelling", "stray-line",
                                           "unsupported-claim"}));
}

TEST(RuleCatalogue, EveryRuleIsDocumentedAndHasExamplesBothWays) {
  for (const RuleInfo& rule : ShippedRules().rules()) {
    SCOPED_TRACE(rule.file);
    EXPECT_FALSE(rule.summary.empty());
    EXPECT_FALSE(rule.why.empty());
    EXPECT_FALSE(rule.example.empty());
    bool triggers = false, clean = false;
    for (const RuleExample& example : rule.examples) {
      (example.findings.empty() ? clean : triggers) = true;
    }
    EXPECT_TRUE(triggers) << "needs an example that triggers the rule";
    EXPECT_TRUE(clean) << "needs an example that must not trigger the rule";
    std::filesystem::path golden = SourceDir() / "tests" / "golden" / (rule.id + ".md");
    EXPECT_TRUE(std::filesystem::exists(golden)) << "missing golden article " << golden;
  }
}

TEST(RuleCatalogue, EveryExampleGivesExactlyItsFindings) {
  for (const RuleInfo& rule : ShippedRules().rules()) {
    for (size_t i = 0; i < rule.examples.size(); ++i) {
      const RuleExample& example = rule.examples[i];
      SCOPED_TRACE(rule.file + " examples[" + std::to_string(i) + "]");
      auto run = testing::RunRules(ShippedRules(), example.text,
                                   example.date.value_or(*ParseIsoDate("2022-02-07")),
                                   &DefaultCorpusHandle(), rule.id);
      std::vector<std::string> expected;
      for (const RuleExampleFinding& f : example.findings) {
        expected.push_back(f.text + "|" + f.message);
      }
      EXPECT_EQ(run.Describe(), expected);
    }
  }
}

}  // namespace
}  // namespace factlint
