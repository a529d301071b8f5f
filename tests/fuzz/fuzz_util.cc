#include "fuzz_util.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

namespace factlint::fuzz {

void Fail(std::string_view what) {
  std::fprintf(stderr, "property violated: %.*s\n", static_cast<int>(what.size()), what.data());
  std::abort();
}

void CheckSpan(Span span, size_t size, std::string_view what) {
  if (span.begin <= span.end && span.end <= size) return;
  Fail(std::string(what) + ": span [" + std::to_string(span.begin) + ", " +
       std::to_string(span.end) + ") is not inside the text of " + std::to_string(size) + " bytes");
}

void CheckInputStatus(const Status& status, std::string_view what) {
  switch (status.code()) {
    case StatusCode::kOk:
    case StatusCode::kInvalidArgument:
    case StatusCode::kResourceExhausted:
      return;
    default:
      Fail(std::string(what) + ": unexpected status " + status.ToString());
  }
}

std::string WriteScratchFile(const uint8_t* data, size_t size, const std::string& name) {
  static const std::string folder = [] {
    const char* tmp = std::getenv("TMPDIR");
    std::string path =
        std::string(tmp && *tmp ? tmp : "/tmp") + "/factlint-fuzz-" + std::to_string(getpid());
    std::error_code error;
    std::filesystem::create_directories(path, error);
    if (error) Fail("cannot create the scratch folder " + path + ": " + error.message());
    return path;
  }();
  static const bool cleanup_registered = [] {
    // libFuzzer ends with exit(): remove the folder then. A crash leaves it, with the input.
    return std::atexit([] {
             std::error_code ignored;
             std::filesystem::remove_all(folder, ignored);
           }) == 0;
  }();
  (void)cleanup_registered;
  const std::string path = folder + "/" + name;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  out.close();
  if (!out) Fail("cannot write the scratch file " + path);
  return path;
}

}  // namespace factlint::fuzz
