// Kind `pattern`: user rules written as RE2 expressions (existence and substitution), their load
// errors, hostile expressions, and the example rule folder examples/rules.
#include <gtest/gtest.h>

#include "factlint/rules.h"
#include "rule_runner.h"
#include "test_support.h"

namespace factlint {
namespace {

using testing::SourceDir;
using testing::TempDir;

// A rule file "r.yaml": id line 1, kind 2, severity 3, message 4, parameters 5, then `params`
// (indented by two) from line 6.
std::string RuleText(const std::string& message, const std::string& params) {
  return "id: r\nkind: pattern\nseverity: warning\nmessage: '" + message + "'\nparameters:\n" +
         params;
}

class PatternTest : public ::testing::Test {
 protected:
  StatusOr<RuleSet> Load(const std::string& message, const std::string& params) {
    path_ = dir_.Write("r.yaml", RuleText(message, params));
    return RuleSet::LoadFile(path_);
  }

  // The findings as "text|message" (and "|suggestion" when there is one).
  std::vector<std::string> Run(const std::string& message, const std::string& params,
                               const std::string& text) {
    auto rules = Load(message, params);
    EXPECT_TRUE(rules.ok()) << rules.status().message();
    if (!rules.ok()) return {};
    testing::RuleRun run = testing::RunRules(*rules, text, *ParseIsoDate("2022-01-01"), nullptr);
    std::vector<std::string> out = run.Describe();
    for (size_t i = 0; i < out.size(); ++i) {
      const Finding& f = run.output.findings[i];
      EXPECT_EQ(f.rule, "r");
      EXPECT_EQ(f.severity, Severity::kWarning);
      if (f.suggestion) out[i] += "|" + *f.suggestion;
    }
    return out;
  }

  // The load error, with the temporary folder replaced by "DIR".
  std::string Error(const std::string& message, const std::string& params) {
    auto rules = Load(message, params);
    EXPECT_FALSE(rules.ok());
    if (rules.ok()) return "";
    EXPECT_EQ(rules.status().code(), StatusCode::kInvalidArgument);
    std::string error(rules.status().message());
    std::string dir = dir_.path().string();
    if (error.starts_with(dir)) error = "DIR" + error.substr(dir.size());
    return error;
  }

  TempDir dir_;
  std::string path_;
};

using Findings = std::vector<std::string>;

TEST_F(PatternTest, ExistenceReportsEachMatch) {
  EXPECT_EQ(Run("avoid \"{match}\"",
                "  form: existence\n"
                "  tokens: [reportedly, \"some say\", 'experts? (?:say|believe)']\n",
                // "believes" is not a whole-word match of "believe".
                "Reportedly, experts say so. Some say no; an expert believes it."),
            (Findings{"Reportedly|avoid \"Reportedly\"", "experts say|avoid \"experts say\"",
                      "Some say|avoid \"Some say\""}));
}

TEST_F(PatternTest, ExistenceIsTheDefaultForm) {
  EXPECT_EQ(Run("avoid {match}", "  tokens: [reportedly]\n", "It reportedly fell."),
            (Findings{"reportedly|avoid reportedly"}));
}

TEST_F(PatternTest, SubstitutionSuggestsTheRightSideWithGroupsFilled) {
  EXPECT_EQ(Run("use \"{suggestion}\", not \"{match}\"",
                "  form: substitution\n"
                "  swap: {alot: a lot, 'utiliz(e|es|ed)': 'us$1', 'cost \\$(\\d+)': '$$$1'}\n",
                "They utilized alot of it. Utilizes? The cost $5 rule."),
            (Findings{"utilized|use \"used\", not \"utilized\"|used",
                      "alot|use \"a lot\", not \"alot\"|a lot",
                      "Utilizes|use \"uses\", not \"Utilizes\"|uses",
                      "cost $5|use \"$5\", not \"cost $5\"|$5"}));
}

TEST_F(PatternTest, SubstitutionSkipsTextThatIsAlreadyRight) {
  EXPECT_EQ(Run("write {suggestion}",
                "  form: substitution\n  ignorecase: false\n  swap: {'e-?mail': email}\n",
                "Send an email or an e-mail."),
            (Findings{"e-mail|write email|email"}));
}

TEST_F(PatternTest, IgnoreCase) {
  const std::string text = "Reportedly it fell; it reportedly rose.";
  EXPECT_EQ(Run("{match}", "  tokens: [reportedly]\n", text).size(), 2u);
  EXPECT_EQ(Run("{match}", "  tokens: [reportedly]\n  ignorecase: false\n", text),
            (Findings{"reportedly|reportedly"}));
}

TEST_F(PatternTest, TokensAreWholeWordsUnlessNonword) {
  const std::string text = "The cafés were friendly. A café; caf is slang.";
  EXPECT_EQ(Run("{match}", "  tokens: [caf]\n", text), (Findings{"caf|caf"}));
  EXPECT_EQ(Run("{match}", "  tokens: [caf]\n  nonword: true\n", text),
            (Findings{"caf|caf", "caf|caf", "caf|caf"}));
  // Adjacent matches share the space between them.
  EXPECT_EQ(Run("{match}", "  tokens: [alot]\n", "alot alot"),
            (Findings{"alot|alot", "alot|alot"}));
}

TEST_F(PatternTest, CaptureGroupsInMessages) {
  EXPECT_EQ(Run("\"{1}\" is {2} ({match})", "  tokens: ['(very) (\\w+)']\n",
                "It was very cold, very very cold."),
            (Findings{"very cold|\"very\" is cold (very cold)",
                      "very very|\"very\" is very (very very)"}));
  // An optional group that did not take part is empty.
  EXPECT_EQ(Run("[{1}]", "  tokens: ['definate(ly)?']\n", "definate, definately"),
            (Findings{"definate|[]", "definately|[ly]"}));
}

TEST_F(PatternTest, CodeAndUrlsAreNotMatched) {
  EXPECT_EQ(Run("{match}", "  tokens: [alot]\n",
                "Run `alot` or see [the page](https://x.test/alot), alot.\n\n"
                "```\nalot\n```\n"),
            (Findings{"alot|alot"}));
}

constexpr char kScoped[] =
    "# Experts say more\n\n"
    "Experts say “experts say so” and \"experts say no\". Experts say it.\n";

TEST_F(PatternTest, ScopeText) {
  EXPECT_EQ(Run("{match}", "  tokens: ['experts say']\n", kScoped).size(), 5u);
}

TEST_F(PatternTest, ScopeHeading) {
  EXPECT_EQ(Run("{match}", "  tokens: ['experts say']\n  scope: heading\n", kScoped),
            (Findings{"Experts say|Experts say"}));
}

TEST_F(PatternTest, ScopeParagraph) {
  EXPECT_EQ(Run("{match}", "  tokens: ['experts say']\n  scope: paragraph\n", kScoped),
            (Findings{"Experts say|Experts say", "experts say|experts say",
                      "experts say|experts say", "Experts say|Experts say"}));
}

TEST_F(PatternTest, ScopeQuote) {
  EXPECT_EQ(Run("{match}", "  tokens: ['experts say']\n  scope: quote\n", kScoped),
            (Findings{"experts say|experts say", "experts say|experts say"}));
}

TEST_F(PatternTest, ScopeSentenceAnchorsAtEachSentence) {
  const std::string params = "  tokens: ['^experts']\n  nonword: true\n";
  const std::string text = "Experts agree. Experts disagree.";
  EXPECT_EQ(Run("{match}", params, text), (Findings{"Experts|Experts"}));
  EXPECT_EQ(Run("{match}", params + "  scope: sentence\n", text),
            (Findings{"Experts|Experts", "Experts|Experts"}));
}

TEST_F(PatternTest, BadExpressionNamesFileLineFieldAndExpression) {
  EXPECT_EQ(Error("{match}", "  tokens:\n    - x\n    - y\n    - 'a(b'\n"),
            "DIR/r.yaml:9: parameters.tokens[2]: invalid regular expression 'a(b': missing ): a(b");
  EXPECT_EQ(Error("{match}", "  form: substitution\n  swap:\n    ok: fine\n    '[z': y\n"),
            "DIR/r.yaml:9: parameters.swap[1]: invalid regular expression '[z': "
            "missing ]: [z");
}

TEST_F(PatternTest, MessageErrors) {
  EXPECT_EQ(Error("avoid {foo}", "  tokens: [x]\n"),
            "DIR/r.yaml:4: message: unknown field {foo} (fields: match, 1-9, suggestion)");
  EXPECT_EQ(Error("{2}", "  tokens: ['a(b)']\n"),
            "DIR/r.yaml:4: message: {2} is out of range: 'a(b)' has 1 capture group(s)");
  EXPECT_EQ(Error("{1}", "  tokens: ['a(b)', c]\n"),
            "DIR/r.yaml:4: message: {1} is out of range: 'c' has 0 capture group(s)");
  EXPECT_EQ(Error("use {suggestion}", "  tokens: [x]\n"),
            "DIR/r.yaml:4: message: {suggestion} is only for form: substitution");
  EXPECT_EQ(Error("oops {match", "  tokens: [x]\n"), "DIR/r.yaml:4: message: unclosed {");
  EXPECT_EQ(Error("{match}", "  form: substitution\n  swap: {'a(b)': '$2'}\n"),
            "DIR/r.yaml:7: parameters.swap[0]: replacement '$2': $2 is out of range: 'a(b)' has "
            "1 capture group(s)");
}

TEST_F(PatternTest, ParameterErrors) {
  EXPECT_EQ(Error("{match}", "  tokens: [x]\n  colour: red\n"),
            "DIR/r.yaml:7: parameters.colour: unknown parameter");
  EXPECT_EQ(Error("{match}", "  form: exists\n  tokens: [x]\n"),
            "DIR/r.yaml:6: parameters.form: expected existence or substitution, got 'exists'");
  EXPECT_EQ(Error("{match}", "  tokens: [x]\n  scope: page\n"),
            "DIR/r.yaml:7: parameters.scope: expected sentence, paragraph, heading, quote or "
            "text, got 'page'");
  EXPECT_EQ(Error("{match}", "  form: existence\n  swap: {a: b}\n"),
            "DIR/r.yaml:7: parameters.swap: is not a parameter of form: existence (it takes "
            "tokens)");
  EXPECT_EQ(Error("{match}", "  form: substitution\n"),
            "DIR/r.yaml:6: parameters.swap: expected at least one expression");
  EXPECT_EQ(Error("{match}", "  tokens: [x, [y]]\n"),
            "DIR/r.yaml:6: parameters.tokens[1]: expected a string");
}

// RE2 runs in linear time: catastrophic-backtracking expressions are harmless.
TEST_F(PatternTest, HostileExpressionsRunInLinearTime) {
  const std::string line(1 << 20, 'a');
  Findings found = Run("{match}", "  tokens: ['(a+)+$']\n  nonword: true\n", line + "\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].size(), 2 * line.size() + 1);
  EXPECT_TRUE(Run("{match}", "  tokens: ['(x*)*y']\n  nonword: true\n", line + "\n").empty());
}

TEST_F(PatternTest, HugeExpressionsCompileWithinTheLimitOrFailClearly) {
  // 100 KB of alternatives: compiles within max_mem.
  std::string words;
  for (int i = 0; words.size() < 100'000; ++i) words += (i ? "|w" : "w") + std::to_string(i);
  auto rules = Load("{match}", "  tokens: ['" + words + "']\n");
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  EXPECT_EQ(
      testing::RunRules(*rules, "Say w4242 twice: w4242.", *ParseIsoDate("2022-01-01"), nullptr)
          .Describe(),
      (Findings{"w4242|w4242", "w4242|w4242"}));
  // 100 KB whose program is far too large: refused at load time, naming the expression.
  std::string big;
  while (big.size() < 100'000) big += "[a-z]{1000}";
  std::string error = Error("{match}", "  tokens: ['" + big + "']\n");
  EXPECT_TRUE(error.starts_with("DIR/r.yaml:6: parameters.tokens[0]: invalid regular expression '"))
      << error.substr(0, 200);
  EXPECT_TRUE(error.ends_with(": pattern too large - compile failed")) << error.substr(0, 200);
}

TEST(PatternExamples, ExampleRulesGiveExactlyTheirFindings) {
  auto rules = RuleSet::Load({(SourceDir() / "examples" / "rules").string()});
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  std::vector<std::string> ids;
  for (const RuleInfo& rule : rules->rules()) ids.push_back(rule.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"common-misspellings", "weasel-words"}));
  for (const RuleInfo& rule : rules->rules()) {
    EXPECT_FALSE(rule.summary.empty() || rule.why.empty() || rule.example.empty()) << rule.file;
    bool triggers = false, clean = false;
    for (size_t i = 0; i < rule.examples.size(); ++i) {
      const RuleExample& example = rule.examples[i];
      SCOPED_TRACE(rule.file + " examples[" + std::to_string(i) + "]");
      (example.findings.empty() ? clean : triggers) = true;
      auto run =
          testing::RunRules(*rules, example.text,
                            example.date.value_or(*ParseIsoDate("2022-01-01")), nullptr, rule.id);
      std::vector<std::string> expected;
      for (const RuleExampleFinding& f : example.findings) {
        expected.push_back(f.text + "|" + f.message);
      }
      EXPECT_EQ(run.Describe(), expected);
    }
    EXPECT_TRUE(triggers && clean) << rule.file << " needs examples both ways";
  }
}

}  // namespace
}  // namespace factlint
