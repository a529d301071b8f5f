// factlint corpus build SRC... -o DB | import-fx CSV --db DB | stats DB
#include <fmt/format.h>

#include <cctype>
#include <filesystem>
#include <iostream>

#include "commands.h"
#include "factlint/corpus.h"
#include "output_file.h"
#include "run_inputs.h"

namespace factlint::cli {
namespace {

struct CorpusArgs {
  std::vector<std::string> sources;
  std::string output;
  std::string csv;
  std::string db;
  std::string stats_db;
};

// A file a build may read: .yaml, .yml or .csv, in any case (so that a source the build skips
// or refuses for its case is protected too).
bool IsCorpusSourceName(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return extension == ".yaml" || extension == ".yml" || extension == ".csv";
}

// Refuses -o when it is one of the build's own sources.
Status CheckNotASource(const CorpusArgs& args) {
  RunInputs inputs;
  for (const std::string& source : args.sources) {
    std::error_code error;
    if (std::filesystem::is_directory(source, error)) {
      inputs.AddFolder(source, "the source file ", IsCorpusSourceName);
    } else {
      inputs.Add(source, "the source file " + source);
    }
  }
  return inputs.CheckOutput("-o", args.output);
}

int RunBuild(const CorpusArgs& args) {
  // A symbolic link stays one: the database replaces the file it leads to.
  StatusOr<std::string> output = DatabaseOutputPath(args.output);
  if (!output.ok()) return Fail(output.status().message());
  if (Status source = CheckNotASource(args); !source.ok()) return Fail(source.message());
  RemoveStaleTempFiles(*output);
  CorpusBuildSummary summary;
  Status status = BuildCorpus(args.sources, *output, &summary);
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
