// Reading a whole file or stream into memory, bounded while it is read, with errors that name
// the path. Every reader of user input (articles, stdin, configuration, rule files, corpus
// sources) goes through these two calls, so that no input can make factlint grow without bound.
#ifndef FACTLINT_READ_FILE_H_
#define FACTLINT_READ_FILE_H_

#include <cstddef>
#include <string>

#include "factlint/status.h"

namespace factlint {

// The limit when the caller gives none: 64 MiB.
inline constexpr size_t kDefaultMaxFileBytes = size_t{64} << 20;

// The bytes of the file at `path` (symbolic links followed). A regular file is refused on its
// size before it is read; a FIFO (a named pipe, or a process substitution such as /dev/fd/63) is
// read up to `max_bytes` and refused past it. Nothing else is opened: a device could block, have
// side effects when opened, or never end. Errors:
//   kNotFound / kPermissionDenied / kDataLoss "<path>: cannot open the file: <strerror>";
//   kInvalidArgument "<path>: is a folder, not a file";
//   kInvalidArgument "<path>: not a regular file (character device)" (or block device, socket);
//   kResourceExhausted "<path>: file is N bytes, over the limit of M" (a regular file);
//   kResourceExhausted "<path>: input is over the limit of M bytes" (a FIFO, stopped there);
//   kDataLoss "<path>: cannot read the file: <strerror>".
// Thread-safe.
StatusOr<std::string> ReadFileBytes(const std::string& path,
                                    size_t max_bytes = kDefaultMaxFileBytes);

// The bytes read from the open descriptor `fd` until its end, whatever it is (a file, a pipe, a
// terminal, a device), refused past `max_bytes`: reading /dev/zero stops at the limit. `name`
// (e.g. "<stdin>") is used in errors: kResourceExhausted "<name>: input is over the limit of M
// bytes"; kDataLoss "<name>: cannot read: <strerror>". `fd` is not closed.
StatusOr<std::string> ReadDescriptorBytes(int fd, const std::string& name, size_t max_bytes);

}  // namespace factlint

#endif  // FACTLINT_READ_FILE_H_
