#include "engine/extract/conversion.h"

#include <re2/re2.h>

#include <string>
#include <string_view>
#include <vector>

namespace factlint::extract_internal {
namespace {

constexpr char kSpace[] = R"([\s\x{00A0}\x{202F}])";

// What may stand between X and Y: "(", "(equivalent to ", ", or ", ", the equivalent of "...
// Group 1 is set when a bracket opens.
const RE2& ConnectorRe() {
  static const RE2* const re = [] {
    std::string s = kSpace;
    std::string equivalent =
        "(?:or" + s + "+)?(?:the" + s + "+)?(?:equivalent" + s + "+(?:of|to)|equal" + s + "+to)";
    std::string pattern = "^(?i:" + s + "*(\\()" + s + "*(?:(?:or|i\\.e\\.,?|" + equivalent + ")" +
                          s + "+)?|,?" + s + "+or" + s + "+|,?" + s + "+" + equivalent + s + "+)$";
    return new RE2(pattern);
  }();
  return *re;
}

// What may follow Y inside the bracket before it closes: " at current exchange rates", ", at
// the time". Group 1 is the closing bracket.
const RE2& CloseRe() {
  static const RE2* const re =
      new RE2(std::string("^(?i:,?") + kSpace + "+at" + kSpace +
              "+[^()]{0,40}?(?:rates?|prices|the" + kSpace + "+time))?" + kSpace + "*(\\))");
  return *re;
}

re2::StringPiece Piece(std::string_view s) { return {s.data(), s.size()}; }

}  // namespace

std::vector<CurrencyConversion> FindConversions(std::string_view text, size_t base,
                                                const std::vector<MoneyAmount>& money) {
  std::vector<CurrencyConversion> conversions;
  for (size_t i = 0; i + 1 < money.size(); ++i) {
    const MoneyAmount& from = money[i];
    const MoneyAmount& to = money[i + 1];
    if (from.currency == to.currency) continue;
    if (!conversions.empty() && conversions.back().to.span == from.span) continue;
    std::string_view between = text.substr(from.span.end - base, to.span.begin - from.span.end);
    re2::StringPiece open;
    if (!RE2::FullMatch(Piece(between), ConnectorRe(), &open)) continue;
    size_t end = to.span.end;
    if (open.data() != nullptr) {
      // A bracket opened between X and Y: it must close after Y (and its rate remark).
      std::string_view after = text.substr(to.span.end - base, 64);
      re2::StringPiece close;
      if (!RE2::PartialMatch(Piece(after), CloseRe(), &close)) continue;
      end = to.span.end + static_cast<size_t>(close.data() - after.data()) + 1;
    }
    conversions.push_back({{from.span.begin, end}, from, to});
  }
  return conversions;
}

}  // namespace factlint::extract_internal
