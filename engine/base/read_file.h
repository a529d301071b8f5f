// Reading a whole file into memory, with errors that name the path (internal: not installed).
#ifndef FACTLINT_ENGINE_BASE_READ_FILE_H_
#define FACTLINT_ENGINE_BASE_READ_FILE_H_

#include <cstddef>
#include <limits>
#include <string>

#include "factlint/status.h"

namespace factlint {

// The bytes of the file at `path`. Errors: kNotFound, kPermissionDenied or kDataLoss
// "<path>: cannot open the file: <strerror>"; kDataLoss "<path>: cannot read the file";
// kResourceExhausted "<path>: file is N bytes, over the limit of M" past `max_bytes`.
StatusOr<std::string> ReadFileBytes(const std::string& path,
                                    size_t max_bytes = std::numeric_limits<size_t>::max());

}  // namespace factlint

#endif  // FACTLINT_ENGINE_BASE_READ_FILE_H_
