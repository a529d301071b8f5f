// Fuzzes the extract stage's text passes one by one, on raw bytes (no Document, so many more
// inputs a second than fuzz_extract): FindMoney, FindConversions, FindQuantities, FindTimes (with
// and without an article date) and ExtractFromText, at a base offset as ExtractClaims calls them
// for a block. The passes that need a Document and the gazetteer (entities, roles, relations,
// quotes, attributions, context) are fuzzed through ExtractClaims by fuzz_extract. Checks:
//  * every span lies inside [base, base + size) and none is reversed;
//  * FindQuantities gives quantities that never overlap, in text order (its contract);
//  * every conversion is made of two amounts FindMoney found, in text order;
//  * a resolved time expression has from <= to;
//  * ExtractFromText gives exactly FindMoney's amounts and FindConversions' conversions.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "engine/extract/conversion.h"
#include "engine/extract/money.h"
#include "engine/extract/prose.h"
#include "engine/extract/quantity.h"
#include "engine/extract/time_expr.h"
#include "factlint/date.h"
#include "fuzz_util.h"

namespace {

using namespace factlint;  // NOLINT: a harness, not a library
using fuzz::Check;

// An offset a block may start at, so that a pass adding `base` twice or not at all is caught.
constexpr size_t kBase = 1000;

void CheckIn(Span span, size_t size, const char* what) {
  Check(span.begin >= kBase, what);
  fuzz::CheckSpan({span.begin - kBase, span.end - kBase}, size, what);
}

bool SameMoney(const MoneyAmount& a, const MoneyAmount& b) {
  return a.span == b.span && a.number_span == b.number_span && a.currency == b.currency &&
         a.qualifier == b.qualifier &&
         (a.value == b.value || (a.value != a.value && b.value != b.value));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  using namespace extract_internal;  // NOLINT

  const std::vector<MoneyAmount> money = FindMoney(text, kBase);
  for (const MoneyAmount& m : money) {
    CheckIn(m.span, size, "money span");
    CheckIn(m.number_span, size, "money number span");
  }
  const std::vector<CurrencyConversion> conversions = FindConversions(text, kBase, money);
  for (const CurrencyConversion& c : conversions) {
    CheckIn(c.span, size, "conversion span");
    Check(c.from.span.begin < c.to.span.begin, "a conversion's amounts are in text order");
    Check(c.span.begin <= c.from.span.begin && c.to.span.end <= c.span.end,
          "a conversion spans both amounts");
  }
  const std::vector<Quantity> quantities = FindQuantities(text, kBase, money);
  for (size_t i = 0; i < quantities.size(); ++i) {
    const Quantity& q = quantities[i];
    CheckIn(q.span, size, "quantity span");
    CheckIn(q.number_span, size, "quantity number span");
    if (!q.unit_span.empty()) CheckIn(q.unit_span, size, "quantity unit span");
    if (i > 0) {
      Check(quantities[i - 1].span.end <= q.span.begin,
            "quantities never overlap and are in text order");
    }
  }
  for (const std::optional<Date> date : {std::optional<Date>(), ParseIsoDate("2022-02-07")}) {
    for (const TimeExpr& t : FindTimes(text, kBase, date)) {
      CheckIn(t.span, size, "time span");
      if (t.resolved) Check(t.from <= t.to, "a resolved time runs forward (from <= to)");
      if (t.relative && !date) Check(!t.resolved, "no relative time resolves without a date");
    }
  }
  const Claims all = ExtractFromText(text, kBase);
  Check(all.money.size() == money.size(), "ExtractFromText finds FindMoney's amounts");
  for (size_t i = 0; i < money.size(); ++i) {
    Check(SameMoney(all.money[i], money[i]), "ExtractFromText finds FindMoney's amounts");
  }
  Check(all.conversions.size() == conversions.size(),
        "ExtractFromText finds FindConversions' conversions");
  return 0;
}
