#include "engine/base/read_file.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>

namespace factlint {

StatusOr<std::string> ReadFileBytes(const std::string& path, size_t max_bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int error = errno;
    std::string message = fmt::format("{}: cannot open the file: {}", path, std::strerror(error));
    if (error == ENOENT) return NotFoundError(std::move(message));
    if (error == EACCES) return PermissionDeniedError(std::move(message));
    return DataLossError(std::move(message));
  }
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  if (size < 0) return DataLossError(fmt::format("{}: cannot read the file", path));
  if (static_cast<size_t>(size) > max_bytes) {
    return ResourceExhaustedError(
        fmt::format("{}: file is {} bytes, over the limit of {}", path, size, max_bytes));
  }
  in.seekg(0);
  std::string bytes(static_cast<size_t>(size), '\0');
  if (!in.read(bytes.data(), size)) {
    return DataLossError(fmt::format("{}: cannot read the file", path));
  }
  return bytes;
}

}  // namespace factlint
