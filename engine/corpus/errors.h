// Errors found while reading corpus sources, collected so that one build reports them all.
#ifndef FACTLINT_ENGINE_CORPUS_ERRORS_H_
#define FACTLINT_ENGINE_CORPUS_ERRORS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "factlint/status.h"

namespace factlint::corpus_internal {

// The errors of a build, in the order they were found, each "path:line: field: message" (or
// "path:line: message" when no field is involved, "path: message" when no line is).
class ErrorList {
 public:
  // At most this many errors are spelled out in ToStatus(); the rest are counted.
  static constexpr size_t kMaxReported = 50;

  // REQUIRES: line >= 1.
  void Add(std::string_view path, int line, std::string_view field, std::string_view message);
  void AddFileError(std::string_view path, std::string_view message);

  size_t size() const { return errors_.size(); }

  // OK when empty; otherwise kInvalidArgument with one error a line.
  Status ToStatus() const;

 private:
  std::vector<std::string> errors_;
};

// The errors of one file: its path bound to the build's ErrorList.
class FileErrors {
 public:
  // `list` must outlive this object.
  FileErrors(std::string path, ErrorList* list) : path_(std::move(path)), list_(list) {}

  void Add(int line, std::string_view field, std::string_view message) {
    list_->Add(path_, line, field, message);
  }

 private:
  std::string path_;
  ErrorList* list_;
};

// The whole file at `path`, as bytes; nullopt when it cannot be opened or read, reported to
// `errors` as "path: cannot open file" or "path: cannot read file".
std::optional<std::string> ReadCorpusFile(const std::string& path, ErrorList* errors);

}  // namespace factlint::corpus_internal

#endif  // FACTLINT_ENGINE_CORPUS_ERRORS_H_
