#include "output_file.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

namespace factlint::cli {

Status WriteFileAtomically(const std::string& path,
                           const std::function<void(std::ostream&)>& write) {
  std::string temp = fmt::format("{}.tmp-{}", path, getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) {
      return PermissionDeniedError(
          fmt::format("{}: cannot write the report: {}", path, std::strerror(errno)));
    }
    write(out);
    out.flush();
    if (!out) {
      std::remove(temp.c_str());
      return DataLossError(fmt::format("{}: cannot write the report", path));
    }
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    std::string reason = std::strerror(errno);
    std::remove(temp.c_str());
    return PermissionDeniedError(fmt::format("{}: cannot write the report: {}", path, reason));
  }
  return OkStatus();
}

}  // namespace factlint::cli
