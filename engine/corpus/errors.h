// Problems found while reading corpus sources, collected so that one build reports them all.
#ifndef FACTLINT_ENGINE_CORPUS_ERRORS_H_
#define FACTLINT_ENGINE_CORPUS_ERRORS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "factlint/corpus.h"
#include "factlint/status.h"

namespace factlint::corpus_internal {

// The problems of a build (its errors, or its warnings), in the order they were found. The
// first kMaxCorpusErrorsKept are kept; the rest are only counted, so that a file with a million
// bad lines cannot fill the memory with messages.
class ErrorList {
 public:
  // REQUIRES: line >= 1.
  void Add(std::string_view path, int line, std::string_view field, std::string_view message);
  // A problem with a whole file: "path: message".
  void AddFileError(std::string_view path, std::string_view message);

  // Every problem added, kept or not.
  int64_t size() const { return count_; }
  const std::vector<CorpusProblem>& kept() const { return kept_; }

  // OK when empty; otherwise kInvalidArgument with the first kMaxBuildErrorsShown problems one
  // a line, then "... and N more errors".
  Status ToStatus() const;

 private:
  std::vector<CorpusProblem> kept_;
  int64_t count_ = 0;
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

// The largest corpus files read: a YAML source (the largest shipped one is under 20 KB), and a
// rate CSV (the ECB's whole history since 1999 is under 2 MB).
inline constexpr size_t kMaxYamlFileBytes = 16u << 20;
inline constexpr size_t kMaxCsvFileBytes = 64u << 20;

// The whole file at `path`, as bytes, read with at most `max_bytes`; nullopt when it cannot be
// read, reported to `errors` as "path: <what>": a folder ("is a folder, not a file"), a device,
// socket or the like ("not a regular file"), a file over the limit, or one that cannot be opened
// or read.
std::optional<std::string> ReadCorpusFile(const std::string& path, size_t max_bytes,
                                          ErrorList* errors);

// Reports to `errors`, as "path:line: message", the first place where `text` is not UTF-8 or
// holds a NUL byte or a control character; returns whether it found none. Used on rate files;
// YAML files get the same check, and more, from CheckYamlText (engine/base/yaml_text.h).
bool CheckCorpusText(std::string_view text, const std::string& path, ErrorList* errors);

}  // namespace factlint::corpus_internal

#endif  // FACTLINT_ENGINE_CORPUS_ERRORS_H_
