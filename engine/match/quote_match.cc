// Candidates for a quotation: source quotations that share its words (found with FTS5), kept when
// enough of the quotation's words line up with them in order.
#include <fmt/format.h>

#include <algorithm>

#include "matchers.h"

namespace factlint::match_internal {

std::vector<QuoteCandidate> MatchQuote(const std::string& content, const std::string& speaker,
                                       MatchEnv& env) {
  constexpr int kSearchLimit = 20;
  constexpr int kMinMatchedWords = 3;
  StatusOr<std::vector<QuoteHit>> hits = env.corpus.SearchQuotes(content, kSearchLimit);
  if (!hits.ok()) return {};
  std::vector<QuoteCandidate> out;
  for (QuoteHit& hit : *hits) {
    QuoteAlignment alignment = AlignQuote(content, hit.record.text);
    if (alignment.matched < kMinMatchedWords ||
        alignment.similarity < env.options.quote_threshold) {
      continue;
    }
    const std::optional<SourceInfo>& source = env.Source(hit.record.source_id);
    if (!source) continue;
    QuoteCandidate candidate;
    candidate.reasons.push_back({"text",
                                 fmt::format("{} words line up (similarity {:.2f}); BM25 {:.2f}",
                                             alignment.matched, alignment.similarity, hit.score),
                                 alignment.similarity});
    candidate.same_speaker = env.graph.SameSpeaker(speaker, hit.record.speaker_entity);
    if (candidate.same_speaker) {
      candidate.reasons.push_back(
          {"speaker", fmt::format("said by {}, as the text says", hit.record.speaker), 0});
    }
    candidate.record = std::move(hit.record);
    candidate.source = *source;
    candidate.alignment = std::move(alignment);
    out.push_back(std::move(candidate));
  }
  std::sort(out.begin(), out.end(), [](const QuoteCandidate& a, const QuoteCandidate& b) {
    if (a.alignment.similarity != b.alignment.similarity) {
      return a.alignment.similarity > b.alignment.similarity;
    }
    return std::tie(a.record.source_id, a.record.id) < std::tie(b.record.source_id, b.record.id);
  });
  if (out.size() > static_cast<size_t>(env.options.max_candidates)) {
    out.resize(static_cast<size_t>(env.options.max_candidates));
  }
  return out;
}

}  // namespace factlint::match_internal
