#include "schema.h"

#include <fmt/format.h>

#include "factlint/corpus.h"

namespace factlint::corpus_internal {

void ApplySchema(SQLite::Database& db) { db.exec(kSchemaSql); }

int ReadUserVersion(SQLite::Database& db) { return db.execAndGet("PRAGMA user_version").getInt(); }

Status CheckSchemaVersion(int version, const std::string& path) {
  if (version == kCorpusSchemaVersion) return OkStatus();
  return FailedPreconditionError(fmt::format(
      "{}: corpus schema version {}, this factlint reads version {}; rebuild it with 'factlint "
      "corpus build'",
      path, version, kCorpusSchemaVersion));
}

}  // namespace factlint::corpus_internal
