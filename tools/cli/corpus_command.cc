// factlint corpus build SRC... -o DB | validate SRC... | import-fx CSV --db DB | stats DB
#include <fmt/format.h>

#include <cctype>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "factlint/corpus.h"
#include "output_file.h"
#include "run_inputs.h"

namespace factlint::cli {
namespace {

struct CorpusArgs {
  std::vector<std::string> sources;
  std::string output;
  std::string format = "text";
  std::string csv;
  std::string db;
  bool replace = false;
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

// "47 entities, 9 measures, ..., 12 exchange rates"
std::string Records(const CorpusBuildSummary& s) {
  return fmt::format(
      "{} entities, {} measures, {} sources, {} statements, {} quotes, {} lexicon terms, {} "
      "exchange rates",
      s.entities, s.measures, s.sources, s.statements, s.quotes, s.lexicon_terms, s.fx_rates);
}

void PrintWarnings(const std::vector<CorpusProblem>& warnings, std::ostream& out,
                   const char* prefix) {
  for (const CorpusProblem& w : warnings) out << prefix << "warning: " << w.ToString() << '\n';
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
  PrintWarnings(summary.warnings, std::cerr, "factlint: ");
  std::cout << fmt::format(
      "{}: {} files: {} entities, {} measures, {} sources, {} statements, {} quotes, {} lexicon "
      "terms, {} exchange rates\n",
      args.output, summary.files, summary.entities, summary.measures, summary.sources,
      summary.statements, summary.quotes, summary.lexicon_terms, summary.fx_rates);
  return kExitOk;
}

nlohmann::json ProblemJson(const CorpusProblem& p) {
  return {{"path", p.path},
          {"line", p.line > 0 ? nlohmann::json(p.line) : nlohmann::json()},
          {"field", p.field.empty() ? nlohmann::json() : nlohmann::json(p.field)},
          {"message", p.message},
          {"text", p.ToString()}};
}

std::string Plural(int64_t n, const char* one, const char* many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

int RunValidate(const CorpusArgs& args) {
  StatusOr<CorpusValidation> checked = ValidateCorpus(args.sources);
  if (!checked.ok()) return Fail(checked.status().message());
  const CorpusValidation& v = *checked;
  const CorpusBuildSummary& s = v.summary;
  if (args.format == "json") {
    nlohmann::json errors = nlohmann::json::array(), warnings = nlohmann::json::array();
    for (const CorpusProblem& e : v.errors) errors.push_back(ProblemJson(e));
    for (const CorpusProblem& w : s.warnings) warnings.push_back(ProblemJson(w));
    const nlohmann::json out = {{"files", s.files},
                                {"error_count", v.error_count},
                                {"errors", errors},
                                {"warnings", warnings},
                                {"records",
                                 {{"entities", s.entities},
                                  {"measures", s.measures},
                                  {"sources", s.sources},
                                  {"statements", s.statements},
                                  {"quotes", s.quotes},
                                  {"lexicon_terms", s.lexicon_terms},
                                  {"fx_rates", s.fx_rates}}}};
    std::cout << out.dump(2) << '\n';
  } else {
    for (const CorpusProblem& e : v.errors) std::cout << e.ToString() << '\n';
    if (v.error_count > static_cast<int64_t>(v.errors.size())) {
      std::cout << fmt::format("... and {} more errors\n",
                               v.error_count - static_cast<int64_t>(v.errors.size()));
    }
    PrintWarnings(s.warnings, std::cout, "");
    std::cout << fmt::format("{} checked: {}, {} ({})\n", Plural(s.files, "file", "files"),
                             Plural(v.error_count, "error", "errors"),
                             Plural(static_cast<int64_t>(s.warnings.size()), "warning", "warnings"),
                             Records(s));
  }
  return v.ok() ? kExitOk : kExitError;
}

int RunImportFx(const CorpusArgs& args) {
  StatusOr<FxImportSummary> imported = ImportFxRates(args.csv, args.db, args.replace);
  if (!imported.ok()) return Fail(imported.status().message());
  const FxImportSummary& s = *imported;
  std::cout << fmt::format(
      "{}: imported {} exchange rates from {} ({} new, {} replaced, {} already there)\n", args.db,
      s.added + s.replaced, args.csv, s.added, s.replaced, s.unchanged);
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

  CLI::App* validate = corpus->add_subcommand(
      "validate", "Run every check of a build and write nothing (exit 2 when a check fails)");
  validate->add_option("sources", args->sources, "Files or folders")->required();
  validate->add_option("--format", args->format, "text (default) or json")
      ->check(CLI::IsMember({"text", "json"}));
  validate->callback([args, run] { *run = [args] { return RunValidate(*args); }; });

  CLI::App* import_fx = corpus->add_subcommand(
      "import-fx", "Add the rates of an ECB eurofxref-hist.csv to a database");
  import_fx->add_option("csv", args->csv, "The CSV file")->required();
  import_fx->add_option("--db", args->db, "The database")->required();
  import_fx->add_flag("--replace", args->replace,
                      "Replace rates the database holds with another value (else refused)");
  import_fx->callback([args, run] { *run = [args] { return RunImportFx(*args); }; });

  CLI::App* stats = corpus->add_subcommand("stats", "Count the records of a database");
  stats->add_option("db", args->stats_db, "The database")->required();
  stats->callback([args, run] { *run = [args] { return RunStats(*args); }; });
}

}  // namespace factlint::cli
