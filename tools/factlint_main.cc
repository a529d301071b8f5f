// factlint: the command line. A thin shell over factlint::engine; see README.md.
#include <fcntl.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cerrno>
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

// Whether descriptor `fd` was closed when the program started; it is then opened on /dev/null, so
// that no file the run opens (a database being built) can take its number and receive what was
// meant for stdout or stderr.
bool ClosedAtStart(int fd) {
  if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) return false;
  const int null = ::open("/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY);
  if (null >= 0 && null != fd) {
    ::dup2(null, fd);
    ::close(null);
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  ClosedAtStart(STDIN_FILENO);
  const bool stdout_closed = ClosedAtStart(STDOUT_FILENO);
  ClosedAtStart(STDERR_FILENO);
  // Everything written to stdout goes through one buffer that keeps the reason a write failed
  // (a full disk, a closed pipe when SIGPIPE is ignored, a closed stdout): the run then fails,
  // never losing its output silently.
  OutputBuffer stdout_buffer(stdout_closed ? -1 : STDOUT_FILENO);
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
