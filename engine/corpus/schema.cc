#include "schema.h"

#include <fmt/format.h>

#include <filesystem>
#include <system_error>

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

Status CheckCorpusDatabase(SQLite::Database& db, const std::string& path) {
  const int version = ReadUserVersion(db);
  if (version == 0) {
    std::error_code ec;
    if (std::filesystem::file_size(path, ec) == 0 && !ec) {
      return DataLossError(path + ": empty file, not a corpus database");
    }
    return DataLossError(path +
                         ": not a corpus database (an SQLite database factlint did not write)");
  }
  return CheckSchemaVersion(version, path);
}

}  // namespace factlint::corpus_internal
