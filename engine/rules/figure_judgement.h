// How a figure of the article stands against its candidate source statements: which record it is
// judged by, and whether the value and the period agree. The `figure` and `attribution` kinds
// share it, so that they judge every figure the same way.
#ifndef FACTLINT_ENGINE_RULES_FIGURE_JUDGEMENT_H_
#define FACTLINT_ENGINE_RULES_FIGURE_JUDGEMENT_H_

#include <optional>
#include <string>
#include <vector>

#include "factlint/claims.h"
#include "factlint/match.h"
#include "factlint/rules.h"

namespace factlint::rules_internal {

// A figure of the article, money or quantity, with what the judgement needs.
struct Figure {
  std::string kind;  // "money" or "quantity": the ledger kind
  size_t index = 0;
  Span span;         // the whole figure ("at least three cryptocurrency exchanges")
  Span number_span;  // the number ("three")
  double value = 0;
  std::optional<double> high;
  double precision = 1;
  Qualifier qualifier = Qualifier::kExact;
  const ClaimContext* context = nullptr;
  const TimeExpr* time = nullptr;  // the period the figure is for (context->time), when resolved
  const std::vector<StatementCandidate>* candidates = nullptr;
};

// Every money amount (the second half of a conversion left out: it restates the first) and every
// quantity that has candidates or is credited to a source, in text order.
std::vector<Figure> FiguresOf(const CheckInput& input, const Matches& matches);

struct Judgement {
  const StatementCandidate* record = nullptr;  // the record the figure is judged by, or none
  bool value_agrees = false;
  bool period_agrees = false;  // also true when either side has no period
};

// `hedge`: the relative width of "about" and "nearly" (0.1: "about 50" is 45 to 55).
bool ValueAgrees(const Figure& figure, const StatementInfo& record, double hedge);
bool PeriodAgrees(const Figure& figure, const StatementInfo& record);
// Whether the periods have a day in common (true when either has none).
bool PeriodsMeet(const Figure& figure, const StatementInfo& record);
// Whether the article writes the record's own number (within the figure's precision).
bool SameFigure(const Figure& figure, const StatementInfo& record);

// The record of the same measure that agrees best: in value and period if one does, else in value
// (a period mismatch), else in period (a figure mismatch), credited sources first, then by score.
// None when no candidate of the same measure agrees in either.
Judgement Judge(const Figure& figure, double hedge);

}  // namespace factlint::rules_internal

#endif  // FACTLINT_ENGINE_RULES_FIGURE_JUDGEMENT_H_
