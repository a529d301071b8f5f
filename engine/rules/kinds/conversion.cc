// Kind `conversion`: a stated currency conversion ("$50 million (about €44 million)") checked
// against the reference rates of the corpus.
//
// Which rate: the ECB fixes its reference rates at 14:10 CET and publishes them around 16:00, so
// most copy dated D was written with the rate of the business day before D. That rate is the
// reference; the rate of D itself is accepted too (copy updated late in the day). Both are looked
// up on or before their day, so weekends and holidays fall back to the last business day.
//
// How close: the writer rounded both figures, so each stands for an interval: "44 million" with
// its last digit in the millions is [43.5, 44.5] million. The conversion holds when the interval of
// the first amount, converted and widened by `tolerance` (`hedged-tolerance` when either amount is
// hedged: "about", "nearly"), meets the interval of the second.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>

#include "../describe.h"
#include "kinds.h"

namespace factlint::rules_internal {
namespace {

struct RatePair {
  FxRate from;  // per euro, of the first amount's currency
  FxRate to;    // per euro, of the second amount's currency
  Date date;    // the later of the two dates: the day this pair of rates describes
  // Units of the second currency for one unit of the first.
  double Factor() const { return to.per_euro / from.per_euro; }
};

std::string FormatRate(double rate) { return fmt::format("{:.4f}", rate); }

// `value` with `digits` significant digits, in fixed notation: 43.6, 541, 1230.
std::string SignificantFixed(double value, int digits) {
  int whole_digits = value >= 1 ? static_cast<int>(std::floor(std::log10(value))) + 1 : 1;
  return fmt::format("{:.{}f}", value, std::max(0, digits - whole_digits));
}

// A figure written in words ("forty million") is rewritten in digits with a scale word.
std::string FigureInDigits(double value, int digits) {
  if (value >= 1e9) return SignificantFixed(value / 1e9, digits) + " billion";
  if (value >= 1e6) return SignificantFixed(value / 1e6, digits) + " million";
  // Below a million: whole units rounded to `digits` significant digits, grouped by thousands.
  double step = value >= 1 ? std::pow(10.0, std::floor(std::log10(value)) - digits + 1) : 1;
  std::string plain = std::to_string(std::llround(std::max(1.0, std::round(value / step)) * step));
  std::string grouped;
  for (size_t i = 0; i < plain.size(); ++i) {
    if (i > 0 && (plain.size() - i) % 3 == 0) grouped.push_back(',');
    grouped.push_back(plain[i]);
  }
  return grouped;
}

// The amount's figure rewritten with `value`, in the writer's own form: "about 54 million euros"
// with 43615000 gives "about 43.6 million euros", "€570m" gives "€523m".
std::string Rewrite(const Document& doc, const MoneyAmount& amount, double value, int digits) {
  std::string_view number = doc.TextOf(amount.number_span);
  std::string_view before = doc.TextOf({amount.span.begin, amount.number_span.begin});
  std::string_view after = doc.TextOf({amount.number_span.end, amount.span.end});
  const WrittenNumber written = ReadWrittenNumber(number);
  if (written.shown <= 0) {
    return fmt::format("{}{}{}", before, FigureInDigits(value, digits), after);
  }
  const double scale = amount.value / written.shown;
  return fmt::format("{}{}{}{}", before, SignificantFixed(value / scale, digits), written.rest,
                     after);
}

Evidence RateEvidence(const Corpus& corpus, const FxRate& rate) {
  Evidence evidence;
  evidence.source = rate.source_id;
  std::string day = FormatIsoDate(rate.date);
  evidence.record = fmt::format("{}/{}", rate.currency, day);
  evidence.locator = fmt::format("{} per EUR, {}", rate.currency, day);
  evidence.excerpt =
      fmt::format("{}: 1 EUR = {} {}", day, FormatRate(rate.per_euro), rate.currency);
  if (auto source = corpus.FindSource(rate.source_id); source.ok() && source->has_value()) {
    evidence.title = (*source)->title;
    evidence.url = (*source)->url;
  }
  return evidence;
}

class ConversionCheck : public RuleCheck {
 public:
  struct Options {
    double tolerance = 0.02;
    double hedged_tolerance = 0.05;
    bool accept_same_day_rate = true;
    int max_days_back = 10;
    int suggestion_digits = 3;
  };
  explicit ConversionCheck(Options options) : options_(options) {}

  void Run(const RuleContext& context, std::vector<Finding>* out) const override {
    const CheckInput& input = context.input;
    if (input.corpus == nullptr) return;
    for (size_t i = 0; i < input.claims.conversions.size(); ++i) {
      CheckOne(context, i, out);
    }
  }

 private:
  std::optional<RatePair> Rates(const Corpus& corpus, const CurrencyConversion& c, Date day) const {
    auto from = corpus.RateOnOrBefore(c.from.currency, day, options_.max_days_back);
    auto to = corpus.RateOnOrBefore(c.to.currency, day, options_.max_days_back);
    if (!from.ok() || !to.ok() || !from->has_value() || !to->has_value()) return std::nullopt;
    // The euro's rate is 1 on any day; the pair's date is that of the other currency's rate.
    Date date = (*to)->date;
    if (c.to.currency == "EUR") {
      date = (*from)->date;
    } else if (c.from.currency != "EUR") {
      date = std::max(std::chrono::sys_days((*from)->date), std::chrono::sys_days((*to)->date));
    }
    return RatePair{**from, **to, date};
  }

  bool Fits(const CurrencyConversion& c, const RatePair& rates) const {
    bool hedged = c.from.qualifier != Qualifier::kExact || c.to.qualifier != Qualifier::kExact;
    double tolerance = hedged ? options_.hedged_tolerance : options_.tolerance;
    double factor = rates.Factor();
    double low = (c.from.value - c.from.precision / 2) * factor * (1 - tolerance);
    double high = (c.from.value + c.from.precision / 2) * factor * (1 + tolerance);
    double stated_low = c.to.value - c.to.precision / 2;
    double stated_high = c.to.value + c.to.precision / 2;
    return stated_low <= high && low <= stated_high;
  }

  void CheckOne(const RuleContext& context, size_t index, std::vector<Finding>* out) const {
    const CheckInput& input = context.input;
    const Corpus& corpus = *input.corpus;
    const CurrencyConversion& c = input.claims.conversions[index];
    ClaimEntry* entry = context.ledger.Find("conversion", index);

    std::optional<RatePair> reference = Rates(corpus, c, AddDays(input.date, -1));
    std::optional<RatePair> same_day;
    if (options_.accept_same_day_rate) {
      same_day = Rates(corpus, c, input.date);
      if (same_day && reference && same_day->date == reference->date) same_day.reset();
    }
    if (!reference && !same_day) return;  // no rate on record: the claim stays unverified
    const RatePair& primary = reference ? *reference : *same_day;

    const RatePair* fitting = nullptr;
    if (reference && Fits(c, *reference)) {
      fitting = &*reference;
    } else if (same_day && Fits(c, *same_day)) {
      fitting = &*same_day;
    }
    const RatePair& used = fitting ? *fitting : primary;
    std::vector<Evidence> evidence;
    if (c.from.currency != "EUR") evidence.push_back(RateEvidence(corpus, used.from));
    if (c.to.currency != "EUR") evidence.push_back(RateEvidence(corpus, used.to));
    double expected = c.from.value * used.Factor();
    if (entry != nullptr) {
      entry->normalized["expected"] = static_cast<int64_t>(std::llround(expected));
      entry->normalized["rate_date"] = FormatIsoDate(used.date);
      entry->normalized["rate"] = std::round(used.Factor() * 1e6) / 1e6;
    }
    context.ledger.Record("conversion", index,
                          fitting ? ClaimStatus::kSupported : ClaimStatus::kContradicted, evidence);
    if (fitting) return;

    const Document& doc = input.document;
    std::string suggestion = Rewrite(doc, c.to, expected, options_.suggestion_digits);
    MessageFields fields;
    fields.push_back(fmt::arg("from", std::string(doc.TextOf(c.from.span))));
    fields.push_back(fmt::arg("to", std::string(doc.TextOf(c.to.span))));
    fields.push_back(fmt::arg("expected", suggestion));
    fields.push_back(fmt::arg("rate_date", FormatIsoDate(used.date)));
    fields.push_back(fmt::arg("pair", fmt::format("{}/{}", c.from.currency, c.to.currency)));
    fields.push_back(fmt::arg(
        "rate", c.to.currency == "EUR"
                    ? fmt::format("1 EUR = {} {}", FormatRate(1 / used.Factor()), c.from.currency)
                    : fmt::format("1 {} = {} {}", c.from.currency, FormatRate(used.Factor()),
                                  c.to.currency)));
    Finding finding = MakeFinding(context.rule, c.to.span, FormatMessage(context.rule, fields));
    finding.evidence = std::move(evidence);
    finding.suggestion = std::move(suggestion);
    out->push_back(std::move(finding));
  }

  Options options_;
};

}  // namespace

StatusOr<std::unique_ptr<RuleCheck>> MakeConversionCheck(const RuleInfo& /*rule*/,
                                                         Parameters& params) {
  ConversionCheck::Options options;
  options.tolerance = params.Number("tolerance", options.tolerance);
  options.hedged_tolerance = params.Number("hedged-tolerance", options.hedged_tolerance);
  options.accept_same_day_rate = params.Bool("accept-same-day-rate", options.accept_same_day_rate);
  options.max_days_back = static_cast<int>(params.Number("max-days-back", options.max_days_back));
  options.suggestion_digits =
      static_cast<int>(params.Number("suggestion-digits", options.suggestion_digits));
  if (options.tolerance < 0 || options.tolerance >= 1) {
    params.Fail("tolerance", "expected a fraction from 0 to below 1, such as 0.02");
  }
  if (options.hedged_tolerance < 0 || options.hedged_tolerance >= 1) {
    params.Fail("hedged-tolerance", "expected a fraction from 0 to below 1, such as 0.05");
  }
  if (options.max_days_back < 0 || options.max_days_back > 31) {
    params.Fail("max-days-back", "expected a whole number of days from 0 to 31");
  }
  if (options.suggestion_digits < 1 || options.suggestion_digits > 8) {
    params.Fail("suggestion-digits", "expected a whole number from 1 to 8");
  }
  FACTLINT_RETURN_IF_ERROR(params.Finish());
  return std::unique_ptr<RuleCheck>(new ConversionCheck(options));
}

}  // namespace factlint::rules_internal
