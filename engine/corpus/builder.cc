// BuildCorpus, ValidateCorpus and ImportFxRates: compiling corpus sources into a database.
#include <fmt/format.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

#include "errors.h"
#include "factlint/corpus.h"
#include "fx_csv.h"
#include "model.h"
#include "schema.h"
#include "sqlite_util.h"
#include "validate.h"
#include "writer.h"
#include "yaml_loader.h"

namespace factlint {
namespace {

namespace fs = std::filesystem;
using corpus_internal::CorpusData;
using corpus_internal::ErrorList;

// A corpus file's extension, as the build reads it: lower-case only.
bool IsYamlPath(const fs::path& path) {
  return path.extension() == ".yaml" || path.extension() == ".yml";
}
bool IsCsvPath(const fs::path& path) { return path.extension() == ".csv"; }
bool IsHidden(const fs::path& path) { return path.filename().string().starts_with("."); }

std::string AsciiLowerExtension(const fs::path& path) {
  std::string extension = path.extension().string();
  for (char& c : extension) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return extension;
}

// What a folder search does with a file that is not hidden.
enum class FolderEntry { kRead, kMiscased, kDocumentation, kOther };

FolderEntry Classify(const fs::path& path) {
  if (IsYamlPath(path) || IsCsvPath(path)) return FolderEntry::kRead;
  const std::string lower = AsciiLowerExtension(path);
  if (lower == ".yaml" || lower == ".yml" || lower == ".csv") return FolderEntry::kMiscased;
  if (lower == ".md" || lower == ".sql") return FolderEntry::kDocumentation;
  return FolderEntry::kOther;
}

// The corpus files named by `inputs`: files as given, folders searched recursively (hidden files
// and folders skipped). Sorted by path, and a file named twice (even by two different paths) is
// read once, so that the build depends neither on the order of the arguments nor on that of the
// file system. In a folder, a corpus extension in capitals is an error (.YAML would be skipped),
// documentation (.md, .sql) is skipped, and any other file is skipped with a warning.
StatusOr<std::vector<std::string>> CollectInputFiles(const std::vector<std::string>& inputs,
                                                     ErrorList* errors, ErrorList* warnings) {
  std::vector<std::string> files, miscased;
  std::vector<std::pair<std::string, const char*>> skipped;  // (path, why)
  for (const std::string& input : inputs) {
    std::error_code ec;
    const fs::file_status status = fs::status(input, ec);
    if (!fs::exists(status)) return NotFoundError(input + ": no such file or directory");
    if (fs::is_regular_file(status)) {
      if (!IsYamlPath(input) && !IsCsvPath(input)) {
        return InvalidArgumentError(input + ": not a corpus file (expected .yaml, .yml or .csv)");
      }
      files.push_back(fs::path(input).lexically_normal().generic_string());
      continue;
    }
    if (!fs::is_directory(status)) return InvalidArgumentError(input + ": not a file or folder");
    fs::recursive_directory_iterator it(input, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      const fs::path& path = it->path();
      std::error_code type_error;
      if (IsHidden(path)) {
        if (it->is_directory(type_error)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_directory(type_error)) continue;
      std::string name = path.lexically_normal().generic_string();
      const FolderEntry entry = Classify(path);
      if (!it->is_regular_file(type_error)) {
        if (entry != FolderEntry::kDocumentation) {
          skipped.emplace_back(std::move(name), "not read: not a regular file");
        }
      } else if (entry == FolderEntry::kRead) {
        files.push_back(std::move(name));
      } else if (entry == FolderEntry::kMiscased) {
        miscased.push_back(std::move(name));
      } else if (entry == FolderEntry::kOther) {
        skipped.emplace_back(std::move(name), "not read: not a corpus file (.yaml, .yml or .csv)");
      }
    }
    if (ec) return PermissionDeniedError(fmt::format("{}: cannot list: {}", input, ec.message()));
  }
  std::sort(files.begin(), files.end());
  std::set<fs::path> seen;
  std::erase_if(files, [&](const std::string& file) {
    std::error_code ignored;
    fs::path canonical = fs::weakly_canonical(file, ignored);
    return !seen.insert(canonical.empty() ? fs::path(file) : canonical).second;
  });
  std::sort(miscased.begin(), miscased.end());
  for (const std::string& file : miscased) {
    errors->AddFileError(file, fmt::format("the extension must be written in lower case ({}), "
                                           "or the file is not read",
                                           AsciiLowerExtension(file)));
  }
  std::sort(skipped.begin(), skipped.end());
  skipped.erase(std::unique(skipped.begin(), skipped.end()), skipped.end());
  for (const auto& [file, why] : skipped) warnings->AddFileError(file, why);
  if (files.empty() && errors->size() == 0) {
    return InvalidArgumentError("no corpus files (.yaml, .yml, .csv) in the inputs given");
  }
  return files;
}

// Reads every file and checks the whole; errors are collected, not returned one by one.
void LoadAll(const std::vector<std::string>& files, CorpusData* data, ErrorList* errors) {
  for (const std::string& path : files) {
    if (IsCsvPath(path)) {
      data->fx_files.push_back({data->files.size(), corpus_internal::ReadFxCsv(path, errors)});
      data->files.push_back({path, corpus_internal::FileKind::kFx, ""});
    } else {
      corpus_internal::LoadYamlFile(path, data, errors);
    }
  }
  corpus_internal::Validate(data, errors);
}

// What a build of `data` writes.
void Count(const CorpusData& data, size_t files, CorpusBuildSummary* summary) {
  summary->files = static_cast<int>(files);
  summary->entities = static_cast<int>(data.entities.size());
  summary->measures = static_cast<int>(data.measures.size());
  summary->sources = static_cast<int>(data.sources.size());
  summary->statements = static_cast<int>(data.statements.size());
  summary->quotes = static_cast<int>(data.quotes.size());
  summary->lexicon_terms = static_cast<int>(data.lexicon.size());
  summary->fx_rates = 0;
  for (const corpus_internal::FxFile& fx : data.fx_files) {
    summary->fx_rates += static_cast<int64_t>(fx.table.rates.size());
  }
}

// Collects, reads and checks `inputs` into *data, which is what BuildCorpus and ValidateCorpus
// share, and counts what a build writes into *summary (warnings included).
Status ReadAndCheck(const std::vector<std::string>& inputs, CorpusData* data, ErrorList* errors,
                    CorpusBuildSummary* summary) {
  ErrorList warnings;
  FACTLINT_ASSIGN_OR_RETURN(std::vector<std::string> files,
                            CollectInputFiles(inputs, errors, &warnings));
  LoadAll(files, data, errors);
  Count(*data, files.size(), summary);
  summary->warnings = warnings.kept();
  return OkStatus();
}

// Writes `data` to a new database at `path` (which must not exist), in one transaction.
Status WriteDatabase(const std::string& path, const std::string& output, const CorpusData& data,
                     const CorpusBuildSummary& summary) {
  try {
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    // The file is renamed into place only once complete, so it needs no rollback journal.
    db.exec("PRAGMA journal_mode = OFF");
    db.exec("PRAGMA cache_size = -65536");
    SQLite::Transaction transaction(db);
    corpus_internal::ApplySchema(db);
    corpus_internal::WriteRecords(db, data);
    for (const corpus_internal::FxFile& fx : data.fx_files) {
      corpus_internal::WriteFxRates(db, static_cast<int64_t>(fx.file_index) + 1, fx.table);
    }
    corpus_internal::RebuildFullText(db);
    transaction.commit();
    // The validation should have made every reference good; this proves it.
    SQLite::Statement check(db, "PRAGMA foreign_key_check");
    if (check.executeStep()) {
      return InternalError(fmt::format("{}: a record refers to a missing row of table '{}'", output,
                                       check.getColumn(2).getString()));
    }
    // The counts were taken from what was read; the database must hold exactly that.
    if (corpus_internal::CountRows(db, "statements") != summary.statements ||
        corpus_internal::CountRows(db, "fx_rates") != summary.fx_rates) {
      return InternalError(
          fmt::format("{}: the database holds other counts than were read", output));
    }
  } catch (const SQLite::Exception& e) {
    return corpus_internal::SqliteError(e, output);
  }
  return OkStatus();
}

void RemoveIfExists(const std::string& path) {
  std::error_code ignored;
  fs::remove(path, ignored);
}

}  // namespace

StatusOr<CorpusValidation> ValidateCorpus(const std::vector<std::string>& inputs) {
  if (inputs.empty()) return InvalidArgumentError("corpus validate: no inputs given");
  CorpusData data;
  ErrorList errors;
  CorpusValidation result;
  FACTLINT_RETURN_IF_ERROR(ReadAndCheck(inputs, &data, &errors, &result.summary));
  result.errors = errors.kept();
  result.error_count = errors.size();
  return result;
}

Status BuildCorpus(const std::vector<std::string>& inputs, const std::string& output,
                   CorpusBuildSummary* summary) {
  if (inputs.empty()) return InvalidArgumentError("corpus build: no inputs given");
  if (output.empty()) return InvalidArgumentError("corpus build: no output path given");
  CorpusData data;
  ErrorList errors;
  CorpusBuildSummary result;
  FACTLINT_RETURN_IF_ERROR(ReadAndCheck(inputs, &data, &errors, &result));
  FACTLINT_RETURN_IF_ERROR(errors.ToStatus());

  const std::string temp = fmt::format("{}.tmp-{}", output, static_cast<long>(::getpid()));
  RemoveIfExists(temp);  // left by a build of the same process id that was killed
  Status written = WriteDatabase(temp, output, data, result);
  if (written.ok()) {
    std::error_code ec;
    fs::rename(temp, output, ec);
    if (ec) {
      written = PermissionDeniedError(fmt::format("{}: cannot replace: {}", output, ec.message()));
    }
  }
  if (!written.ok()) {
    RemoveIfExists(temp);
    return written;
  }
  if (summary != nullptr) *summary = std::move(result);
  return OkStatus();
}

namespace {

// A rate of the file that the database already holds with another value.
struct FxConflict {
  std::string currency, date;
  int line = 0;
  double ours = 0, theirs = 0;
  std::string their_file;
  int their_line = 0;
};

// Splits the file's rates into those to write (new, or different and `replace`) and counts the
// rest; lists the first conflicts.
corpus_internal::FxTable CompareWithDatabase(SQLite::Database& db,
                                             const corpus_internal::FxTable& table, bool replace,
                                             FxImportSummary* summary,
                                             std::vector<FxConflict>* conflicts,
                                             int64_t* conflict_count) {
  SQLite::Statement existing(
      db,
      "SELECT r.per_euro, f.path, r.line FROM fx_rates r "
      "JOIN files f ON f.id = r.file_id WHERE r.currency = ? AND r.date = ?");
  corpus_internal::FxTable to_write;
  to_write.currencies = table.currencies;
  for (const corpus_internal::FxPoint& rate : table.rates) {
    const std::string& currency = table.currencies[rate.currency];
    const std::string date = FormatIsoDate(corpus_internal::DateOfDays(rate.days));
    existing.bind(1, currency);
    existing.bind(2, date);
    if (!existing.executeStep()) {
      ++summary->added;
      to_write.rates.push_back(rate);
    } else if (existing.getColumn(0).getDouble() == rate.per_euro) {
      ++summary->unchanged;
    } else {
      ++summary->replaced;
      to_write.rates.push_back(rate);
      if (++*conflict_count <= static_cast<int64_t>(kMaxFxConflictsShown)) {
        conflicts->push_back({currency, date, rate.line, rate.per_euro,
                              existing.getColumn(0).getDouble(), existing.getColumn(1).getString(),
                              existing.getColumn(2).getInt()});
      }
    }
    existing.reset();
  }
  if (!replace) summary->replaced = 0;
  return to_write;
}

// "c.db: 2 rates of rates.csv differ from the database's; nothing was imported (--replace
// replaces them)", then one line per conflict shown.
Status ConflictError(const std::string& csv_path, const std::string& db_path,
                     const std::vector<FxConflict>& conflicts, int64_t count) {
  std::string message = fmt::format(
      "{}: {} {} of {} {} from the database's; nothing was imported (--replace replaces them)",
      db_path, count, count == 1 ? "rate" : "rates", csv_path, count == 1 ? "differs" : "differ");
  for (const FxConflict& c : conflicts) {
    message +=
        fmt::format("\n{}:{}: {}: {} is {} here but {} in the database ({}:{})", csv_path, c.line,
                    c.currency, c.date, c.ours, c.theirs, c.their_file, c.their_line);
  }
  if (count > static_cast<int64_t>(conflicts.size())) {
    message += fmt::format("\n... and {} more", count - static_cast<int64_t>(conflicts.size()));
  }
  return InvalidArgumentError(std::move(message));
}

}  // namespace

StatusOr<FxImportSummary> ImportFxRates(const std::string& csv_path, const std::string& db_path,
                                        bool replace) {
  std::error_code ec;
  if (!fs::is_regular_file(db_path, ec)) {
    return NotFoundError(db_path + ": no such corpus database");
  }
  ErrorList errors;
  corpus_internal::FxTable table = corpus_internal::ReadFxCsv(csv_path, &errors);
  FACTLINT_RETURN_IF_ERROR(errors.ToStatus());
  try {
    SQLite::Database db(db_path, SQLite::OPEN_READWRITE, corpus_internal::kBusyTimeoutMs);
    FACTLINT_RETURN_IF_ERROR(corpus_internal::CheckCorpusDatabase(db, db_path));
    if (sqlite3_db_readonly(db.getHandle(), "main") == 1) {
      return PermissionDeniedError(db_path + ": cannot write (read-only)");
    }
    SQLite::Statement source(db, "SELECT 1 FROM sources WHERE id = ?");
    source.bind(1, kEcbSourceId);
    if (!source.executeStep()) {
      return NotFoundError(fmt::format(
          "{}: no source '{}' to credit the rates to; build the database from a corpus that "
          "has it (corpus/sources/{}.yaml)",
          db_path, kEcbSourceId, kEcbSourceId));
    }
    db.exec("PRAGMA cache_size = -65536");
    SQLite::Transaction transaction(db);
    FxImportSummary summary;
    std::vector<FxConflict> conflicts;
    int64_t conflict_count = 0;
    const corpus_internal::FxTable to_write =
        CompareWithDatabase(db, table, replace, &summary, &conflicts, &conflict_count);
    if (conflict_count > 0 && !replace) {
      return ConflictError(csv_path, db_path, conflicts, conflict_count);
    }
    if (!to_write.rates.empty()) {
      const int64_t file_id = corpus_internal::InsertFile(
          db, {csv_path, corpus_internal::FileKind::kFx, std::string(kEcbSourceId)});
      corpus_internal::WriteFxRates(db, file_id, to_write);
    }
    transaction.commit();
    return summary;
  } catch (const SQLite::Exception& e) {
    return corpus_internal::SqliteError(e, db_path);
  }
}

}  // namespace factlint
