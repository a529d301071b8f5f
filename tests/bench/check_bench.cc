// Benchmarks of the pipeline, stage by stage: segmentation (Document::Read), extraction
// (ExtractClaims), matching (MatchClaims) and each rule kind (RuleSet::Run with only one rule), on
// the project's example article, 1 MB of prose and all of it (10 MB), and the whole check.
//
// The prose is the file named by FACTLINT_BENCH_PROSE (tools/bench makes it with
// make_bench_inputs.py: varied English prose with planted errors); without it, the licence texts
// of /usr/share/common-licenses and the example's paragraphs, repeated.
// Run through tools/bench (Release build); never asserted in tests.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "factlint/check.h"
#include "factlint/claims.h"
#include "factlint/corpus.h"
#include "factlint/document.h"
#include "factlint/gazetteer.h"
#include "factlint/match.h"
#include "factlint/rules.h"
#include "test_support.h"

namespace factlint {
namespace {

std::string ExampleBytes() {
  return testing::ReadFile(testing::SourceDir() / "examples" / "council-budget.md");
}

// The example article end to end (read, extract, rules with the default corpus), corpus already
// open: the cost of one more article in a run.
void BM_CheckExampleArticle(benchmark::State& state) {
  CheckOptions options;
  options.corpus_path = testing::DefaultCorpus();
  options.rule_folders = {(testing::SourceDir() / "rules").string()};
  auto checker = Checker::Create(options);
  if (!checker.ok()) {
    state.SkipWithError(checker.status().message().c_str());
    return;
  }
  std::string bytes = ExampleBytes();
  for (auto _ : state) {
    FileResult result = (*checker)->CheckBytes("example.md", bytes);
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(BM_CheckExampleArticle);

// The prose: FACTLINT_BENCH_PROSE's file when set (10 MB in tools/bench's full run), else 10 MB of
// the licence texts every Debian system installs, interleaved with the example article's paragraphs
// (for claims of every kind), repeated. Built once.
const std::string& AllTheProse() {
  static const std::string* prose = [] {
    if (const char* path = std::getenv("FACTLINT_BENCH_PROSE"); path != nullptr && *path != 0) {
      return new std::string(testing::ReadFile(path));
    }
    std::string pieces;
    for (const char* name : {"GPL-3", "Apache-2.0", "MPL-2.0", "LGPL-2.1", "Artistic"}) {
      pieces += testing::ReadFile(std::filesystem::path("/usr/share/common-licenses") / name);
      pieces += "\n\n";
    }
    std::string example = ExampleBytes();
    example.erase(0, example.find("\n# "));  // without its front matter
    auto* out = new std::string("---\ndate: 2022-02-08\n---\n");
    while (out->size() < (10u << 20)) *out += pieces + example + "\n\n";
    return out;
  }();
  return *prose;
}

// The first megabyte of the prose, cut at a paragraph break (the front matter stays).
const std::string& OneMegabyteOfProse() {
  static const std::string* prose = [] {
    const std::string& all = AllTheProse();
    const size_t cut = all.find("\n\n", 1u << 20);
    return new std::string(all.substr(0, cut == std::string::npos ? all.size() : cut + 1));
  }();
  return *prose;
}

// Start-up: opening the corpus and compiling the rules, paid once per process.
void BM_CreateChecker(benchmark::State& state) {
  CheckOptions options;
  options.corpus_path = testing::DefaultCorpus();
  options.rule_folders = {(testing::SourceDir() / "rules").string()};
  for (auto _ : state) {
    auto checker = Checker::Create(options);
    benchmark::DoNotOptimize(checker);
  }
}
BENCHMARK(BM_CreateChecker);

// What the match stage and the rules look at, built once per input: the default corpus, its
// gazetteer, the shipped rules, the read document and its claims.
struct Pipeline {
  std::unique_ptr<Corpus> corpus;
  std::optional<Gazetteer> gazetteer;
  std::optional<RuleSet> rules;
  std::shared_ptr<const Document> document;
  Claims claims;
  Date date;
  std::string error;  // set when it could not be built
};

const Pipeline& PipelineFor(const std::string& input_name, const std::string& bytes) {
  static auto* cache = new std::map<std::string, Pipeline>();
  if (auto it = cache->find(input_name); it != cache->end()) return it->second;
  Pipeline& p = (*cache)[input_name];
  auto corpus = Corpus::Open(testing::DefaultCorpus());
  auto rules = RuleSet::Load({(testing::SourceDir() / "rules").string()});
  auto document = Document::Read(input_name, bytes);
  if (!corpus.ok() || !rules.ok() || !document.ok()) {
    p.error = "cannot build the pipeline of " + input_name;
    return p;
  }
  p.corpus = std::move(*corpus);
  auto gazetteer = Gazetteer::FromCorpus(*p.corpus);
  if (!gazetteer.ok()) {
    p.error = std::string(gazetteer.status().message());
    return p;
  }
  p.gazetteer = std::move(*gazetteer);
  p.rules = std::move(*rules);
  p.document = *document;
  p.date = p.document->metadata().date.value_or(*ParseIsoDate("2022-02-08"));
  p.claims = ExtractClaims(*p.document, ExtractOptions{.date = p.date, .gazetteer = &*p.gazetteer});
  return p;
}

// The input's pipeline, or null after marking the benchmark skipped with the reason.
const Pipeline* PipelineOrSkip(benchmark::State& state, const std::string& name,
                               const std::string& bytes) {
  const Pipeline& p = PipelineFor(name, bytes);
  if (p.error.empty()) return &p;
  state.SkipWithError(p.error.c_str());
  return nullptr;
}

size_t FigureAndQuoteClaims(const Claims& claims) {
  return claims.money.size() + claims.quantities.size() + claims.quotes.size();
}

// Segmentation: Document::Read (UTF-8, front matter, NFC, Markdown, sentences, words).
void BM_DocumentRead(benchmark::State& state, const std::string& name, const std::string* bytes) {
  for (auto _ : state) {
    auto document = Document::Read(name, *bytes);
    benchmark::DoNotOptimize(document);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes->size()));
}

// Extraction: ExtractClaims, every pass, with the default corpus's gazetteer.
void BM_ExtractClaims(benchmark::State& state, const std::string& name, const std::string* bytes) {
  const Pipeline* pipeline = PipelineOrSkip(state, name, *bytes);
  if (pipeline == nullptr) return;
  const Pipeline& p = *pipeline;
  for (auto _ : state) {
    Claims claims =
        ExtractClaims(*p.document, ExtractOptions{.date = p.date, .gazetteer = &*p.gazetteer});
    benchmark::DoNotOptimize(claims);
  }
  const Claims& c = p.claims;
  state.counters["claims"] = static_cast<double>(
      c.money.size() + c.quantities.size() + c.times.size() + c.quotes.size() + c.entities.size());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes->size()));
}

// The match stage on the input's own claims; items are the claims matched (money, quantities,
// quotations).
void BM_MatchClaims(benchmark::State& state, const std::string& name, const std::string* bytes) {
  const Pipeline* pipeline = PipelineOrSkip(state, name, *bytes);
  if (pipeline == nullptr) return;
  const Pipeline& p = *pipeline;
  for (auto _ : state) {
    auto matches = MatchClaims(*p.document, p.claims, *p.corpus);
    benchmark::DoNotOptimize(matches);
  }
  state.counters["claims"] = static_cast<double>(FigureAndQuoteClaims(p.claims));
  state.SetItemsProcessed(
      static_cast<int64_t>(state.iterations() * FigureAndQuoteClaims(p.claims)));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes->size()));
}

// RuleSet::Run with only `rule` (empty: no rule at all). Run always matches the claims and builds
// the ledger first, so a rule's own cost is its time minus that of the empty run.
void BM_Rule(benchmark::State& state, const std::string& name, const std::string* bytes,
             const std::string& rule) {
  const Pipeline* pipeline = PipelineOrSkip(state, name, *bytes);
  if (pipeline == nullptr) return;
  const Pipeline& p = *pipeline;
  const CheckInput input{*p.document, p.claims, p.corpus.get(), p.date};
  size_t findings = 0;
  for (auto _ : state) {
    RuleOutput output = p.rules->Run(input, rule);
    findings = output.findings.size();
    benchmark::DoNotOptimize(output);
  }
  state.counters["findings"] = static_cast<double>(findings);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes->size()));
}

// Registers the stage benchmarks. Reading and extraction on the example, 1 MB and 10 MB of prose;
// matching and the rules on the example and 1 MB: one rule per kind (the first of its kind by id
// among the shipped rules) and the empty run.
void RegisterStageBenchmarks() {
  using Stage = void (*)(benchmark::State&, const std::string&, const std::string*);
  static constexpr std::pair<const char*, Stage> kStages[] = {
      {"BM_DocumentRead/", BM_DocumentRead},
      {"BM_ExtractClaims/", BM_ExtractClaims},
      {"BM_MatchClaims/", BM_MatchClaims}};
  static const std::string* example = new std::string(ExampleBytes());
  auto rules = RuleSet::Load({(testing::SourceDir() / "rules").string()});
  std::map<std::string, std::string> rule_of_kind;  // kind -> rule id
  if (rules.ok()) {
    for (const RuleInfo& info : rules->rules()) rule_of_kind.emplace(info.kind, info.id);
  }
  const std::vector<std::pair<std::string, const std::string*>> inputs = {
      {"example", example}, {"prose_1mb", &OneMegabyteOfProse()}};
  for (const auto& [name, bytes] : inputs) {
    const auto unit = name == "example" ? benchmark::kMicrosecond : benchmark::kMillisecond;
    for (const auto& [stage_name, stage] : kStages) {
      benchmark::RegisterBenchmark((stage_name + name).c_str(), stage, name, bytes)->Unit(unit);
    }
    benchmark::RegisterBenchmark(("BM_Rule/" + name + "/none").c_str(), BM_Rule, name, bytes,
                                 std::string())
        ->Unit(unit);
    for (const auto& [kind, id] : rule_of_kind) {
      benchmark::RegisterBenchmark(("BM_Rule/" + name + "/" + kind + ":" + id).c_str(), BM_Rule,
                                   name, bytes, id)
          ->Unit(unit);
    }
  }
  // All the prose (10 MB in tools/bench's full run), three iterations.
  for (const auto& [stage_name, stage] : kStages) {
    if (stage == BM_MatchClaims) continue;
    benchmark::RegisterBenchmark((std::string(stage_name) + "prose_all").c_str(), stage,
                                 "prose_all", &AllTheProse())
        ->Unit(benchmark::kMillisecond)
        ->Iterations(3);
  }
}

}  // namespace
}  // namespace factlint

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  factlint::RegisterStageBenchmarks();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
