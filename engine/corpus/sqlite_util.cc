#include "sqlite_util.h"

#include <fmt/format.h>
#include <sqlite3.h>

namespace factlint::corpus_internal {

Status SqliteError(const SQLite::Exception& e, std::string_view db_path) {
  const int code = e.getErrorCode() & 0xff;
  switch (code) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      return DataLossError(fmt::format("{}: not a valid corpus database ({})", db_path, e.what()));
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return PermissionDeniedError(fmt::format("{}: cannot write ({})", db_path, e.what()));
    case SQLITE_CANTOPEN:
      return PermissionDeniedError(fmt::format("{}: cannot open ({})", db_path, e.what()));
    case SQLITE_FULL:
      return ResourceExhaustedError(fmt::format("{}: disk full ({})", db_path, e.what()));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return FailedPreconditionError(
          fmt::format("{}: database is in use by another program ({})", db_path, e.what()));
    default:
      return InternalError(fmt::format("{}: SQLite error: {}", db_path, e.what()));
  }
}

int64_t CountRows(SQLite::Database& db, std::string_view table) {
  return db.execAndGet(fmt::format("SELECT count(*) FROM {}", table)).getInt64();
}

void BindText(SQLite::Statement& st, int index, const std::string& text) {
  if (text.empty()) {
    st.bind(index);
  } else {
    st.bind(index, text);
  }
}

void BindDate(SQLite::Statement& st, int index, const std::optional<Date>& date) {
  if (date) {
    st.bind(index, FormatIsoDate(*date));
  } else {
    st.bind(index);
  }
}

std::string ColumnText(const SQLite::Statement& st, int index) {
  SQLite::Column column = st.getColumn(index);
  return column.isNull() ? std::string() : column.getString();
}

std::optional<Date> ColumnDate(const SQLite::Statement& st, int index) {
  SQLite::Column column = st.getColumn(index);
  if (column.isNull()) return std::nullopt;
  return ParseIsoDate(column.getString());
}

}  // namespace factlint::corpus_internal
