// Benchmarks of the pipeline on the project's example article: each stage, and the whole check.
// Run through tools/bench (Release build); never asserted in tests.
#include <benchmark/benchmark.h>

#include "factlint/check.h"
#include "factlint/claims.h"
#include "factlint/corpus.h"
#include "factlint/document.h"
#include "factlint/gazetteer.h"
#include "test_support.h"

namespace factlint {
namespace {

std::string ExampleBytes() {
  return testing::ReadFile(testing::SourceDir() / "examples" / "council-budget.md");
}

void BM_DocumentRead(benchmark::State& state) {
  std::string bytes = ExampleBytes();
  for (auto _ : state) {
    auto document = Document::Read("example.md", bytes);
    benchmark::DoNotOptimize(document);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(BM_DocumentRead);

void BM_ExtractClaims(benchmark::State& state) {
  std::string bytes = ExampleBytes();
  auto document = Document::Read("example.md", bytes);
  for (auto _ : state) {
    Claims claims = ExtractClaims(**document);
    benchmark::DoNotOptimize(claims);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(BM_ExtractClaims);

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

// 10 MB of prose: the licence texts every Debian system installs, interleaved with the example
// article's paragraphs (for claims of every kind), repeated. Built once.
const std::string& TenMegabytesOfProse() {
  static const std::string* prose = [] {
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

// Extraction alone (every pass, with the default corpus's gazetteer) on 10 MB of prose.
void BM_ExtractClaims10MB(benchmark::State& state) {
  auto corpus = Corpus::Open(testing::DefaultCorpus());
  if (!corpus.ok()) {
    state.SkipWithError(corpus.status().message().c_str());
    return;
  }
  auto gazetteer = Gazetteer::FromCorpus(**corpus);
  const std::string& prose = TenMegabytesOfProse();
  auto document = Document::Read("prose.md", prose);
  if (!document.ok()) {
    state.SkipWithError(document.status().message().c_str());
    return;
  }
  ExtractOptions options{.date = (*document)->metadata().date, .gazetteer = &*gazetteer};
  size_t claims_found = 0;
  for (auto _ : state) {
    Claims claims = ExtractClaims(**document, options);
    claims_found = claims.money.size() + claims.quantities.size() + claims.times.size() +
                   claims.quotes.size() + claims.entities.size();
    benchmark::DoNotOptimize(claims);
  }
  state.counters["claims"] = static_cast<double>(claims_found);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * prose.size()));
}
BENCHMARK(BM_ExtractClaims10MB)->Unit(benchmark::kMillisecond)->Iterations(3);

// Reading (UTF-8, NFC, Markdown, segmentation) the same 10 MB.
void BM_DocumentRead10MB(benchmark::State& state) {
  const std::string& prose = TenMegabytesOfProse();
  for (auto _ : state) {
    auto document = Document::Read("prose.md", prose);
    benchmark::DoNotOptimize(document);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * prose.size()));
}
BENCHMARK(BM_DocumentRead10MB)->Unit(benchmark::kMillisecond)->Iterations(3);

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

}  // namespace
}  // namespace factlint

BENCHMARK_MAIN();
