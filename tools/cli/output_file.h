// Where a report or a database goes (--output FILE, corpus build -o DB), written so that nothing
// the user has is destroyed: a regular file is replaced atomically, and only once the new one is
// complete; a device, a FIFO and the file behind a symbolic link are written in place; a folder
// is refused; a failed write is an error, never a silent loss.
#ifndef FACTLINT_TOOLS_CLI_OUTPUT_FILE_H_
#define FACTLINT_TOOLS_CLI_OUTPUT_FILE_H_

#include <functional>
#include <ostream>
#include <streambuf>
#include <string>
#include <vector>

#include "factlint/status.h"

namespace factlint::cli {

// A buffered std::streambuf over a file descriptor (not closed) that keeps the reason of the
// first failed write: a stream over it goes bad, and error() says why (ENOSPC, EPIPE...).
class OutputBuffer : public std::streambuf {
 public:
  explicit OutputBuffer(int fd);
  ~OutputBuffer() override;
  OutputBuffer(const OutputBuffer&) = delete;
  OutputBuffer& operator=(const OutputBuffer&) = delete;

  // The errno of the first failed write, 0 when every write succeeded.
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* data, std::streamsize size) override;
  int sync() override;

 private:
  bool Drain();

  int fd_;
  int error_ = 0;
  std::vector<char> buffer_;
};

// Fails early, before a long run, when `path` cannot be an output: a folder
// (kInvalidArgument "<path>: is a folder, not a file"), a symbolic link loop, or a new file in a
// folder that does not exist or cannot be written (kPermissionDenied
// "<path>: cannot write the report: ..."). WriteOutput checks again when it writes.
Status CheckOutputPath(const std::string& path);

// Calls `write` with a stream to `path` and makes the result its contents:
// - "-", or the regular file the process's stdout already is (/dev/stdout when stdout is
//   redirected to a file): std::cout, as renaming over it would leave stdout writing to a file
//   nobody sees;
// - a character or block device, a FIFO or a socket: written through (/dev/null stays a device,
//   a FIFO's reader gets the report, /dev/stdout on a pipe or a terminal reaches it);
// - a symbolic link: the file it leads to, as below; the link stays a link;
// - a regular file or a new path: a temporary file beside it (<path>.tmp-<pid>, with the
//   permissions of the file it replaces), renamed over it when complete; on any error it is
//   removed and an existing file is untouched. Temporary files of killed runs for the same path
//   are removed first (RemoveStaleTempFiles).
// Errors: kInvalidArgument (a folder), kPermissionDenied / kDataLoss
// "<path>: cannot write the report: <strerror>" (ENOSPC, EPIPE, EACCES...).
Status WriteOutput(const std::string& path, const std::function<void(std::ostream&)>& write);

// The regular file a database is to be written to: `path` itself, or the file a symbolic link
// leads to (which may not exist yet). Errors: kInvalidArgument "<path>: is a folder, not a
// file", "<path>: a corpus database must be a regular file, not a character device" (or
// another kind), a symbolic link loop.
StatusOr<std::string> DatabaseOutputPath(const std::string& path);

// Removes the temporary files "<path>.tmp-<pid>" beside `path` that runs killed before they
// could rename them left behind: those whose process no longer exists (or is this one).
void RemoveStaleTempFiles(const std::string& path);

}  // namespace factlint::cli

#endif  // FACTLINT_TOOLS_CLI_OUTPUT_FILE_H_
