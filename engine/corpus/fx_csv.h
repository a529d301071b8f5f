// Reads exchange-rate files in the layout of the ECB's eurofxref-hist.csv.
#ifndef FACTLINT_ENGINE_CORPUS_FX_CSV_H_
#define FACTLINT_ENGINE_CORPUS_FX_CSV_H_

#include <string>
#include <string_view>

#include "errors.h"
#include "model.h"

namespace factlint::corpus_internal {

// Parses the text of an ECB-layout file: a header `Date,USD,JPY,...` (a trailing comma, which
// gives an empty last column name, is ignored), then one row per day `2022-02-04,1.1464,...` in
// any order, where `N/A` or an empty field is a day without a rate. Blank lines are skipped; a
// UTF-8 byte-order mark and CR line ends are accepted. A column is an ISO 4217 code other than
// EUR (the rates are per euro). Problems go to `errors` as
// "path:LINE: USD: expected a number or N/A, got 'abc'" (text that is not UTF-8, or holds a NUL
// or a control character, stops there). The rates come back sorted by (currency, date).
FxTable ParseFxCsv(std::string_view text, const std::string& path, ErrorList* errors);

// Reads the file at `path` (at most kMaxCsvFileBytes) and parses it as above; a file that cannot
// be read is reported.
FxTable ReadFxCsv(const std::string& path, ErrorList* errors);

}  // namespace factlint::corpus_internal

#endif  // FACTLINT_ENGINE_CORPUS_FX_CSV_H_
