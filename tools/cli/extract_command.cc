// factlint extract PATH: the normalized claims of an article, as the JSON report's ledger. No
// rules run, so every claim is unverified; the corpus is read only for its names and cue words
// (the gazetteer), which find entities, subjects, measures and credited sources.
#include <unistd.h>

#include <iostream>

#include "commands.h"
#include "factlint/check.h"
#include "factlint/config.h"
#include "factlint/read_file.h"

namespace factlint::cli {
namespace {

struct ExtractArgs {
  std::string path;
  std::string date;
  std::string corpus;
  std::string config;
};

int RunExtract(const ExtractArgs& args) {
  CheckOptions options;
  StatusOr<Config> config = ResolveConfig(args.path == "-" ? "." : args.path, args.config);
  if (!config.ok()) return Fail(config.status().message());
  options.corpus_path = ChooseCorpus(args.corpus, *config);
  // Only the words and date matter here: no rules run, so disable and severity do not.
  options.config.words = config->words;
  options.config.date = config->date;
  StatusOr<std::optional<Date>> date = ParseDateOption(args.date);
  if (!date.ok()) return Fail(date.status().message());
  options.date = *date;
  StatusOr<std::unique_ptr<Checker>> checker = Checker::Create(options);
  if (!checker.ok()) return Fail(checker.status().message());
  Report report;
  if (args.path == "-") {
    StatusOr<std::string> bytes =
        ReadDescriptorBytes(STDIN_FILENO, "<stdin>", options.read.max_bytes);
    if (!bytes.ok()) return Fail(bytes.status().message());
    report.files.push_back((*checker)->CheckBytes("<stdin>", *std::move(bytes)));
  } else {
    report.files.push_back((*checker)->CheckFile(args.path));
  }
  if (!report.files.back().error.ok()) return Fail(report.files.back().error.message());
  WriteJson(report, std::cout);
  return kExitOk;
}

}  // namespace

void AddExtractCommand(CLI::App& app, std::function<int()>* run) {
  auto args = std::make_shared<ExtractArgs>();
  CLI::App* cmd =
      app.add_subcommand("extract", "Print the normalized claims of an article as JSON");
  cmd->add_option("path", args->path, "The article, or - for stdin")->required();
  cmd->add_option("--date", args->date, "Article date YYYY-MM-DD");
  cmd->add_option("--corpus", args->corpus, "Corpus whose names and cue words to use");
  cmd->add_option("--config", args->config,
                  "Configuration file (default: the first .factlint.yaml above the article)");
  cmd->callback([args, run] { *run = [args] { return RunExtract(*args); }; });
}

}  // namespace factlint::cli
