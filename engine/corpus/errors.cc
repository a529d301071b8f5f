#include "errors.h"

#include <fmt/format.h>

#include <fstream>
#include <sstream>

namespace factlint::corpus_internal {

void ErrorList::Add(std::string_view path, int line, std::string_view field,
                    std::string_view message) {
  if (field.empty()) {
    errors_.push_back(fmt::format("{}:{}: {}", path, line, message));
  } else {
    errors_.push_back(fmt::format("{}:{}: {}: {}", path, line, field, message));
  }
}

void ErrorList::AddFileError(std::string_view path, std::string_view message) {
  errors_.push_back(fmt::format("{}: {}", path, message));
}

Status ErrorList::ToStatus() const {
  if (errors_.empty()) return OkStatus();
  std::string message;
  for (size_t i = 0; i < errors_.size() && i < kMaxReported; ++i) {
    if (i > 0) message += '\n';
    message += errors_[i];
  }
  if (errors_.size() > kMaxReported) {
    message += fmt::format("\n... and {} more errors", errors_.size() - kMaxReported);
  }
  return InvalidArgumentError(std::move(message));
}

std::optional<std::string> ReadCorpusFile(const std::string& path, ErrorList* errors) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    errors->AddFileError(path, "cannot open file");
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) {
    errors->AddFileError(path, "cannot read file");
    return std::nullopt;
  }
  return std::move(text).str();
}

}  // namespace factlint::corpus_internal
