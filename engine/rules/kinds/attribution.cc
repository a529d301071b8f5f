// Kind `attribution`: the text credits a finding to a source that did not make it.
//   - A figure credited to a source (the text says "a study by Chainalysis suggested ...") that
//     fits a record of another source, while no record of the credited source fits it.
//   - A relation credited to a source ("APT 38, which FireEye believes is part of Lazarus") that
//     the credited source contradicts (it tracks APT38 as distinct from Lazarus).
// A figure is only judged when the credited source has records in the corpus: otherwise there is
// nothing to say what it did or did not report.
#include <fmt/format.h>

#include <array>

#include "../describe.h"
#include "../figure_judgement.h"
#include "kinds.h"

namespace factlint::rules_internal {
namespace {

// Relations that cannot both hold.
bool Conflict(std::string_view a, std::string_view b) {
  static constexpr std::array<std::string_view, 4> kJoined = {"part-of", "unit-of", "same-as",
                                                              "subsidiary-of"};
  auto joined = [](std::string_view r) {
    return std::find(kJoined.begin(), kJoined.end(), r) != kJoined.end();
  };
  return (joined(a) && b == "distinct-from") || (joined(b) && a == "distinct-from");
}

// Of two statements of the credited source, the one to show: the one of the figure's measure,
// then the better text match, then the one
// whose period meets the figure's, then the later period.
bool Closer(const StatementHit& a, const StatementHit& b, const Figure& figure) {
  const std::string& measure = figure.context->measure;
  const bool a_same = !measure.empty() && a.record.measure == measure;
  const bool b_same = !measure.empty() && b.record.measure == measure;
  if (a_same != b_same) return a_same;
  if (a.score != b.score) return a.score > b.score;
  auto meets = [&](const StatementInfo& s) {
    return figure.time != nullptr && s.period_from && s.period_to &&
           *s.period_from <= figure.time->to && figure.time->from <= *s.period_to;
  };
  if (meets(a.record) != meets(b.record)) return meets(a.record);
  return a.record.period_to.value_or(Date{}) > b.record.period_to.value_or(Date{});
}

class AttributionCheck : public RuleCheck {
 public:
  explicit AttributionCheck(double hedge) : hedge_(hedge) {}

  void Run(const RuleContext& context, std::vector<Finding>* out) const override {
    const CheckInput& input = context.input;
    if (input.corpus == nullptr || context.matches == nullptr) return;
    for (const Figure& figure : FiguresOf(input, *context.matches))
      CheckFigure(context, figure, out);
    for (size_t i = 0; i < input.claims.relations.size(); ++i) CheckRelation(context, i, out);
  }

 private:
  void Report(const RuleContext& context, Span span, const std::string& credited,
              std::string finding_text, std::vector<Evidence> evidence,
              std::vector<Finding>* out) const {
    MessageFields fields;
    fields.push_back(fmt::arg("credited", EntityName(context.input.corpus, credited)));
    fields.push_back(fmt::arg("finding", std::move(finding_text)));
    Finding finding = MakeFinding(context.rule, span, FormatMessage(context.rule, fields));
    finding.evidence = std::move(evidence);
    out->push_back(std::move(finding));
  }

  void CheckFigure(const RuleContext& context, const Figure& figure,
                   std::vector<Finding>* out) const {
    const CheckInput& input = context.input;
    const std::string& credited = figure.context->attributed_to;
    if (credited.empty()) return;
    const Judgement judgement = Judge(figure, hedge_);
    if (judgement.record == nullptr || judgement.record->credited || !judgement.value_agrees ||
        !judgement.period_agrees) {
      return;
    }
    StatusOr<std::vector<SourceInfo>> own = input.corpus->SourcesPublishedBy(credited);
    if (!own.ok() || own->empty()) return;
    const StatementCandidate& c = *judgement.record;
    std::vector<Evidence> evidence = {RecordEvidence(c.source, c.record)};
    std::string text =
        fmt::format("the figure ({}{}) is from {} (\"{}\")", DescribeValue(c.record),
                    c.record.period_from && c.record.period_to
                        ? ", " + DescribePeriod(*c.record.period_from, *c.record.period_to)
                        : std::string(),
                    c.source.publisher, c.source.title);
    // What the credited source does say, nearest the sentence.
    const std::optional<size_t> at = input.document.SentenceAt(figure.span.begin);
    const Span sentence = at ? input.document.sentences()[*at].span : Span{};
    std::optional<StatementHit> nearest;
    for (const SourceInfo& source : *own) {
      StatementFilter filter;
      filter.source_id = source.id;
      filter.text = std::string(input.document.TextOf(sentence.empty() ? figure.span : sentence));
      StatusOr<std::vector<StatementHit>> hits = input.corpus->FindStatements(filter);
      if (!hits.ok()) continue;
      for (StatementHit& hit : *hits) {
        if (hit.record.value && (!nearest || Closer(hit, *nearest, figure))) {
          nearest = std::move(hit);
        }
      }
    }
    if (nearest) {
      std::optional<SourceInfo> source = *input.corpus->FindSource(nearest->record.source_id);
      text += fmt::format(
          "; {} gives {}{}", source ? source->publisher : credited, DescribeValue(nearest->record),
          nearest->record.period_from && nearest->record.period_to
              ? " for " + DescribePeriod(*nearest->record.period_from, *nearest->record.period_to)
              : std::string());
      if (source) evidence.push_back(RecordEvidence(*source, nearest->record));
    }
    context.ledger.Record(figure.kind, figure.index, ClaimStatus::kContradicted, evidence);
    Report(context, sentence.empty() ? figure.span : sentence, credited, std::move(text),
           std::move(evidence), out);
  }

  void CheckRelation(const RuleContext& context, size_t index, std::vector<Finding>* out) const {
    const CheckInput& input = context.input;
    const RelationClaim& claim = input.claims.relations[index];
    const std::string& credited = claim.context.attributed_to;
    if (claim.subject.empty() || claim.object.empty()) return;
    StatusOr<std::vector<RelationInfo>> relations = input.corpus->RelationsOf(claim.subject);
    if (!relations.ok()) return;
    const RelationInfo* contradiction = nullptr;
    std::optional<SourceInfo> contradiction_source;
    std::vector<Evidence> contradiction_evidence;
    for (const RelationInfo& r : *relations) {
      if (r.subject != claim.subject || r.object != claim.object) continue;
      std::optional<SourceInfo> source;
      if (!r.source_id.empty()) {
        StatusOr<std::optional<SourceInfo>> found = input.corpus->FindSource(r.source_id);
        if (found.ok()) source = *found;
      }
      // A relation of record (entities.yaml) has no source: it is cited by file and line.
      Evidence evidence{.source = source ? r.source_id : "entities",
                        .record = r.record_id.empty()
                                      ? fmt::format("{} {} {}", r.subject, r.relation, r.object)
                                      : r.record_id,
                        .title = source ? source->title : "",
                        .locator = source ? r.locator : OriginLocator(r.origin),
                        .url = source ? source->url : "",
                        .excerpt = r.text};
      const bool by_credited =
          source && !credited.empty() && SourceIsCredited(*input.corpus, *source, credited);
      if (r.relation == claim.relation) {
        context.ledger.Record("relation", index, ClaimStatus::kSupported, {evidence});
      } else if (Conflict(r.relation, claim.relation) && by_credited && contradiction == nullptr) {
        contradiction = &r;
        contradiction_source = source;
        contradiction_evidence = {evidence};
        context.ledger.Record("relation", index, ClaimStatus::kContradicted, {evidence});
      }
    }
    if (contradiction == nullptr) return;
    std::string text = fmt::format(
        "{} says {} is {} {}; it does not say {} {}", contradiction_source->publisher,
        EntityName(input.corpus, claim.subject), HyphensToSpaces(contradiction->relation),
        EntityName(input.corpus, claim.object), HyphensToSpaces(claim.relation),
        EntityName(input.corpus, claim.object));
    Report(context, claim.span, credited, std::move(text), std::move(contradiction_evidence), out);
  }

  double hedge_;
};

}  // namespace

StatusOr<std::unique_ptr<RuleCheck>> MakeAttributionCheck(const RuleInfo& /*rule*/,
                                                          Parameters& params) {
  const double hedge = params.Number("hedge", 0.1);
  if (hedge < 0 || hedge >= 1)
    params.Fail("hedge", "expected a fraction from 0 to below 1, such as 0.1");
  FACTLINT_RETURN_IF_ERROR(params.Finish());
  return std::unique_ptr<RuleCheck>(new AttributionCheck(hedge));
}

}  // namespace factlint::rules_internal
