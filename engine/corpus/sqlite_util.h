// The one place where SQLite's errors become Status values, and small binding helpers.
#ifndef FACTLINT_ENGINE_CORPUS_SQLITE_UTIL_H_
#define FACTLINT_ENGINE_CORPUS_SQLITE_UTIL_H_

#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "factlint/date.h"
#include "factlint/status.h"

namespace factlint::corpus_internal {

// How long opening, querying or writing a database waits for another program's lock before
// SQLITE_BUSY ("database is in use by another program"): a check waits for an import to commit
// instead of failing, and a writer that holds its lock for longer is reported.
inline constexpr int kBusyTimeoutMs = 5000;

// `e` as a Status whose message starts with `db_path`:
//   not a database, corrupt            -> kDataLoss "<path>: not a valid corpus database (...)"
//   read-only, no permission           -> kPermissionDenied "<path>: cannot write (...)"
//   cannot open                        -> kPermissionDenied "<path>: cannot open (...)"
//   disk full                          -> kResourceExhausted
//   busy, locked                       -> kFailedPrecondition
//   anything else                      -> kInternal "<path>: SQLite error: ..."
Status SqliteError(const SQLite::Exception& e, std::string_view db_path);

// The number of rows of `table` (a name from the schema, not user input). Throws
// SQLite::Exception.
int64_t CountRows(SQLite::Database& db, std::string_view table);

// Binds `text`, or NULL when it is empty.
void BindText(SQLite::Statement& st, int index, const std::string& text);
// Binds "YYYY-MM-DD", or NULL.
void BindDate(SQLite::Statement& st, int index, const std::optional<Date>& date);

// The column as a string; "" for NULL.
std::string ColumnText(const SQLite::Statement& st, int index);
// The column parsed as a date; nullopt for NULL (or for a malformed date).
std::optional<Date> ColumnDate(const SQLite::Statement& st, int index);

}  // namespace factlint::corpus_internal

#endif  // FACTLINT_ENGINE_CORPUS_SQLITE_UTIL_H_
