// Writing a report to --output FILE without ever leaving half a file: the report goes to a
// temporary file beside FILE, renamed over it only when complete.
#ifndef FACTLINT_TOOLS_CLI_OUTPUT_FILE_H_
#define FACTLINT_TOOLS_CLI_OUTPUT_FILE_H_

#include <functional>
#include <ostream>
#include <string>

#include "factlint/status.h"

namespace factlint::cli {

// Calls `write` with a stream to a temporary file, then renames it to `path`. On any error the
// temporary file is removed and an existing `path` is untouched.
Status WriteFileAtomically(const std::string& path,
                           const std::function<void(std::ostream&)>& write);

}  // namespace factlint::cli

#endif  // FACTLINT_TOOLS_CLI_OUTPUT_FILE_H_
