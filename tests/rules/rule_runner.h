// Runs rules over a short text in tests: Document -> ExtractClaims (with the corpus's gazetteer)
// -> RuleSet::Run (which matches the claims against the corpus).
#ifndef FACTLINT_TESTS_RULES_RULE_RUNNER_H_
#define FACTLINT_TESTS_RULES_RULE_RUNNER_H_

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "factlint/claims.h"
#include "factlint/corpus.h"
#include "factlint/document.h"
#include "factlint/gazetteer.h"
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
  // The checker's order: the corpus's names and cue words give the claims their context.
  std::optional<Gazetteer> gazetteer;
  if (corpus != nullptr) {
    auto built = Gazetteer::FromCorpus(*corpus);
    EXPECT_TRUE(built.ok()) << built.status().message();
    if (built.ok()) gazetteer = std::move(built).value();
  }
  Claims claims = ExtractClaims(
      *run.document, ExtractOptions{.date = date, .gazetteer = gazetteer ? &*gazetteer : nullptr});
  run.output = rules.Run(CheckInput{*run.document, claims, corpus, date}, only);
  return run;
}

}  // namespace factlint::testing

#endif  // FACTLINT_TESTS_RULES_RULE_RUNNER_H_
