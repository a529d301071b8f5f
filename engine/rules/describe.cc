#include "describe.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>

namespace factlint::rules_internal {
namespace {

std::string MonthYear(Date day) {
  static constexpr std::array<const char*, 12> kMonths = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  return fmt::format("{} {}", kMonths[static_cast<unsigned>(day.month()) - 1],
                     static_cast<int>(day.year()));
}

bool IsLastOfMonth(Date day) { return day == Date{day.year() / day.month() / std::chrono::last}; }

std::string StartOf(Date day) {
  if (day.day() != std::chrono::day{1}) return FormatIsoDate(day);
  if (day.month() == std::chrono::January) return fmt::format("{}", static_cast<int>(day.year()));
  if (day.month() == std::chrono::July) return fmt::format("mid-{}", static_cast<int>(day.year()));
  return MonthYear(day);
}

std::string EndOf(Date day) {
  if (!IsLastOfMonth(day)) return FormatIsoDate(day);
  if (day.month() == std::chrono::December) return fmt::format("{}", static_cast<int>(day.year()));
  if (day.month() == std::chrono::June) return fmt::format("mid-{}", static_cast<int>(day.year()));
  return MonthYear(day);
}

std::string Grouped(double value) {
  if (std::fabs(value) >= 1e9 && std::fmod(value, 1e7) == 0) {
    return fmt::format("{:g} billion", value / 1e9);
  }
  if (std::fabs(value) >= 1e6 && std::fmod(value, 1e4) == 0) {
    return fmt::format("{:g} million", value / 1e6);
  }
  if (value != std::floor(value) || std::fabs(value) >= 1e15) return fmt::format("{}", value);
  std::string digits = fmt::format("{}", static_cast<int64_t>(value));
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0 && digits[i - 1] != '-') out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

}  // namespace

WrittenNumber ReadWrittenNumber(std::string_view number) {
  size_t end = number.find_first_not_of("0123456789.,");
  if (end == std::string_view::npos) end = number.size();
  std::string digits(number.substr(0, end));
  std::erase(digits, ',');
  return {digits.empty() ? 0 : std::strtod(digits.c_str(), nullptr), number.substr(end)};
}

std::string HyphensToSpaces(std::string_view id) {
  std::string out(id);
  std::replace(out.begin(), out.end(), '-', ' ');
  return out;
}

std::string OriginLocator(const RecordOrigin& origin) {
  return fmt::format("{}:{}", std::filesystem::path(origin.file).filename().string(), origin.line);
}

std::string EntityName(const Corpus* corpus, const std::string& id) {
  if (corpus == nullptr || id.empty()) return id;
  StatusOr<std::optional<EntityInfo>> entity = corpus->FindEntity(id);
  return entity.ok() && entity->has_value() ? (*entity)->name : id;
}

std::string DescribePeriod(Date from, Date to) {
  if (from == to) return FormatIsoDate(from);
  if (from.day() == std::chrono::day{1} && IsLastOfMonth(to) && from.year() == to.year() &&
      from.month() == to.month()) {
    return MonthYear(from);
  }
  std::string start = StartOf(from), end = EndOf(to);
  return start == end ? start : fmt::format("{} to {}", start, end);
}

std::string DescribeValue(const StatementInfo& record) {
  if (!record.value) return "";
  std::string qualifier;
  if (!record.qualifier.empty() && record.qualifier != "exact") {
    qualifier = HyphensToSpaces(record.qualifier) + ' ';
  }
  return fmt::format("{}{} {}", qualifier, Grouped(*record.value), record.unit);
}

}  // namespace factlint::rules_internal
