// Fuzzes the ECB exchange-rate CSV importer's parser (engine/corpus ParseFxCsv, what
// `factlint corpus import-fx` and `corpus build` read) with arbitrary bytes. ImportFxRates itself
// only adds the SQLite transaction around it, so the parser is fuzzed directly, without a file.
// Checks:
//  * no crash; ToStatus() is OK exactly when no error was found, kInvalidArgument otherwise, and
//    every error names the file;
//  * when there is no error: the rates are sorted by (currency, date) with no date twice for a
//    currency, each currency index is a header column, each rate is a finite number > 0, each
//    line lies inside the file, and each date is a valid calendar date.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>

#include "engine/corpus/errors.h"
#include "engine/corpus/fx_csv.h"
#include "engine/corpus/model.h"
#include "fuzz_util.h"

namespace {

using namespace factlint;                   // NOLINT: a harness, not a library
using namespace factlint::corpus_internal;  // NOLINT
using fuzz::Check;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  int lines = 1;
  for (char c : text) lines += c == '\n';
  ErrorList errors;
  const FxTable table = ParseFxCsv(text, "rates.csv", &errors);
  const Status status = errors.ToStatus();
  Check(status.ok() == (errors.size() == 0), "ToStatus() is OK exactly when there is no error");
  if (!status.ok()) {
    Check(status.code() == StatusCode::kInvalidArgument, "fx errors are kInvalidArgument");
    Check(status.message().starts_with("rates.csv"), "an error names the file");
    return 0;
  }
  for (size_t i = 0; i < table.rates.size(); ++i) {
    const FxPoint& rate = table.rates[i];
    Check(rate.currency < table.currencies.size(), "a rate's currency is a header column");
    Check(std::isfinite(rate.per_euro) && rate.per_euro > 0, "a rate is a finite number > 0");
    Check(rate.line >= 1 && rate.line <= lines, "a rate's line lies inside the file");
    Check(DateOfDays(rate.days).ok(), "a rate's date is a calendar date");
    if (i > 0) {
      const FxPoint& prev = table.rates[i - 1];
      Check(std::tie(table.currencies[prev.currency], prev.days) <
                std::tie(table.currencies[rate.currency], rate.days),
            "rates are sorted by (currency, date), no date twice for a currency");
    }
  }
  return 0;
}
