#include "factlint/match.h"

#include <algorithm>

#include "matchers.h"

namespace factlint {
namespace match_internal {

const std::optional<SourceInfo>& MatchEnv::Source(const std::string& id) {
  if (auto it = sources.find(id); it != sources.end()) return it->second;
  StatusOr<std::optional<SourceInfo>> source = corpus.FindSource(id);
  return sources.emplace(id, source.ok() ? *source : std::nullopt).first->second;
}

}  // namespace match_internal

namespace {

// The text of the sentence that holds `offset`, for text similarity.
std::string SentenceAt(const Document& document, size_t offset) {
  const std::vector<Sentence>& sentences = document.sentences();
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](size_t o, const Sentence& s) { return o < s.span.begin; });
  if (it == sentences.begin()) return "";
  --it;
  return it->span.Contains(offset) ? std::string(document.TextOf(it->span)) : "";
}

match_internal::FigureQuery QueryFor(const Document& document, const Claims& claims,
                                     const ClaimContext& context, Span span) {
  match_internal::FigureQuery query;
  query.context = &context;
  query.sentence = SentenceAt(document, span.begin);
  const std::vector<Sentence>& sentences = document.sentences();
  auto sentence = std::upper_bound(sentences.begin(), sentences.end(), span.begin,
                                   [](size_t o, const Sentence& s) { return o < s.span.begin; });
  if (sentence != sentences.begin() && std::prev(sentence)->span.Contains(span.begin)) {
    const Span within = std::prev(sentence)->span;
    for (const EntityMention& mention : claims.entities) {
      if (within.Contains(mention.span.begin)) query.sentence_entities.push_back(mention.entity_id);
    }
    std::sort(query.sentence_entities.begin(), query.sentence_entities.end());
  }
  if (context.time && *context.time < claims.times.size()) {
    const TimeExpr& time = claims.times[*context.time];
    if (time.resolved) {
      query.from = time.from;
      query.to = time.to;
    }
  }
  return query;
}

}  // namespace

StatusOr<Matches> MatchClaims(const Document& document, const Claims& claims, const Corpus& corpus,
                              const MatchOptions& options) {
  match_internal::MatchEnv env{corpus, options, match_internal::EntityGraph(corpus), {}};
  Matches matches;
  for (const MoneyAmount& amount : claims.money) {
    match_internal::FigureQuery query = QueryFor(document, claims, amount.context, amount.span);
    query.money = true;
    query.unit = amount.currency;
    matches.money.push_back(match_internal::MatchFigure(query, env));
  }
  for (const Quantity& quantity : claims.quantities) {
    match_internal::FigureQuery query = QueryFor(document, claims, quantity.context, quantity.span);
    query.unit = quantity.unit;
    matches.quantities.push_back(match_internal::MatchFigure(query, env));
  }
  for (const Quote& quote : claims.quotes) {
    matches.quotes.push_back(match_internal::MatchQuote(std::string(document.TextOf(quote.content)),
                                                        quote.speaker_entity, env));
  }
  return matches;
}

Evidence StatementEvidence(const SourceInfo& source, const StatementInfo& record) {
  return Evidence{.source = record.source_id,
                  .record = record.id,
                  .title = source.title,
                  .locator = record.locator,
                  .url = source.url,
                  .excerpt = record.text};
}

Evidence QuoteEvidence(const SourceInfo& source, const QuoteInfo& record) {
  return Evidence{.source = record.source_id,
                  .record = record.id,
                  .title = source.title,
                  .locator = record.locator,
                  .url = source.url,
                  .excerpt = record.text};
}

}  // namespace factlint
