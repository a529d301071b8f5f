#include "output_file.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <limits>

namespace factlint::cli {
namespace {

namespace fs = std::filesystem;

constexpr size_t kBufferBytes = size_t{64} << 10;
// As many links as the kernel follows before it gives ELOOP.
constexpr int kMaxSymlinks = 40;

Status CannotWrite(const std::string& path, int error) {
  std::string message = fmt::format("{}: cannot write the report: {}", path, std::strerror(error));
  if (error == EACCES || error == EPERM || error == EROFS) {
    return PermissionDeniedError(std::move(message));
  }
  return DataLossError(std::move(message));
}

Status IsAFolder(const std::string& path) {
  return InvalidArgumentError(fmt::format("{}: is a folder, not a file", path));
}

const char* KindOf(mode_t mode) {
  if (S_ISCHR(mode)) return "character device";
  if (S_ISBLK(mode)) return "block device";
  if (S_ISFIFO(mode)) return "FIFO";
  if (S_ISSOCK(mode)) return "socket";
  return "special file";
}

bool SameFile(const struct stat& a, const struct stat& b) {
  return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

// True when `info` is the file the process's stdout is (/dev/stdout, or the regular file it was
// redirected to): renaming over it would leave stdout writing to a file nobody can see.
bool IsStdout(const struct stat& info) {
  struct stat out;
  return ::fstat(STDOUT_FILENO, &out) == 0 && SameFile(info, out);
}

// The path that symbolic links starting at `path` lead to, followed link by link (the last one
// may lead nowhere yet: that is where a new file goes).
StatusOr<fs::path> FinalTarget(const std::string& path) {
  fs::path current = path;
  for (int links = 0; links <= kMaxSymlinks; ++links) {
    struct stat info;
    if (::lstat(current.c_str(), &info) != 0) {
      if (errno == ENOENT) return current;
      return CannotWrite(path, errno);
    }
    if (!S_ISLNK(info.st_mode)) return current;
    std::error_code error;
    const fs::path target = fs::read_symlink(current, error);
    if (error) return CannotWrite(path, error.value());
    current = target.is_absolute() ? target : current.parent_path() / target;
  }
  return CannotWrite(path, ELOOP);
}

// The folder a new file at `target` goes into must exist and be writable.
Status CheckFolderOf(const std::string& path, const fs::path& target) {
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  struct stat info;
  if (::stat(folder.c_str(), &info) != 0) {
    if (errno == ENOENT) {
      return NotFoundError(fmt::format("{}: cannot write the report: the folder {} does not exist",
                                       path, folder.string()));
    }
    return CannotWrite(path, errno);
  }
  if (!S_ISDIR(info.st_mode)) return CannotWrite(path, ENOTDIR);
  if (::access(folder.c_str(), W_OK) != 0) return CannotWrite(path, errno);
  return OkStatus();
}

// Where an output goes, once the path is looked at.
enum class Destination { kStdout, kThrough, kReplace };

struct Resolved {
  Destination destination = Destination::kReplace;
  fs::path target;      // kReplace: the regular file (or new path) to replace
  bool exists = false;  // kReplace: target exists (its permissions are kept)
  mode_t mode = 0;
};

StatusOr<Resolved> Resolve(const std::string& path) {
  Resolved resolved;
  if (path == "-") {
    resolved.destination = Destination::kStdout;
    return resolved;
  }
  struct stat info;
  if (::stat(path.c_str(), &info) == 0) {
    if (S_ISDIR(info.st_mode)) return IsAFolder(path);
    if (!S_ISREG(info.st_mode)) {
      resolved.destination = Destination::kThrough;
      return resolved;
    }
    if (IsStdout(info)) {
      resolved.destination = Destination::kStdout;
      return resolved;
    }
    resolved.exists = true;
    resolved.mode = info.st_mode & 07777;
  } else if (errno != ENOENT) {
    return CannotWrite(path, errno);
  }
  FACTLINT_ASSIGN_OR_RETURN(resolved.target, FinalTarget(path));
  FACTLINT_RETURN_IF_ERROR(CheckFolderOf(path, resolved.target));
  return resolved;
}

// Closes a descriptor, and removes a temporary file unless it was renamed into place.
class TempFile {
 public:
  TempFile(int fd, std::string path) : fd_(fd), path_(std::move(path)) {}
  ~TempFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!path_.empty()) ::unlink(path_.c_str());
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  int fd() const { return fd_; }
  // Closes the descriptor; returns its errno on failure (a deferred write error), else 0.
  int Close() {
    const int result = ::close(std::exchange(fd_, -1));
    return result == 0 ? 0 : errno;
  }
  void Keep() { path_.clear(); }

 private:
  int fd_;
  std::string path_;
};

// Runs `write` over `fd`; the errno of the first failed write, else 0.
int WriteTo(int fd, const std::function<void(std::ostream&)>& write) {
  OutputBuffer buffer(fd);
  std::ostream out(&buffer);
  write(out);
  out.flush();
  if (buffer.error() != 0) return buffer.error();
  return out ? 0 : EIO;
}

Status WriteThrough(const std::string& path, const std::function<void(std::ostream&)>& write) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return CannotWrite(path, errno);
  TempFile file(fd, "");
  if (const int error = WriteTo(fd, write); error != 0) return CannotWrite(path, error);
  if (const int error = file.Close(); error != 0) return CannotWrite(path, error);
  return OkStatus();
}

Status Replace(const std::string& path, const Resolved& resolved,
               const std::function<void(std::ostream&)>& write) {
  const std::string target = resolved.target.string();
  RemoveStaleTempFiles(target);
  const std::string temp = fmt::format("{}.tmp-{}", target, static_cast<long>(::getpid()));
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0666);
  if (fd < 0) return CannotWrite(path, errno);
  TempFile file(fd, temp);
  if (resolved.exists) ::fchmod(fd, resolved.mode);
  if (const int error = WriteTo(fd, write); error != 0) return CannotWrite(path, error);
  // On disk before it replaces anything: a crash must not leave an empty report in its place.
  if (::fsync(fd) != 0 && errno != EINVAL) return CannotWrite(path, errno);
  if (const int error = file.Close(); error != 0) return CannotWrite(path, error);
  if (::rename(temp.c_str(), target.c_str()) != 0) return CannotWrite(path, errno);
  file.Keep();
  return OkStatus();
}

}  // namespace

OutputBuffer::OutputBuffer(int fd) : fd_(fd), buffer_(kBufferBytes) {
  setp(buffer_.data(), buffer_.data() + buffer_.size());
}

OutputBuffer::~OutputBuffer() { Drain(); }

bool OutputBuffer::Drain() {
  const char* data = pbase();
  size_t size = static_cast<size_t>(pptr() - pbase());
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  if (error_ != 0) return false;
  while (size > 0) {
    const ssize_t written = ::write(fd_, data, size);
    if (written < 0) {
      if (errno == EINTR) continue;
      error_ = errno;
      return false;
    }
    data += written;
    size -= static_cast<size_t>(written);
  }
  return true;
}

OutputBuffer::int_type OutputBuffer::overflow(int_type c) {
  if (!Drain()) return traits_type::eof();
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  *pptr() = traits_type::to_char_type(c);
  pbump(1);
  return c;
}

std::streamsize OutputBuffer::xsputn(const char* data, std::streamsize size) {
  std::streamsize done = 0;
  while (done < size) {
    if (pptr() == epptr() && !Drain()) return done;
    const std::streamsize room = epptr() - pptr();
    const std::streamsize n = std::min(room, size - done);
    std::memcpy(pptr(), data + done, static_cast<size_t>(n));
    pbump(static_cast<int>(n));
    done += n;
  }
  return done;
}

int OutputBuffer::sync() { return Drain() ? 0 : -1; }

Status CheckOutputPath(const std::string& path) { return Resolve(path).status(); }

Status WriteOutput(const std::string& path, const std::function<void(std::ostream&)>& write) {
  FACTLINT_ASSIGN_OR_RETURN(const Resolved resolved, Resolve(path));
  switch (resolved.destination) {
    case Destination::kStdout:
      // A failed write to stdout is found and reported when the program ends (main).
      write(std::cout);
      std::cout.flush();
      return OkStatus();
    case Destination::kThrough:
      return WriteThrough(path, write);
    case Destination::kReplace:
      return Replace(path, resolved, write);
  }
  return OkStatus();
}

StatusOr<std::string> DatabaseOutputPath(const std::string& path) {
  struct stat info;
  if (::stat(path.c_str(), &info) == 0) {
    if (S_ISDIR(info.st_mode)) return IsAFolder(path);
    if (!S_ISREG(info.st_mode)) {
      return InvalidArgumentError(fmt::format(
          "{}: a corpus database must be a regular file, not a {}", path, KindOf(info.st_mode)));
    }
  } else if (errno != ENOENT) {
    return CannotWrite(path, errno);
  }
  FACTLINT_ASSIGN_OR_RETURN(const fs::path target, FinalTarget(path));
  return target.string();
}

void RemoveStaleTempFiles(const std::string& path) {
  const fs::path file(path);
  const fs::path folder = file.has_parent_path() ? file.parent_path() : fs::path(".");
  const std::string prefix = file.filename().string() + ".tmp-";
  std::error_code error;
  for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
    const std::string name = it->path().filename().string();
    if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) continue;
    long pid = 0;
    const char* first = name.data() + prefix.size();
    const char* last = name.data() + name.size();
    if (auto [end_of_number, parse_error] = std::from_chars(first, last, pid);
        parse_error != std::errc() || end_of_number != last || pid <= 0 ||
        pid > std::numeric_limits<pid_t>::max()) {
      continue;
    }
    const bool alive =
        pid != ::getpid() && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
    std::error_code ignored;
    if (!alive && it->is_regular_file(ignored)) fs::remove(it->path(), ignored);
  }
}

}  // namespace factlint::cli
