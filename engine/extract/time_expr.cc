#include "engine/extract/time_expr.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/base/ascii.h"

namespace factlint {

std::string_view GranularityName(Granularity granularity) {
  switch (granularity) {
    case Granularity::kDay:
      return "day";
    case Granularity::kWeek:
      return "week";
    case Granularity::kMonth:
      return "month";
    case Granularity::kQuarter:
      return "quarter";
    case Granularity::kHalfYear:
      return "half-year";
    case Granularity::kYear:
      return "year";
    case Granularity::kMultiYear:
      return "multi-year";
  }
  return "day";
}

namespace extract_internal {
namespace {

using Piece = re2::StringPiece;

// ---------------------------------------------------------------------------------------------
// Pattern pieces. Month and weekday names are case-sensitive ("may", "march" are verbs); the
// other words are not. Macros, so that the patterns below are single string literals.

#define FL_S "(?:[ \\t\\r\\n]|\\x{00A0}|\\x{202F})+"  // blanks, a line break too
#define FL_OPT_S "(?:[ \\t\\r\\n]|\\x{00A0}|\\x{202F})*"
#define FL_DASH "(?:-|\\x{2013}|\\x{2014})"
#define FL_MON                                                                                   \
  "(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)" \
  "\\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\\.|\\b))"
#define FL_DAY "(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
#define FL_YEAR "(?:19[0-9][0-9]|20[0-9][0-9]|2100)"
#define FL_WD "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#define FL_PART \
  "(?i:(?:early|mid|late)(?:" FL_DASH "|" FL_S ")|(?:beginning|start|middle|end)" FL_S "of" FL_S ")"
#define FL_THE "(?:(?i:the)" FL_S ")?"
#define FL_NUM "(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]{1,3})"
#define FL_UNIT "(?i:days?|weeks?|months?|years?)"
#define FL_ORD "(?i:first|second|third|fourth|1st|2nd|3rd|4th)"

// ---------------------------------------------------------------------------------------------
// Small helpers.

std::string_view View(Piece p) { return {p.data(), p.size()}; }
bool Has(Piece p) { return p.data() != nullptr; }

// The value of the leading digits (at most 4 are read: the patterns allow no more).
int ToInt(std::string_view s) {
  int value = 0;
  for (size_t i = 0; i < s.size() && i < 4 && IsAsciiDigit(s[i]); ++i) {
    value = value * 10 + (s[i] - '0');
  }
  return value;
}

unsigned MonthOf(std::string_view name) {
  static constexpr std::string_view kNames[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string head = AsciiLower(name.substr(0, 3));
  for (unsigned i = 0; i < 12; ++i) {
    if (head == kNames[i]) return i + 1;
  }
  return 0;
}

unsigned WeekdayOf(std::string_view name) {  // ISO: Monday 1 ... Sunday 7
  static constexpr std::string_view kNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  std::string head = AsciiLower(name.substr(0, 3));
  for (unsigned i = 0; i < 7; ++i) {
    if (head == kNames[i]) return i + 1;
  }
  return 0;
}

int NumberOf(std::string_view word) {
  static constexpr std::string_view kWords[] = {"one",  "two", "three",  "four",
                                                "five", "six", "seven",  "eight",
                                                "nine", "ten", "eleven", "twelve"};
  if (!word.empty() && IsAsciiDigit(word[0])) return ToInt(word);
  std::string w = AsciiLower(word);
  if (w == "a" || w == "an") return 1;
  for (int i = 0; i < 12; ++i) {
    if (w == kWords[i]) return i + 1;
  }
  return 0;
}

enum Part { kWhole = 0, kEarly, kMid, kLate };

Part PartOf(std::string_view words) {
  std::string w = AsciiLower(words);
  if (w.starts_with("early") || w.starts_with("beginning") || w.starts_with("start")) return kEarly;
  if (w.starts_with("mid")) return kMid;  // "mid", "middle"
  if (w.starts_with("late") || w.starts_with("end")) return kLate;
  return kWhole;
}

// The unit named by "days", "week", "months", "quarter", "year": 'd', 'w', 'm', 'q', 'y'.
char UnitOf(std::string_view word) { return word.empty() ? 'd' : AsciiLower(word[0]); }

// -1 for "last"/"past"/"previous", 0 for "this"/"current", +1 for "next".
int OffsetOf(std::string_view word) {
  std::string w = AsciiLower(word);
  if (w == "last" || w == "past" || w == "previous") return -1;
  if (w == "next") return 1;
  return 0;
}

Date Ymd(int y, unsigned m, unsigned d) {
  return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}
Date LastDay(int y, unsigned m) {
  return Date{std::chrono::year_month_day_last{std::chrono::year{y},
                                               std::chrono::month_day_last{std::chrono::month{m}}}};
}
int YearOf(Date d) { return static_cast<int>(d.year()); }
unsigned MonthNum(Date d) { return static_cast<unsigned>(d.month()); }

// `date` moved by `n` units ('d', 'w', 'm', 'y'); a day past the end of a shorter month becomes
// that month's last day.
Date Shift(Date date, int n, char unit) {
  switch (unit) {
    case 'd':
      return AddDays(date, n);
    case 'w':
      return AddDays(date, 7 * n);
    case 'm':
    case 'y': {
      std::chrono::year_month ym{date.year(), date.month()};
      ym = unit == 'm' ? ym + std::chrono::months{n} : ym + std::chrono::years{n};
      Date moved{ym.year(), ym.month(), date.day()};
      return moved.ok() ? moved
                        : LastDay(static_cast<int>(ym.year()), static_cast<unsigned>(ym.month()));
    }
  }
  return date;
}

Date MondayOf(Date date) { return AddDays(date, 1 - static_cast<int>(IsoWeekday(date))); }

// ---------------------------------------------------------------------------------------------
// What one expression (or one end of a range) means.

struct Point {
  bool resolved = false;
  Date from, to;          // the interval when the expression stands alone
  Date as_start, as_end;  // where it starts a range / ends one ("mid-2021": Jul 1 / Jun 30)
  Granularity granularity = Granularity::kDay;
  bool relative = false;
  // Written without a year ("June", "Feb 4", "mid-June"): re-resolved when a range gives a year.
  bool yearless = false;
  unsigned month = 0, day = 0;  // day 0: the whole month (or its part)
  Part part = kWhole;
  bool bare_year = false;  // a year written alone ("2021")
  // Anchored on the previous single day of the text ("six days later"): shift_unit != 0.
  int shift = 0;
  char shift_unit = 0;
};

struct Ctx {
  std::optional<Date> article;
};

Point Interval(Date from, Date to, Granularity granularity, bool relative = false) {
  Point p;
  p.resolved = true;
  p.from = p.as_start = from;
  p.to = p.as_end = to;
  p.granularity = granularity;
  p.relative = relative;
  return p;
}

Point Unresolved(Granularity granularity, bool relative) {
  Point p;
  p.granularity = granularity;
  p.relative = relative;
  return p;
}

// A day, a month or a part of a month of year `y`; nullopt when the day does not exist.
std::optional<Point> InMonth(int y, unsigned m, unsigned d, Part part) {
  if (d > 0) {
    Date day = Ymd(y, m, d);
    if (!day.ok()) return std::nullopt;
    return Interval(day, day, Granularity::kDay);
  }
  switch (part) {
    case kEarly:
      return Interval(Ymd(y, m, 1), Ymd(y, m, 10), Granularity::kWeek);
    case kMid: {
      Point p = Interval(Ymd(y, m, 11), Ymd(y, m, 20), Granularity::kWeek);
      p.as_start = Ymd(y, m, 16);
      p.as_end = Ymd(y, m, 15);
      return p;
    }
    case kLate:
      return Interval(Ymd(y, m, 21), LastDay(y, m), Granularity::kWeek);
    case kWhole:
      break;
  }
  return Interval(Ymd(y, m, 1), LastDay(y, m), Granularity::kMonth);
}

Point InYear(int y, Part part) {
  switch (part) {
    case kEarly:
      return Interval(Ymd(y, 1, 1), Ymd(y, 4, 30), Granularity::kHalfYear);
    case kMid: {
      Point p = Interval(Ymd(y, 4, 1), Ymd(y, 9, 30), Granularity::kHalfYear);
      p.as_start = Ymd(y, 7, 1);
      p.as_end = Ymd(y, 6, 30);
      return p;
    }
    case kLate:
      return Interval(Ymd(y, 9, 1), Ymd(y, 12, 31), Granularity::kHalfYear);
    case kWhole:
      break;
  }
  Point p = Interval(Ymd(y, 1, 1), Ymd(y, 12, 31), Granularity::kYear);
  return p;
}

// Quarter (size 3) or half (size 6) number `n` of year `y`.
Point PeriodOf(int y, int n, int size) {
  unsigned first = static_cast<unsigned>((n - 1) * size + 1);
  unsigned last = static_cast<unsigned>(n * size);
  return Interval(Ymd(y, first, 1), LastDay(y, last),
                  size == 3 ? Granularity::kQuarter : Granularity::kHalfYear);
}

// A month, day or part of a month written without a year: the latest not after the article date
// (for a month: not after the article's month; never a later one).
std::optional<Point> Yearless(unsigned m, unsigned d, Part part, const Ctx& ctx) {
  if (d > 0 && !std::chrono::month_day{std::chrono::month{m}, std::chrono::day{d}}.ok()) {
    return std::nullopt;  // "February 30"
  }
  Point p = Unresolved(
      d > 0 ? Granularity::kDay : (part == kWhole ? Granularity::kMonth : Granularity::kWeek),
      true);
  if (ctx.article) {
    Date a = *ctx.article;
    int y = YearOf(a);
    if (d > 0 ? !(Ymd(y, m, d).ok() && Ymd(y, m, d) <= a) : m > MonthNum(a)) --y;
    if (auto r = InMonth(y, m, d, part)) {
      p = *r;
      p.relative = true;
    }
  }
  p.yearless = true;
  p.month = m;
  p.day = d;
  p.part = part;
  return p;
}

// ---------------------------------------------------------------------------------------------
// The forms. Each parser gets the form's groups: g[0] the whole form, g[1]... its captures.

using ParseFn = std::optional<Point> (*)(const Piece* g, const Ctx& ctx);
// Whether a form found standing alone at [begin, end) of text is meant as a time expression.
using GateFn = bool (*)(std::string_view text, size_t begin, size_t end);

std::optional<Point> ParseIso(const Piece* g, const Ctx&) {
  Date d = Ymd(ToInt(View(g[1])), static_cast<unsigned>(ToInt(View(g[2]))),
               static_cast<unsigned>(ToInt(View(g[3]))));
  if (!d.ok()) return std::nullopt;
  return Interval(d, d, Granularity::kDay);
}

std::optional<Point> DayOf(Piece month, Piece day, Piece year, const Ctx& ctx) {
  unsigned m = MonthOf(View(month));
  unsigned d = static_cast<unsigned>(ToInt(View(day)));
  if (Has(year)) return InMonth(ToInt(View(year)), m, d, kWhole);
  return Yearless(m, d, kWhole, ctx);
}

std::optional<Point> ParseMdy(const Piece* g, const Ctx& ctx) {
  return DayOf(g[1], g[2], g[3], ctx);
}
std::optional<Point> ParseDmy(const Piece* g, const Ctx& ctx) {
  return DayOf(g[2], g[1], g[3], ctx);
}

std::optional<Point> ParseMonthYear(const Piece* g, const Ctx&) {
  return InMonth(ToInt(View(g[2])), MonthOf(View(g[1])), 0, kWhole);
}

// "January this year", "June last year".
std::optional<Point> ParseMonthOfRelativeYear(const Piece* g, const Ctx& ctx) {
  if (!ctx.article) return Unresolved(Granularity::kMonth, true);
  auto p = InMonth(YearOf(*ctx.article) + OffsetOf(View(g[2])), MonthOf(View(g[1])), 0, kWhole);
  if (p) p->relative = true;
  return p;
}

// "last January" (the latest January before the article's month), "this January", "next June".
std::optional<Point> ParseRelativeMonth(const Piece* g, const Ctx& ctx) {
  if (!ctx.article) return Unresolved(Granularity::kMonth, true);
  unsigned m = MonthOf(View(g[2]));
  unsigned am = MonthNum(*ctx.article);
  int y = YearOf(*ctx.article);
  int offset = OffsetOf(View(g[1]));
  if (offset < 0 && m >= am) --y;
  if (offset > 0 && m <= am) ++y;
  auto p = InMonth(y, m, 0, kWhole);
  if (p) p->relative = true;
  return p;
}

std::optional<Point> ParsePartOfMonth(const Piece* g, const Ctx& ctx) {
  Part part = PartOf(View(g[1]));
  unsigned m = MonthOf(View(g[2]));
  if (Has(g[3])) return InMonth(ToInt(View(g[3])), m, 0, part);
  return Yearless(m, 0, part, ctx);
}

// Quarter or half `n` (size 3 or 6 months) of `year`, or without a year the latest one not after
// the article date.
std::optional<Point> QuarterOrHalf(int n, int size, Piece year, const Ctx& ctx) {
  if (n < 1 || n > 12 / size) return std::nullopt;
  if (Has(year)) return PeriodOf(ToInt(View(year)), n, size);
  Granularity g = size == 3 ? Granularity::kQuarter : Granularity::kHalfYear;
  if (!ctx.article) return Unresolved(g, true);
  int current = static_cast<int>(MonthNum(*ctx.article) - 1) / size + 1;
  Point p = PeriodOf(YearOf(*ctx.article) - (n > current ? 1 : 0), n, size);
  p.relative = true;
  return p;
}

int OrdinalOf(std::string_view word) {
  std::string w = AsciiLower(word);
  if (IsAsciiDigit(w[0])) return w[0] - '0';
  if (w == "first") return 1;
  if (w == "second") return 2;
  if (w == "third") return 3;
  return 4;
}

std::optional<Point> ParseQuarterWords(const Piece* g, const Ctx& ctx) {
  int size = UnitOf(View(g[2])) == 'q' ? 3 : 6;
  return QuarterOrHalf(OrdinalOf(View(g[1])), size, g[3], ctx);
}

std::optional<Point> ParseQuarterCode(const Piece* g, const Ctx& ctx) {  // "Q3 2021"
  return QuarterOrHalf(g[2][0] - '0', g[1][0] == 'Q' ? 3 : 6, g[3], ctx);
}

std::optional<Point> ParseYearQuarterCode(const Piece* g, const Ctx& ctx) {  // "2021 Q3"
  return QuarterOrHalf(g[3][0] - '0', g[2][0] == 'Q' ? 3 : 6, g[1], ctx);
}

std::optional<Point> ParseDecade(const Piece* g, const Ctx&) {
  int first = ToInt(View(g[2]));
  int from = first, to = first + 9;
  switch (Has(g[1]) ? PartOf(View(g[1])) : kWhole) {
    case kEarly:
      to = first + 3;
      break;
    case kMid:
      from = first + 4;
      to = first + 6;
      break;
    case kLate:
      from = first + 7;
      break;
    case kWhole:
      break;
  }
  return Interval(Ymd(from, 1, 1), Ymd(to, 12, 31), Granularity::kMultiYear);
}

std::optional<Point> ParsePartOfYear(const Piece* g, const Ctx&) {
  return InYear(ToInt(View(g[2])), PartOf(View(g[1])));
}

std::optional<Point> ParseYear(const Piece* g, const Ctx&) {
  Point p = InYear(ToInt(View(g[1])), kWhole);
  p.bare_year = true;
  return p;
}

std::optional<Point> ParseMonthAlone(const Piece* g, const Ctx& ctx) {
  return Yearless(MonthOf(View(g[1])), 0, kWhole, ctx);
}

// "last year", "this month", "next week", "this quarter".
std::optional<Point> ParseRelativePeriod(const Piece* g, const Ctx& ctx) {
  char unit = UnitOf(View(g[2]));
  int offset = OffsetOf(View(g[1]));
  Granularity granularity = unit == 'y'   ? Granularity::kYear
                            : unit == 'm' ? Granularity::kMonth
                            : unit == 'w' ? Granularity::kWeek
                                          : Granularity::kQuarter;
  if (!ctx.article) return Unresolved(granularity, true);
  Date a = *ctx.article;
  Point p;
  if (unit == 'y') {
    p = InYear(YearOf(a) + offset, kWhole);
  } else if (unit == 'm') {
    Date d = Shift(Ymd(YearOf(a), MonthNum(a), 1), offset, 'm');
    p = *InMonth(YearOf(d), MonthNum(d), 0, kWhole);
  } else if (unit == 'w') {
    Date monday = AddDays(MondayOf(a), 7 * offset);
    p = Interval(monday, AddDays(monday, 6), Granularity::kWeek);
  } else {
    Date d = Shift(Ymd(YearOf(a), (MonthNum(a) - 1) / 3 * 3 + 1, 1), 3 * offset, 'm');
    p = PeriodOf(YearOf(d), static_cast<int>(MonthNum(d) - 1) / 3 + 1, 3);
  }
  p.relative = true;
  return p;
}

// "earlier this month": [first day, article date]; "later this year": [article date, last day].
std::optional<Point> ParseEdgeOfPeriod(const Piece* g, const Ctx& ctx) {
  char unit = UnitOf(View(g[2]));
  Granularity granularity = unit == 'y'   ? Granularity::kYear
                            : unit == 'm' ? Granularity::kMonth
                                          : Granularity::kWeek;
  if (!ctx.article) return Unresolved(granularity, true);
  Date a = *ctx.article;
  Date first = unit == 'y'   ? Ymd(YearOf(a), 1, 1)
               : unit == 'm' ? Ymd(YearOf(a), MonthNum(a), 1)
                             : MondayOf(a);
  Date last = unit == 'y'   ? Ymd(YearOf(a), 12, 31)
              : unit == 'm' ? LastDay(YearOf(a), MonthNum(a))
                            : AddDays(MondayOf(a), 6);
  bool earlier = AsciiLower(View(g[1])) == "earlier";
  return Interval(earlier ? first : a, earlier ? a : last, granularity, true);
}

std::optional<Point> ParseDayWord(const Piece* g, const Ctx& ctx) {
  if (!ctx.article) return Unresolved(Granularity::kDay, true);
  std::string w = AsciiLower(View(g[1]));
  Date d = AddDays(*ctx.article, w == "yesterday" ? -1 : w == "tomorrow" ? 1 : 0);
  return Interval(d, d, Granularity::kDay, true);
}

std::optional<Point> ParseWeekday(const Piece* g, const Ctx& ctx) {
  if (!ctx.article) return Unresolved(Granularity::kDay, true);
  Date a = *ctx.article;
  int wanted = static_cast<int>(WeekdayOf(View(g[2])));
  int today = static_cast<int>(IsoWeekday(a));
  int offset = Has(g[1]) ? OffsetOf(View(g[1])) : -1;
  Date d;
  if (offset < 0) {
    int back = (today - wanted + 7) % 7;
    d = AddDays(a, -(back == 0 ? 7 : back));
  } else if (offset > 0) {
    int ahead = (wanted - today + 7) % 7;
    d = AddDays(a, ahead == 0 ? 7 : ahead);
  } else {
    d = AddDays(a, wanted - today);
  }
  return Interval(d, d, Granularity::kDay, true);
}

Granularity OfUnit(char unit) {
  return unit == 'd'   ? Granularity::kDay
         : unit == 'w' ? Granularity::kWeek
         : unit == 'm' ? Granularity::kMonth
                       : Granularity::kYear;
}

// "three days ago": that day; "two weeks ago": that ISO week; months and years likewise.
std::optional<Point> ParseAgo(const Piece* g, const Ctx& ctx) {
  int n = NumberOf(View(g[1]));
  char unit = UnitOf(View(g[2]));
  if (!ctx.article) return Unresolved(OfUnit(unit), true);
  Date d = Shift(*ctx.article, -n, unit);
  Point p;
  if (unit == 'd') {
    p = Interval(d, d, Granularity::kDay);
  } else if (unit == 'w') {
    p = Interval(MondayOf(d), AddDays(MondayOf(d), 6), Granularity::kWeek);
  } else if (unit == 'm') {
    p = *InMonth(YearOf(d), MonthNum(d), 0, kWhole);
  } else {
    p = InYear(YearOf(d), kWhole);
  }
  p.relative = true;
  return p;
}

// "six days later", "two weeks earlier", "a month afterwards".
std::optional<Point> ParseShift(const Piece* g, const Ctx&) {
  Point p = Unresolved(Granularity::kDay, true);
  p.shift_unit = UnitOf(View(g[2]));
  p.shift = NumberOf(View(g[1])) * (AsciiLower(View(g[3])) == "earlier" ? -1 : 1);
  return p;
}

// "the next day", "the following day", "the previous day".
std::optional<Point> ParseNextDay(const Piece* g, const Ctx&) {
  Point p = Unresolved(Granularity::kDay, true);
  p.shift_unit = 'd';
  p.shift = AsciiLower(View(g[1])) == "previous" ? -1 : 1;
  return p;
}

// "recent months", "the past few years": kept, never resolved.
std::optional<Point> ParseVague(const Piece* g, const Ctx&) {
  for (int i = 1; i <= 3; ++i) {
    if (!Has(g[i])) continue;
    std::string unit = AsciiLower(View(g[i]));
    return Unresolved(unit.starts_with("dec") ? Granularity::kMultiYear : OfUnit(unit[0]), true);
  }
  return Unresolved(Granularity::kDay, true);
}

// "summer 2021": which months is a guess (and the hemisphere matters), so it stays unresolved.
std::optional<Point> ParseSeason(const Piece*, const Ctx&) {
  return Unresolved(Granularity::kQuarter, false);
}

// A range over more than one calendar year whose coarser end is a year or half-year is
// multi-year ("from 2020 to mid-2021", "since 2019").
Granularity RangeGranularity(Granularity coarser, Date from, Date to) {
  if (coarser >= Granularity::kHalfYear && from.year() != to.year()) return Granularity::kMultiYear;
  return coarser;
}

// "2020-2021", "2020-21".
std::optional<Point> ParseYearDash(const Piece* g, const Ctx&) {
  int first = ToInt(View(g[1]));
  int last = ToInt(View(g[2]));
  if (g[2].size() == 2) last += first / 100 * 100;
  if (last <= first || last > 2100) return std::nullopt;
  return Interval(Ymd(first, 1, 1), Ymd(last, 12, 31), Granularity::kMultiYear);
}

// "January-March 2022", "November to February 2022" (from November 2021).
std::optional<Point> ParseMonthDash(const Piece* g, const Ctx&) {
  unsigned first = MonthOf(View(g[1]));
  unsigned last = MonthOf(View(g[2]));
  int y = ToInt(View(g[3]));
  if (first == last) return std::nullopt;
  return Interval(Ymd(first < last ? y : y - 1, first, 1), LastDay(y, last), Granularity::kMonth);
}

// A range of days of one month: "February 4-6, 2022", "4-6 February", "between 4 and 6 February
// 2022". Without a year, the end is the latest such day not after the article date.
std::optional<Point> DayRange(Piece month, Piece first_day, Piece last_day, Piece year,
                              const Ctx& ctx) {
  auto last = DayOf(month, last_day, year, ctx);
  if (!last) return std::nullopt;
  unsigned first = static_cast<unsigned>(ToInt(View(first_day)));
  if (first >= static_cast<unsigned>(ToInt(View(last_day)))) return std::nullopt;
  if (!last->resolved) return Unresolved(Granularity::kDay, last->relative);
  Date start = Ymd(YearOf(last->to), MonthNum(last->to), first);
  return Interval(start, last->to, Granularity::kDay, last->relative);
}

std::optional<Point> ParseMonthDayRange(const Piece* g, const Ctx& ctx) {
  return DayRange(g[1], g[2], g[3], g[4], ctx);
}

std::optional<Point> ParseDayRangeMonth(const Piece* g, const Ctx& ctx) {
  return DayRange(g[3], g[1], g[2], g[4], ctx);
}

// ---------------------------------------------------------------------------------------------
// Gates: the checks a pattern cannot make without look-behind.

// The lower-cased word before `begin`, across blanks (and a '.' just after it: `dotted`).
struct WordBefore {
  std::string word;
  bool dotted = false;
};

WordBefore GetWordBefore(std::string_view text, size_t begin) {
  size_t i = begin;
  size_t blanks = 0;
  while (i > 0 && blanks < 8 &&
         (text[i - 1] == ' ' || text[i - 1] == '\n' || text[i - 1] == '\t')) {
    --i;
    ++blanks;
  }
  WordBefore before;
  if (i > 0 && text[i - 1] == '.') {
    before.dotted = true;
    --i;
  }
  size_t end = i;
  while (i > 0 && end - i < 16 && IsAsciiLetter(text[i - 1])) --i;
  if (i > 0 && IsAsciiLetter(text[i - 1])) return {};  // a longer word: none of ours
  before.word = AsciiLower(text.substr(i, end - i));
  return before;
}

bool OneOf(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// Words after which a number or month name is a time.
bool IsTimePreposition(std::string_view w) {
  return OneOf(w,
               {"in", "during", "by", "until", "till", "through", "throughout", "before", "after",
                "since", "from", "between", "for", "of", "circa", "year", "early", "late", "mid"});
}

// Words after which a four-digit number is a label, not a year.
bool IsLabelWord(std::string_view w) {
  return OneOf(
      w, {"page",      "pages", "p",          "pp",      "no",      "nos",     "number", "room",
          "flight",    "route", "chapter",    "section", "sec",     "article", "art",    "item",
          "paragraph", "para",  "resolution", "model",   "version", "ver",     "v",      "iso",
          "code",      "tel",   "ext",        "figure",  "fig",     "table",   "vol",    "volume",
          "issue",     "line",  "unit",       "case",    "id",      "order",   "bus",    "highway",
          "block",     "lot",   "batch",      "patent",  "top"});
}

// Words that may follow a year standing alone ("2021 was", "2021 and").
bool IsYearFollower(std::string_view w) {
  return OneOf(w, {"was",     "were",   "is",      "will",  "would",    "saw",    "has",
                   "had",     "and",    "or",      "but",   "to",       "when",   "as",
                   "through", "onward", "onwards", "alone", "compared", "versus", "vs",
                   "brought", "marked", "ended",   "began", "until",    "before", "after",
                   "while",   "with",   "in",      "at",    "on"});
}

bool EndsWith(std::string_view text, size_t end, std::string_view tail) {
  return end >= tail.size() && text.substr(end - tail.size(), tail.size()) == tail;
}

// Whether the number at [begin, end) is glued to money or to other figures ("$2021", "1,2021",
// "2021.5", "2021%").
bool GluedToFigures(std::string_view text, size_t begin, size_t end) {
  size_t b = begin;
  if (b > 0 && text[b - 1] == ' ') --b;
  for (std::string_view sign : {"$", "#", "\xE2\x82\xAC", "\xC2\xA3", "\xC2\xA5", "\xE2\x84\x96"}) {
    if (EndsWith(text, b, sign)) return true;
  }
  if (begin >= 2 && OneOf(text.substr(begin - 1, 1), {",", ".", "-", "/", ":"}) &&
      IsAsciiDigit(text[begin - 2])) {
    return true;
  }
  if (end + 1 < text.size() && OneOf(text.substr(end, 1), {",", ".", "/", ":", "-"}) &&
      IsAsciiDigit(text[end + 1])) {
    return true;
  }
  size_t e = end;
  while (e < text.size() && e < end + 2 && text[e] == ' ') ++e;
  std::string rest = AsciiLower(text.substr(e, 8));
  return rest.starts_with("%") || rest.starts_with("percent") || rest.starts_with("per cent");
}

// Whether what follows the year at `end` lets it stand alone: the end, punctuation, "'s", a
// capitalised word or a word such as "was"; not a lower-case noun ("2021 attacks") nor a digit.
bool FollowerAllowsYear(std::string_view text, size_t end) {
  size_t i = end;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) ++i;
  if (i == text.size()) return true;
  if (IsAsciiDigit(text[i])) return false;
  if (!IsAsciiLetter(text[i])) return true;  // punctuation, a quote, a bracket, a dash, "'s"
  if (IsAsciiUpper(text[i])) return true;
  size_t j = i;
  while (j < text.size() && j - i < 16 && IsAsciiLetter(text[j])) ++j;
  return IsYearFollower(AsciiLower(text.substr(i, j - i)));
}

bool YearGate(std::string_view text, size_t begin, size_t end) {
  if (GluedToFigures(text, begin, end)) return false;
  WordBefore before = GetWordBefore(text, begin);
  if (IsLabelWord(before.word)) return false;
  if (!before.dotted && IsTimePreposition(before.word)) return true;
  return FollowerAllowsYear(text, end);
}

// "Black Friday", "Good Friday", "Super Tuesday" are names, not the latest such day.
bool WeekdayGate(std::string_view text, size_t begin, size_t) {
  WordBefore before = GetWordBefore(text, begin);
  return before.dotted || !OneOf(before.word, {"black", "good", "cyber", "holy", "ash", "palm",
                                               "easter", "super", "giving", "maundy"});
}

// "to last three years", "will last a few weeks": "last" is the verb there, and the phrase a
// duration, not a time.
bool VagueGate(std::string_view text, size_t begin, size_t) {
  if (text.substr(begin, 4) != "last" && text.substr(begin, 4) != "Last") return true;
  WordBefore before = GetWordBefore(text, begin);
  return before.dotted || !OneOf(before.word, {"to", "will", "would", "could", "may", "might",
                                               "should", "can", "must", "not", "that"});
}

bool MonthAloneGate(std::string_view text, size_t begin, size_t) {
  WordBefore before = GetWordBefore(text, begin);
  return !before.dotted && IsTimePreposition(before.word);
}

// ---------------------------------------------------------------------------------------------
// The table of forms.

struct Form {
  std::string core;  // the pattern, its captures numbered from 1
  ParseFn parse;
  GateFn gate = nullptr;  // checked when the form stands alone
  bool endpoint = true;   // may be one end of a range
};

std::vector<Form> Forms() {
  return {
      {"([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?)?(?:Z|[+-]["
       "0-9]{2}:?[0-9]{2})?)?",
       ParseIso},
      {"(?:" FL_WD ",?" FL_S ")?(" FL_MON ")" FL_OPT_S "(" FL_DAY ")(?:,?" FL_S "(" FL_YEAR "))?",
       ParseMdy},
      {"(?:" FL_WD ",?" FL_S ")?" FL_THE "(" FL_DAY ")(?:" FL_S "(?i:of))?" FL_S "(" FL_MON
       ")(?:,?" FL_S "(" FL_YEAR "))?",
       ParseDmy},
      {"(" FL_MON "),?" FL_S "(?:(?i:of)" FL_S ")?(" FL_YEAR ")", ParseMonthYear},
      {"(" FL_MON ")" FL_S "(?i:(this|last|next))" FL_S "(?i:year)", ParseMonthOfRelativeYear},
      {"(?i:(this|last|next|past))" FL_S "(" FL_MON ")", ParseRelativeMonth},
      {FL_THE "(" FL_PART ")(" FL_MON ")(?:,?" FL_S "(" FL_YEAR "))?", ParsePartOfMonth},
      {FL_THE "(" FL_ORD ")" FL_S "(?i:(quarter|half))(?:" FL_S "(?:(?i:of)" FL_S ")?(" FL_YEAR
              "))?",
       ParseQuarterWords},
      {"([QH])([1-4])(?:" FL_S "|-)?(" FL_YEAR ")", ParseQuarterCode},
      {"(" FL_YEAR ")(?:" FL_S "|-)?([QH])([1-4])", ParseYearQuarterCode},
      {FL_THE "(" FL_PART ")?((?:19|20)[0-9]0)(?:'|\\x{2019})?s", ParseDecade},
      {FL_THE "(" FL_PART ")(" FL_YEAR ")", ParsePartOfYear},
      {"(" FL_YEAR ")", ParseYear, YearGate},
      {"(" FL_MON ")", ParseMonthAlone, MonthAloneGate},
      {"(?i:(last|this|next|current))" FL_S "(?i:(year|month|week|quarter))", ParseRelativePeriod},
      {"(?i:(earlier|later))" FL_S "(?i:this)" FL_S "(?i:(year|month|week))", ParseEdgeOfPeriod},
      {"(?i:(today|yesterday|tomorrow))", ParseDayWord},
      {"(?:(?i:(last|this|next|past))" FL_S ")?(" FL_WD ")", ParseWeekday, WeekdayGate},
      {"(" FL_NUM ")" FL_S "(" FL_UNIT ")" FL_S "(?i:ago)", ParseAgo},
      // Only standing alone.
      {"(" FL_NUM ")" FL_S "(" FL_UNIT ")" FL_S "(?i:(later|earlier|afterwards|afterward))",
       ParseShift, nullptr, false},
      {"(?i:the)" FL_S "(?i:(next|following|previous))" FL_S "(?i:day)", ParseNextDay, nullptr,
       false},
      {"(?i:recent" FL_S "(days|weeks|months|years)|(?:the" FL_S ")?(?:past|last|coming|next)" FL_S
       "(?:few|several|couple" FL_S "of|" FL_NUM ")" FL_S
       "(days|weeks|months|years|decades)|the" FL_S "(?:past|coming)" FL_S
       "(days?|weeks?|months?|years?|decades?))",
       ParseVague, VagueGate, false},
      {FL_THE "(?i:(spring|summer|autumn|fall|winter))(?:" FL_S "(?i:of))?" FL_S "(" FL_YEAR ")",
       ParseSeason, nullptr, false},
      {"(" FL_YEAR ")" FL_OPT_S FL_DASH FL_OPT_S "(" FL_YEAR "|[0-9]{2})", ParseYearDash, nullptr,
       false},
      {"(" FL_MON ")" FL_OPT_S "(?:" FL_DASH "|" FL_S "(?i:to|through)" FL_S ")" FL_OPT_S "(" FL_MON
       "),?" FL_S "(" FL_YEAR ")",
       ParseMonthDash, nullptr, false},
      {"(" FL_MON ")" FL_OPT_S "(" FL_DAY ")" FL_OPT_S "(?:-|\\x{2013})" FL_OPT_S "(" FL_DAY
       ")(?:,?" FL_S "(" FL_YEAR "))?",
       ParseMonthDayRange, nullptr, false},
      {"(" FL_DAY ")" FL_OPT_S "(?:-|\\x{2013})" FL_OPT_S "(" FL_DAY ")" FL_S "(" FL_MON
       ")(?:,?" FL_S "(" FL_YEAR "))?",
       ParseDayRangeMonth, nullptr, false},
      {"(?i:between)" FL_S "(" FL_DAY ")" FL_S "(?i:and)" FL_S "(" FL_DAY ")" FL_S "(" FL_MON
       ")(?:,?" FL_S "(" FL_YEAR "))?",
       ParseDayRangeMonth, nullptr, false},
  };
}

// `pattern` with every capturing group made non-capturing.
std::string WithoutCaptures(std::string_view pattern) {
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      out += c;
      out += pattern[++i];
    } else if (c == '(' && (i + 1 == pattern.size() || pattern[i + 1] != '?')) {
      out += "(?:";
    } else {
      out += c;
    }
  }
  return out;
}

// Word boundaries: anything but an ASCII letter, digit or '_' and any non-ASCII character,
// except the non-ASCII spaces, dashes, quotes and guillemets that stand around dates in copy.
// (Unicode classes such as [^\pL\pN_] would say it more simply, but RE2 takes about 0.6 ms to
// compile each, and this file compiles some sixty patterns at start-up.)
#define FL_NOT_WORD                                                                             \
  "[^A-Za-z0-9_\\x{80}-\\x{10FFFF}]|[\\x{A0}\\x{AB}\\x{BB}\\x{2013}\\x{2014}\\x{2018}\\x{2019}" \
  "\\x{201C}\\x{201D}\\x{202F}]"
constexpr char kBoundaryBefore[] = "(?:^|" FL_NOT_WORD ")";
constexpr char kBoundaryAfter[] = "(?:$|" FL_NOT_WORD ")";

struct CompiledForm {
  Form form;
  std::unique_ptr<RE2> scan;      // group 1: the form standing alone, between word boundaries
  std::unique_ptr<RE2> anchored;  // the form alone, for one end of a range
};

struct Patterns {
  std::vector<CompiledForm> forms;
  // Every form's scan pattern, in the order of `forms`: one pass tells which forms occur in a
  // text at all, so that only those are scanned for (most paragraphs hold none or one).
  std::unique_ptr<RE2::Set> any_form;
  std::unique_ptr<RE2> trigger;  // group 1: "between", "from" or "since"
  std::unique_ptr<RE2> between;  // anchored; groups 1, 2: the ends
  std::unique_ptr<RE2> from_to;
  std::unique_ptr<RE2> since;  // group 1: the start
};

const Patterns& GetPatterns() {
  static const Patterns* const patterns = [] {
    auto* p = new Patterns;
    std::string any_point;
    for (Form& form : Forms()) {
      if (form.endpoint) {
        if (!any_point.empty()) any_point += '|';
        any_point += "(?:" + WithoutCaptures(form.core) + ")";
      }
      CompiledForm compiled;
      compiled.scan = std::make_unique<RE2>(std::string(kBoundaryBefore) + "(" + form.core + ")" +
                                            kBoundaryAfter);
      compiled.anchored = std::make_unique<RE2>(form.core);
      compiled.form = std::move(form);
      p->forms.push_back(std::move(compiled));
    }
    RE2::Options set_options;
    set_options.set_max_mem(64 << 20);
    p->any_form = std::make_unique<RE2::Set>(set_options, RE2::UNANCHORED);
    for (const CompiledForm& f : p->forms) p->any_form->Add(f.scan->pattern(), nullptr);
    p->any_form->Compile();
    // Longest match: each end is the longest point that fits ("March 2022", not "March").
    RE2::Options longest;
    longest.set_longest_match(true);
    longest.set_max_mem(64 << 20);
    std::string point = "(" + any_point + ")";
    p->trigger =
        std::make_unique<RE2>(std::string(kBoundaryBefore) + "((?i:between|from|since))" FL_S);
    p->between =
        std::make_unique<RE2>("(?i:between)" FL_S + point + FL_S "(?i:and)" FL_S + point, longest);
    p->from_to = std::make_unique<RE2>("(?i:from)" FL_S + point +
                                           "(?:" FL_S "(?i:to|until|till|through|thru)" FL_S
                                           "|" FL_OPT_S FL_DASH FL_OPT_S ")" +
                                           point,
                                       longest);
    p->since = std::make_unique<RE2>("(?i:since)" FL_S + point, longest);
    return p;
  }();
  return *patterns;
}

// ---------------------------------------------------------------------------------------------
// Finding.

struct Candidate {
  size_t begin = 0;  // in text
  size_t end = 0;
  Point point;
  int order = 0;  // the order found, for ties
};

size_t Offset(std::string_view text, Piece piece) {
  return static_cast<size_t>(piece.data() - text.data());
}

// One end of a range: the first endpoint form that matches all of `text`.
std::optional<Point> ParsePoint(std::string_view text, const Ctx& ctx) {
  Piece input(text.data(), text.size());
  for (const CompiledForm& f : GetPatterns().forms) {
    if (!f.form.endpoint) continue;
    int n = f.anchored->NumberOfCapturingGroups() + 1;
    std::vector<Piece> g(static_cast<size_t>(n));
    if (!f.anchored->Match(input, 0, text.size(), RE2::ANCHOR_BOTH, g.data(), n)) continue;
    if (auto point = f.form.parse(g.data(), ctx)) return point;
  }
  return std::nullopt;
}

std::optional<Point> WithYear(const Point& p, int y, bool relative) {
  auto r = InMonth(y, p.month, p.day, p.part);
  if (r) r->relative = relative;
  return r;
}

// The range from `a` to `b`. An end written without a year takes the other end's year (the
// start: the latest that is not after the end; the end: the first not before the start).
Point Combine(Point a, Point b) {
  if (a.yearless && b.resolved) {
    if (auto r = WithYear(a, YearOf(b.as_end), b.relative)) {
      if (r->as_start > b.as_end) r = WithYear(a, YearOf(b.as_end) - 1, b.relative);
      if (r) a = *r;
    }
  } else if (b.yearless && a.resolved && !a.yearless) {
    if (auto r = WithYear(b, YearOf(a.as_start), a.relative)) {
      if (r->as_end < a.as_start) r = WithYear(b, YearOf(a.as_start) + 1, a.relative);
      if (r) b = *r;
    }
  }
  Granularity coarser = std::max(a.granularity, b.granularity);
  bool relative = a.relative || b.relative;
  if (!a.resolved || !b.resolved || a.as_start > b.as_end) return Unresolved(coarser, relative);
  return Interval(a.as_start, b.as_end, RangeGranularity(coarser, a.as_start, b.as_end), relative);
}

bool BoundaryAt(std::string_view text, size_t end) {
  if (end >= text.size()) return true;
  unsigned char c = static_cast<unsigned char>(text[end]);
  return !(c >= 0x80 || IsAsciiAlnum(text[end]) || c == '_');
}

// The longest range starting at `begin` ("between ... and ...", "from ... to ...", "since ...").
std::optional<Candidate> RangeAt(std::string_view text, size_t begin, const Ctx& ctx) {
  constexpr size_t kWindow = 160;  // a range longer than this is not read
  const Patterns& p = GetPatterns();
  Piece input(text.data(), text.size());
  size_t endpos = std::min(text.size(), begin + kWindow);
  Piece g[3];
  for (const RE2* re : {p.between.get(), p.from_to.get()}) {
    if (!re->Match(input, begin, endpos, RE2::ANCHOR_START, g, 3)) continue;
    size_t end = begin + g[0].size();
    if (!BoundaryAt(text, end)) continue;
    auto a = ParsePoint(View(g[1]), ctx);
    auto b = ParsePoint(View(g[2]), ctx);
    if (!a || !b) continue;
    // "between 1990 and 2000 people": the end is a count, not a year.
    if (b->bare_year &&
        (GluedToFigures(text, Offset(text, g[2]), end) || !FollowerAllowsYear(text, end))) {
      continue;
    }
    return Candidate{begin, end, Combine(*a, *b), 0};
  }
  if (p.since->Match(input, begin, endpos, RE2::ANCHOR_START, g, 2)) {
    size_t end = begin + g[0].size();
    auto a = ParsePoint(View(g[1]), ctx);
    if (!BoundaryAt(text, end) || !a) return std::nullopt;
    if (a->bare_year && GluedToFigures(text, Offset(text, g[1]), end)) return std::nullopt;
    Point range = Unresolved(a->granularity, true);
    if (a->resolved && ctx.article && a->as_start <= *ctx.article) {
      range = Interval(a->as_start, *ctx.article,
                       RangeGranularity(a->granularity, a->as_start, *ctx.article), true);
    }
    return Candidate{begin, end, range, 0};
  }
  return std::nullopt;
}

// The indices of the forms that occur in `text`, ascending; every form when the set cannot tell
// (its DFA ran out of memory).
std::vector<int> FormsIn(std::string_view text, const Patterns& p) {
  std::vector<int> hits;
  RE2::Set::ErrorInfo error{RE2::Set::kNoError};
  if (!p.any_form->Match(Piece(text.data(), text.size()), &hits, &error) &&
      error.kind != RE2::Set::kNoError) {
    hits.resize(p.forms.size());
    for (size_t i = 0; i < hits.size(); ++i) hits[i] = static_cast<int>(i);
  }
  std::sort(hits.begin(), hits.end());
  return hits;
}

void FindForms(std::string_view text, const Ctx& ctx, std::vector<Candidate>* out) {
  Piece input(text.data(), text.size());
  const Patterns& patterns = GetPatterns();
  for (int index : FormsIn(text, patterns)) {
    const CompiledForm& f = patterns.forms[static_cast<size_t>(index)];
    int n = f.scan->NumberOfCapturingGroups() + 1;
    std::vector<Piece> g(static_cast<size_t>(n));
    size_t pos = 0;
    while (pos < text.size() &&
           f.scan->Match(input, pos, text.size(), RE2::UNANCHORED, g.data(), n)) {
      size_t begin = Offset(text, g[1]);
      size_t end = begin + g[1].size();
      if (!f.form.gate || f.form.gate(text, begin, end)) {
        if (auto point = f.form.parse(g.data() + 1, ctx)) {
          out->push_back({begin, end, *point, static_cast<int>(out->size())});
        }
      }
      pos = std::max(end, begin + 1);
    }
  }
}

void FindRanges(std::string_view text, const Ctx& ctx, std::vector<Candidate>* out) {
  const RE2& trigger = *GetPatterns().trigger;
  Piece input(text.data(), text.size());
  Piece g[2];
  size_t pos = 0;
  while (pos < text.size() && trigger.Match(input, pos, text.size(), RE2::UNANCHORED, g, 2)) {
    size_t begin = Offset(text, g[1]);
    if (auto range = RangeAt(text, begin, ctx)) {
      range->order = static_cast<int>(out->size());
      out->push_back(*range);
    }
    pos = begin + g[1].size();
  }
}

// The candidates that survive: longest first (then earliest, then first found), none overlapping
// one already taken; in text order.
std::vector<Candidate> LongestFirst(std::vector<Candidate> found) {
  std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
    size_t la = a.end - a.begin, lb = b.end - b.begin;
    if (la != lb) return la > lb;
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.order < b.order;
  });
  std::map<size_t, size_t> taken;  // begin -> index into found
  for (size_t i = 0; i < found.size(); ++i) {
    const Candidate& c = found[i];
    auto next = taken.lower_bound(c.begin);
    if (next != taken.end() && found[next->second].begin < c.end) continue;
    if (next != taken.begin() && found[std::prev(next)->second].end > c.begin) continue;
    taken.emplace(c.begin, i);
  }
  std::vector<Candidate> kept;
  kept.reserve(taken.size());
  for (const auto& [begin, i] : taken) kept.push_back(found[i]);
  return kept;
}

}  // namespace

std::vector<TimeExpr> FindTimes(std::string_view text, size_t base,
                                std::optional<Date> article_date) {
  Ctx ctx{article_date};
  std::vector<Candidate> found;
  FindRanges(text, ctx, &found);
  FindForms(text, ctx, &found);

  std::vector<TimeExpr> times;
  std::optional<Date> anchor;  // the last single day resolved, for "two days later"
  for (const Candidate& c : LongestFirst(std::move(found))) {
    TimeExpr t;
    t.span = {base + c.begin, base + c.end};
    t.granularity = c.point.granularity;
    t.relative = c.point.relative;
    if (c.point.shift_unit != 0) {
      if (anchor) {
        Date d = Shift(*anchor, c.point.shift, c.point.shift_unit);
        t.resolved = true;
        t.from = t.to = d;
      }
    } else if (c.point.resolved) {
      t.resolved = true;
      t.from = c.point.from;
      t.to = c.point.to;
    }
    if (t.resolved && t.granularity == Granularity::kDay && t.from == t.to) anchor = t.from;
    times.push_back(t);
  }
  return times;
}

}  // namespace extract_internal
}  // namespace factlint
