// The files in a folder and its subfolders, for `check DIR` and for knowing a run's inputs.
#ifndef FACTLINT_TOOLS_CLI_FOLDER_WALK_H_
#define FACTLINT_TOOLS_CLI_FOLDER_WALK_H_

#include <functional>
#include <string>
#include <vector>

#include "factlint/status.h"

namespace factlint::cli {

struct FolderEntry {
  std::string path;
  Status error;  // not ok: this entry cannot be read, and says why
};

// Every file under `folder` whose path `keep` accepts, sorted by path. Symbolic links to files
// are followed, symbolic links to folders are not (so a link loop cannot recurse); a symbolic
// link that leads nowhere is skipped (an editor's lock file is one). An entry that cannot be
// read is kept with its error: a subfolder that cannot be listed ("<dir>: cannot list the
// folder: <strerror>"), a link loop ("<path>: cannot open the file: Too many levels of symbolic
// links"), a FIFO ("<path>: a FIFO in a folder is not read; name it on the command line"). A
// device or socket is kept without error: reading it is refused (ReadFileBytes). Iterative, with
// one folder open at a time: neither deep nor wide folders exhaust the stack or the descriptors.
std::vector<FolderEntry> ListFolder(const std::string& folder,
                                    const std::function<bool(const std::string&)>& keep);

}  // namespace factlint::cli

#endif  // FACTLINT_TOOLS_CLI_FOLDER_WALK_H_
