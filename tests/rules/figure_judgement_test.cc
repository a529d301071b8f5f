// The figure judgement helpers the figure and attribution kinds share: whether a figure's value
// and period agree with a source statement, and how a statement's value and period are written in
// a message.
#include "../../engine/rules/figure_judgement.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "../../engine/rules/describe.h"

namespace factlint::rules_internal {
namespace {

constexpr double kHedge = 0.1;

Date D(const char* iso) { return ParseIsoDate(iso).value(); }

Figure MakeFigure(double value, Qualifier qualifier, double precision = 1) {
  Figure figure;
  figure.value = value;
  figure.qualifier = qualifier;
  figure.precision = precision;
  return figure;
}

StatementInfo Record(std::optional<double> value, std::string qualifier, std::string unit = "") {
  StatementInfo record;
  record.value = value;
  record.qualifier = std::move(qualifier);
  record.unit = std::move(unit);
  return record;
}

TEST(ValueAgreesTest, AtLeastThreeAgreesWithMoreThanTwo) {
  EXPECT_TRUE(ValueAgrees(MakeFigure(3, Qualifier::kAtLeast), Record(2, "more-than"), kHedge));
}

TEST(ValueAgreesTest, NineDisagreesWithExactSeven) {
  EXPECT_FALSE(ValueAgrees(MakeFigure(9, Qualifier::kExact), Record(7, "exact"), kHedge));
  EXPECT_TRUE(ValueAgrees(MakeFigure(7, Qualifier::kExact), Record(7, "exact"), kHedge));
}

TEST(ValueAgreesTest, UpTo400MillionAgreesWithNearly400Million) {
  EXPECT_TRUE(
      ValueAgrees(MakeFigure(400e6, Qualifier::kUpTo, 1e6), Record(400e6, "nearly"), kHedge));
}

TEST(ValueAgreesTest, LessThanFiveDisagreesWithAtLeastFive) {
  // [0, 5) and [5, inf) touch at an open end: they do not meet.
  EXPECT_FALSE(ValueAgrees(MakeFigure(5, Qualifier::kLessThan), Record(5, "at-least"), kHedge));
  EXPECT_TRUE(ValueAgrees(MakeFigure(5, Qualifier::kLessThan), Record(4, "at-least"), kHedge));
}

TEST(ValueAgreesTest, FiftyMillionAgreesWithMoreThanFiftyMillion) {
  // "50 million" stands for 49.5 to 50.5 million, which reaches past 50 million.
  EXPECT_TRUE(
      ValueAgrees(MakeFigure(50e6, Qualifier::kExact, 1e6), Record(50e6, "more-than"), kHedge));
  // Written to the unit, 50,000,000 reaches only 50,000,000.5: short of more than 50,000,001.
  EXPECT_FALSE(
      ValueAgrees(MakeFigure(50e6, Qualifier::kExact, 1), Record(50e6 + 1, "more-than"), kHedge));
}

TEST(ValueAgreesTest, AboutIsWidenedByTheHedge) {
  // "about 50": [49.5 * 0.9, 50.5 * 1.1] = [44.55, 55.55].
  const Figure about = MakeFigure(50, Qualifier::kAbout);
  EXPECT_TRUE(ValueAgrees(about, Record(55.5, "exact"), kHedge));
  EXPECT_FALSE(ValueAgrees(about, Record(56, "exact"), kHedge));
  EXPECT_TRUE(ValueAgrees(about, Record(44.6, "exact"), kHedge));
  EXPECT_FALSE(ValueAgrees(about, Record(44.5, "exact"), kHedge));
}

TEST(ValueAgreesTest, RangeAgreesWithAValueInside) {
  Figure range = MakeFigure(5, Qualifier::kExact);
  range.high = 7;
  EXPECT_TRUE(ValueAgrees(range, Record(6, "exact"), kHedge));
  EXPECT_TRUE(ValueAgrees(range, Record(7.5, "exact"), kHedge));
  EXPECT_FALSE(ValueAgrees(range, Record(8, "exact"), kHedge));
}

TEST(ValueAgreesTest, RecordWithoutValueNeverAgrees) {
  EXPECT_FALSE(ValueAgrees(MakeFigure(7, Qualifier::kAtLeast), Record(std::nullopt, ""), kHedge));
}

TEST(ValueAgreesTest, UnknownRecordQualifierIsExact) {
  EXPECT_TRUE(ValueAgrees(MakeFigure(7, Qualifier::kExact), Record(7, "roughly"), kHedge));
  EXPECT_FALSE(ValueAgrees(MakeFigure(9, Qualifier::kExact), Record(7, "roughly"), kHedge));
}

// --- PeriodAgrees ---

TimeExpr Period(const char* from, const char* to) {
  TimeExpr time;
  time.resolved = true;
  time.from = D(from);
  time.to = D(to);
  return time;
}

StatementInfo RecordFor(const char* from, const char* to) {
  StatementInfo record = Record(7, "exact");
  record.period_from = D(from);
  record.period_to = D(to);
  return record;
}

bool Agrees(const TimeExpr& time, const StatementInfo& record) {
  Figure figure = MakeFigure(7, Qualifier::kExact);
  figure.time = &time;
  return PeriodAgrees(figure, record);
}

TEST(PeriodAgreesTest, FigurePeriodWithinTheSourcePeriodAgrees) {
  EXPECT_TRUE(Agrees(Period("2021-01-01", "2021-12-31"), RecordFor("2020-01-01", "2021-12-31")));
  EXPECT_TRUE(Agrees(Period("2021-01-01", "2021-12-31"), RecordFor("2021-01-01", "2021-12-31")));
}

TEST(PeriodAgreesTest, FigurePeriodRunningOutsideTheSourcePeriodDisagrees) {
  EXPECT_FALSE(Agrees(Period("2020-06-01", "2021-06-30"), RecordFor("2021-01-01", "2021-12-31")));
  EXPECT_FALSE(Agrees(Period("2020-01-01", "2021-12-31"), RecordFor("2021-01-01", "2021-12-31")));
}

TEST(PeriodAgreesTest, DisjointPeriodsDisagree) {
  EXPECT_FALSE(Agrees(Period("2022-01-01", "2022-12-31"), RecordFor("2021-01-01", "2021-12-31")));
}

TEST(PeriodAgreesTest, OneDayEventMustLieInTheFigurePeriod) {
  EXPECT_TRUE(Agrees(Period("2022-06-01", "2022-06-30"), RecordFor("2022-06-24", "2022-06-24")));
  EXPECT_TRUE(Agrees(Period("2022-06-24", "2022-06-24"), RecordFor("2022-06-24", "2022-06-24")));
  EXPECT_FALSE(Agrees(Period("2022-07-01", "2022-07-31"), RecordFor("2022-06-24", "2022-06-24")));
}

TEST(PeriodAgreesTest, EitherSideWithoutAPeriodAgrees) {
  Figure figure = MakeFigure(7, Qualifier::kExact);
  EXPECT_TRUE(PeriodAgrees(figure, RecordFor("2021-01-01", "2021-12-31")));
  const TimeExpr time = Period("2022-01-01", "2022-12-31");
  figure.time = &time;
  EXPECT_TRUE(PeriodAgrees(figure, Record(7, "exact")));
}

// --- DescribePeriod and DescribeValue ---

TEST(DescribePeriodTest, NamesMonthsYearsHalvesAndDays) {
  EXPECT_EQ(DescribePeriod(D("2022-01-01"), D("2022-01-31")), "January 2022");
  EXPECT_EQ(DescribePeriod(D("2024-02-01"), D("2024-02-29")), "February 2024");
  EXPECT_EQ(DescribePeriod(D("2021-01-01"), D("2021-12-31")), "2021");
  EXPECT_EQ(DescribePeriod(D("2020-01-01"), D("2021-06-30")), "2020 to mid-2021");
  EXPECT_EQ(DescribePeriod(D("2022-02-04"), D("2022-02-04")), "2022-02-04");
  EXPECT_EQ(DescribePeriod(D("2021-07-01"), D("2022-12-31")), "mid-2021 to 2022");
  EXPECT_EQ(DescribePeriod(D("2021-03-05"), D("2021-04-02")), "2021-03-05 to 2021-04-02");
  EXPECT_EQ(DescribePeriod(D("2021-03-01"), D("2021-05-31")), "March 2021 to May 2021");
  EXPECT_EQ(DescribePeriod(D("2020-01-01"), D("2021-12-31")), "2020 to 2021");
}

TEST(DescribeValueTest, WritesQualifierValueAndUnit) {
  EXPECT_EQ(DescribeValue(Record(50e6, "more-than", "USD")), "more than 50 million USD");
  EXPECT_EQ(DescribeValue(Record(7, "exact", "launches")), "7 launches");
  EXPECT_EQ(DescribeValue(Record(3, "at-least", "exchanges")), "at least 3 exchanges");
  EXPECT_EQ(DescribeValue(Record(4.3e9, "exact", "USD")), "4.3 billion USD");
  EXPECT_EQ(DescribeValue(Record(400e6, "nearly", "USD")), "nearly 400 million USD");
  EXPECT_EQ(DescribeValue(Record(1234567, "", "USD")), "1,234,567 USD");
  EXPECT_EQ(DescribeValue(Record(2.5, "up-to", "percent")), "up to 2.5 percent");
  EXPECT_EQ(DescribeValue(Record(std::nullopt, "", "")), "");
}

}  // namespace
}  // namespace factlint::rules_internal
