// factlint: the command line. A thin shell over factlint::engine; see README.md.
#include <CLI/CLI.hpp>
#include <functional>
#include <iostream>

#include "cli/commands.h"

#ifndef FACTLINT_VERSION
#define FACTLINT_VERSION "0.0.0"
#endif

int main(int argc, char** argv) {
  using namespace factlint::cli;
  CLI::App app("factlint: checks the claims of a news article against a corpus of sources",
               "factlint");
  app.set_version_flag("--version", FACTLINT_VERSION);
  app.require_subcommand(1);
  std::function<int()> run;
  AddCheckCommand(app, &run);
  AddExtractCommand(app, &run);
  AddCorpusCommand(app, &run);
  AddRulesCommand(app, &run);
  AddConfigCommand(app, &run);
  app.add_subcommand("version", "Print the version")->callback([&] {
    run = [] {
      std::cout << "factlint " << FACTLINT_VERSION << '\n';
      return kExitOk;
    };
  });
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {  // --help, --help-all, --version
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitError;
  }
  return run ? run() : kExitError;
}
