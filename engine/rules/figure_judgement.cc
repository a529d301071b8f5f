#include "figure_judgement.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace factlint::rules_internal {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// The values a figure or a record allows. An open end excludes its bound ("more than 2").
struct Interval {
  double low = 0, high = 0;
  bool low_open = false, high_open = false;
};

Interval IntervalOf(double value, double high_value, double precision, Qualifier qualifier,
                    double hedge) {
  const double low = value - precision / 2, high = high_value + precision / 2;
  switch (qualifier) {
    case Qualifier::kExact:
      return {low, high};
    case Qualifier::kAbout:
      return {low * (1 - hedge), high * (1 + hedge)};
    case Qualifier::kNearly:
      return {value * (1 - hedge), high};
    case Qualifier::kUpTo:
      return {0, high};
    case Qualifier::kAtLeast:
      return {value, kInfinity};
    case Qualifier::kMoreThan:
      return {value, kInfinity, /*low_open=*/true};
    case Qualifier::kLessThan:
      return {0, value, false, /*high_open=*/true};
  }
  return {low, high};
}

bool Meet(const Interval& a, const Interval& b) {
  // The intervals meet unless one ends before the other starts (an open end at the same point
  // does not meet).
  auto before = [](const Interval& x, const Interval& y) {
    return x.high < y.low || (x.high == y.low && (x.high_open || y.low_open));
  };
  return !before(a, b) && !before(b, a);
}

bool Prefer(const StatementCandidate* a, const StatementCandidate* b) {
  if (b == nullptr) return true;
  if (a->credited != b->credited) return a->credited;
  return a->score > b->score;
}

}  // namespace

std::vector<Figure> FiguresOf(const CheckInput& input, const Matches& matches) {
  const Claims& claims = input.claims;
  std::vector<Span> second_halves;
  for (const CurrencyConversion& c : claims.conversions) second_halves.push_back(c.to.span);
  std::sort(second_halves.begin(), second_halves.end());
  auto time_of = [&](const ClaimContext& context) -> const TimeExpr* {
    if (!context.time || *context.time >= claims.times.size()) return nullptr;
    const TimeExpr& time = claims.times[*context.time];
    return time.resolved ? &time : nullptr;
  };
  static const std::vector<StatementCandidate> kNone;
  auto candidates = [&](const std::vector<std::vector<StatementCandidate>>& all, size_t i) {
    return i < all.size() ? &all[i] : &kNone;
  };
  std::vector<Figure> out;
  for (size_t i = 0; i < claims.money.size(); ++i) {
    const MoneyAmount& m = claims.money[i];
    if (std::binary_search(second_halves.begin(), second_halves.end(), m.span)) continue;
    out.push_back({"money", i, m.span, m.number_span, m.value, std::nullopt, m.precision,
                   m.qualifier, &m.context, time_of(m.context), candidates(matches.money, i)});
  }
  for (size_t i = 0; i < claims.quantities.size(); ++i) {
    const Quantity& q = claims.quantities[i];
    out.push_back({"quantity", i, q.span, q.number_span, q.value, q.high, q.precision, q.qualifier,
                   &q.context, time_of(q.context), candidates(matches.quantities, i)});
  }
  std::sort(out.begin(), out.end(),
            [](const Figure& a, const Figure& b) { return a.span < b.span; });
  return out;
}

bool ValueAgrees(const Figure& figure, const StatementInfo& record, double hedge) {
  if (!record.value) return false;
  Interval stated = IntervalOf(figure.value, figure.high.value_or(figure.value), figure.precision,
                               figure.qualifier, hedge);
  Qualifier qualifier = ParseQualifier(record.qualifier).value_or(Qualifier::kExact);
  Interval source = IntervalOf(*record.value, *record.value, 0, qualifier, hedge);
  return Meet(stated, source);
}

bool PeriodAgrees(const Figure& figure, const StatementInfo& record) {
  if (figure.time == nullptr || !record.period_from || !record.period_to) return true;
  const Date from = figure.time->from, to = figure.time->to;
  const Date source_from = *record.period_from, source_to = *record.period_to;
  if (source_from == source_to) {
    // An event on one day: the figure's period must include it ("in June 2022" for 24 June).
    return from <= source_from && source_to <= to;
  }
  // A figure over a period: the article's period must lie within the source's.
  return source_from <= from && to <= source_to;
}

bool PeriodsMeet(const Figure& figure, const StatementInfo& record) {
  if (figure.time == nullptr || !record.period_from || !record.period_to) return true;
  return *record.period_from <= figure.time->to && figure.time->from <= *record.period_to;
}

bool SameFigure(const Figure& figure, const StatementInfo& record) {
  if (!record.value) return false;
  return std::fabs(figure.value - *record.value) <=
         std::max(figure.precision / 2, 0.005 * std::fabs(*record.value));
}

Judgement Judge(const Figure& figure, double hedge) {
  // Best first: agrees in value and in a period both give; agrees in value, not in period;
  // agrees in value where the record gives no period to compare; agrees in period only.
  std::array<const StatementCandidate*, 4> best = {};
  for (const StatementCandidate& c : *figure.candidates) {
    if (!c.same_measure) continue;
    bool value = ValueAgrees(figure, c.record, hedge);
    const bool period = PeriodAgrees(figure, c.record);
    // When the periods do not even meet, only the same figure ties the claim to the record (a
    // misplaced period); "more than 50 million" in another year is another claim.
    if (value && !period && !PeriodsMeet(figure, c.record) && !SameFigure(figure, c.record)) {
      value = false;
    }
    const bool compared = figure.time != nullptr && c.record.period_from && c.record.period_to;
    int rank = value && period && compared ? 0 : value && !period ? 1 : value ? 2 : period ? 3 : -1;
    if (rank >= 0 && Prefer(&c, best[static_cast<size_t>(rank)])) {
      best[static_cast<size_t>(rank)] = &c;
    }
  }
  if (best[0] != nullptr) return {best[0], true, true};
  if (best[1] != nullptr) return {best[1], true, false};
  if (best[2] != nullptr) return {best[2], true, true};
  if (best[3] != nullptr) return {best[3], false, true};
  return {};
}

}  // namespace factlint::rules_internal
