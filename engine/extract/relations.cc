#include "engine/extract/relations.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/base/ascii.h"

namespace factlint::extract_internal {
namespace {

// A longer stretch between two mentions is not one relation phrase.
constexpr size_t kMaxGap = 160;
// Mentions inside the description of Y ("the North Korean hacking group Lazarus") at most.
constexpr size_t kMaxSkipped = 3;

// The whole text between X and Y. Groups: 1 the relation word, 2 the preposition after it, 3 the
// words that describe Y before its head noun (checked by PlainDescription).
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
        R"((?:[\s\x{00A0}]+(of|to|with|as))?[\s\x{00A0}]+(?:(?:the|a|an)[\s\x{00A0}]+)?)" +
        // "the well-known North Korean hacking group Lazarus": a few words ending in a noun that
        // Y names.
        R"((?:((?:[\p{L}\p{N}'\x{2019}.-]+[\s\x{00A0}]+){0,6}?))" +
        R"((?:group|gang|collective|crew|outfit|team|unit|organi[sz]ation|network|actor|)"
        R"(cluster|syndicate|hackers|company|firm|agency|subsidiary))" +
        R"((?:[\s\x{00A0}]+(?:called|named|dubbed|known[\s\x{00A0}]+as))?[\s\x{00A0}]+)?$)";
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

// The relation id for a relation word and the preposition after it (possibly empty), or empty
// when they do not make one ("part to", "known with").
std::string RelationOf(std::string_view word, std::string_view preposition) {
  const std::string w = AsciiLower(word);
  const std::string p = AsciiLower(preposition);
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

// True when `words` (the words before the head noun of "the well-known North Korean hacking
// group Y") hold no word that starts a clause or another phrase: "a team that hacked the
// company Y" does not describe Y.
bool PlainDescription(std::string_view words) {
  static constexpr std::string_view kStops[] = {
      "a",     "after", "an",    "and",   "are",  "at",    "before", "but", "by",   "for",
      "from",  "had",   "has",   "have",  "in",   "into",  "is",     "of",  "on",   "or",
      "than",  "that",  "the",   "their", "then", "this",  "to",     "was", "were", "what",
      "where", "which", "while", "who",   "whom", "whose", "with"};
  size_t i = 0;
  while (i < words.size()) {
    const size_t end = words.find_first_of(" \t\r\n", i);
    const std::string word =
        AsciiLower(words.substr(i, end == std::string_view::npos ? end : end - i));
    if (std::find(std::begin(kStops), std::end(kStops), word) != std::end(kStops)) return false;
    if (end == std::string_view::npos) break;
    i = words.find_first_not_of(" \t\r\n", end);
  }
  return true;
}

// True when `after` (the text after Y) ends the noun phrase that Y heads: punctuation, the end,
// or a word that cannot go on with it. In "part of North Korea's spy agency" and "part of the
// North Korean effort" Y only modifies the object, so it is not the object.
bool EndsNounPhrase(std::string_view after) {
  if (after.starts_with("'s") || after.starts_with("'S") || after.starts_with("\u2019s")) {
    return false;
  }
  const size_t begin = after.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return true;
  const unsigned char first = static_cast<unsigned char>(after[begin]);
  const bool letter = IsAsciiAlnum(static_cast<char>(first)) || first >= 0x80;
  if (!letter) return true;      // ",", ".", ")"
  if (begin == 0) return false;  // letters glued to Y
  size_t end = begin;
  while (end < after.size() &&
         (IsAsciiAlnum(after[end]) || after[end] == '-' || after[end] == '\'')) {
    ++end;
  }
  const std::string word = AsciiLower(after.substr(begin, end - begin));
  static constexpr std::string_view kGoesOn[] = {
      "according", "against", "also",  "and",  "are",  "as",    "at",    "because", "but",
      "by",        "during",  "for",   "from", "had",  "has",   "have",  "in",      "into",
      "is",        "it",      "on",    "or",   "over", "said",  "says",  "since",   "so",
      "than",      "that",    "then",  "to",   "told", "under", "until", "was",     "were",
      "when",      "which",   "while", "who",  "will", "with",  "would", "last",    "this"};
  if (std::find(std::begin(kGoesOn), std::end(kGoesOn), word) != std::end(kGoesOn)) return true;
  // "Lazarus stole", "Lazarus operating in": a verb or a participle.
  return word.size() > 3 && (word.ends_with("ed") || word.ends_with("ing"));
}

// The relation X ... Y when the whole text between them is a relation phrase.
std::optional<RelationClaim> RelationBetween(const Document& document, const EntityMention& x,
                                             const EntityMention& y) {
  const std::string_view between = document.TextOf({x.span.end, y.span.begin});
  const re2::StringPiece input(between.data(), between.size());
  re2::StringPiece word;
  re2::StringPiece preposition;
  re2::StringPiece description;
  if (!RE2::FullMatch(input, GapRe(), &word, &preposition, &description) ||
      !PlainDescription({description.data(), description.size()})) {
    return std::nullopt;
  }
  std::string relation =
      RelationOf({word.data(), word.size()}, {preposition.data(), preposition.size()});
  if (relation.empty()) return std::nullopt;
  if (!EndsNounPhrase(std::string_view(document.text()).substr(y.span.end))) return std::nullopt;
  RelationClaim claim;
  claim.span = {x.span.begin, y.span.end};
  claim.subject = x.entity_id;
  claim.relation = std::move(relation);
  claim.object = y.entity_id;
  claim.hedged = RE2::PartialMatch(input, HedgeRe());
  return claim;
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
    return document.SentenceAt(offset).value_or(sentences.size());
  };
  for (size_t i = 0; i + 1 < entities.size(); ++i) {
    const EntityMention& x = entities[i];
    if (x.entity_id.empty() || x.span.end > text.size()) continue;
    const size_t sentence = sentence_of(x.span.begin);
    if (sentence == sentences.size()) continue;
    // Y is the first of the next few mentions of the sentence whose stretch from X reads as a
    // relation phrase (the ones before it may be words of a description of Y).
    for (size_t j = i + 1; j < entities.size() && j <= i + kMaxSkipped + 1; ++j) {
      const EntityMention& y = entities[j];
      if (x.span.end > y.span.begin || y.span.end > text.size() || y.entity_id.empty()) break;
      const Span gap{x.span.end, y.span.begin};
      if (gap.empty() || gap.size() > kMaxGap || sentence_of(y.span.begin) != sentence) break;
      if (!document.IsProse(gap)) break;
      std::optional<RelationClaim> claim = RelationBetween(document, x, y);
      if (!claim) continue;
      claims.push_back(std::move(*claim));
      break;
    }
  }
  return claims;
}

}  // namespace factlint::extract_internal
