// The files a run reads, so that its output can never be one of them: `check --output draft.md
// draft.md` would replace the draft with its own report.
#ifndef FACTLINT_TOOLS_CLI_RUN_INPUTS_H_
#define FACTLINT_TOOLS_CLI_RUN_INPUTS_H_

#include <sys/types.h>

#include <functional>
#include <string>
#include <vector>

#include "factlint/status.h"

namespace factlint::cli {

class RunInputs {
 public:
  // `what` names the input in messages, e.g. "the article drafts/a.md". A path that does not
  // exist is remembered by its canonical path.
  void Add(const std::string& path, std::string what);
  // The file open as `fd` (stdin), when it is a regular file.
  void AddDescriptor(int fd, std::string what);
  // Every regular file under `folder` whose path `keep` accepts, each named `role` + its path
  // (e.g. "the rule file ").
  void AddFolder(const std::string& folder, const std::string& role,
                 const std::function<bool(const std::string&)>& keep);

  // kInvalidArgument "<flag> <output> is also <what>; refusing to overwrite it" when `output`
  // is one of the inputs: the same file (device and inode, symbolic links followed) or, when it
  // does not exist, the same canonical path. A device or FIFO output overwrites nothing and is
  // never refused.
  Status CheckOutput(const std::string& flag, const std::string& output) const;

 private:
  struct Input {
    bool exists = false;
    dev_t device = 0;
    ino_t inode = 0;
    std::string canonical;  // when it does not exist
    std::string what;
  };
  std::vector<Input> inputs_;
};

}  // namespace factlint::cli

#endif  // FACTLINT_TOOLS_CLI_RUN_INPUTS_H_
