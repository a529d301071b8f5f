// ReadFileBytes and ReadDescriptorBytes moved to the public header factlint/read_file.h (the CLI
// reads stdin with them); this internal path is kept for the readers that include it.
#ifndef FACTLINT_ENGINE_BASE_READ_FILE_H_
#define FACTLINT_ENGINE_BASE_READ_FILE_H_

#include "factlint/read_file.h"

#endif  // FACTLINT_ENGINE_BASE_READ_FILE_H_
