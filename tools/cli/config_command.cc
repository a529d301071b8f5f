// factlint config show [PATH]: the effective configuration, and where each value came from.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "commands.h"
#include "factlint/config.h"

namespace factlint::cli {
namespace {

struct ConfigArgs {
  std::string path = ".";
  std::string config;
};

std::string List(const std::vector<std::string>& items) {
  return fmt::format("[{}]", fmt::join(items, ", "));
}

int RunConfigShow(const ConfigArgs& args) {
  // The configuration of a path that is not there would be a guess.
  std::error_code error;
  if (!std::filesystem::exists(args.path, error)) {
    return Fail(fmt::format("{}: no such file or folder", args.path));
  }
  StatusOr<Config> loaded = ResolveConfig(args.path, args.config);
  if (!loaded.ok()) return Fail(loaded.status().message());
  const Config& config = *loaded;
  auto line = [&](const std::string& field, const std::string& value) {
    std::string origin = config.Origin(field);
    std::cout << fmt::format("{}: {}  ({})\n", field, value, origin.empty() ? "default" : origin);
  };
  std::cout << "config: " << (config.file.empty() ? "none (built-in defaults)" : config.file)
            << '\n';
  line("corpus", ChooseCorpus("", config));
  line("rules", List(ChooseRuleFolders(config.rules, {})));
  line("disable", List(config.disable));
  for (const auto& [id, severity] : config.severity) {
    line("severity." + id, std::string(SeverityName(severity)));
  }
  line("fail-on", config.fail_on.value_or("error"));
  line("ignore", List(config.ignore));
  line("words", List(config.words));
  line("date", config.date ? FormatIsoDate(*config.date) : "front matter, else today");
  return kExitOk;
}

}  // namespace

void AddConfigCommand(CLI::App& app, std::function<int()>* run) {
  CLI::App* cmd = app.add_subcommand("config", "Show the configuration (.factlint.yaml)");
  cmd->require_subcommand(1);
  auto args = std::make_shared<ConfigArgs>();
  CLI::App* show = cmd->add_subcommand(
      "show", "Print the effective configuration for PATH and where each value comes from");
  show->add_option("path", args->path, "A file or folder (default: the working folder)");
  show->add_option("--config", args->config, "Configuration file (default: found from PATH)");
  show->callback([args, run] { *run = [args] { return RunConfigShow(*args); }; });
}

}  // namespace factlint::cli
