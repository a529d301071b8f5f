// Kind `figure`: a figure of the article (money or a count) judged against the source statement
// of the same measure it matches. One kind, three checks, chosen by the `check` parameter:
//   value        the value does not fit the record's ("nine" against "seven"), qualifiers taken
//                as intervals ("at least 3" fits "more than 2")
//   period       the value fits but the period runs outside the record's, or misses it
//   unsupported  a figure credited to a source, with no record of its measure that agrees with it
//                in value or in period
// The ledger records the verdict: supported when value and period fit a record, contradicted on a
// mismatch.
#include <fmt/format.h>

#include <cmath>

#include "../describe.h"
#include "../figure_judgement.h"
#include "engine/base/ascii.h"
#include "factlint/number_words.h"
#include "kinds.h"

namespace factlint::rules_internal {
namespace {

enum class FigureCheckKind { kValue, kPeriod, kUnsupported };

// `value` written as the writer wrote the figure: in words when they used words ("nine" ->
// "seven"), else in digits with their scale word ("$400 million" -> "$395 million").
std::string RewriteNumber(std::string_view written, double old_value, double value) {
  const bool in_words =
      !written.empty() && written.find_first_of("0123456789") == std::string::npos;
  if (in_words && value == std::floor(value) && value >= 0 && value < 1e6) {
    std::string out = WriteNumberWords(static_cast<int64_t>(value));
    if (IsAsciiUpper(written[0]) && !out.empty() && IsAsciiLower(out[0])) {
      out[0] = static_cast<char>(out[0] - 'a' + 'A');  // "Nine launches" -> "Seven launches"
    }
    return out;
  }
  const WrittenNumber number = ReadWrittenNumber(written);
  if (number.shown <= 0 || old_value <= 0) return fmt::format("{:g}", value);
  return fmt::format("{:g}{}", value / (old_value / number.shown), number.rest);
}

class FigureCheck : public RuleCheck {
 public:
  FigureCheck(FigureCheckKind check, double hedge) : check_(check), hedge_(hedge) {}

  void Run(const RuleContext& context, std::vector<Finding>* out) const override {
    const CheckInput& input = context.input;
    if (input.corpus == nullptr || context.matches == nullptr) return;
    for (const Figure& figure : FiguresOf(input, *context.matches)) CheckOne(context, figure, out);
  }

 private:
  void CheckOne(const RuleContext& context, const Figure& figure, std::vector<Finding>* out) const {
    const Document& doc = context.input.document;
    const Judgement judgement = Judge(figure, hedge_);
    if (check_ == FigureCheckKind::kUnsupported) {
      // Credited, and no record of its measure agrees with it in value or period.
      if (judgement.record != nullptr || figure.context->attributed_to.empty()) return;
      // A figure inside a quotation is the speaker's words: the quotation rules judge those.
      for (const Quote& quote : context.input.claims.quotes) {
        if (quote.content.Contains(figure.span.begin)) return;
      }
      MessageFields fields = Fields(context.input, figure, nullptr);
      fields.push_back(fmt::arg("note", ""));
      out->push_back(MakeFinding(context.rule, figure.span, FormatMessage(context.rule, fields)));
      return;
    }
    if (judgement.record == nullptr) return;
    const StatementCandidate& c = *judgement.record;
    std::vector<Evidence> evidence = {RecordEvidence(c.source, c.record)};
    const bool mine = check_ == FigureCheckKind::kValue
                          ? !judgement.value_agrees
                          : judgement.value_agrees && !judgement.period_agrees;
    const bool fits = judgement.value_agrees && judgement.period_agrees;
    if (fits || mine) {
      context.ledger.Record(figure.kind, figure.index,
                            fits ? ClaimStatus::kSupported : ClaimStatus::kContradicted, evidence);
    }
    if (figure.time != nullptr && check_ == FigureCheckKind::kPeriod) {
      // The period stands or falls on its own: it agrees with the record even when the value
      // does not.
      context.ledger.Record(
          "time", *figure.context->time,
          judgement.period_agrees ? ClaimStatus::kSupported : ClaimStatus::kContradicted, evidence);
    }
    if (!mine) return;

    MessageFields fields = Fields(context.input, figure, &c);
    Span span = figure.span;
    std::optional<std::string> suggestion;
    if (check_ == FigureCheckKind::kValue) {
      fields.push_back(fmt::arg("note", SiblingNote(context.input, figure, c)));
      if (c.record.value && (c.record.qualifier.empty() || c.record.qualifier == "exact")) {
        suggestion = fmt::format(
            "{}{}{}", doc.TextOf({figure.span.begin, figure.number_span.begin}),
            RewriteNumber(doc.TextOf(figure.number_span), figure.value, *c.record.value),
            doc.TextOf({figure.number_span.end, figure.span.end}));
      }
    } else {
      fields.push_back(fmt::arg("note", ""));
      // The period and the figure together, when they stand in one sentence.
      span = {std::min(span.begin, figure.time->span.begin),
              std::max(span.end, figure.time->span.end)};
    }
    Finding finding = MakeFinding(context.rule, span, FormatMessage(context.rule, fields));
    finding.evidence = std::move(evidence);
    finding.suggestion = std::move(suggestion);
    out->push_back(std::move(finding));
  }

  MessageFields Fields(const CheckInput& input, const Figure& figure,
                       const StatementCandidate* c) const {
    const Document& doc = input.document;
    MessageFields fields;
    fields.push_back(fmt::arg("figure", std::string(doc.TextOf(figure.span))));
    fields.push_back(fmt::arg("credited", EntityName(input.corpus, figure.context->attributed_to)));
    fields.push_back(fmt::arg("stated", c ? DescribeValue(c->record) : std::string()));
    fields.push_back(fmt::arg("publisher", c ? c->source.publisher : std::string()));
    fields.push_back(
        fmt::arg("source_period", c && c->record.period_from && c->record.period_to
                                      ? DescribePeriod(*c->record.period_from, *c->record.period_to)
                                      : std::string("no period")));
    fields.push_back(fmt::arg(
        "for_period", c && c->record.period_from && c->record.period_to
                          ? " for " + DescribePeriod(*c->record.period_from, *c->record.period_to)
                          : std::string()));
    fields.push_back(fmt::arg(
        "claim_period", figure.time ? DescribePeriod(figure.time->from, figure.time->to) : ""));
    return fields;
  }

  // When the figure is another measure of the same source sentence ("nine" missiles fired in
  // seven launches), say so: that is how the slip happened.
  std::string SiblingNote(const CheckInput& input, const Figure& figure,
                          const StatementCandidate& c) const {
    StatementFilter filter;
    filter.source_id = c.record.source_id;
    StatusOr<std::vector<StatementHit>> siblings = input.corpus->FindStatements(filter);
    if (!siblings.ok()) return "";
    for (const StatementHit& hit : *siblings) {
      const StatementInfo& s = hit.record;
      if (s.id == c.record.id || s.text != c.record.text || s.measure.empty()) continue;
      if (!ValueAgrees(figure, s, hedge_)) continue;
      return fmt::format(" ({} agrees with its {}, another measure: {})",
                         std::string(input.document.TextOf(figure.number_span)), DescribeValue(s),
                         s.measure);
    }
    return "";
  }

  FigureCheckKind check_;
  double hedge_;
};

}  // namespace

StatusOr<std::unique_ptr<RuleCheck>> MakeFigureCheck(const RuleInfo& /*rule*/, Parameters& params) {
  const std::string check = params.String("check", "value");
  FigureCheckKind kind = FigureCheckKind::kValue;
  if (check == "period") {
    kind = FigureCheckKind::kPeriod;
  } else if (check == "unsupported") {
    kind = FigureCheckKind::kUnsupported;
  } else if (check != "value") {
    params.Fail("check", "expected one of value, period, unsupported");
  }
  const double hedge = params.Number("hedge", 0.1);
  if (hedge < 0 || hedge >= 1)
    params.Fail("hedge", "expected a fraction from 0 to below 1, such as 0.1");
  FACTLINT_RETURN_IF_ERROR(params.Finish());
  return std::unique_ptr<RuleCheck>(new FigureCheck(kind, hedge));
}

}  // namespace factlint::rules_internal
