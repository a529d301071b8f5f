// A synthetic corpus database for benchmarks: made-up entities, measures, sources, statements and
// quotes at a chosen scale, in exactly the schema `factlint corpus build` writes (same tables,
// indexes, full-text indexes and user_version), so that Corpus::Open and every query work on it.
//
// Nothing in it is real: names are built from syllables, figures are random. It is for measuring
// speed at scale (look-ups, full-text retrieval, matching), never for measuring accuracy.
#ifndef FACTLINT_TESTS_BENCH_SYNTHETIC_CORPUS_H_
#define FACTLINT_TESTS_BENCH_SYNTHETIC_CORPUS_H_

#include <cstdint>
#include <string>

#include "factlint/status.h"

namespace factlint {

struct SyntheticCorpusOptions {
  // Statements (default 1,000,000). About one in ten carries no figure (text only); the rest
  // have a subject entity, a measure, a value, a unit, a qualifier and a period.
  int64_t statements = 1000000;
  // Entities (default 100,000): countries, organisations, companies, people and groups, each with
  // a unique name and one to three aliases (an alias may be shared, as "Korea" is). At least 10.
  int64_t entities = 100000;
  // Source documents (default 20,000), each published by an entity. At least 1.
  int64_t sources = 20000;
  // Measures (default 200), each with 3 to 8 cue words, unit_kind money or count. At least 1.
  int64_t measures = 200;
  // Quotes (default 100,000), each said by a person or an organisation.
  int64_t quotes = 100000;
  // The seed of the generator (default 42). The same options give the same records (and, with the
  // same SQLite, a byte-identical file).
  uint64_t seed = 42;
};

// Writes a new corpus database at `path`, replacing any file there. The records are written in
// chunks of 50,000 inside one transaction, so memory stays small whatever the scale; the file is
// written beside `path` and renamed into place only when complete.
// Errors: kInvalidArgument for options out of range; otherwise the Status of the SQLite error
// (kPermissionDenied when `path` cannot be written, kResourceExhausted when the disk is full),
// naming `path`.
Status WriteSyntheticCorpus(const std::string& path, const SyntheticCorpusOptions& options);

}  // namespace factlint

#endif  // FACTLINT_TESTS_BENCH_SYNTHETIC_CORPUS_H_
