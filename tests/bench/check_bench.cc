// Benchmarks of the pipeline on the project's example article: each stage, and the whole check.
// Run through tools/bench (Release build); never asserted in tests.
#include <benchmark/benchmark.h>

#include "factlint/check.h"
#include "factlint/claims.h"
#include "factlint/document.h"
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
