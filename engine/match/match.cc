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

// The query for a figure at `span`: its context, period, and the words and entities of its
// sentence (claims.entities is in text order).
match_internal::FigureQuery QueryFor(const Document& document, const Claims& claims,
                                     const ClaimContext& context, Span span) {
  match_internal::FigureQuery query;
  query.context = &context;
  if (std::optional<size_t> sentence = document.SentenceAt(span.begin)) {
    const Span within = document.sentences()[*sentence].span;
    query.sentence = document.TextOf(within);
    auto mention = std::lower_bound(
        claims.entities.begin(), claims.entities.end(), within.begin,
        [](const EntityMention& m, size_t offset) { return m.span.begin < offset; });
    for (; mention != claims.entities.end() && within.Contains(mention->span.begin); ++mention) {
      query.sentence_entities.push_back(mention->entity_id);
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

}  // namespace factlint
