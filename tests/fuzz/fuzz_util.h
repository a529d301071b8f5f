// Helpers shared by the fuzz targets: property checks that abort with a message libFuzzer keeps
// beside the crashing input, and a scratch file for loaders that only take a path.
#ifndef FACTLINT_TESTS_FUZZ_FUZZ_UTIL_H_
#define FACTLINT_TESTS_FUZZ_FUZZ_UTIL_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "factlint/span.h"
#include "factlint/status.h"

namespace factlint::fuzz {

// Prints "property violated: <what>" and aborts (libFuzzer then saves the input as a crash).
[[noreturn]] void Fail(std::string_view what);

// Fails unless `condition`.
inline void Check(bool condition, std::string_view what) {
  if (!condition) Fail(what);
}

// Fails unless begin <= end <= size: `span` lies inside a text of `size` bytes.
void CheckSpan(Span span, size_t size, std::string_view what);

// Fails unless `status` is OK or has one of the codes a bad input may give: the others
// (kInternal, kDataLoss, ...) mean the engine took its own bug or the environment for the input's.
void CheckInputStatus(const Status& status, std::string_view what);

// Writes `data` to the file `name` (no '/') in a folder of this process under $TMPDIR (or /tmp),
// replacing it, and returns its path; for loaders that only take a path. Aborts when it cannot
// be written. The caller removes the file when it names many.
std::string WriteScratchFile(const uint8_t* data, size_t size, const std::string& name);

}  // namespace factlint::fuzz

#endif  // FACTLINT_TESTS_FUZZ_FUZZ_UTIL_H_
