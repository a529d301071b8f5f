// Kind `role`: a role the article gives a person ("presided over by Joe Biden", "Changpeng Zhao,
// Binance's chief executive") that does not hold on the article's date, by the roles of the
// corpus and their validity intervals. The message names who holds the role on that date.
// A role the corpus has no record of for the person leaves the claim unverified.
#include <fmt/format.h>

#include "../describe.h"
#include "kinds.h"

namespace factlint::rules_internal {
namespace {

// "special-representative" names "special-representative-for-north-korea"; "president" names
// "president" but not "vice-president".
bool RoleNames(std::string_view claimed, std::string_view recorded) {
  return recorded == claimed ||
         (recorded.starts_with(claimed) && recorded.size() > claimed.size() &&
          recorded[claimed.size()] == '-');
}

std::string Interval(const RoleInfo& role) {
  if (role.from && role.to) {
    return fmt::format("from {} to {}", FormatIsoDate(*role.from), FormatIsoDate(*role.to));
  }
  if (role.from) return fmt::format("from {}", FormatIsoDate(*role.from));
  if (role.to) return fmt::format("until {}", FormatIsoDate(*role.to));
  return "";
}

class RoleCheck : public RuleCheck {
 public:
  void Run(const RuleContext& context, std::vector<Finding>* out) const override {
    const CheckInput& input = context.input;
    if (input.corpus == nullptr) return;
    for (size_t i = 0; i < input.claims.roles.size(); ++i) CheckOne(context, i, out);
  }

 private:
  void CheckOne(const RuleContext& context, size_t index, std::vector<Finding>* out) const {
    const CheckInput& input = context.input;
    const Corpus& corpus = *input.corpus;
    const RoleClaim& claim = input.claims.roles[index];
    if (claim.person.empty() || claim.role.empty()) return;
    StatusOr<std::vector<RoleInfo>> roles = corpus.RolesOf(claim.person);
    if (!roles.ok()) return;
    std::vector<const RoleInfo*> named;
    for (const RoleInfo& r : *roles) {
      if (!RoleNames(claim.role, r.role)) continue;
      if (!claim.organisation.empty() && r.of_entity != claim.organisation &&
          !IsPartOf(corpus, claim.organisation, r.of_entity)) {
        continue;
      }
      named.push_back(&r);
    }
    if (named.empty()) return;
    const std::string person = EntityName(&corpus, claim.person);
    // The role as a record: who held what, of which body, when.
    auto evidence_of = [&](const RoleInfo& r) {
      return Evidence{.source = r.source_id.empty() ? "entities" : r.source_id,
                      .record = fmt::format("{}/{}/{}", r.entity_id, r.role, r.of_entity),
                      .title = "",
                      .locator = OriginLocator(r.origin),
                      .url = "",
                      .excerpt = fmt::format("{}: {} of {} {}", EntityName(&corpus, r.entity_id),
                                             HyphensToSpaces(r.role),
                                             EntityName(&corpus, r.of_entity), Interval(r))};
    };
    for (const RoleInfo* r : named) {
      if (r->HoldsOn(input.date)) {
        context.ledger.Record("role", index, ClaimStatus::kSupported, {evidence_of(*r)});
        return;
      }
    }
    // The role of record nearest the date: the last one before it, else the first after.
    const RoleInfo* nearest = named.front();
    for (const RoleInfo* r : named) {
      if (r->from && *r->from <= input.date) nearest = r;
    }
    std::vector<Evidence> evidence = {evidence_of(*nearest)};
    const std::string of = EntityName(&corpus, nearest->of_entity);
    const bool ended = nearest->to && *nearest->to < input.date;
    const std::string role = HyphensToSpaces(nearest->role);
    std::string history = fmt::format("{} {} {} of {} {}{}", person, ended ? "was" : "is", role, of,
                                      ended ? "" : "only ", Interval(*nearest));
    std::string holder =
        fmt::format("no holder of the role on {} is on record", FormatIsoDate(input.date));
    StatusOr<std::vector<RoleInfo>> holders = corpus.RolesIn(nearest->of_entity);
    if (holders.ok()) {
      for (const RoleInfo& h : *holders) {
        if (h.role == nearest->role && h.entity_id != claim.person && h.HoldsOn(input.date)) {
          holder = fmt::format("{} holds the role on {}", EntityName(&corpus, h.entity_id),
                               FormatIsoDate(input.date));
          evidence.push_back(evidence_of(h));
          break;
        }
      }
    }
    context.ledger.Record("role", index, ClaimStatus::kContradicted, evidence);
    MessageFields fields;
    fields.push_back(fmt::arg("person", person));
    fields.push_back(fmt::arg("role", role));
    fields.push_back(fmt::arg("of", of));
    fields.push_back(fmt::arg("date", FormatIsoDate(input.date)));
    fields.push_back(fmt::arg("history", history));
    fields.push_back(fmt::arg("holder", holder));
    Finding finding = MakeFinding(context.rule, claim.span, FormatMessage(context.rule, fields));
    finding.evidence = std::move(evidence);
    out->push_back(std::move(finding));
  }
};

}  // namespace

StatusOr<std::unique_ptr<RuleCheck>> MakeRoleCheck(const RuleInfo& /*rule*/, Parameters& params) {
  FACTLINT_RETURN_IF_ERROR(params.Finish());
  return std::unique_ptr<RuleCheck>(new RoleCheck());
}

}  // namespace factlint::rules_internal
