// The match stage: each checkable claim of an article paired with the corpus records that speak to
// it. A candidate carries its score and the reasons for it, so that a finding (and `--explain`)
// can say why a record was taken to be about the claim. Candidates under the threshold are
// dropped: a claim with none stays unverified rather than being forced onto a weak match.
//
//   factlint::StatusOr<factlint::Matches> matches =
//       factlint::MatchClaims(document, claims, corpus, {});
//   for (const factlint::StatementCandidate& c : matches->money[0]) ...
#ifndef FACTLINT_MATCH_H_
#define FACTLINT_MATCH_H_

#include <optional>
#include <string>
#include <vector>

#include "factlint/claims.h"
#include "factlint/corpus.h"
#include "factlint/document.h"
#include "factlint/status.h"

namespace factlint {

// One reason a record was taken as a candidate, with what it added to the score.
struct MatchReason {
  std::string name;    // "measure", "subject", "period", "cited-source", "unit", "text"
  std::string detail;  // human-readable: "same measure crypto-stolen", "period overlaps 2020-2021"
  double weight = 0;
};

// A source statement proposed for a figure (a money amount or a quantity).
struct StatementCandidate {
  StatementInfo record;
  SourceInfo source;
  double score = 0;
  std::vector<MatchReason> reasons;
  bool same_measure = false;
  bool credited = false;  // the record's source is the one the text credits
};

// How the words of a quotation line up with a source quotation, token by token (case and
// punctuation folded).
struct QuoteAlignment {
  double similarity = 0;  // matched words / the longer of the quotation and the aligned stretch
  int matched = 0;        // words in common, in order
  // The aligned stretch of the source text, as byte offsets into QuoteInfo::text: from the first
  // to the last source word that lines up with the quotation.
  size_t source_begin = 0, source_end = 0;
  // Each place where the words differ: what the article has and what the source has there
  // (either may be empty: a word added or left out).
  struct Difference {
    std::string article;
    std::string source;
  };
  std::vector<Difference> differences;
};

// A source quotation proposed for a quotation of the article.
struct QuoteCandidate {
  QuoteInfo record;
  SourceInfo source;
  QuoteAlignment alignment;
  bool same_speaker =
      false;  // the speaker the text names is the record's (or a body it is part of)
  std::vector<MatchReason> reasons;
};

struct MatchOptions {
  // A statement is a candidate when its score reaches this. The weights: same measure 3, same
  // subject 2 (a body it is part of: 1), overlapping period 2, same unit 0.5, cited source 1.5,
  // text similarity up to 2 (BM25 s as 2s/(s+5)). The threshold asks for the measure and one
  // more strong tie (subject or period), or the cited source with similar words.
  double statement_threshold = 5.0;
  // A source quotation is a candidate when this share of the quotation's words line up with it.
  double quote_threshold = 0.3;
  int max_candidates = 5;  // per claim, best first
};

// Candidates for every claim, parallel to the vectors of Claims.
struct Matches {
  std::vector<std::vector<StatementCandidate>> money;
  std::vector<std::vector<StatementCandidate>> quantities;
  std::vector<std::vector<QuoteCandidate>> quotes;
};

StatusOr<Matches> MatchClaims(const Document& document, const Claims& claims, const Corpus& corpus,
                              const MatchOptions& options = {});

// Lines `article` (a quotation's words) up with `source` (a source quotation's words).
QuoteAlignment AlignQuote(std::string_view article, std::string_view source);

// Whether `entity` is `ancestor` or part of it (through part-of relations, transitively).
bool IsPartOf(const Corpus& corpus, const std::string& entity, const std::string& ancestor);

// Whether `source` counts as credited to `credited` (an entity id): its publisher is that entity
// or part of it ("the UN" credits the UN Panel of Experts), or the credited person holds a role in
// the publisher or in a body the publisher is part of ("Garland" credits the Justice Department).
// A part does not speak for the whole: "the UN Panel" does not credit a UN Secretariat source.
bool SourceIsCredited(const Corpus& corpus, const SourceInfo& source, const std::string& credited);

}  // namespace factlint

#endif  // FACTLINT_MATCH_H_
