// BuildCorpus and ImportFxRates: compiling corpus sources into a database.
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

bool IsYamlPath(const fs::path& path) {
  return path.extension() == ".yaml" || path.extension() == ".yml";
}
bool IsCsvPath(const fs::path& path) { return path.extension() == ".csv"; }
bool IsHidden(const fs::path& path) { return path.filename().string().starts_with("."); }

// The corpus files named by `inputs`: files as given, folders searched recursively for .yaml,
// .yml and .csv files (hidden files and folders skipped). Sorted by path, and a file named twice
// (even by two different paths) is read once, so that the build depends neither on the order of
// the arguments nor on that of the file system.
StatusOr<std::vector<std::string>> CollectInputFiles(const std::vector<std::string>& inputs) {
  std::vector<std::string> files;
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
      if (IsHidden(path)) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec) && (IsYamlPath(path) || IsCsvPath(path))) {
        files.push_back(path.lexically_normal().generic_string());
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
  if (files.empty()) {
    return InvalidArgumentError("no corpus files (.yaml, .yml, .csv) in the inputs given");
  }
  return files;
}

// Reads every file and checks the whole; errors are collected, not returned one by one.
void LoadAll(const std::vector<std::string>& files, CorpusData* data, ErrorList* errors,
             std::vector<std::string>* warnings) {
  for (const std::string& path : files) {
    if (IsCsvPath(path)) {
      data->fx_files.push_back({data->files.size(), corpus_internal::ReadFxCsv(path, errors)});
      data->files.push_back({path, corpus_internal::FileKind::kFx, ""});
    } else {
      corpus_internal::LoadYamlFile(path, data, errors);
    }
  }
  corpus_internal::Validate(data, errors, warnings);
}

// Writes `data` to a new database at `path` (which must not exist), in one transaction.
Status WriteDatabase(const std::string& path, const std::string& output, const CorpusData& data,
                     CorpusBuildSummary* summary) {
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
    summary->entities = static_cast<int>(corpus_internal::CountRows(db, "entities"));
    summary->measures = static_cast<int>(corpus_internal::CountRows(db, "measures"));
    summary->sources = static_cast<int>(corpus_internal::CountRows(db, "sources"));
    summary->statements = static_cast<int>(corpus_internal::CountRows(db, "statements"));
    summary->quotes = static_cast<int>(corpus_internal::CountRows(db, "quotes"));
    summary->lexicon_terms = static_cast<int>(corpus_internal::CountRows(db, "lexicon"));
    summary->fx_rates = corpus_internal::CountRows(db, "fx_rates");
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

Status BuildCorpus(const std::vector<std::string>& inputs, const std::string& output,
                   CorpusBuildSummary* summary) {
  if (inputs.empty()) return InvalidArgumentError("corpus build: no inputs given");
  if (output.empty()) return InvalidArgumentError("corpus build: no output path given");
  FACTLINT_ASSIGN_OR_RETURN(std::vector<std::string> files, CollectInputFiles(inputs));

  CorpusData data;
  ErrorList errors;
  CorpusBuildSummary result;
  LoadAll(files, &data, &errors, &result.warnings);
  FACTLINT_RETURN_IF_ERROR(errors.ToStatus());
  result.files = static_cast<int>(files.size());

  const std::string temp = fmt::format("{}.tmp-{}", output, static_cast<long>(::getpid()));
  RemoveIfExists(temp);  // left by a build of the same process id that was killed
  Status written = WriteDatabase(temp, output, data, &result);
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

StatusOr<int64_t> ImportFxRates(const std::string& csv_path, const std::string& db_path) {
  std::error_code ec;
  if (!fs::is_regular_file(db_path, ec)) {
    return NotFoundError(db_path + ": no such corpus database");
  }
  ErrorList errors;
  const corpus_internal::FxTable table = corpus_internal::ReadFxCsv(csv_path, &errors);
  FACTLINT_RETURN_IF_ERROR(errors.ToStatus());
  try {
    SQLite::Database db(db_path, SQLite::OPEN_READWRITE, corpus_internal::kBusyTimeoutMs);
    FACTLINT_RETURN_IF_ERROR(
        corpus_internal::CheckSchemaVersion(corpus_internal::ReadUserVersion(db), db_path));
    if (sqlite3_db_readonly(db.getHandle(), "main") == 1) {
      return PermissionDeniedError(db_path + ": cannot write (read-only)");
    }
    db.exec("PRAGMA cache_size = -65536");
    SQLite::Transaction transaction(db);
    corpus_internal::EnsureEcbSource(db);
    const int64_t file_id = corpus_internal::InsertFile(
        db, {csv_path, corpus_internal::FileKind::kFx, std::string(kEcbSourceId)});
    const int64_t written = corpus_internal::WriteFxRates(db, file_id, table);
    transaction.commit();
    return written;
  } catch (const SQLite::Exception& e) {
    return corpus_internal::SqliteError(e, db_path);
  }
}

}  // namespace factlint
