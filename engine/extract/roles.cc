#include "engine/extract/roles.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "engine/extract/entities.h"

namespace factlint::extract_internal {
namespace {

// Role words (keys of the words, joined by one space) and their ids. Hyphenated words are one
// word whose key has lost its hyphen ("co-founder" -> "cofounder").
struct RoleName {
  std::string_view words;
  std::string_view id;
};
constexpr RoleName kRoles[] = {
    {"ambassador", "ambassador"},
    {"ceo", "chief-executive"},
    {"cfo", "chief-financial-officer"},
    {"chair", "chairman"},
    {"chairman", "chairman"},
    {"chairperson", "chairman"},
    {"chairwoman", "chairman"},
    {"chancellor", "chancellor"},
    {"chief executive", "chief-executive"},
    {"chief executive officer", "chief-executive"},
    {"chief financial officer", "chief-financial-officer"},
    {"chief operating officer", "chief-operating-officer"},
    {"chief technology officer", "chief-technology-officer"},
    {"cofounder", "co-founder"},
    {"coo", "chief-operating-officer"},
    {"cto", "chief-technology-officer"},
    {"defence minister", "defence-minister"},
    {"defense minister", "defence-minister"},
    {"defense secretary", "defense-secretary"},
    {"director", "director"},
    {"director general", "director-general"},
    {"directorgeneral", "director-general"},
    {"envoy", "envoy"},
    {"executive director", "executive-director"},
    {"finance minister", "finance-minister"},
    {"foreign minister", "foreign-minister"},
    {"founder", "founder"},
    {"governor", "governor"},
    {"head", "head"},
    {"king", "king"},
    {"leader", "leader"},
    {"managing director", "managing-director"},
    {"minister", "minister"},
    {"owner", "owner"},
    {"premier", "prime-minister"},
    {"president", "president"},
    {"prime minister", "prime-minister"},
    {"primeminister", "prime-minister"},
    {"queen", "queen"},
    {"secretary general", "secretary-general"},
    {"secretary of state", "secretary-of-state"},
    {"secretarygeneral", "secretary-general"},
    {"senator", "senator"},
    {"special envoy", "special-envoy"},
    {"special representative", "special-representative"},
    {"spokesman", "spokesperson"},
    {"spokesperson", "spokesperson"},
    {"spokeswoman", "spokesperson"},
    {"supreme leader", "leader"},
    {"treasury secretary", "treasury-secretary"},
    {"vice chairman", "vice-chairman"},
    {"vicechairman", "vice-chairman"},
    {"vicepresident", "vice-president"},
    {"vice president", "vice-president"},
    {"state secretary", "state-secretary"},
};
constexpr size_t kMaxRoleWords = 4;  // "secretary of state" is 3; leave room

// Before a role: these make it another role ("deputy-prime-minister").
constexpr std::string_view kRolePrefixes[] = {"assistant", "associate", "deputy", "vice"};
// Before a role: the role is not claimed to hold now.
constexpr std::string_view kNotNow[] = {"acting",   "erstwhile", "ex",      "former", "future",
                                        "incoming", "late",      "onetime", "then",   "wouldbe"};
// After a role: not yet in office.
constexpr std::string_view kNotYet[] = {"designate", "elect"};

// Capitalized words that do not begin or continue a name.
constexpr std::string_view kNotNames[] = {
    "a",       "after",  "also",      "an",       "and",       "april",    "as",       "at",
    "august",  "before", "but",       "by",       "december",  "during",   "earlier",  "february",
    "for",     "friday", "from",      "he",       "her",       "his",      "however",  "i",
    "if",      "in",     "it",        "its",      "january",   "july",     "june",     "last",
    "later",   "march",  "meanwhile", "monday",   "my",        "november", "october",  "of",
    "on",      "or",     "our",       "saturday", "september", "she",      "sunday",   "that",
    "the",     "their",  "these",     "they",     "this",      "those",    "thursday", "today",
    "tuesday", "we",     "wednesday", "yesterday"};

// "the country presided over by X": the nouns and the verbs, with the role each verb implies.
constexpr std::string_view kRunNouns[] = {
    "administration", "agency", "bank",       "body",  "company", "country",
    "exchange",       "firm",   "government", "group", "nation",  "organisation",
    "organization",   "party",  "regime",     "state", "team"};
struct RunVerb {
  std::string_view verb;
  std::string_view role;
};
constexpr RunVerb kRunVerbs[] = {{"chaired", "chairman"}, {"cofounded", "co-founder"},
                                 {"founded", "founder"},  {"governed", "leader"},
                                 {"headed", "head"},      {"helmed", "head"},
                                 {"led", "leader"},       {"presided", "president"},
                                 {"ruled", "leader"},     {"run", "head"}};

template <size_t N>
bool In(const std::string_view (&set)[N], std::string_view key) {
  return std::find(std::begin(set), std::end(set), key) != std::end(set);
}

// The first word of every role, sorted.
const std::vector<std::string_view>& RoleFirstWords() {
  static const std::vector<std::string_view>* const words = [] {
    auto* out = new std::vector<std::string_view>;
    for (const RoleName& role : kRoles) out->push_back(role.words.substr(0, role.words.find(' ')));
    std::sort(out->begin(), out->end());
    out->erase(std::unique(out->begin(), out->end()), out->end());
    return out;
  }();
  return *words;
}

bool IsRoleWord(std::string_view key) {
  return std::binary_search(RoleFirstWords().begin(), RoleFirstWords().end(), key);
}

bool StartsUpper(std::string_view text) {
  if (text.empty()) return false;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
  return c >= 0 && (u_isupper(c) || u_istitle(c));
}

struct Token {
  Span span;        // the word; a mention's final dot ("U.S.") included
  std::string key;  // lower-case, without hyphens and dots, 's kept
  size_t block = 0;
  int mention = -1;  // the mention that covers the word, or -1
  bool upper = false;
  size_t possessive = 0;  // bytes of a final 's
};

// A name found next to a role: a mention or capitalized words.
struct Phrase {
  size_t first = 0;  // first and last token
  size_t last = 0;
  Span span;       // possessive 's left out
  std::string id;  // entity id, or empty
  bool possessive = false;
};

class RoleFinder {
 public:
  RoleFinder(const Document& document, const std::vector<EntityMention>& entities,
             const Gazetteer& gazetteer)
      : document_(document), entities_(entities) {
    const std::vector<Word>& words = document.words();
    tokens_.reserve(words.size());
    for (const Word& word : words) {
      Token token;
      token.span = word.span;
      const std::string_view text = document.TextOf(word.span);
      token.key = Gazetteer::KeyOf(text);
      token.block = word.sentence < document.sentences().size()
                        ? document.sentences()[word.sentence].block
                        : 0;
      token.upper = StartsUpper(text);
      token.possessive = PossessiveLength(text);
      tokens_.push_back(std::move(token));
    }
    std::unordered_map<std::string, std::string> types;  // entity id -> type
    mention_first_.assign(entities.size(), 0);
    mention_last_.assign(entities.size(), 0);
    person_.assign(entities.size(), false);
    other_.assign(entities.size(), false);
    for (size_t m = 0; m < entities.size(); ++m) {
      const Span span = entities[m].span;
      auto it = std::lower_bound(tokens_.begin(), tokens_.end(), span.begin,
                                 [](const Token& t, size_t b) { return t.span.begin < b; });
      if (it == tokens_.end() || it->span.begin != span.begin) continue;  // not on a word
      const size_t first = static_cast<size_t>(it - tokens_.begin());
      size_t last = first;
      while (last + 1 < tokens_.size() && tokens_[last + 1].span.begin < span.end) ++last;
      bool taken = false;
      for (size_t t = first; t <= last; ++t) taken = taken || tokens_[t].mention >= 0;
      if (taken) continue;
      for (size_t t = first; t <= last; ++t) tokens_[t].mention = static_cast<int>(m);
      tokens_[last].span.end = std::max(tokens_[last].span.end, span.end);
      mention_first_[m] = first;
      mention_last_[m] = last;
      auto [cached, added] = types.try_emplace(entities[m].entity_id);
      if (added) cached->second = gazetteer.TypeOf(entities[m].entity_id);
      person_[m] = cached->second == "person";
      other_[m] = cached->second != "person" && cached->second != "currency";
    }
  }

  std::vector<RoleClaim> Find() const {
    std::vector<RoleClaim> claims;
    size_t t = 0;
    while (t < tokens_.size()) {
      size_t next = t + 1;
      std::optional<RoleClaim> claim;
      if (IsRoleWord(Key(t))) {
        if (std::optional<std::pair<size_t, std::string_view>> role = RoleWordsAt(t)) {
          // The words of a role are not read again as a shorter role ("Prime Minister" is
          // not "Minister"), whether or not a claim is made.
          next = role->first;
          claim = RoleAt(t, *role);
        }
      } else {
        claim = RunBy(t);
      }
      if (claim) {
        while (next < tokens_.size() && tokens_[next].span.begin < claim->span.end) ++next;
        claims.push_back(std::move(*claim));
      }
      t = next;
    }
    std::stable_sort(claims.begin(), claims.end(),
                     [](const RoleClaim& a, const RoleClaim& b) { return a.span < b.span; });
    return claims;
  }

 private:
  std::string_view Text(Span span) const { return document_.TextOf(span); }
  const std::string& Key(size_t t) const { return tokens_[t].key; }

  // Whether tokens a and a + 1 are in one block with only blanks and at most `commas` commas
  // (and at least `min_commas`) between them. Masked bytes count as blanks when they are a
  // block-quote marker; any other masked byte separates the tokens.
  bool Between(size_t a, int min_commas, int max_commas) const {
    if (a + 1 >= tokens_.size() || tokens_[a].block != tokens_[a + 1].block) return false;
    const Span gap{tokens_[a].span.end, tokens_[a + 1].span.begin};
    if (gap.begin >= gap.end || gap.size() > 16) return false;
    int commas = 0;
    for (size_t offset = gap.begin; offset < gap.end; ++offset) {
      const char c = document_.text()[offset];
      const bool blank = c == ' ' || c == '\t' || c == '\n' || c == '\r';
      if (blank) continue;
      if (!document_.IsProse(offset)) {
        if (c == '>') continue;
        return false;
      }
      if (c != ',' || ++commas > max_commas) return false;
    }
    return commas >= min_commas;
  }
  // True when only blanks separate tokens a and a + 1.
  bool Blank(size_t a) const { return Between(a, 0, 0); }
  // True when one comma (and blanks) separate tokens a and a + 1.
  bool Comma(size_t a) const { return Between(a, 1, 1); }

  bool NameWord(size_t t) const {
    return tokens_[t].upper && tokens_[t].mention < 0 && !In(kNotNames, Key(t)) &&
           !IsRoleWord(Key(t));
  }

  Phrase MentionPhrase(size_t m) const {
    Phrase phrase;
    phrase.first = mention_first_[m];
    phrase.last = mention_last_[m];
    phrase.span = entities_[m].span;
    phrase.id = entities_[m].entity_id;
    phrase.possessive = tokens_[phrase.last].possessive > 0;
    return phrase;
  }
  Phrase WordsPhrase(size_t first, size_t last) const {
    Phrase phrase;
    phrase.first = first;
    phrase.last = last;
    phrase.span = {tokens_[first].span.begin, tokens_[last].span.end - tokens_[last].possessive};
    phrase.possessive = tokens_[last].possessive > 0;
    return phrase;
  }

  // A name that begins at token t: a mention of a person (`person`) or of an organisation, or
  // (when t is not in a mention) up to four capitalized words, ending at the first possessive one.
  std::optional<Phrase> NameFrom(size_t t, bool person) const {
    if (t >= tokens_.size()) return std::nullopt;
    if (const int m = tokens_[t].mention; m >= 0) {
      if (mention_first_[m] != t || !(person ? person_[m] : other_[m])) return std::nullopt;
      return MentionPhrase(m);
    }
    if (!NameWord(t)) return std::nullopt;
    size_t last = t;
    while (tokens_[last].possessive == 0 && last + 1 < tokens_.size() && last < t + 3 &&
           Blank(last) && NameWord(last + 1)) {
      ++last;
    }
    return WordsPhrase(t, last);
  }
  // A name that ends at token t, as NameFrom.
  std::optional<Phrase> NameEndingAt(size_t t, bool person) const {
    if (t >= tokens_.size()) return std::nullopt;
    if (const int m = tokens_[t].mention; m >= 0) {
      if (mention_last_[m] != t || !(person ? person_[m] : other_[m])) return std::nullopt;
      return MentionPhrase(m);
    }
    if (!NameWord(t)) return std::nullopt;
    size_t first = t;
    while (first > 0 && first + 3 > t && Blank(first - 1) && NameWord(first - 1) &&
           tokens_[first - 1].possessive == 0) {
      --first;
    }
    return WordsPhrase(first, t);
  }

  // The role whose words begin at token t (the longest), as [t, end) and its id.
  std::optional<std::pair<size_t, std::string_view>> RoleWordsAt(size_t t) const {
    std::optional<std::pair<size_t, std::string_view>> found;
    std::string words;
    for (size_t u = t; u < tokens_.size() && u < t + kMaxRoleWords; ++u) {
      if (u > t) {
        if (!Blank(u - 1)) break;
        words += ' ';
      }
      words += Key(u);
      for (const RoleName& role : kRoles) {
        if (role.words == words) found = std::make_pair(u + 1, role.id);
      }
      if (tokens_[u].possessive > 0) break;
    }
    return found;
  }

  RoleClaim Claim(Span span, const Phrase& person, std::string role,
                  const std::optional<Phrase>& organisation) const {
    RoleClaim claim;
    claim.span = span;
    claim.person = person.id;
    claim.person_text = std::string(Text(person.span));
    claim.role = std::move(role);
    if (organisation) {
      claim.organisation = organisation->id;
      claim.organisation_text = std::string(Text(organisation->span));
    }
    return claim;
  }

  // A role phrase whose role words begin at token t.
  std::optional<RoleClaim> RoleAt(size_t t,
                                  const std::pair<size_t, std::string_view>& role_words) const {
    const size_t end = role_words.first;  // one past the last role word
    // A role word inside a mention other than a person whose name opens with it is part of a
    // name ("UN Security Council").
    const int inside = tokens_[t].mention;
    const bool titled_person = inside >= 0 && person_[inside] && mention_first_[inside] == t &&
                               mention_last_[inside] >= end;
    if (inside >= 0 && !titled_person) return std::nullopt;
    if (!titled_person && tokens_[end - 1].possessive > 0) return std::nullopt;

    // Words before the role: "deputy" makes another role, "former" makes no claim.
    std::string role(role_words.second);
    size_t begin = t;  // first word of the role phrase proper
    while (begin > 0 && Blank(begin - 1) && In(kRolePrefixes, Key(begin - 1)) &&
           tokens_[begin - 1].mention < 0) {
      --begin;
      role = Key(begin) + "-" + role;
    }
    if (begin > 0 && Blank(begin - 1) && In(kNotNow, Key(begin - 1))) return std::nullopt;
    if (end < tokens_.size() && Blank(end - 1) && In(kNotYet, Key(end))) return std::nullopt;

    // The organisation written before the role: "US President", "Binance's chief executive".
    std::optional<Phrase> before;
    if (begin > 0 && Blank(begin - 1)) before = NameEndingAt(begin - 1, /*person=*/false);

    if (titled_person) {  // "President Biden" is one corpus name
      const Phrase person = MentionPhrase(inside);
      const size_t first = before ? before->first : begin;
      return Claim({tokens_[first].span.begin, person.span.end}, person, role, before);
    }

    // ROLE [for|to|of [the] ENTITY] PERSON
    std::optional<Phrase> of;
    size_t next = end;
    if (next < tokens_.size() && Blank(next - 1) &&
        (Key(next) == "for" || Key(next) == "to" || Key(next) == "of")) {
      size_t at = next + 1;
      if (at < tokens_.size() && Key(at) == "the" && Blank(at - 1)) ++at;
      if (at < tokens_.size() && Blank(at - 1) && tokens_[at].mention >= 0) {
        std::optional<Phrase> entity = NameFrom(at, /*person=*/false);
        if (entity && !entity->possessive && Blank(entity->last)) {
          if (Key(next) == "of") of = entity;
          next = entity->last + 1;
        }
      }
    }
    if (next < tokens_.size() && Blank(next - 1)) {
      if (std::optional<Phrase> person = NameFrom(next, /*person=*/true)) {
        std::optional<Phrase> organisation = of ? of : before;
        const size_t first = before ? before->first : begin;
        return Claim({tokens_[first].span.begin, person->span.end}, *person, role, organisation);
      }
    }

    // PERSON, [the] ROLE of ORG | PERSON, ORG's ROLE
    std::optional<Phrase> organisation = before;
    size_t first = before ? before->first : begin;
    size_t last = end - 1;
    std::string_view article;
    if (first > 0 && Blank(first - 1) &&
        (Key(first - 1) == "the" || Key(first - 1) == "a" || Key(first - 1) == "an")) {
      --first;
      article = Key(first);
    }
    if (!before) {
      if (end < tokens_.size() && Blank(end - 1) && (Key(end) == "of" || Key(end) == "at")) {
        size_t at = end + 1;
        if (at < tokens_.size() && Key(at) == "the" && Blank(at - 1)) ++at;
        if (at < tokens_.size() && Blank(at - 1)) organisation = NameFrom(at, /*person=*/false);
        if (organisation) last = organisation->last;
      }
    }
    if (!organisation && !article.empty() && article != "the") return std::nullopt;
    if (first == 0 || !Comma(first - 1)) return std::nullopt;
    std::optional<Phrase> person = NameEndingAt(first - 1, /*person=*/true);
    if (!person || person->possessive) return std::nullopt;
    const size_t span_end = organisation && organisation->last == last
                                ? organisation->span.end
                                : tokens_[last].span.end - tokens_[last].possessive;
    return Claim({person->span.begin, span_end}, *person, role, organisation);
  }

  // "the country presided over by X", where token t is "by".
  std::optional<RoleClaim> RunBy(size_t t) const {
    if (Key(t) != "by" || t < 2 || !Blank(t) || !Blank(t - 1)) return std::nullopt;
    size_t verb = t - 1;
    if (Key(verb) == "over") {
      if (!Blank(verb - 1) || Key(verb - 1) != "presided") return std::nullopt;
      --verb;
    }
    auto run = std::find_if(std::begin(kRunVerbs), std::end(kRunVerbs),
                            [&](const RunVerb& v) { return v.verb == Key(verb); });
    if (run == std::end(kRunVerbs) || (run->verb == "presided" && verb + 1 == t))
      return std::nullopt;
    if (verb == 0 || !Blank(verb - 1) || !In(kRunNouns, Key(verb - 1))) return std::nullopt;
    size_t first = verb - 1;  // the noun
    if (first > 0 && Blank(first - 1) &&
        (Key(first - 1) == "the" || Key(first - 1) == "a" || Key(first - 1) == "this" ||
         Key(first - 1) == "that")) {
      --first;
    }
    std::optional<Phrase> person = NameFrom(t + 1, /*person=*/true);
    if (!person) return std::nullopt;
    // "North Korea, the country led by ...": the entity in apposition is the organisation.
    std::optional<Phrase> organisation;
    if (first > 0 && Comma(first - 1)) {
      organisation = NameEndingAt(first - 1, /*person=*/false);
      if (organisation && (organisation->id.empty() || organisation->possessive)) {
        organisation.reset();
      }
    }
    const size_t span_begin = organisation ? organisation->span.begin : tokens_[first].span.begin;
    RoleClaim claim =
        Claim({span_begin, person->span.end}, *person, std::string(run->role), organisation);
    if (!organisation) {
      claim.organisation_text =
          std::string(Text({tokens_[first].span.begin, tokens_[verb - 1].span.end}));
    }
    return claim;
  }

  const Document& document_;
  const std::vector<EntityMention>& entities_;
  std::vector<Token> tokens_;
  std::vector<size_t> mention_first_;
  std::vector<size_t> mention_last_;
  std::vector<bool> person_;  // the mention is of a person
  std::vector<bool> other_;   // the mention may be an organisation (not a person or currency)
};

}  // namespace

std::vector<RoleClaim> FindRoles(const Document& document,
                                 const std::vector<EntityMention>& entities,
                                 const Gazetteer& gazetteer) {
  return RoleFinder(document, entities, gazetteer).Find();
}

}  // namespace factlint::extract_internal
