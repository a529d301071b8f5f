#include "factlint/date.h"

#include <fmt/format.h>

#include <charconv>

namespace factlint {
namespace {

std::optional<int> ParseDigits(std::string_view text) {
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

std::optional<Date> ParseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto y = ParseDigits(text.substr(0, 4));
  auto m = ParseDigits(text.substr(5, 2));
  auto d = ParseDigits(text.substr(8, 2));
  if (!y || !m || !d) return std::nullopt;
  Date date{std::chrono::year(*y), std::chrono::month(static_cast<unsigned>(*m)),
            std::chrono::day(static_cast<unsigned>(*d))};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::string FormatIsoDate(Date date) {
  return fmt::format("{:04d}-{:02d}-{:02d}", static_cast<int>(date.year()),
                     static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

Date TodayUtc() {
  return Date{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
}

unsigned IsoWeekday(Date date) {
  return std::chrono::weekday(std::chrono::sys_days(date)).iso_encoding();
}

Date AddDays(Date date, int days) {
  return Date{std::chrono::sys_days(date) + std::chrono::days(days)};
}

}  // namespace factlint
