// factlint extract PATH: the normalized claims of an article, as the JSON report's ledger (no
// rules run, no corpus consulted, so every claim is unverified).
#include <fmt/format.h>

#include <iostream>

#include "commands.h"
#include "factlint/check.h"

namespace factlint::cli {
namespace {

struct ExtractArgs {
  std::string path;
  std::string date;
};

int RunExtract(const ExtractArgs& args) {
  CheckOptions options;
  StatusOr<std::optional<Date>> date = ParseDateOption(args.date);
  if (!date.ok()) return Fail(date.status().message());
  options.date = *date;
  StatusOr<std::unique_ptr<Checker>> checker = Checker::Create(options);
  if (!checker.ok()) return Fail(checker.status().message());
  Report report;
  report.files.push_back((*checker)->CheckFile(args.path));
  if (!report.files.back().error.ok()) return Fail(report.files.back().error.message());
  WriteJson(report, std::cout);
  return kExitOk;
}

}  // namespace

void AddExtractCommand(CLI::App& app, std::function<int()>* run) {
  auto args = std::make_shared<ExtractArgs>();
  CLI::App* cmd =
      app.add_subcommand("extract", "Print the normalized claims of an article as JSON");
  cmd->add_option("path", args->path, "The article")->required();
  cmd->add_option("--date", args->date, "Article date YYYY-MM-DD");
  cmd->callback([args, run] { *run = [args] { return RunExtract(*args); }; });
}

}  // namespace factlint::cli
