// Kind `spelling`: being written (placeholder: finds nothing).
#include "kinds.h"

namespace factlint::rules_internal {
namespace {

class SpellingCheck : public RuleCheck {
 public:
  void Run(const RuleContext& /*context*/, std::vector<Finding>* /*out*/) const override {}
};

}  // namespace

StatusOr<std::unique_ptr<RuleCheck>> MakeSpellingCheck(const RuleInfo& /*rule*/,
                                                       Parameters& params) {
  FACTLINT_RETURN_IF_ERROR(params.Finish());
  return std::unique_ptr<RuleCheck>(new SpellingCheck());
}

}  // namespace factlint::rules_internal
