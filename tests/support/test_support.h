// Helpers shared by the test suites: temporary folders, files, and running the real CLI.
#ifndef FACTLINT_TESTS_SUPPORT_TEST_SUPPORT_H_
#define FACTLINT_TESTS_SUPPORT_TEST_SUPPORT_H_

#include <filesystem>
#include <string>
#include <vector>

namespace factlint::testing {

// A fresh folder under the system temp dir, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  // Writes `contents` to path()/name (creating folders) and returns the full path.
  std::string Write(const std::string& name, const std::string& contents) const;

 private:
  std::filesystem::path path_;
};

std::string ReadFile(const std::filesystem::path& path);

// The source tree, the build tree, and ../shared (which may be absent).
std::filesystem::path SourceDir();
std::filesystem::path BinaryDir();
std::filesystem::path SharedDir();
// build/corpus.db, the default corpus built by the build.
std::string DefaultCorpus();

struct CliResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs build/factlint with `args` (no shell: each argument is passed as is), stdin from
// `stdin_text`.
CliResult RunCli(const std::vector<std::string>& args, const std::string& stdin_text = "");

// Runs `program` (a path) the same way.
CliResult RunProgram(std::string program, const std::vector<std::string>& args,
                     const std::string& stdin_text = "");

}  // namespace factlint::testing

#endif  // FACTLINT_TESTS_SUPPORT_TEST_SUPPORT_H_
