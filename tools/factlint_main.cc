// factlint: the command line. A thin shell over factlint::engine; see README.md.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstring>
#include <exception>
#include <functional>
#include <iostream>

#include "cli/commands.h"
#include "cli/output_file.h"

#ifndef FACTLINT_VERSION
#define FACTLINT_VERSION "0.0.0"
#endif

namespace {

using namespace factlint::cli;

int Run(int argc, char** argv) {
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

}  // namespace

int main(int argc, char** argv) {
  // Everything written to stdout goes through one buffer that keeps the reason a write failed
  // (a full disk, a closed pipe when SIGPIPE is ignored): the run then fails, never losing its
  // output silently.
  OutputBuffer stdout_buffer(STDOUT_FILENO);
  std::streambuf* const original = std::cout.rdbuf(&stdout_buffer);
  int code = kExitError;
  // The last resort: errors are values everywhere, but an exception that escapes a library (a
  // filesystem error, an allocation failure) must end the run with a message, not an abort.
  try {
    code = Run(argc, argv);
  } catch (const std::exception& e) {
    code = Fail(std::string("internal error: ") + e.what());
  } catch (...) {
    code = Fail("internal error: an unknown exception");
  }
  std::cout.flush();
  std::cout.rdbuf(original);
  if (stdout_buffer.error() != 0) {
    return Fail(std::string("cannot write to stdout: ") + std::strerror(stdout_buffer.error()));
  }
  return code;
}
