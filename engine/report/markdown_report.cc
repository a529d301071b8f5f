// TODO(issue 6): being written.
#include "factlint/report.h"

namespace factlint {

void WriteMarkdown(const Report&, const LocationOptions&, std::ostream&) {}

}  // namespace factlint
