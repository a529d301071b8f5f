#include "folder_walk.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

namespace factlint::cli {

namespace fs = std::filesystem;

std::vector<FolderEntry> ListFolder(const std::string& folder,
                                    const std::function<bool(const std::string&)>& keep) {
  std::vector<FolderEntry> entries;
  std::vector<fs::path> pending = {folder};
  while (!pending.empty()) {
    const fs::path dir = std::move(pending.back());
    pending.pop_back();
    std::error_code error;
    for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
      const std::string path = it->path().string();
      struct stat info;
      if (::lstat(path.c_str(), &info) != 0) continue;  // gone since it was listed
      if (S_ISDIR(info.st_mode)) {
        pending.push_back(it->path());
        continue;
      }
      if (!keep(path)) continue;
      if (S_ISLNK(info.st_mode) && ::stat(path.c_str(), &info) != 0) {
        if (errno == ENOENT) continue;
        entries.push_back({path, DataLossError(fmt::format("{}: cannot open the file: {}", path,
                                                           std::strerror(errno)))});
        continue;
      }
      if (S_ISDIR(info.st_mode)) continue;  // a link to a folder
      if (S_ISFIFO(info.st_mode)) {
        entries.push_back({path, InvalidArgumentError(fmt::format(
                                     "{}: a FIFO in a folder is not read; name it on the "
                                     "command line",
                                     path))});
        continue;
      }
      entries.push_back({path, OkStatus()});
    }
    if (error) {
      entries.push_back({dir.string(), DataLossError(fmt::format("{}: cannot list the folder: {}",
                                                                 dir.string(), error.message()))});
    }
  }
  std::sort(entries.begin(), entries.end(),
            [](const FolderEntry& a, const FolderEntry& b) { return a.path < b.path; });
  return entries;
}

}  // namespace factlint::cli
