// Runs rules over a short text in tests: Document -> ExtractClaims -> RuleSet::Run.
#ifndef FACTLINT_TESTS_RULES_RULE_RUNNER_H_
#define FACTLINT_TESTS_RULES_RULE_RUNNER_H_

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "factlint/claims.h"
#include "factlint/corpus.h"
#include "factlint/document.h"
#include "factlint/rules.h"

namespace factlint::testing {

struct RuleRun {
  std::shared_ptr<const Document> document;
  RuleOutput output;
  // "text|message" for each finding, in report order.
  std::vector<std::string> Describe() const {
    std::vector<std::string> out;
    for (const Finding& f : output.findings) {
      out.push_back(std::string(document->TextOf(f.span)) + "|" + f.message);
    }
    return out;
  }
};

inline RuleRun RunRules(const RuleSet& rules, const std::string& text, Date date,
                        const Corpus* corpus, std::optional<std::string_view> only = {}) {
  RuleRun run;
  auto document = Document::Read("example.md", text);
  EXPECT_TRUE(document.ok()) << document.status().message();
  if (!document.ok()) return run;
  run.document = *document;
  Claims claims = ExtractClaims(*run.document);
  run.output = rules.Run(CheckInput{*run.document, claims, corpus, date}, only);
  return run;
}

}  // namespace factlint::testing

#endif  // FACTLINT_TESTS_RULES_RULE_RUNNER_H_
