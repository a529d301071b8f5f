#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "commands.h"

namespace factlint::cli {
namespace {

namespace fs = std::filesystem;

fs::path ExecutableDir() {
  std::error_code error;
  fs::path self = fs::read_symlink("/proc/self/exe", error);
  return error ? fs::path() : self.parent_path();
}

std::string FirstExisting(const fs::path& beside, const fs::path& installed) {
  fs::path dir = ExecutableDir();
  if (dir.empty()) return {};
  std::error_code error;
  for (const fs::path& candidate : {dir / beside, dir / ".." / installed}) {
    if (fs::exists(candidate, error)) return fs::weakly_canonical(candidate, error).string();
  }
  return {};
}

std::string DefaultCorpusPath() {
  return FirstExisting("corpus.db", fs::path("share") / "factlint" / "corpus.db");
}

std::string DefaultRulesFolder() {
  return FirstExisting("rules", fs::path("share") / "factlint" / "rules");
}

}  // namespace

std::string ChooseCorpus(const std::string& flag, const Config& config) {
  if (!flag.empty()) return flag;
  return config.corpus ? *config.corpus : DefaultCorpusPath();
}

std::vector<std::string> ChooseRuleFolders(const std::vector<std::string>& config_folders,
                                           const std::vector<std::string>& flag_folders) {
  std::vector<std::string> folders;
  if (std::string shipped = DefaultRulesFolder(); !shipped.empty()) folders.push_back(shipped);
  folders.insert(folders.end(), config_folders.begin(), config_folders.end());
  folders.insert(folders.end(), flag_folders.begin(), flag_folders.end());
  return folders;
}

Status CheckRuleFolderFlags(const std::vector<std::string>& folders) {
  for (const std::string& folder : folders) {
    std::error_code error;
    const fs::file_status status = fs::status(folder, error);
    if (fs::exists(status) && !fs::is_directory(status)) {
      return InvalidArgumentError(
          fmt::format("--rules {}: expected a folder of rule files, not a file", folder));
    }
  }
  return OkStatus();
}

StatusOr<std::optional<Date>> ParseDateOption(const std::string& text) {
  if (text.empty()) return std::optional<Date>();
  std::optional<Date> date = ParseIsoDate(text);
  if (!date)
    return InvalidArgumentError(fmt::format("--date: expected YYYY-MM-DD, got '{}'", text));
  return date;
}

int Fail(const std::string& message) {
  std::cerr << "factlint: " << message << '\n';
  return kExitError;
}

}  // namespace factlint::cli
