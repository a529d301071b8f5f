// The subcommands of the factlint CLI: each adds itself to the CLI11 app and, when chosen, runs
// and returns the process exit code (0 ok, 1 findings at or above --fail-on, 2 usage, configuration
// or input error).
#ifndef FACTLINT_TOOLS_CLI_COMMANDS_H_
#define FACTLINT_TOOLS_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "factlint/config.h"
#include "factlint/date.h"
#include "factlint/status.h"

namespace factlint::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitError = 2;

// Registers the subcommand on `app`; `*run` is set to its action when it is chosen.
void AddCheckCommand(CLI::App& app, std::function<int()>* run);
void AddExtractCommand(CLI::App& app, std::function<int()>* run);
void AddCorpusCommand(CLI::App& app, std::function<int()>* run);
void AddRulesCommand(CLI::App& app, std::function<int()>* run);
void AddConfigCommand(CLI::App& app, std::function<int()>* run);

// The corpus and rules a command uses, in one place so that `config show` prints what `check`
// uses. The shipped data lives beside the executable (the build tree: build/corpus.db,
// build/rules) or in ../share/factlint (an installed tree).
// The corpus: `flag` (--corpus) when given, else the config's `corpus`, else the shipped one
// (empty when not found).
std::string ChooseCorpus(const std::string& flag, const Config& config);
// The rule folders in reading order: the shipped one (when found), the config's, then the
// command line's (--rules).
std::vector<std::string> ChooseRuleFolders(const std::vector<std::string>& config_folders,
                                           const std::vector<std::string>& flag_folders);

// Each --rules value that exists must be a folder. Error (kInvalidArgument):
// "--rules x.yaml: expected a folder of rule files, not a file". (A missing folder is the rule
// loader's error.)
Status CheckRuleFolderFlags(const std::vector<std::string>& folders);

// The value of --date: nullopt when empty, else a YYYY-MM-DD date. Error:
// "--date: expected YYYY-MM-DD, got '7 Feb 2022'".
StatusOr<std::optional<Date>> ParseDateOption(const std::string& text);

// Prints "factlint: <message>" on stderr and returns kExitError.
int Fail(const std::string& message);

}  // namespace factlint::cli

#endif  // FACTLINT_TOOLS_CLI_COMMANDS_H_
