#include "run_inputs.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <filesystem>

#include "folder_walk.h"

namespace factlint::cli {

namespace fs = std::filesystem;

namespace {

std::string CanonicalPath(const std::string& path) {
  std::error_code error;
  fs::path canonical = fs::weakly_canonical(fs::absolute(path, error), error);
  return error ? fs::path(path).lexically_normal().string() : canonical.string();
}

}  // namespace

void RunInputs::Add(const std::string& path, std::string what) {
  Input input;
  input.what = std::move(what);
  struct stat info;
  if (::stat(path.c_str(), &info) == 0) {
    input.exists = true;
    input.device = info.st_dev;
    input.inode = info.st_ino;
  } else {
    input.canonical = CanonicalPath(path);
  }
  inputs_.push_back(std::move(input));
}

void RunInputs::AddDescriptor(int fd, std::string what) {
  struct stat info;
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) return;
  inputs_.push_back(Input{.exists = true,
                          .device = info.st_dev,
                          .inode = info.st_ino,
                          .canonical = {},
                          .what = std::move(what)});
}

void RunInputs::AddFolder(const std::string& folder, const std::string& role,
                          const std::function<bool(const std::string&)>& keep) {
  for (const FolderEntry& entry : ListFolder(folder, keep)) {
    if (entry.error.ok()) Add(entry.path, role + entry.path);
  }
}

Status RunInputs::CheckOutput(const std::string& flag, const std::string& output) const {
  if (output.empty() || output == "-") return OkStatus();
  struct stat info;
  const bool exists = ::stat(output.c_str(), &info) == 0;
  if (exists && !S_ISREG(info.st_mode)) return OkStatus();
  const std::string canonical = exists ? std::string() : CanonicalPath(output);
  for (const Input& input : inputs_) {
    const bool same =
        exists ? input.exists && input.device == info.st_dev && input.inode == info.st_ino
               : !input.exists && input.canonical == canonical;
    if (same) {
      return InvalidArgumentError(
          fmt::format("{} {} is also {}; refusing to overwrite it", flag, output, input.what));
    }
  }
  return OkStatus();
}

}  // namespace factlint::cli
