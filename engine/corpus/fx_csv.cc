#include "fx_csv.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <vector>

#include "engine/text/currency_codes.h"
#include "factlint/date.h"
#include "text_util.h"

namespace factlint::corpus_internal {
namespace {

// Splits one line at commas. The ECB layout has no quoting.
void SplitFields(std::string_view line, std::vector<std::string_view>* fields) {
  fields->clear();
  size_t start = 0;
  while (true) {
    const size_t comma = line.find(',', start);
    if (comma == std::string_view::npos) {
      fields->push_back(line.substr(start));
      return;
    }
    fields->push_back(line.substr(start, comma - start));
    start = comma + 1;
  }
}

bool IsCurrencyCode(std::string_view code) {
  return code.size() == 3 &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

FxTable ParseFxCsv(std::string_view text, const std::string& path, ErrorList* errors) {
  FxTable table;
  if (!CheckCorpusText(text, path, errors)) return table;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  const int64_t errors_before = errors->size();

  // Columns of the header that hold a currency: (field index, index into table.currencies).
  std::vector<std::pair<size_t, uint16_t>> columns;
  size_t header_fields = 0;
  bool have_header = false;
  std::vector<std::string_view> fields;
  std::vector<std::pair<int32_t, int>> dates;  // (day, line) of every row, to find repeats

  int line_number = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    SplitFields(line, &fields);

    if (!have_header) {
      have_header = true;
      header_fields = fields.size();
      if (fields[0] != "Date") {
        errors->Add(path, line_number, "column 1",
                    fmt::format("expected 'Date', got '{}'", fields[0]));
      }
      for (size_t i = 1; i < fields.size(); ++i) {
        const std::string_view name = fields[i];
        if (name.empty() && i + 1 == fields.size()) break;  // the ECB file's trailing comma
        const std::string column = fmt::format("column {}", i + 1);
        if (!IsCurrencyCode(name)) {
          errors->Add(path, line_number, column,
                      fmt::format("expected a three-letter currency code, got '{}'", name));
          continue;
        }
        if (name == "EUR") {
          errors->Add(path, line_number, column,
                      "EUR: the rates are units of each currency per euro, so the euro has no "
                      "column");
          continue;
        }
        if (!text_internal::IsIsoCurrencyCode(name)) {
          errors->Add(path, line_number, column,
                      fmt::format("'{}' is not an ISO 4217 currency code", name));
          continue;
        }
        if (std::find(table.currencies.begin(), table.currencies.end(), name) !=
            table.currencies.end()) {
          errors->Add(path, line_number, fmt::format("column {}", i + 1),
                      fmt::format("currency {} appears twice", name));
          continue;
        }
        columns.emplace_back(i, static_cast<uint16_t>(table.currencies.size()));
        table.currencies.emplace_back(name);
      }
      continue;
    }

    if (fields.size() != header_fields) {
      errors->Add(
          path, line_number, "",
          fmt::format("expected {} fields as in the header, got {}", header_fields, fields.size()));
      continue;
    }
    std::optional<Date> date = ParseIsoDate(fields[0]);
    if (!date) {
      errors->Add(path, line_number, "Date",
                  fmt::format("expected a date YYYY-MM-DD, got '{}'", fields[0]));
      continue;
    }
    const int32_t days = DaysSinceEpoch(*date);
    dates.emplace_back(days, line_number);
    for (const auto& [field_index, currency] : columns) {
      const std::string_view value = fields[field_index];
      if (value.empty() || value == "N/A") continue;
      std::optional<double> rate = ParseNumber(value);
      if (!rate || *rate <= 0) {
        errors->Add(path, line_number, table.currencies[currency],
                    fmt::format("expected a number or N/A, got '{}'", value));
        continue;
      }
      table.rates.push_back({days, currency, line_number, *rate});
    }
  }
  if (!have_header) errors->Add(path, 1, "", "empty file: expected a header 'Date,USD,...'");

  // A day given twice would make the rate depend on row order.
  std::sort(dates.begin(), dates.end());
  for (size_t i = 1; i < dates.size(); ++i) {
    if (dates[i].first == dates[i - 1].first) {
      errors->Add(path, dates[i].second, "Date",
                  fmt::format("{} appears twice (first on line {})",
                              FormatIsoDate(DateOfDays(dates[i].first)), dates[i - 1].second));
    }
  }
  if (errors->size() != errors_before) {
    table.rates.clear();
    return table;
  }
  // Sorted as the fx_rates primary key is, so that inserting appends to the b-tree.
  std::vector<uint16_t> rank(table.currencies.size());
  {
    std::vector<uint16_t> order(table.currencies.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<uint16_t>(i);
    std::sort(order.begin(), order.end(),
              [&](uint16_t a, uint16_t b) { return table.currencies[a] < table.currencies[b]; });
    for (size_t i = 0; i < order.size(); ++i) rank[order[i]] = static_cast<uint16_t>(i);
  }
  std::sort(table.rates.begin(), table.rates.end(), [&](const FxPoint& a, const FxPoint& b) {
    if (a.currency != b.currency) return rank[a.currency] < rank[b.currency];
    return a.days < b.days;
  });
  return table;
}

FxTable ReadFxCsv(const std::string& path, ErrorList* errors) {
  std::optional<std::string> text = ReadCorpusFile(path, kMaxCsvFileBytes, errors);
  if (!text) return FxTable{};
  return ParseFxCsv(*text, path, errors);
}

}  // namespace factlint::corpus_internal
