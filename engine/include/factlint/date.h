// Calendar dates as factlint uses them: civil dates with no time of day or zone.
#ifndef FACTLINT_DATE_H_
#define FACTLINT_DATE_H_

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace factlint {

using Date = std::chrono::year_month_day;

// Parses "YYYY-MM-DD" exactly (four-digit year, two-digit month and day, a real calendar day).
// Returns nullopt for anything else, including surrounding spaces.
std::optional<Date> ParseIsoDate(std::string_view text);

// "YYYY-MM-DD". REQUIRES: date.ok().
std::string FormatIsoDate(Date date);

// Today's date in UTC, read from the system clock.
Date TodayUtc();

// Monday is 1 ... Sunday is 7 (ISO 8601).
unsigned IsoWeekday(Date date);

// The date `days` days after `date` (before it when negative).
Date AddDays(Date date, int days);

}  // namespace factlint

#endif  // FACTLINT_DATE_H_
