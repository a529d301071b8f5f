#include "factlint/read_file.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace factlint {
namespace {

constexpr size_t kChunkBytes = size_t{64} << 10;

// What a file that is neither a folder, a regular file nor a FIFO is, for messages.
const char* SpecialKind(mode_t mode) {
  if (S_ISCHR(mode)) return "character device";
  if (S_ISBLK(mode)) return "block device";
  if (S_ISSOCK(mode)) return "socket";
  return "special file";
}

Status OpenError(const std::string& path, int error) {
  std::string message = fmt::format("{}: cannot open the file: {}", path, std::strerror(error));
  if (error == ENOENT || error == ENOTDIR) return NotFoundError(std::move(message));
  if (error == EACCES || error == EPERM) return PermissionDeniedError(std::move(message));
  return DataLossError(std::move(message));
}

// The kind of file `path` may be read as: a regular file or a FIFO; anything else is refused.
Status CheckReadable(const std::string& path, mode_t mode) {
  if (S_ISDIR(mode)) return InvalidArgumentError(fmt::format("{}: is a folder, not a file", path));
  if (S_ISREG(mode) || S_ISFIFO(mode)) return OkStatus();
  return InvalidArgumentError(fmt::format("{}: not a regular file ({})", path, SpecialKind(mode)));
}

// Reads `fd` to its end, holding at most `max_bytes` (one byte more tells that there is more).
// `read_error` is the message's wording for a failed read.
StatusOr<std::string> ReadBounded(int fd, const std::string& name, size_t max_bytes,
                                  size_t size_hint, const char* read_error) {
  std::string bytes;
  bytes.reserve(std::min(size_hint, max_bytes));
  char buffer[kChunkBytes];
  while (true) {
    const size_t remaining = max_bytes - bytes.size();
    const size_t want = remaining >= kChunkBytes ? kChunkBytes : remaining + 1;
    const ssize_t got = ::read(fd, buffer, want);
    if (got < 0) {
      if (errno == EINTR) continue;
      return DataLossError(fmt::format("{}: {}: {}", name, read_error, std::strerror(errno)));
    }
    if (got == 0) return bytes;
    if (static_cast<size_t>(got) > remaining) {
      return ResourceExhaustedError(
          fmt::format("{}: input is over the limit of {} bytes", name, max_bytes));
    }
    bytes.append(buffer, static_cast<size_t>(got));
  }
}

// Closes a descriptor when it goes out of scope.
class FileCloser {
 public:
  explicit FileCloser(int fd) : fd_(fd) {}
  ~FileCloser() { ::close(fd_); }
  FileCloser(const FileCloser&) = delete;
  FileCloser& operator=(const FileCloser&) = delete;

 private:
  int fd_;
};

}  // namespace

StatusOr<std::string> ReadFileBytes(const std::string& path, size_t max_bytes) {
  // Looked at before it is opened: opening a device can block or have effects of its own.
  struct stat info;
  if (::stat(path.c_str(), &info) != 0) return OpenError(path, errno);
  FACTLINT_RETURN_IF_ERROR(CheckReadable(path, info.st_mode));
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return OpenError(path, errno);
  FileCloser closer(fd);
  // What was opened may not be what was looked at, if the path changed in between.
  if (::fstat(fd, &info) != 0) return OpenError(path, errno);
  FACTLINT_RETURN_IF_ERROR(CheckReadable(path, info.st_mode));
  size_t size_hint = 0;
  if (S_ISREG(info.st_mode)) {
    const auto size = static_cast<uintmax_t>(info.st_size);
    if (size > max_bytes) {
      return ResourceExhaustedError(
          fmt::format("{}: file is {} bytes, over the limit of {}", path, size, max_bytes));
    }
    size_hint = static_cast<size_t>(size);
  }
  return ReadBounded(fd, path, max_bytes, size_hint, "cannot read the file");
}

StatusOr<std::string> ReadDescriptorBytes(int fd, const std::string& name, size_t max_bytes) {
  size_t size_hint = 0;
  struct stat info;
  if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0) {
    size_hint = static_cast<size_t>(info.st_size);
  }
  return ReadBounded(fd, name, max_bytes, size_hint, "cannot read");
}

}  // namespace factlint
