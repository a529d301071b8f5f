// Stores validated corpus records in a database that has the schema.
#ifndef FACTLINT_ENGINE_CORPUS_WRITER_H_
#define FACTLINT_ENGINE_CORPUS_WRITER_H_

#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <vector>

#include "model.h"

namespace factlint::corpus_internal {

// Everything below throws SQLite::Exception; the caller holds the transaction.

// Writes data->files (ids 1..n in order) and every record of `data` but the exchange rates.
// REQUIRES: Validate(data) found no error.
void WriteRecords(SQLite::Database& db, const CorpusData& data);

// Adds a files row; returns its id.
int64_t InsertFile(SQLite::Database& db, const InputFile& file);

// Writes the rates of one file, replacing rates of the same currency and date. Returns the number
// of rates written.
int64_t WriteFxRates(SQLite::Database& db, int64_t file_id, const FxTable& table);

// Fills the full-text indexes from the statements and quotes tables, and the BM25 statistics of
// each (full_text_terms, full_text_totals).
void RebuildFullText(SQLite::Database& db);

}  // namespace factlint::corpus_internal

#endif  // FACTLINT_ENGINE_CORPUS_WRITER_H_
