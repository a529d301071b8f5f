// factlint corpus build SRC... -o DB | import-fx CSV --db DB | stats DB
#include <fmt/format.h>

#include <iostream>

#include "commands.h"
#include "factlint/corpus.h"

namespace factlint::cli {
namespace {

struct CorpusArgs {
  std::vector<std::string> sources;
  std::string output;
  std::string csv;
  std::string db;
  std::string stats_db;
};

int RunBuild(const CorpusArgs& args) {
  CorpusBuildSummary summary;
  Status status = BuildCorpus(args.sources, args.output, &summary);
  if (!status.ok()) return Fail(status.message());
  std::cout << fmt::format(
      "{}: {} files: {} entities, {} measures, {} sources, {} statements, {} quotes, {} lexicon "
      "terms, {} exchange rates\n",
      args.output, summary.files, summary.entities, summary.measures, summary.sources,
      summary.statements, summary.quotes, summary.lexicon_terms, summary.fx_rates);
  return kExitOk;
}

int RunImportFx(const CorpusArgs& args) {
  StatusOr<int64_t> count = ImportFxRates(args.csv, args.db);
  if (!count.ok()) return Fail(count.status().message());
  std::cout << fmt::format("{}: imported {} exchange rates from {}\n", args.db, *count, args.csv);
  return kExitOk;
}

int RunStats(const CorpusArgs& args) {
  StatusOr<std::unique_ptr<Corpus>> corpus = Corpus::Open(args.stats_db);
  if (!corpus.ok()) return Fail(corpus.status().message());
  StatusOr<CorpusStats> stats = (*corpus)->Stats();
  if (!stats.ok()) return Fail(stats.status().message());
  const CorpusStats& s = *stats;
  std::cout << fmt::format(
      "{}\n  schema version  {}\n  entities        {} ({} aliases, {} relations, {} roles)\n"
      "  measures        {}\n  sources         {}\n  statements      {}\n  quotes          {}\n"
      "  lexicon terms   {}\n  exchange rates  {}",
      args.stats_db, s.schema_version, s.entities, s.aliases, s.relations, s.roles, s.measures,
      s.sources, s.statements, s.quotes, s.lexicon_terms, s.fx_rates);
  if (s.fx_rates > 0) {
    std::cout << fmt::format(" ({} to {}; {})", s.fx_first_date, s.fx_last_date,
                             fmt::join(s.fx_currencies, " "));
  }
  std::cout << '\n';
  return kExitOk;
}

}  // namespace

void AddCorpusCommand(CLI::App& app, std::function<int()>* run) {
  auto args = std::make_shared<CorpusArgs>();
  CLI::App* corpus = app.add_subcommand("corpus", "Build and inspect corpus databases");
  corpus->require_subcommand(1);

  CLI::App* build = corpus->add_subcommand(
      "build", "Compile YAML sources and ECB-layout rate CSVs into a new database");
  build->add_option("sources", args->sources, "Files or folders")->required();
  build->add_option("-o,--output", args->output, "The database to write")->required();
  build->callback([args, run] { *run = [args] { return RunBuild(*args); }; });

  CLI::App* import_fx = corpus->add_subcommand(
      "import-fx", "Add the rates of an ECB eurofxref-hist.csv to a database");
  import_fx->add_option("csv", args->csv, "The CSV file")->required();
  import_fx->add_option("--db", args->db, "The database")->required();
  import_fx->callback([args, run] { *run = [args] { return RunImportFx(*args); }; });

  CLI::App* stats = corpus->add_subcommand("stats", "Count the records of a database");
  stats->add_option("db", args->stats_db, "The database")->required();
  stats->callback([args, run] { *run = [args] { return RunStats(*args); }; });
}

}  // namespace factlint::cli
