// factlint check --stdin-format ndjson: one JSON article per line in, one JSON result per line
// out, in order, flushed batch by batch, in memory bounded by the batch (not by the stream).
#ifndef FACTLINT_TOOLS_CLI_NDJSON_STREAM_H_
#define FACTLINT_TOOLS_CLI_NDJSON_STREAM_H_

#include <istream>
#include <optional>
#include <ostream>
#include <string>

#include "checker_pool.h"
#include "factlint/finding.h"
#include "factlint/report.h"

namespace factlint::cli {

struct StreamOutcome {
  std::optional<Severity> worst;  // the most severe finding of the stream
  int bad_lines = 0;              // lines that were not an article (each gave an "error" result)
};

// Reads `in` line by line: {"path": "drafts/a.md", "date": "2022-02-07", "text": "..."} ("text"
// required; "path" defaults to "<name>:<line>"; "date" is the article's date, after --date and
// before the front matter). Blank lines are skipped. Writes one WriteJsonLine result per article,
// in input order; a line that is not such an object gives {"path": ..., "error": "<name>:<line>:
// <field>: <problem>"} in its place. `name` is what stdin is called (--stdin-filename).
StreamOutcome CheckNdjsonStream(const CheckerPool& pool, const std::string& name,
                                const JsonOptions& options, std::istream& in, std::ostream& out);

}  // namespace factlint::cli

#endif  // FACTLINT_TOOLS_CLI_NDJSON_STREAM_H_
