// Benchmarks of the match stage (MatchClaims): the time to find the corpus records for one claim,
// on the default corpus and on a synthetic corpus at scale (1M statements: make_synthetic_corpus,
// path in FACTLINT_SYNTHETIC_DB, default /tmp/synthetic-1m.db; skipped when absent).
//
// The claims are made by hand from records of the corpus itself, looked up once at start-up
// (measures, subjects and units of real statements; quotations of real quotes, altered a little),
// so that they hit records, plus a few that hit nothing. The article is a small Document holding
// one sentence per claim, so that the sentence text that BM25 scores against exists. Each
// benchmark reports `per_claim` (time per claim) and items_per_second (claims per second).
// Run through tools/bench (Release build); never asserted in tests.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "factlint/claims.h"
#include "factlint/corpus.h"
#include "factlint/document.h"
#include "factlint/match.h"
#include "test_support.h"

namespace factlint {
namespace {

constexpr int kFigureClaimsHit = 16;  // figure claims built from records of the corpus
constexpr int kQuoteClaimsHit = 12;   // quotations built from quotes of the corpus

// Claims and the article they stand in, for one corpus.
struct Workload {
  std::unique_ptr<Corpus> corpus;
  std::shared_ptr<const Document> document;
  Claims figures;  // money and quantities
  Claims quotes;
  std::string error;  // set when the workload could not be built
};

std::string SyntheticDb() {
  const char* env = std::getenv("FACTLINT_SYNTHETIC_DB");
  return env != nullptr && *env != '\0' ? env : "/tmp/synthetic-1m.db";
}

bool IsCurrencyCode(const std::string& unit) {
  return unit.size() == 3 &&
         std::all_of(unit.begin(), unit.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// The lemma the extract stage would give a count noun: "homes" -> "home" (good enough here).
std::string Lemma(std::string noun) {
  if (noun.size() > 3 && noun.ends_with("ies")) return noun.substr(0, noun.size() - 3) + "y";
  if (noun.size() > 2 && noun.ends_with('s') && !noun.ends_with("ss")) noun.pop_back();
  return noun;
}

// "we will not defend the agreement" -> drops its second word and swaps two later ones, so the
// quotation is close to the source's words but not the same.
std::string Perturb(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (c == ' ') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else if (c != '"') {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  if (words.size() > 4) {
    words.erase(words.begin() + 1);
    std::swap(words[2], words[3]);
  }
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

// A figure claim to build once the document is read: its record (or a miss) and its sentence.
struct FigurePlan {
  std::string sentence;
  std::string measure, subject, unit;
  std::optional<Date> from, to;
};

struct QuotePlan {
  std::string content;
  std::string speaker_entity;
};

Workload BuildWorkload(const std::string& path) {
  Workload w;
  if (!std::filesystem::exists(path)) {
    w.error = "no corpus at " + path + " (make_synthetic_corpus -o " + path + ")";
    return w;
  }
  auto corpus = Corpus::Open(path);
  if (!corpus.ok()) {
    w.error = std::string(corpus.status().message());
    return w;
  }
  w.corpus = std::move(*corpus);
  auto measures = w.corpus->Measures();
  if (!measures.ok() || measures->empty()) {
    w.error = "no measures in " + path;
    return w;
  }

  // Figures: statements with a value, a subject and a measure, spread over the measures.
  std::vector<FigurePlan> figures;
  const size_t step = std::max<size_t>(1, measures->size() / kFigureClaimsHit);
  for (size_t m = 0; m < measures->size() && figures.size() < kFigureClaimsHit; m += step) {
    StatementFilter filter;
    filter.measure = (*measures)[m].id;
    filter.limit = 20;
    auto rows = w.corpus->FindStatements(filter);
    if (!rows.ok()) continue;
    for (const StatementHit& hit : *rows) {
      const StatementInfo& s = hit.record;
      if (!s.value || s.subject_entity.empty() || s.unit.empty()) continue;
      figures.push_back({s.text, s.measure, s.subject_entity,
                         IsCurrencyCode(s.unit) ? s.unit : Lemma(s.unit), s.period_from,
                         s.period_to});
      break;
    }
  }
  if (figures.empty()) {
    w.error = "no statement with a measure, a subject and a value in " + path;
    return w;
  }
  // Misses: a measure and a subject the corpus does not have, in money and in a count.
  figures.push_back({"The agency said it recovered 12 million dollars from the scheme in 2021.",
                     "no-such-measure", "no-such-entity", "USD", std::nullopt, std::nullopt});
  figures.push_back({"Officials counted 40 widgets in the warehouse last year.", "no-such-measure",
                     "no-such-entity", "widget", std::nullopt, std::nullopt});
  figures.push_back({"The company paid 3 million euros in fines to nobody in particular.", "",
                     "no-such-entity", "EUR", std::nullopt, std::nullopt});

  // Quotes: source quotations found through common words, altered; and some not in the corpus.
  std::vector<QuotePlan> quotes;
  for (const char* words : {"the", "we will", "our people", "this country", "not", "government"}) {
    auto hits = w.corpus->SearchQuotes(words, 4);
    if (!hits.ok()) continue;
    for (const QuoteHit& hit : *hits) {
      if (quotes.size() >= kQuoteClaimsHit) break;
      bool seen = false;
      for (const QuotePlan& q : quotes) seen = seen || q.content == Perturb(hit.record.text);
      if (!seen) quotes.push_back({Perturb(hit.record.text), hit.record.speaker_entity});
    }
  }
  quotes.push_back(
      {"Nothing about this plan was ever discussed with the members of the board", ""});
  quotes.push_back({"Purple giraffes rarely negotiate tariffs over breakfast", "no-such-entity"});
  quotes.push_back({"We have never seen anything like it in forty years of fishing", ""});

  // The article: one paragraph per figure sentence, then one per quotation.
  std::string bytes = "# Match benchmark\n\n";
  std::vector<size_t> figure_at, quote_at;
  for (const FigurePlan& f : figures) {
    figure_at.push_back(bytes.size());
    bytes += f.sentence + "\n\n";
  }
  for (const QuotePlan& q : quotes) {
    bytes += "\"";
    quote_at.push_back(bytes.size());
    bytes += q.content + ",\" a spokesperson said.\n\n";
  }
  auto document = Document::Read("match-bench.md", bytes);
  if (!document.ok()) {
    w.error = std::string(document.status().message());
    return w;
  }
  w.document = *document;
  // The text is ASCII and has no front matter, so the offsets into `bytes` hold in text(); where
  // normalization moved them, the claim is found by its words instead.
  const std::string& text = w.document->text();
  auto locate = [&](const std::string& needle, size_t guess) {
    if (text.compare(guess, needle.size(), needle) == 0) return guess;
    const size_t found = text.find(needle);
    return found == std::string::npos ? guess : found;
  };
  for (size_t i = 0; i < figures.size(); ++i) {
    const FigurePlan& f = figures[i];
    const size_t at = locate(f.sentence, figure_at[i]);
    ClaimContext context;
    context.subject = f.subject;
    context.measure = f.measure;
    if (f.from && f.to) {
      context.time = w.figures.times.size();
      w.figures.times.push_back(TimeExpr{.span = {at, at + 1},
                                         .resolved = true,
                                         .from = *f.from,
                                         .to = *f.to,
                                         .granularity = Granularity::kYear});
    }
    const Span span{at, at + std::min<size_t>(f.sentence.size(), 10)};
    if (IsCurrencyCode(f.unit)) {
      MoneyAmount& amount = w.figures.money.emplace_back();
      amount.span = amount.number_span = span;
      amount.value = 1e6;
      amount.currency = f.unit;
      amount.context = context;
    } else {
      Quantity& quantity = w.figures.quantities.emplace_back();
      quantity.span = quantity.number_span = span;
      quantity.value = 100;
      quantity.unit = f.unit;
      quantity.context = context;
    }
  }
  for (size_t i = 0; i < quotes.size(); ++i) {
    const QuotePlan& q = quotes[i];
    const size_t at = locate(q.content, quote_at[i]);
    Quote& quote = w.quotes.quotes.emplace_back();
    quote.span = {at - 1, at + q.content.size() + 2};
    quote.content = {at, at + q.content.size()};
    quote.speaker = "a spokesperson";
    quote.speaker_entity = q.speaker_entity;
  }
  return w;
}

// Built once per corpus path.
const Workload& WorkloadFor(const std::string& path) {
  static auto* cache = new std::map<std::string, Workload>();
  auto it = cache->find(path);
  if (it == cache->end()) it = cache->emplace(path, BuildWorkload(path)).first;
  return it->second;
}

void RunMatch(benchmark::State& state, const std::string& path, bool quotes) {
  const Workload& w = WorkloadFor(path);
  if (!w.error.empty()) {
    state.SkipWithError(w.error.c_str());
    return;
  }
  const Claims& claims = quotes ? w.quotes : w.figures;
  const size_t n = claims.money.size() + claims.quantities.size() + claims.quotes.size();
  size_t candidates = 0;
  for (auto _ : state) {
    auto matches = MatchClaims(*w.document, claims, *w.corpus);
    if (!matches.ok()) {
      state.SkipWithError(std::string(matches.status().message()).c_str());
      return;
    }
    candidates = 0;
    for (const auto& c : matches->money) candidates += c.empty() ? 0 : 1;
    for (const auto& c : matches->quantities) candidates += c.empty() ? 0 : 1;
    for (const auto& c : matches->quotes) candidates += c.empty() ? 0 : 1;
    benchmark::DoNotOptimize(matches);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * n));
  state.counters["claims"] = static_cast<double>(n);
  state.counters["matched"] = static_cast<double>(candidates);  // claims with a candidate
  state.counters["per_claim"] =
      benchmark::Counter(static_cast<double>(n), benchmark::Counter::kIsIterationInvariantRate |
                                                     benchmark::Counter::kInvert);
}

// Money amounts and quantities with a measure and a subject (plus misses).
void BM_MatchFigure(benchmark::State& state, bool synthetic) {
  RunMatch(state, synthetic ? SyntheticDb() : testing::DefaultCorpus(), false);
}
BENCHMARK_CAPTURE(BM_MatchFigure, default_corpus, false)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_MatchFigure, synthetic_1m, true)->Unit(benchmark::kMillisecond);

// Quotations close to corpus quotes (plus some that are not in the corpus).
void BM_MatchQuote(benchmark::State& state, bool synthetic) {
  RunMatch(state, synthetic ? SyntheticDb() : testing::DefaultCorpus(), true);
}
BENCHMARK_CAPTURE(BM_MatchQuote, default_corpus, false)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_MatchQuote, synthetic_1m, true)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace factlint

BENCHMARK_MAIN();
