// Candidates for a figure: statements of the same measure (about the same subject first), scored
// on what they share with the claim. Records of another unit kind (money for a count) are never
// candidates.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "engine/base/ascii.h"
#include "matchers.h"

namespace factlint::match_internal {
namespace {

constexpr int kRowsPerQuery = 50;

bool IsCurrencyCode(const std::string& unit) {
  return unit.size() == 3 && std::all_of(unit.begin(), unit.end(), IsAsciiUpper);
}

std::string Period(const std::optional<Date>& from, const std::optional<Date>& to) {
  return fmt::format("{} to {}", from ? FormatIsoDate(*from) : "?", to ? FormatIsoDate(*to) : "?");
}

}  // namespace

std::vector<StatementCandidate> MatchFigure(const FigureQuery& query, MatchEnv& env) {
  const ClaimContext& context = *query.context;
  std::vector<StatementHit> hits;
  auto fetch = [&](const std::string& measure, const std::string& subject) {
    StatementFilter filter;
    filter.measure = measure;
    filter.subject_entity = subject;
    filter.text = query.sentence;
    filter.limit = kRowsPerQuery;
    StatusOr<std::vector<StatementHit>> rows = env.corpus.FindStatements(filter);
    if (rows.ok()) hits.insert(hits.end(), rows->begin(), rows->end());
  };
  if (!context.measure.empty()) {
    if (!context.subject.empty()) fetch(context.measure, context.subject);
    // Records of the measure about any subject only when none is about the claim's (the subject
    // may be misread: "they" for the country of the sentence before). Each returned row pays one
    // BM25 look-up, which costs milliseconds on a corpus of a million statements.
    if (hits.empty()) fetch(context.measure, "");
  } else if (!context.subject.empty()) {
    fetch("", context.subject);
  }

  std::vector<StatementCandidate> out;
  std::set<std::pair<std::string, std::string>> seen;
  for (StatementHit& hit : hits) {
    StatementInfo& record = hit.record;
    if (!record.value || !seen.emplace(record.source_id, record.id).second) continue;
    if (IsCurrencyCode(record.unit) != query.money) continue;
    if (query.money && record.unit != query.unit) continue;
    StatementCandidate candidate;
    auto reason = [&](std::string name, std::string detail, double weight) {
      candidate.score += weight;
      candidate.reasons.push_back({std::move(name), std::move(detail), weight});
    };
    if (!context.measure.empty() && record.measure == context.measure) {
      candidate.same_measure = true;
      reason("measure", fmt::format("same measure: {}", record.measure), 3);
    }
    if (!record.subject_entity.empty()) {
      if (record.subject_entity == context.subject) {
        reason("subject", fmt::format("same subject: {}", record.subject_entity), 2);
      } else if (std::binary_search(query.sentence_entities.begin(), query.sentence_entities.end(),
                                    record.subject_entity)) {
        reason("subject", fmt::format("subject named in the sentence: {}", record.subject_entity),
               2);
      } else if (!context.subject.empty() &&
                 env.graph.SameSpeaker(record.subject_entity, context.subject)) {
        reason("subject",
               fmt::format("related subject: {} and {}", record.subject_entity, context.subject),
               1);
      }
    }
    if (query.from && query.to && record.period_from && record.period_to) {
      const bool overlaps = *record.period_from <= *query.to && *query.from <= *record.period_to;
      if (overlaps) {
        reason("period",
               fmt::format("period {} overlaps {}", Period(query.from, query.to),
                           Period(record.period_from, record.period_to)),
               2);
      } else {
        reason("period",
               fmt::format("period {} is outside {}", Period(query.from, query.to),
                           Period(record.period_from, record.period_to)),
               0);
      }
    }
    if (query.money ? record.unit == query.unit
                    : (!query.unit.empty() && NounLemma(record.unit) == query.unit)) {
      reason("unit", fmt::format("same unit: {}", record.unit), 0.5);
    }
    const std::optional<SourceInfo>& source = env.Source(record.source_id);
    if (!source) continue;
    candidate.source = *source;
    if (env.graph.Credits(context.attributed_to, source->publisher_entity)) {
      candidate.credited = true;
      reason("cited-source", fmt::format("the text credits {}", context.attributed_to), 1.5);
    }
    if (hit.score > 0) {
      reason("text", fmt::format("BM25 {:.2f} against the sentence", hit.score),
             2 * hit.score / (hit.score + 5));
    }
    if (candidate.score < env.options.statement_threshold) continue;
    candidate.record = std::move(record);
    out.push_back(std::move(candidate));
  }
  std::sort(out.begin(), out.end(), [](const StatementCandidate& a, const StatementCandidate& b) {
    if (a.score != b.score) return a.score > b.score;
    return std::tie(a.record.source_id, a.record.id) < std::tie(b.record.source_id, b.record.id);
  });
  if (out.size() > static_cast<size_t>(env.options.max_candidates)) {
    out.resize(static_cast<size_t>(env.options.max_candidates));
  }
  return out;
}

}  // namespace factlint::match_internal
