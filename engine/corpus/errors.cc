#include "errors.h"

#include <fmt/format.h>


#include "engine/base/read_file.h"
#include "engine/base/yaml_text.h"

namespace factlint {

std::string CorpusProblem::ToString() const {
  if (line <= 0) return fmt::format("{}: {}", path, message);
  if (field.empty()) return fmt::format("{}:{}: {}", path, line, message);
  return fmt::format("{}:{}: {}: {}", path, line, field, message);
}

namespace corpus_internal {

void ErrorList::Add(std::string_view path, int line, std::string_view field,
                    std::string_view message) {
  if (count_++ >= static_cast<int64_t>(kMaxCorpusErrorsKept)) return;
  kept_.push_back({std::string(path), line, std::string(field), std::string(message)});
}

void ErrorList::AddFileError(std::string_view path, std::string_view message) {
  if (count_++ >= static_cast<int64_t>(kMaxCorpusErrorsKept)) return;
  kept_.push_back({std::string(path), 0, "", std::string(message)});
}

Status ErrorList::ToStatus() const {
  if (count_ == 0) return OkStatus();
  std::string message;
  for (size_t i = 0; i < kept_.size() && i < kMaxBuildErrorsShown; ++i) {
    if (i > 0) message += '\n';
    message += kept_[i].ToString();
  }
  if (count_ > static_cast<int64_t>(kMaxBuildErrorsShown)) {
    message += fmt::format("\n... and {} more errors", count_ - kMaxBuildErrorsShown);
  }
  return InvalidArgumentError(std::move(message));
}

std::optional<std::string> ReadCorpusFile(const std::string& path, size_t max_bytes,
                                          ErrorList* errors) {
  // ReadFileBytes refuses a folder or a device without opening it, and reads a FIFO bounded.
  StatusOr<std::string> bytes = ReadFileBytes(path, max_bytes);
  if (!bytes.ok()) {
    // ReadFileBytes names the path itself: "path: cannot open the file: ...".
    std::string message = bytes.status().message();
    if (message.starts_with(path + ": ")) message.erase(0, path.size() + 2);
    errors->AddFileError(path, message);
    return std::nullopt;
  }
  return std::move(bytes).value();
}

bool CheckCorpusText(std::string_view text, const std::string& path, ErrorList* errors) {
  const std::optional<YamlProblem> problem = CheckTextCharacters(text);
  if (problem) errors->Add(path, problem->line, "", problem->message);
  return !problem;
}

}  // namespace corpus_internal
}  // namespace factlint
