// Table-driven tests of the time-expression finder: each sentence holds exactly one time
// expression (or none), with its span, interval, granularity and whether it is relative listed.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/extract/time_expr.h"
#include "factlint/claims.h"
#include "factlint/date.h"

namespace factlint::extract_internal {
namespace {

using G = Granularity;

struct TimeCase {
  std::string_view input;
  std::string_view article;  // "YYYY-MM-DD", or "" for no article date
  std::string_view span;     // "" when no time expression must be found
  bool resolved;
  std::string_view from;  // "" when unresolved
  std::string_view to;
  Granularity granularity;
  bool relative;
};

// Invented sentences. 2022-02-07 is a Monday.
constexpr TimeCase kTimeCases[] = {
    // Years.
    {"Exports fell in 2021.", "2022-02-07", "2021", true, "2021-01-01", "2021-12-31", G::kYear,
     false},
    {"2019 was a quiet year for the exchange.", "", "2019", true, "2019-01-01", "2019-12-31",
     G::kYear, false},
    {"The rules changed (2018).", "", "2018", true, "2018-01-01", "2018-12-31", G::kYear, false},
    {"By 2030 the grid must be clean.", "", "2030", true, "2030-01-01", "2030-12-31", G::kYear,
     false},
    {"Trade grew during the 1990s.", "", "the 1990s", true, "1990-01-01", "1999-12-31",
     G::kMultiYear, false},
    {"Prices spiked in the early 2000s.", "", "the early 2000s", true, "2000-01-01", "2003-12-31",
     G::kMultiYear, false},
    {"Sales slowed in early 2021.", "", "early 2021", true, "2021-01-01", "2021-04-30",
     G::kHalfYear, false},
    {"The plant opened in mid-2021.", "", "mid-2021", true, "2021-04-01", "2021-09-30",
     G::kHalfYear, false},
    {"Talks stalled in late 2021.", "", "late 2021", true, "2021-09-01", "2021-12-31", G::kHalfYear,
     false},
    {"The law lapses at the end of 2023.", "", "the end of 2023", true, "2023-09-01", "2023-12-31",
     G::kHalfYear, false},
    // Months.
    {"Inflation peaked in January 2022.", "", "January 2022", true, "2022-01-01", "2022-01-31",
     G::kMonth, false},
    {"The vote was held in Jan. 2022.", "", "Jan. 2022", true, "2022-01-01", "2022-01-31",
     G::kMonth, false},
    {"The firm was hacked in June.", "2022-03-15", "June", true, "2021-06-01", "2021-06-30",
     G::kMonth, true},
    {"The firm was hacked in June.", "2022-06-10", "June", true, "2022-06-01", "2022-06-30",
     G::kMonth, true},
    {"The firm was hacked in March.", "2022-03-15", "March", true, "2022-03-01", "2022-03-31",
     G::kMonth, true},
    {"Rates rose in January this year.", "2022-02-07", "January this year", true, "2022-01-01",
     "2022-01-31", G::kMonth, true},
    {"Rates rose in May last year.", "2022-02-07", "May last year", true, "2021-05-01",
     "2021-05-31", G::kMonth, true},
    {"Rates rose last January.", "2022-02-07", "last January", true, "2022-01-01", "2022-01-31",
     G::kMonth, true},
    {"The audit ends in mid-June 2022.", "", "mid-June 2022", true, "2022-06-11", "2022-06-20",
     G::kWeek, false},
    // Dates.
    {"The report came out on February 4, 2022.", "", "February 4, 2022", true, "2022-02-04",
     "2022-02-04", G::kDay, false},
    {"It came out Feb. 4, 2022, in Geneva.", "", "Feb. 4, 2022", true, "2022-02-04", "2022-02-04",
     G::kDay, false},
    {"It came out on 4 February 2022.", "", "4 February 2022", true, "2022-02-04", "2022-02-04",
     G::kDay, false},
    {"Last edited 2022-02-05T10:00Z by the desk.", "", "2022-02-05T10:00Z", true, "2022-02-05",
     "2022-02-05", G::kDay, false},
    {"It was filed on 2022-02-04 at noon.", "", "2022-02-04", true, "2022-02-04", "2022-02-04",
     G::kDay, false},
    {"It came out on Friday, February 4, 2022.", "", "Friday, February 4, 2022", true, "2022-02-04",
     "2022-02-04", G::kDay, false},
    {"The panel met on Feb 4.", "2022-02-07", "Feb 4", true, "2022-02-04", "2022-02-04", G::kDay,
     true},
    {"The panel met on Dec 20.", "2022-02-07", "Dec 20", true, "2021-12-20", "2021-12-20", G::kDay,
     true},
    // Weekdays and days.
    {"The ministry replied on Friday.", "2022-02-07", "Friday", true, "2022-02-04", "2022-02-04",
     G::kDay, true},
    {"The ministry replied on Monday.", "2022-02-07", "Monday", true, "2022-01-31", "2022-01-31",
     G::kDay, true},
    {"The ministry replied last Friday.", "2022-02-07", "last Friday", true, "2022-02-04",
     "2022-02-04", G::kDay, true},
    {"The ministry will reply next Friday.", "2022-02-07", "next Friday", true, "2022-02-11",
     "2022-02-11", G::kDay, true},
    {"The ministry replied today.", "2022-02-07", "today", true, "2022-02-07", "2022-02-07",
     G::kDay, true},
    {"The ministry replied yesterday.", "2022-02-07", "yesterday", true, "2022-02-06", "2022-02-06",
     G::kDay, true},
    // Relative periods.
    {"Losses doubled last year.", "2022-02-07", "last year", true, "2021-01-01", "2021-12-31",
     G::kYear, true},
    {"Losses will double next year.", "2022-02-07", "next year", true, "2023-01-01", "2023-12-31",
     G::kYear, true},
    {"Losses doubled last month.", "2022-02-07", "last month", true, "2022-01-01", "2022-01-31",
     G::kMonth, true},
    {"Losses doubled last month.", "2022-01-10", "last month", true, "2021-12-01", "2021-12-31",
     G::kMonth, true},
    {"Losses doubled this month.", "2022-02-07", "this month", true, "2022-02-01", "2022-02-28",
     G::kMonth, true},
    {"Losses doubled last week.", "2022-02-09", "last week", true, "2022-01-31", "2022-02-06",
     G::kWeek, true},
    {"Losses doubled last quarter.", "2022-02-07", "last quarter", true, "2021-10-01", "2021-12-31",
     G::kQuarter, true},
    {"Losses doubled earlier this month.", "2022-02-07", "earlier this month", true, "2022-02-01",
     "2022-02-07", G::kMonth, true},
    {"The vote came three days ago.", "2022-02-07", "three days ago", true, "2022-02-04",
     "2022-02-04", G::kDay, true},
    // Quarters and halves.
    {"Profit rose in the first half of 2022.", "", "the first half of 2022", true, "2022-01-01",
     "2022-06-30", G::kHalfYear, false},
    {"Profit rose in the second quarter of 2021.", "", "the second quarter of 2021", true,
     "2021-04-01", "2021-06-30", G::kQuarter, false},
    {"Profit rose in Q3 2021.", "", "Q3 2021", true, "2021-07-01", "2021-09-30", G::kQuarter,
     false},
    {"Profit rose in the fourth quarter.", "2022-02-07", "the fourth quarter", true, "2021-10-01",
     "2021-12-31", G::kQuarter, true},
    // Ranges.
    {"Thieves took $50m between 2020 and 2021.", "", "between 2020 and 2021", true, "2020-01-01",
     "2021-12-31", G::kMultiYear, false},
    {"Thieves took $50m from 2020 to mid-2021.", "", "from 2020 to mid-2021", true, "2020-01-01",
     "2021-06-30", G::kMultiYear, false},
    {"Thieves took $50m between mid-2021 and 2022.", "", "between mid-2021 and 2022", true,
     "2021-07-01", "2022-12-31", G::kMultiYear, false},
    {"Output fell between January and March 2022.", "", "between January and March 2022", true,
     "2022-01-01", "2022-03-31", G::kMonth, false},
    {"Output fell between November and February 2022.", "", "between November and February 2022",
     true, "2021-11-01", "2022-02-28", G::kMonth, false},
    {"Output fell in 2020-2021.", "", "2020-2021", true, "2020-01-01", "2021-12-31", G::kMultiYear,
     false},
    {"Output fell in 2020\xE2\x80\x93"
     "21.",
     "",
     "2020\xE2\x80\x93"
     "21",
     true, "2020-01-01", "2021-12-31", G::kMultiYear, false},
    {"Output fell in January-March 2022.", "", "January-March 2022", true, "2022-01-01",
     "2022-03-31", G::kMonth, false},
    {"Output has fallen since 2019.", "2022-02-07", "since 2019", true, "2019-01-01", "2022-02-07",
     G::kMultiYear, true},
    {"Output has fallen since June.", "2022-02-07", "since June", true, "2021-06-01", "2022-02-07",
     G::kMonth, true},
    {"Talks were held between 4 and 6 February 2022.", "", "between 4 and 6 February 2022", true,
     "2022-02-04", "2022-02-06", G::kDay, false},
    {"Prices have risen since the start of 2021.", "2022-02-07", "since the start of 2021", true,
     "2021-01-01", "2022-02-07", G::kMultiYear, true},
    {"The summit ran February 4-6, 2022.", "", "February 4-6, 2022", true, "2022-02-04",
     "2022-02-06", G::kDay, false},
    // Unresolved: no article date, or too vague.
    {"The firm was hacked in June.", "", "June", false, "", "", G::kMonth, true},
    {"The ministry replied on Friday.", "", "Friday", false, "", "", G::kDay, true},
    {"Losses doubled last year.", "", "last year", false, "", "", G::kYear, true},
    {"Output has fallen since 2019.", "", "since 2019", false, "", "", G::kYear, true},
    {"Attacks grew in recent months.", "2022-02-07", "recent months", false, "", "", G::kMonth,
     true},
    {"Attacks grew over the past few years.", "2022-02-07", "the past few years", false, "", "",
     G::kYear, true},
    {"Attacks grew in summer 2021.", "2022-02-07", "summer 2021", false, "", "", G::kQuarter,
     false},
    {"Two weeks later the bank froze it.", "2022-02-07", "Two weeks later", false, "", "", G::kDay,
     true},
    // Not time expressions.
    {"The works are due to last three years.", "2022-02-07", "", false, "", "", G::kDay, false},
    {"The talks could last a few weeks.", "2022-02-07", "", false, "", "", G::kDay, false},
    {"Officials logged 2021 attacks on exchanges.", "2022-02-07", "", false, "", "", G::kDay,
     false},
    {"The house sold for $2021 in the end.", "2022-02-07", "", false, "", "", G::kDay, false},
    {"See page 2022 of the annex.", "2022-02-07", "", false, "", "", G::kDay, false},
    {"Nine people were arrested.", "2022-02-07", "", false, "", "", G::kDay, false},
    {"A crowd of 2,021 gathered.", "2022-02-07", "", false, "", "", G::kDay, false},
    {"Turnout was 2021.5 on average.", "2022-02-07", "", false, "", "", G::kDay, false},
    {"The shops opened on Black Friday.", "2022-02-07", "", false, "", "", G::kDay, false},
    {"It was the 2020-06 batch.", "2022-02-07", "", false, "", "", G::kDay, false},
    {"May I ask a question?", "2022-02-07", "", false, "", "", G::kDay, false},
    {"They march on the capital.", "2022-02-07", "", false, "", "", G::kDay, false},
    {"Between 1500 and 1800 people came.", "2022-02-07", "", false, "", "", G::kDay, false},
    {"It is listed as No. 2021 in the register.", "2022-02-07", "", false, "", "", G::kDay, false},
    {"The date February 30, 2022 does not exist.", "2022-02-07", "", false, "", "", G::kDay, false},
};

std::string Describe(const TimeExpr& t, std::string_view text) {
  std::string out = "\"" + std::string(text.substr(t.span.begin, t.span.size())) + "\" ";
  if (t.resolved) out += FormatIsoDate(t.from) + ".." + FormatIsoDate(t.to) + " ";
  out += std::string(GranularityName(t.granularity));
  return out;
}

TEST(TimeTest, Table) {
  for (const TimeCase& c : kTimeCases) {
    SCOPED_TRACE(std::string(c.input) + " @ " + std::string(c.article));
    std::optional<Date> article;
    if (!c.article.empty()) article = ParseIsoDate(c.article);
    std::vector<TimeExpr> times = FindTimes(c.input, 0, article);
    if (c.span.empty()) {
      for (const TimeExpr& t : times) ADD_FAILURE() << "unexpected " << Describe(t, c.input);
      continue;
    }
    ASSERT_EQ(times.size(), 1u) << (times.empty() ? "" : Describe(times[0], c.input));
    const TimeExpr& t = times[0];
    EXPECT_EQ(c.input.substr(t.span.begin, t.span.size()), c.span);
    EXPECT_EQ(t.resolved, c.resolved);
    if (c.resolved && t.resolved) {
      EXPECT_EQ(FormatIsoDate(t.from), c.from);
      EXPECT_EQ(FormatIsoDate(t.to), c.to);
    }
    EXPECT_EQ(GranularityName(t.granularity), GranularityName(c.granularity));
    EXPECT_EQ(t.relative, c.relative);
  }
}

TEST(TimeTest, SpansAreOffsetByBase) {
  std::vector<TimeExpr> times = FindTimes("in 2021", 100, std::nullopt);
  ASSERT_EQ(times.size(), 1u);
  EXPECT_EQ(times[0].span.begin, 103u);
  EXPECT_EQ(times[0].span.end, 107u);
}

TEST(TimeTest, ShiftsFollowThePreviousDay) {
  std::string_view text =
      "The exchange was drained on February 4, 2022. Six days later the funds moved, and two "
      "weeks earlier a test transfer had gone through. The next day nothing happened.";
  std::vector<TimeExpr> times = FindTimes(text, 0, std::nullopt);
  ASSERT_EQ(times.size(), 4u);
  EXPECT_EQ(FormatIsoDate(times[1].from), "2022-02-10");  // Six days later
  EXPECT_TRUE(times[1].relative);
  EXPECT_EQ(FormatIsoDate(times[2].from), "2022-01-27");  // two weeks earlier than Feb 10
  EXPECT_EQ(FormatIsoDate(times[3].from), "2022-01-28");  // the next day
  EXPECT_EQ(text.substr(times[3].span.begin, times[3].span.size()), "The next day");
}

TEST(TimeTest, SeveralInOneSentenceInTextOrder) {
  std::string_view text = "In 2020 and 2021, and again last year, and on Friday.";
  std::vector<TimeExpr> times = FindTimes(text, 0, ParseIsoDate("2022-02-07"));
  std::vector<std::string_view> spans;
  for (const TimeExpr& t : times) spans.push_back(text.substr(t.span.begin, t.span.size()));
  EXPECT_EQ(spans, (std::vector<std::string_view>{"2020", "2021", "last year", "Friday"}));
}

TEST(TimeTest, MaskedBytesAreNeverMatched) {
  std::string text =
      "in 20\x1A"
      "21 and in Jan\x1A 2022";
  for (const TimeExpr& t : FindTimes(text, 0, ParseIsoDate("2022-02-07"))) {
    EXPECT_EQ(text.substr(t.span.begin, t.span.size()).find('\x1A'), std::string::npos);
  }
}

TEST(TimeTest, GranularityNames) {
  EXPECT_EQ(GranularityName(Granularity::kDay), "day");
  EXPECT_EQ(GranularityName(Granularity::kWeek), "week");
  EXPECT_EQ(GranularityName(Granularity::kMonth), "month");
  EXPECT_EQ(GranularityName(Granularity::kQuarter), "quarter");
  EXPECT_EQ(GranularityName(Granularity::kHalfYear), "half-year");
  EXPECT_EQ(GranularityName(Granularity::kYear), "year");
  EXPECT_EQ(GranularityName(Granularity::kMultiYear), "multi-year");
}

// Hostile input: linear time, no crash.
TEST(TimeTest, HostileInput) {
  constexpr size_t kMiB = 1 << 20;
  auto within = [](const std::string& text) {
    // Quadratic behaviour would take minutes: CTest's per-test timeout catches it.
    return FindTimes(text, 0, ParseIsoDate("2022-02-07"));
  };
  auto repeat = [](std::string_view unit, size_t bytes) {
    std::string out;
    while (out.size() < bytes) out += unit;
    return out;
  };
  EXPECT_TRUE(within(std::string(kMiB, '7')).empty());
  EXPECT_TRUE(within(repeat("between ", kMiB)).empty());
  EXPECT_TRUE(within(repeat("from since ", kMiB)).empty());
  EXPECT_TRUE(within(repeat("2020-", kMiB)).empty());  // no year runs into another
  EXPECT_FALSE(within(repeat("2020-2021 ", kMiB)).empty());
  EXPECT_FALSE(within(repeat("between 2020 and ", kMiB)).empty());
  EXPECT_FALSE(within(repeat("in June ", kMiB / 4)).empty());
  within(std::string(kMiB, ' ') + "since");
  within(std::string("\xFF\xFE in 2021 \x80\0 June", 18));
}

}  // namespace
}  // namespace factlint::extract_internal
