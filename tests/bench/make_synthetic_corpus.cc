// make_synthetic_corpus: writes a synthetic corpus database for benchmarks (synthetic_corpus.h).
//
//   make_synthetic_corpus -o /tmp/synthetic-1m.db
//   make_synthetic_corpus --statements 100000 --entities 10000 --seed 7 -o small.db
//
// Prints the counts written and the time taken; exits 1 on an error, 2 on bad arguments.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <string>

#include "synthetic_corpus.h"

int main(int argc, char** argv) {
  factlint::SyntheticCorpusOptions options;
  std::string output;
  CLI::App app("Write a synthetic corpus database (made-up records, the real schema)");
  app.add_option("--statements", options.statements, "Statements")->capture_default_str();
  app.add_option("--entities", options.entities, "Entities")->capture_default_str();
  app.add_option("--sources", options.sources, "Source documents")->capture_default_str();
  app.add_option("--measures", options.measures, "Measures")->capture_default_str();
  app.add_option("--quotes", options.quotes, "Quotes")->capture_default_str();
  app.add_option("--seed", options.seed, "Seed of the generator")->capture_default_str();
  app.add_option("-o,--output", output, "The database to write (replaced)")->required();
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }

  const auto start = std::chrono::steady_clock::now();
  const factlint::Status status = factlint::WriteSyntheticCorpus(output, options);
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  if (!status.ok()) {
    fmt::print(stderr, "make_synthetic_corpus: {}\n", status.message());
    return 1;
  }
  fmt::print(
      "{}: {} entities, {} measures, {} sources, {} statements, {} quotes (seed {}) in {:.1f} s\n",
      output, options.entities, options.measures, options.sources, options.statements,
      options.quotes, options.seed, elapsed.count());
  return 0;
}
