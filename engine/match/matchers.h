// The matchers MatchClaims runs, one per kind of claim, and what they share.
#ifndef FACTLINT_ENGINE_MATCH_MATCHERS_H_
#define FACTLINT_ENGINE_MATCH_MATCHERS_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "entity_graph.h"
#include "factlint/match.h"

namespace factlint::match_internal {

// What the matchers share for one article: the corpus, caches and the options.
struct MatchEnv {
  const Corpus& corpus;
  const MatchOptions& options;
  EntityGraph graph;
  std::map<std::string, std::optional<SourceInfo>, std::less<>> sources;

  const std::optional<SourceInfo>& Source(const std::string& id);
};

// A figure as the figure matcher sees it, whether a money amount or a quantity.
struct FigureQuery {
  const ClaimContext* context = nullptr;
  bool money = false;
  std::string unit;              // ISO 4217 code for money; the lemma of the noun for a quantity
  std::string sentence;          // the sentence the figure stands in, for text similarity
  std::optional<Date> from, to;  // the claim's period, when it has one
  std::vector<std::string> sentence_entities;  // entity ids named in that sentence, sorted
};

std::vector<StatementCandidate> MatchFigure(const FigureQuery& query, MatchEnv& env);

std::vector<QuoteCandidate> MatchQuote(const std::string& content, const std::string& speaker,
                                       MatchEnv& env);

}  // namespace factlint::match_internal

#endif  // FACTLINT_ENGINE_MATCH_MATCHERS_H_
