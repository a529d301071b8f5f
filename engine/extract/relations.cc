#include "engine/extract/relations.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace factlint::extract_internal {
namespace {

// A longer stretch between two mentions is not one relation phrase.
constexpr size_t kMaxGap = 160;

// The whole text between X and Y. Groups: 1 the relation word, 2 the preposition after it.
const RE2& GapRe() {
  static const RE2* const re = [] {
    const std::string space = R"([\s\x{00A0}]+)";
    const std::string hedge =
        R"((?:believed|thought|said|suspected|alleged|allegedly|reported|reportedly|purportedly|)"
        R"(possibly|probably|likely|presumed|presumably|understood|assumed|considered|widely))";
    const std::string verb =
        R"((?:is|are|was|were|has been|have been|had been|being|be|to be|of being|also|itself|)"
        R"(still|now|otherwise))";
    const std::string pattern =
        std::string(R"((?i)^[\s\x{00A0}]*(?:,|\(|\[|\x{2013}|\x{2014}|--?)?[\s\x{00A0}]*)") +
        R"((?:(?:which|that|who)[\s\x{00A0}]+)?)" +  //
        "(?:(?:" + verb + "|" + hedge + ")" + space + ")*" +
        R"((?:(?:a|an|the|one)[\s\x{00A0}]+)?)" +  //
        "(?:(?:" + hedge + R"(|key|major|secret|covert|dedicated|elite|separate))" + space + ")*" +
        R"((part|sub-?group|faction|component|unit|sub-?unit|division|arm|branch|cell|)"
        R"(subsidiary|linked|tied|connected|affiliated|associated|known|called|aka|a\.k\.a\.?))" +
        R"((?:[\s\x{00A0}]+(of|to|with|as))?[\s\x{00A0}]+(?:the[\s\x{00A0}]+)?$)";
    return new RE2(pattern);
  }();
  return *re;
}

const RE2& HedgeRe() {
  static const RE2* const re =
      new RE2(R"((?i)\b(?:believed|thought|said|suspected|alleged|allegedly|reported|reportedly|)"
              R"(purportedly|possibly|probably|likely|presumed|presumably)\b)");
  return *re;
}

std::string Lower(std::string_view text) {
  std::string out;
  for (char c : text) out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  return out;
}

// The relation id for a relation word and the preposition after it (possibly empty), or empty
// when they do not make one ("part to", "known with").
std::string RelationOf(std::string_view word, std::string_view preposition) {
  const std::string w = Lower(word);
  const std::string p = Lower(preposition);
  auto is = [&](std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), w) != words.end();
  };
  if (is({"part", "subgroup", "sub-group", "faction", "component"})) {
    return p == "of" ? "part-of" : "";
  }
  if (is({"unit", "subunit", "sub-unit", "division", "arm", "branch", "cell"})) {
    return p == "of" ? "unit-of" : "";
  }
  if (w == "subsidiary") return p == "of" ? "subsidiary-of" : "";
  if (is({"linked", "tied", "connected", "affiliated", "associated"})) {
    return p == "to" || p == "with" ? "linked-to" : "";
  }
  if (w == "known") return p == "as" ? "alias-of" : "";
  if (w == "called" || w == "aka" || w.starts_with("a.k.a")) return p.empty() ? "alias-of" : "";
  return "";
}

}  // namespace

std::vector<RelationClaim> FindRelations(const Document& document,
                                         const std::vector<EntityMention>& entities,
                                         const Gazetteer& /*gazetteer*/) {
  std::vector<RelationClaim> claims;
  const std::string& text = document.text();
  const std::vector<Sentence>& sentences = document.sentences();
  // The sentence that contains `offset`, or sentences.size().
  auto sentence_of = [&](size_t offset) {
    auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                               [](size_t o, const Sentence& s) { return o < s.span.begin; });
    if (it == sentences.begin()) return sentences.size();
    --it;
    return it->span.Contains(offset) ? static_cast<size_t>(it - sentences.begin())
                                     : sentences.size();
  };
  for (size_t i = 0; i + 1 < entities.size(); ++i) {
    const EntityMention& x = entities[i];
    const EntityMention& y = entities[i + 1];
    if (x.span.end > y.span.begin || y.span.end > text.size() || x.entity_id.empty() ||
        y.entity_id.empty()) {
      continue;
    }
    const Span gap{x.span.end, y.span.begin};
    if (gap.empty() || gap.size() > kMaxGap) continue;
    const size_t sentence = sentence_of(x.span.begin);
    if (sentence == sentences.size() || sentence_of(y.span.begin) != sentence) continue;
    if (!document.IsProse(gap)) continue;
    const std::string_view between = document.TextOf(gap);
    const re2::StringPiece input(between.data(), between.size());
    re2::StringPiece word;
    re2::StringPiece preposition;
    if (!RE2::FullMatch(input, GapRe(), &word, &preposition)) continue;
    const std::string relation =
        RelationOf({word.data(), word.size()}, {preposition.data(), preposition.size()});
    if (relation.empty()) continue;
    // "part of North Korea's spy agency": Y is not the object.
    const std::string_view after = std::string_view(text).substr(y.span.end);
    if (after.starts_with("'s") || after.starts_with("\u2019s") || after.starts_with("'S")) {
      continue;
    }
    RelationClaim claim;
    claim.span = {x.span.begin, y.span.end};
    claim.subject = x.entity_id;
    claim.relation = relation;
    claim.object = y.entity_id;
    claim.hedged = RE2::PartialMatch(input, HedgeRe());
    claims.push_back(std::move(claim));
  }
  return claims;
}

}  // namespace factlint::extract_internal
