// Quotations and their speakers. Three passes over each prose block: the quote marks are paired
// (a small state machine, no recursion), the text outside the quotations is cut into regions by
// sentence and read for attributions (a cue word and its speaker), and each quotation takes the
// attribution that the rules of quote.h pick for it.
#include "engine/extract/quote.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "engine/extract/prose.h"

namespace factlint::extract_internal {
namespace {

constexpr size_t kNone = static_cast<size_t>(-1);
constexpr size_t kMaxLookBackWords = 40;  // words read before a cue for its speaker
constexpr size_t kMaxNounPhraseWords = 8;
constexpr size_t kMaxAntecedents = 64;  // antecedents tried for one pronoun
constexpr size_t kScareQuoteWords = 3;

// ---------------------------------------------------------------------------------------------
// Characters.

struct CodePoint {
  char32_t value = 0;
  size_t size = 1;
};

// The code point at `i` (the text is valid UTF-8; a broken sequence reads as one byte).
CodePoint Decode(std::string_view s, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b = byte(i);
  if (b < 0x80) return {b, 1};
  size_t size = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
  if (size == 1 || i + size > s.size()) return {0xFFFD, 1};
  char32_t value = b & (0x3F >> (size - 1));
  for (size_t k = 1; k < size; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return {0xFFFD, 1};
    value = (value << 6) | (byte(i + k) & 0x3F);
  }
  return {value, size};
}

// The start of the code point that ends right before `i` (> 0).
size_t PreviousStart(std::string_view s, size_t i) {
  size_t k = i - 1;
  while (k > 0 && i - k < 4 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
  return k;
}

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000;
}
bool IsLetterOrDigit(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return c != 0xFFFD && u_isalnum(static_cast<UChar32>(c));
}
bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool IsUpper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(static_cast<UChar32>(c));
}
bool IsDash(char32_t c) { return c == 0x2013 || c == 0x2014 || c == 0x2015; }
bool IsQuoteChar(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 ||
         c == 0x201E || c == 0xAB || c == 0xBB;
}
// What may stand before an opening mark / after a closing one besides white space.
bool IsOpeningContext(char32_t c) {
  return c == '(' || c == '[' || c == '{' || c == '/' || c == '-' || IsDash(c) || IsQuoteChar(c);
}
bool IsClosingContext(char32_t c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
         c == ']' || c == '}' || c == '-' || c == 0x2026 || IsDash(c) || IsQuoteChar(c);
}

// ---------------------------------------------------------------------------------------------
// Pairing the quote marks of one block.

enum class MarkKind { kDouble, kSingle, kGuillemet };

struct Mark {
  size_t pos = 0;
  size_t size = 1;
  MarkKind kind = MarkKind::kDouble;
  bool can_open = false;
  bool can_close = false;
  bool low = false;  // „, closed by “ as well as ”
};

struct RawQuote {
  size_t open = 0;  // offset of the opening mark in the block
  size_t open_size = 0;
  size_t close = kNone;  // offset of the closing mark, kNone when it runs to the block's end
  size_t close_size = 0;
};

bool IsElision(std::string_view rest) {
  // 'em, 'til, 'cause, 'n', 'tis, 'twas, 'round: apostrophes that look like an opening mark.
  static constexpr std::array<std::string_view, 8> kElisions = {"em",  "til",  "cause", "n",
                                                                "tis", "twas", "round", "bout"};
  for (std::string_view e : kElisions) {
    if (rest.size() >= e.size() && rest.substr(0, e.size()) == e &&
        (rest.size() == e.size() || !IsLetterOrDigit(Decode(rest, e.size()).value))) {
      return true;
    }
  }
  return false;
}

std::vector<Mark> ScanMarks(std::string_view s) {
  std::vector<Mark> marks;
  for (size_t i = 0; i < s.size();) {
    CodePoint cp = Decode(s, i);
    if (!IsQuoteChar(cp.value)) {
      i += cp.size;
      continue;
    }
    // Two straight single marks ('') stand for a straight double one (as some newspapers
    // print it).
    bool doubled = cp.value == '\'' && i + 1 < s.size() && s[i + 1] == '\'';
    if (doubled) cp = {'"', 2};
    char32_t prev = i == 0 ? ' ' : Decode(s, PreviousStart(s, i)).value;
    char32_t next = i + cp.size >= s.size() ? ' ' : Decode(s, i + cp.size).value;
    bool prev_blank = IsSpace(prev) || static_cast<char>(prev) == kMaskedByte;
    bool next_blank = IsSpace(next);
    bool left = !next_blank && (prev_blank || IsOpeningContext(prev));
    bool right = !prev_blank && (next_blank || IsClosingContext(next));
    Mark mark{i, cp.size};
    switch (cp.value) {
      case '"':
        mark.can_open = left || !right;
        mark.can_close = right || !left;
        break;
      case 0x201C:  // “
        mark.can_open = true;
        mark.can_close = right && !left;  // a “ written for ”
        break;
      case 0x201E:  // „
        mark.can_open = true;
        mark.low = true;
        break;
      case 0x201D:  // ”
        mark.can_close = true;
        mark.can_open = left && !right;  // ”...” (Swedish style, or a typo)
        break;
      case 0xAB:
        mark.kind = MarkKind::kGuillemet;
        mark.can_open = true;
        break;
      case 0xBB:
        mark.kind = MarkKind::kGuillemet;
        mark.can_close = true;
        break;
      case 0x2018:  // ‘
        mark.kind = MarkKind::kSingle;
        mark.can_open = !IsDigit(next) && !next_blank;
        break;
      case 0x2019:  // ’: a closing mark or an apostrophe, never an opening mark
      case '\'':
        mark.kind = MarkKind::kSingle;
        if (IsLetterOrDigit(prev) && IsLetterOrDigit(next)) break;  // don't, 90's, UN's
        mark.can_close = !prev_blank && !IsLetterOrDigit(next);
        if (cp.value == '\'') {
          mark.can_open =
              left && IsLetterOrDigit(next) && !IsDigit(next) && !IsElision(s.substr(i + cp.size));
        }
        break;
      default:
        break;
    }
    if (mark.can_open || mark.can_close) marks.push_back(mark);
    i += cp.size;
  }
  return marks;
}

// True when the single closing mark at `mark` reads better as a plural possessive ("the
// workers’ union"): after an s, before a lower-case word, and another closing mark follows.
bool LooksPossessive(std::string_view s, const Mark& mark, bool later_close) {
  if (!later_close || mark.pos == 0 || s[mark.pos - 1] != 's') return false;
  size_t k = mark.pos + mark.size;
  return k + 1 < s.size() && s[k] == ' ' && s[k + 1] >= 'a' && s[k + 1] <= 'z';
}

// Pairs the marks of one block. An opening mark of the open quotation's kind, met before its
// closing mark, starts the quotation over (the earlier mark was stray). A single-quoted
// quotation left open makes the block be read again with single marks as apostrophes (so at most
// two passes). `continues` says whether the next block opens with a quote mark.
std::vector<RawQuote> PairMarks(std::string_view s, bool continues) {
  std::vector<Mark> marks = ScanMarks(s);
  // later_single_close[i]: a single closing mark exists after marks[i].
  std::vector<bool> later_single_close(marks.size() + 1, false);
  for (size_t i = marks.size(); i-- > 0;) {
    later_single_close[i] =
        later_single_close[i + 1] ||
        (i + 1 < marks.size() && marks[i + 1].kind == MarkKind::kSingle && marks[i + 1].can_close);
  }
  std::vector<RawQuote> quotes;
  bool singles = true;
  size_t start = 0;
  for (;;) {
    size_t open = kNone;  // index of the open quotation's mark
    for (size_t i = start; i < marks.size(); ++i) {
      const Mark& m = marks[i];
      if (m.kind == MarkKind::kSingle && !singles) continue;
      if (open == kNone) {
        if (m.can_open) open = i;
        continue;
      }
      const Mark& o = marks[open];
      bool closes = m.can_close && (m.kind == o.kind || (o.low && m.kind == MarkKind::kDouble));
      if (closes && o.kind == MarkKind::kSingle && LooksPossessive(s, m, later_single_close[i])) {
        continue;
      }
      if (closes) {
        quotes.push_back({o.pos, o.size, m.pos, m.size});
        open = kNone;
      } else if (m.kind == o.kind && m.can_open) {
        open = i;  // the earlier opening mark was stray
      }
      // Marks of another kind inside a quotation are nested ones (or apostrophes): skipped.
    }
    if (open == kNone) break;
    const Mark& o = marks[open];
    if (o.kind == MarkKind::kSingle) {
      // A single mark never closed was an apostrophe: what was found before it stands, and the
      // rest is read again with single marks off (so there are at most two passes).
      singles = false;
      start = open + 1;
      continue;
    }
    if (continues) quotes.push_back({o.pos, o.size, kNone, 0});
    break;
  }
  return quotes;
}

// ---------------------------------------------------------------------------------------------
// Words.

enum class TokenKind { kWord, kComma, kColon, kStop, kDash, kParenOpen, kParenClose, kOther };

struct Token {
  size_t begin = 0;  // offsets in the block
  size_t end = 0;
  TokenKind kind = TokenKind::kOther;
  std::string lower;         // ASCII-lower-cased word, ’ as '
  bool capitalized = false;  // first letter upper case
};

bool InList(std::string_view word, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool IsAbbreviation(std::string_view lower) {
  return InList(lower, {"mr",  "mrs",  "ms",   "dr",  "rep",  "sen", "gov", "gen",  "lt",  "col",
                        "sgt", "capt", "prof", "rev", "st",   "jr",  "sr",  "pres", "amb", "adm",
                        "maj", "cmdr", "supt", "hon", "atty", "sec", "u.s", "u.n",  "u.k", "e.u"});
}

std::vector<Token> Tokenize(std::string_view s, size_t begin, size_t end) {
  std::vector<Token> tokens;
  size_t i = begin;
  while (i < end) {
    CodePoint cp = Decode(s, i);
    if (IsSpace(cp.value)) {
      i += cp.size;
      continue;
    }
    Token t;
    t.begin = i;
    if (IsLetterOrDigit(cp.value)) {
      t.kind = TokenKind::kWord;
      t.capitalized = IsUpper(cp.value);
      size_t j = i;
      while (j < end) {
        CodePoint c = Decode(s, j);
        if (IsLetterOrDigit(c.value)) {
          j += c.size;
          continue;
        }
        bool joiner = c.value == '-' || c.value == '&' || c.value == '\'' || c.value == 0x2019 ||
                      c.value == '.';
        if (joiner && j + c.size < end && IsLetterOrDigit(Decode(s, j + c.size).value)) {
          j += c.size;
          continue;
        }
        break;
      }
      // Lower case, and ’ as ' (three bytes become one).
      for (size_t k = i; k < j; ++k) {
        if (s.compare(k, 3, "\xE2\x80\x99") == 0 && k + 3 <= j) {
          t.lower.push_back('\'');
          k += 2;
          continue;
        }
        char c = s[k];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        t.lower.push_back(c);
      }
      // The dot of an initial or a title ("G.", "Rep.", "U.S.") belongs to the word.
      if (j < end && s[j] == '.' && ((j - i == 1 && t.capitalized) || IsAbbreviation(t.lower))) {
        ++j;
      }
      // A plural possessive ("officials’") keeps its apostrophe.
      if (j < end && t.lower.back() == 's' && (s[j] == '\'' || s.substr(j, 3) == "\xE2\x80\x99")) {
        size_t after = j + (s[j] == '\'' ? 1 : 3);
        if (after >= end || !IsLetterOrDigit(Decode(s, after).value)) {
          t.lower.push_back('\'');
          j = after;
        }
      }
      t.end = j;
      i = j;
    } else {
      t.end = i + cp.size;
      switch (cp.value) {
        case ',':
          t.kind = TokenKind::kComma;
          break;
        case ':':
          t.kind = TokenKind::kColon;
          break;
        case '.':
        case '!':
        case '?':
        case ';':
        case 0x2026:
          t.kind = TokenKind::kStop;
          break;
        case '(':
        case '[':
          t.kind = TokenKind::kParenOpen;
          break;
        case ')':
        case ']':
          t.kind = TokenKind::kParenClose;
          break;
        case '-':
          t.kind = TokenKind::kDash;
          break;
        default:
          t.kind = IsDash(cp.value) ? TokenKind::kDash : TokenKind::kOther;
          break;
      }
      i += cp.size;
    }
    tokens.push_back(std::move(t));
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Word lists.

bool IsCueVerb(std::string_view w) {
  return InList(
      w, {"said",         "says",         "say",       "told",      "tells",      "tell",
          "added",        "adds",         "wrote",     "writes",    "write",      "stated",
          "warned",       "warns",        "warn",      "noted",     "explained",  "explains",
          "asked",        "replied",      "replies",   "answered",  "continued",  "insisted",
          "insists",      "argued",       "argues",    "argue",     "claimed",    "declared",
          "announced",    "tweeted",      "tweets",    "remarked",  "recalled",   "recalls",
          "acknowledged", "admitted",     "admits",    "conceded",  "concedes",   "countered",
          "responded",    "observed",     "suggested", "suggests",  "predicted",  "quipped",
          "joked",        "shouted",      "yelled",    "exclaimed", "emphasized", "emphasised",
          "stressed",     "concluded",    "testified", "reported",  "complained", "complains",
          "lamented",     "boasted",      "vowed",     "promised",  "urged",      "assured",
          "confirmed",    "charged",      "alleged",   "mused",     "griped",     "fumed",
          "whispered",    "repeated",     "cautioned", "contended", "maintained", "maintains",
          "posted",       "explained",    "agreed",    "agrees",    "thundered",  "snapped",
          "retorted",     "chimed",       "recounted", "pleaded",   "proclaimed", "declares",
          "announces",    "acknowledges", "writes",    "claims",    "notes",      "states",
          "reports",      "warns",        "tweets",    "stresses",  "insist",     "add"});
}

// Present-tense forms that are often nouns ("the claims", "several states").
bool IsNounLikeCue(std::string_view w) {
  return InList(w, {"claims", "notes", "states", "reports", "tweets", "answers", "posts", "charges",
                    "counters", "recalls", "stresses"});
}

bool IsPronoun(std::string_view w) {
  return InList(w, {"he", "she", "they", "it", "him", "her", "them"});
}

bool IsDeterminer(std::string_view w) {
  return InList(w, {"the",   "a",       "an",    "another", "one",  "two",    "three", "four",
                    "five",  "several", "some",  "many",    "most", "both",   "all",   "his",
                    "her",   "their",   "its",   "our",     "my",   "your",   "this",  "these",
                    "those", "each",    "every", "other",   "few",  "senior", "top",   "former"});
}

// Words that end a noun phrase: verbs, conjunctions, most prepositions, relatives.
bool IsFunctionWord(std::string_view w);
bool IsClauseWord(std::string_view w) { return IsCueVerb(w) || IsFunctionWord(w); }
bool IsFunctionWord(std::string_view w) {
  return InList(
      w, {"is",     "was",     "are",     "were",  "be",      "been",     "being",   "has",
          "have",   "had",     "do",      "does",  "did",     "will",     "would",   "can",
          "could",  "should",  "may",     "might", "must",    "not",      "that",    "which",
          "who",    "whom",    "whose",   "when",  "where",   "while",    "if",      "because",
          "than",   "then",    "there",   "here",  "as",      "after",    "before",  "since",
          "until",  "during",  "on",      "about", "over",    "into",     "through", "but",
          "or",     "so",      "yet",     "also",  "however", "although", "though",  "in",
          "saying", "adding",  "noting",  "it",    "he",      "she",      "they",    "we",
          "i",      "you",     "what",    "how",   "why",     "later",    "earlier", "yesterday",
          "today",  "tonight", "again",   "just",  "only",    "very",     "said",    "like",
          "upon",   "against", "without", "amid"});
}

bool IsTimeWord(std::string_view w) {
  return InList(
      w, {"monday",    "tuesday",   "wednesday", "thursday", "friday",     "saturday", "sunday",
          "january",   "february",  "march",     "april",    "june",       "july",     "august",
          "september", "october",   "november",  "december", "jan.",       "feb.",     "aug.",
          "sept.",     "oct.",      "nov.",      "dec.",     "yesterday",  "today",    "tonight",
          "morning",   "afternoon", "evening",   "night",    "week",       "weekend",  "month",
          "year",      "earlier",   "later",     "recently", "previously", "once",     "last",
          "this",      "next"});
}

// Words dropped between a speaker and its cue: "X has also said", "X on Friday said".
bool IsCueModifier(std::string_view w) {
  return IsTimeWord(w) ||
         InList(w, {"also",       "then",       "has",       "had",          "have",
                    "would",      "will",       "again",     "simply",       "further",
                    "first",      "reportedly", "flatly",    "quickly",      "often",
                    "frequently", "publicly",   "privately", "bluntly",      "angrily",
                    "proudly",    "just",       "only",      "repeatedly",   "recently",
                    "previously", "once",       "on",        "early",        "late",
                    "is",         "was",        "were",      "are",          "did",
                    "does",       "do",         "later",     "subsequently", "initially",
                    "finally",    "later",      "openly",    "firmly",       "calmly",
                    "loudly",     "softly",     "tersely",   "curtly",       "sharply",
                    "never",      "not",        "already",   "now",          "in",
                    "an",         "a",          "interview", "statement"});
}

bool IsLeadingFiller(std::string_view w) {
  return InList(w, {"and",   "but",   "so",      "yet",      "or",     "then",      "also",
                    "while", "as",    "because", "although", "though", "meanwhile", "however",
                    "still", "now",   "instead", "indeed",   "here",   "there",     "and,",
                    "when",  "where", "after",   "since"});
}

bool IsGroupNoun(std::string_view w) {
  return InList(w, {"officials",   "sources",    "experts",       "analysts",      "critics",
                    "aides",       "advisers",   "advisors",      "supporters",    "residents",
                    "witnesses",   "police",     "authorities",   "investigators", "prosecutors",
                    "lawyers",     "attorneys",  "doctors",       "observers",     "organizers",
                    "organisers",  "diplomats",  "economists",    "researchers",   "scientists",
                    "insiders",    "voters",     "protesters",    "activists",     "members",
                    "people",      "others",     "leaders",       "lawmakers",     "legislators",
                    "officers",    "staff",      "employees",     "workers",       "students",
                    "parents",     "pollsters",  "spokespeople",  "opponents",     "allies",
                    "republicans", "democrats",  "conservatives", "liberals",      "donors",
                    "strategists", "operatives", "reporters",     "journalists",   "documents",
                    "records",     "polls",      "reports",       "studies",       "surveys",
                    "estimates",   "figures",    "data"});
}

bool IsOrgHead(std::string_view w) {
  return InList(w, {"company",      "firm",         "ministry",   "department",  "agency",
                    "organisation", "organization", "group",      "government",  "administration",
                    "campaign",     "committee",    "council",    "court",       "bank",
                    "embassy",      "office",       "union",      "party",       "board",
                    "network",      "newspaper",    "paper",      "team",        "commission",
                    "institute",    "university",   "foundation", "association", "league",
                    "club",         "army",         "military",   "regulator",   "watchdog",
                    "body",         "panel",        "bureau",     "station",     "outlet",
                    "magazine",     "website",      "site",       "publication", "channel",
                    "corporation",  "business",     "lab",        "laboratory",  "alliance"});
}

bool IsPersonHead(std::string_view w) {
  return InList(w, {"minister",      "president",     "official",       "spokesman",
                    "spokeswoman",   "spokesperson",  "senator",        "governor",
                    "candidate",     "nominee",       "lawmaker",       "chairman",
                    "chairwoman",    "chair",         "executive",      "ceo",
                    "leader",        "secretary",     "director",       "ambassador",
                    "mayor",         "judge",         "prosecutor",     "lawyer",
                    "attorney",      "adviser",       "advisor",        "aide",
                    "congressman",   "congresswoman", "representative", "businessman",
                    "businesswoman", "billionaire",   "actor",          "actress",
                    "singer",        "man",           "woman",          "author",
                    "researcher",    "analyst",       "economist",      "reporter",
                    "manager",       "founder",       "commander",      "general",
                    "officer",       "chief",         "head",           "king",
                    "queen",         "prince",        "premier",        "chancellor",
                    "source",        "mogul",         "star",           "speaker",
                    "envoy",         "diplomat",      "strategist",     "pollster",
                    "doctor",        "professor",     "expert",         "witness",
                    "host",          "vice",          "former",         "republican",
                    "democrat"});
}

bool IsOrgNameWord(std::string_view w) {
  return InList(w, {"university",  "party",        "committee",
                    "department",  "ministry",     "agency",
                    "council",     "post",         "times",
                    "news",        "inc",          "inc.",
                    "corp",        "corp.",        "association",
                    "institute",   "bank",         "group",
                    "campaign",    "foundation",   "commission",
                    "office",      "court",        "congress",
                    "senate",      "house",        "administration",
                    "government",  "journal",      "press",
                    "network",     "center",       "centre",
                    "union",       "organization", "organisation",
                    "company",     "club",         "fund",
                    "board",       "service",      "police",
                    "nations",     "tribune",      "herald",
                    "magazine",    "reuters",      "cnn",
                    "fox",         "nbc",          "abc",
                    "cbs",         "msnbc",        "pac",
                    "poll",        "school",       "college",
                    "institution", "alliance"});
}

bool IsNameConnector(std::string_view w) {
  return InList(w, {"of", "de", "du", "da", "di", "del", "van", "von", "bin", "al", "la", "le",
                    "der", "den"});
}

bool IsNpPreposition(std::string_view w) {
  return InList(w, {"of", "for", "to", "at", "from", "with", "by"});
}

// A capitalized word that is a name, not a sentence-initial function word or a date.
bool IsNameWord(const Token& t) {
  if (t.kind != TokenKind::kWord || !t.capitalized) return false;
  std::string_view w = t.lower;
  if (w.size() > 2 && w.substr(w.size() - 2) == "'s") w.remove_suffix(2);
  // A capitalized cue verb inside a name stays a name word ("the United States").
  return !IsTimeWord(w) && !IsFunctionWord(w) && !IsDeterminer(w) && !IsLeadingFiller(w) &&
         !IsNpPreposition(w) && !IsPronoun(w) && !InList(w, {"according", "asked", "speaking"});
}

bool IsPossessive(std::string_view w) {
  return (w.size() > 2 && w.substr(w.size() - 2) == "'s") || (w.size() > 1 && w.back() == '\'');
}

// ---------------------------------------------------------------------------------------------
// Noun phrases over a run of tokens [b, e) (words only, no punctuation inside).

struct Phrase {
  size_t first = kNone;  // token indices, inclusive..exclusive
  size_t last = kNone;
  bool found() const { return first != kNone; }
};

// True when tokens [b, e) read as one noun phrase naming a speaker.
bool IsNounPhrase(const std::vector<Token>& t, size_t b, size_t e) {
  if (b >= e || e - b > kMaxNounPhraseWords) return false;
  for (size_t i = b; i < e; ++i) {
    if (t[i].kind != TokenKind::kWord) return false;
  }
  const std::string& first = t[b].lower;
  if (e - b == 1 && IsPronoun(first)) return true;
  if (IsDeterminer(first)) {
    if (e - b < 2) return false;
  } else if (!IsNameWord(t[b]) && !IsGroupNoun(first) && !IsPossessive(first) &&
             !IsPersonHead(first)) {
    return false;
  }
  for (size_t i = b + 1; i < e; ++i) {
    const std::string& w = t[i].lower;
    if (IsNameWord(t[i])) continue;
    if (w == "and" && i + 1 < e && IsNameWord(t[i + 1]) && IsNameWord(t[i - 1])) continue;
    if (IsClauseWord(w) || IsPronoun(w) || IsTimeWord(w)) return false;
  }
  // The head (last word) must not be a preposition or a determiner.
  const std::string& head = t[e - 1].lower;
  return !IsNpPreposition(head) && !IsDeterminer(head) && head != "and";
}

// The run of name words ending at token e-1 (titles, initials, "of" between names).
Phrase TrailingName(const std::vector<Token>& t, size_t b, size_t e) {
  size_t i = e;
  while (i > b) {
    const Token& w = t[i - 1];
    if (w.kind != TokenKind::kWord) break;
    if (IsNameWord(w)) {
      --i;
      continue;
    }
    if (IsNameConnector(w.lower) && i > b + 1 && IsNameWord(t[i - 2]) && i < e) {
      --i;
      continue;
    }
    break;
  }
  if (i == e || e - i > kMaxNounPhraseWords) return {};
  return {i, e};
}

// The speaker phrase that ends right before a cue, in tokens [b, e) (one comma segment).
Phrase SpeakerEndingAt(const std::vector<Token>& t, size_t b, size_t e) {
  // Skip a trailing parenthetical ("Sen. Kim (D-N.C.) said").
  if (e > b && t[e - 1].kind == TokenKind::kParenClose) {
    size_t k = e - 1;
    while (k > b && t[k].kind != TokenKind::kParenOpen) --k;
    if (t[k].kind == TokenKind::kParenOpen) e = k;
  }
  // Drop what stands between the speaker and its cue ("has also", "on Friday").
  while (e > b && t[e - 1].kind == TokenKind::kWord && IsCueModifier(t[e - 1].lower) &&
         !IsNameWord(t[e - 1])) {
    --e;
  }
  // Only words after the last punctuation mark.
  size_t s = e;
  while (s > b && t[s - 1].kind == TokenKind::kWord) --s;
  while (s < e && IsLeadingFiller(t[s].lower)) ++s;
  if (s >= e) return {};
  if (IsPronoun(t[e - 1].lower)) return {e - 1, e};
  Phrase name = TrailingName(t, s, e);
  if (IsNounPhrase(t, s, e)) {
    // "the minister Wang Yi": the name, not the description before it.
    if (IsDeterminer(t[s].lower) && name.found() && name.first > s + 1) {
      const std::string& before = t[name.first - 1].lower;
      if (!IsDeterminer(before) && !IsNpPreposition(before) && !IsNameWord(t[name.first - 1])) {
        return name;
      }
    }
    return {s, e};
  }
  if (name.found()) return name;
  for (size_t k = e; k-- > s;) {
    if ((IsDeterminer(t[k].lower) || IsGroupNoun(t[k].lower)) && IsNounPhrase(t, k, e)) {
      return {k, e};
    }
  }
  return {};
}

// The speaker phrase that starts at token b ("said X", "according to X", "from X").
Phrase SpeakerStartingAt(const std::vector<Token>& t, size_t b) {
  if (b >= t.size() || t[b].kind != TokenKind::kWord) return {};
  if (IsPronoun(t[b].lower)) return {b, b + 1};
  bool det = IsDeterminer(t[b].lower) ||
             (!IsNameWord(t[b]) && (IsGroupNoun(t[b].lower) || IsPersonHead(t[b].lower)));
  if (!det && !IsNameWord(t[b])) return {};
  size_t e = b + 1;
  while (e < t.size() && e - b < kMaxNounPhraseWords && t[e].kind == TokenKind::kWord) {
    const Token& w = t[e];
    if (IsNameWord(w)) {
      ++e;
    } else if (IsPossessive(t[e - 1].lower) || det) {
      if (IsClauseWord(w.lower) || IsTimeWord(w.lower) || IsPronoun(w.lower)) break;
      if (IsNpPreposition(w.lower) && (e + 1 >= t.size() || t[e + 1].kind != TokenKind::kWord)) {
        break;
      }
      det = true;
      ++e;
    } else if (IsNameConnector(w.lower) && e + 1 < t.size() && IsNameWord(t[e + 1])) {
      e += 2;
    } else {
      break;
    }
  }
  while (e > b + 1 && (IsNpPreposition(t[e - 1].lower) || IsDeterminer(t[e - 1].lower))) --e;
  if (IsDeterminer(t[b].lower) && e == b + 1) return {};
  return {b, e};
}

// ---------------------------------------------------------------------------------------------
// Attributions found in the text outside quotations.

enum class SpeakerKind { kPerson, kOrganisation, kGroup, kAny };

struct Attribution {
  Span cue;      // document offsets
  Span written;  // the speaker as written here (may be a pronoun), empty when none
  Span speaker;  // after resolution; empty when a pronoun found no antecedent
  std::string entity;
  size_t region = 0;     // index into the block's regions
  bool initial = false;  // the attribution (speaker or cue) opens its region
  bool named = false;    // an antecedent for later pronouns
  SpeakerKind kind = SpeakerKind::kAny;
};

struct Region {
  Span span;                    // document offsets
  size_t sentence = 0;          // index into document.sentences() (kNone when outside all)
  size_t quote_before = kNone;  // the quotation that ends where the region begins
  size_t quote_after = kNone;   // the quotation that begins where the region ends
  size_t words = 0;
  bool sentence_initial = false;     // no text of the sentence before it
  std::vector<size_t> attributions;  // indices into the block's attributions
};

struct Antecedent {
  size_t block = 0;
  Span span;
  std::string entity;
  SpeakerKind kind = SpeakerKind::kAny;
};

class QuoteFinder {
 public:
  QuoteFinder(const Document& document, const std::vector<EntityMention>& entities,
              const Gazetteer* gazetteer)
      : document_(document), entities_(entities), gazetteer_(gazetteer) {
    std::sort(entities_.begin(), entities_.end(),
              [](const EntityMention& a, const EntityMention& b) { return a.span < b.span; });
    // Words written capitalized after the first word of a sentence: proper names.
    const auto& words = document_.words();
    for (size_t i = 1; i < words.size(); ++i) {
      if (words[i].sentence != words[i - 1].sentence) continue;
      std::string_view w = document_.TextOf(words[i].span);
      if (w.empty() || w[0] < 'A' || w[0] > 'Z') continue;
      std::string lower(w);
      for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      proper_names_.insert(std::move(lower));
    }
  }

  std::vector<Quote> Run();

 private:
  struct BlockQuote {
    RawQuote raw;
    Quote quote;
    size_t open_sentence = kNone;
    size_t close_sentence = kNone;
    bool assigned = false;
    bool scare = false;
  };

  void ReadBlock(size_t block_index, bool continues, bool continued);
  void FindAttributions(const std::vector<Token>& tokens, size_t region_index);
  void Resolve(Attribution& a);
  void Assign(BlockQuote& q, const Attribution& a);
  std::string EntityOf(Span span) const;
  SpeakerKind KindOf(Span span, const std::string& entity) const;
  size_t SentenceAt(size_t offset) const;

  const Document& document_;
  std::vector<EntityMention> entities_;
  const Gazetteer* gazetteer_;
  std::vector<Quote> out_;
  std::vector<Antecedent> antecedents_;
  std::unordered_set<std::string> proper_names_;  // lower-cased
  // Per block, rebuilt for each one.
  size_t block_ = 0;
  size_t base_ = 0;
  std::string text_;  // the block's masked prose
  std::vector<Region> regions_;
  std::vector<Attribution> attributions_;
  // Carried between blocks.
  bool prev_ends_with_colon_ = false;
  std::vector<Attribution> prev_colon_attributions_;
  std::optional<Quote> open_run_;  // a quotation left running at the end of the last block
};

size_t QuoteFinder::SentenceAt(size_t offset) const {
  const auto& sentences = document_.sentences();
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](size_t o, const Sentence& s) { return o < s.span.begin; });
  if (it == sentences.begin()) return kNone;
  --it;
  return static_cast<size_t>(it - sentences.begin());
}

std::string QuoteFinder::EntityOf(Span span) const {
  auto it = std::lower_bound(entities_.begin(), entities_.end(), span.begin,
                             [](const EntityMention& m, size_t o) { return m.span.begin < o; });
  std::string id;
  for (; it != entities_.end() && it->span.begin < span.end; ++it) {
    if (it->span.end <= span.end) id = it->entity_id;
  }
  if (!id.empty() || gazetteer_ == nullptr) return id;
  std::string_view text = document_.TextOf(span);
  // Without mentions: the text after the last "for/of/from/by/at" and a leading "the".
  for (std::string_view sep : {" for ", " of ", " from ", " by ", " at "}) {
    size_t p = text.rfind(sep);
    if (p != std::string_view::npos) text = text.substr(p + sep.size());
  }
  if (text.starts_with("the ") || text.starts_with("The ")) text.remove_prefix(4);
  auto found = gazetteer_->Find(text);
  if (found.empty()) return id;
  for (const GazetteerEntry* e : found) {
    if (e->entity_id != found.front()->entity_id) return id;
  }
  // The acronym rule of the entity finder: a spelling without lower-case letters matches only
  // text without lower-case letters ("Un" is not the UN).
  const std::string& name = found.front()->name;
  bool acronym =
      std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  bool lower = std::any_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (acronym && lower) return id;
  return found.front()->entity_id;
}

SpeakerKind QuoteFinder::KindOf(Span span, const std::string& entity) const {
  if (!entity.empty() && gazetteer_ != nullptr) {
    std::string type = gazetteer_->TypeOf(entity);
    if (type == "person") return SpeakerKind::kPerson;
    if (!type.empty()) return SpeakerKind::kOrganisation;
  }
  std::vector<Token> t = Tokenize(document_.text(), span.begin, span.end);
  if (t.empty()) return SpeakerKind::kAny;
  if (t.front().lower == "the") {
    return IsNameWord(t.back()) ? SpeakerKind::kOrganisation : SpeakerKind::kAny;
  }
  bool has_name = false;
  for (const Token& w : t) {
    if (IsOrgNameWord(w.lower)) return SpeakerKind::kOrganisation;
    std::string_view word = std::string_view(document_.text()).substr(w.begin, w.end - w.begin);
    bool caps = word.size() >= 2 &&
                std::none_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (caps && IsNameWord(w) && w.lower.find('.') == std::string::npos) {
      return SpeakerKind::kOrganisation;  // UN, NATO, CNN
    }
    has_name = has_name || IsNameWord(w);
  }
  const Token& head = t.back();
  if (!IsNameWord(head)) {
    // "officials", "a spokesperson for the UN" (head: the last word before a preposition).
    size_t h = t.size();
    for (size_t i = 1; i < t.size(); ++i) {
      if (IsNpPreposition(t[i].lower)) {
        h = i;
        break;
      }
    }
    const std::string& w = t[h - 1].lower;
    if (IsGroupNoun(w) || (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's')) {
      return SpeakerKind::kGroup;
    }
    return SpeakerKind::kPerson;
  }
  return has_name ? SpeakerKind::kPerson : SpeakerKind::kAny;
}

// Pronouns and definite descriptions take the last agreeing antecedent of this block or the one
// before; names become antecedents.
void QuoteFinder::Resolve(Attribution& a) {
  std::vector<Token> t = Tokenize(document_.text(), a.written.begin, a.written.end);
  bool pronoun = t.size() == 1 && IsPronoun(t[0].lower);
  bool definite = false;
  SpeakerKind wanted = SpeakerKind::kAny;
  if (pronoun) {
    std::string_view p = t[0].lower;
    if (p == "he" || p == "she" || p == "him" || p == "her") wanted = SpeakerKind::kPerson;
    if (p == "it") wanted = SpeakerKind::kOrganisation;
  } else if (t.size() >= 2 && t.size() <= 3 &&
             (t[0].lower == "the" || t[0].lower == "this" || t[0].lower == "that") &&
             !IsNameWord(t.back()) && std::none_of(t.begin(), t.end(), [](const Token& w) {
               return IsPossessive(w.lower);
             })) {
    const std::string& head = t.back().lower;
    if (IsOrgHead(head)) {
      definite = true, wanted = SpeakerKind::kOrganisation;
    } else if (IsPersonHead(head)) {
      definite = true, wanted = SpeakerKind::kPerson;
    }
  }
  if (!pronoun && !definite) {
    a.speaker = a.written;
    a.entity = EntityOf(a.written);
    bool has_name = !a.entity.empty() ||
                    std::any_of(t.begin(), t.end(), [](const Token& w) { return IsNameWord(w); });
    a.kind = KindOf(a.written, a.entity);
    a.named = has_name || a.kind == SpeakerKind::kGroup;
    if (a.named) {
      antecedents_.push_back({block_, a.speaker, a.entity, a.kind});
    }
    return;
  }
  size_t tried = 0;
  for (size_t i = antecedents_.size(); i-- > 0 && tried < kMaxAntecedents; ++tried) {
    const Antecedent& ante = antecedents_[i];
    if (ante.block + 1 < block_) break;
    bool agrees = wanted == SpeakerKind::kAny ? true : ante.kind == wanted;
    if (ante.kind == SpeakerKind::kGroup && !(pronoun && t[0].lower == "they")) agrees = false;
    if (wanted == SpeakerKind::kAny && ante.kind == SpeakerKind::kGroup) agrees = true;
    if (!agrees) continue;
    a.speaker = ante.span;
    a.entity = ante.entity;
    a.kind = ante.kind;
    return;
  }
}

void QuoteFinder::FindAttributions(const std::vector<Token>& t, size_t region_index) {
  size_t first_word = kNone;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].kind == TokenKind::kWord) {
      first_word = i;
      break;
    }
  }
  // The name that opens a sentence (its subject, most often) is an antecedent too: "Mr. Obama
  // dismissed the criticism. “...,” he said." A single capitalized word counts only when it is
  // written capitalized inside some sentence of the document as well.
  if (first_word != kNone && regions_[region_index].sentence_initial && IsNameWord(t[first_word])) {
    Phrase name = TrailingName(t, first_word, first_word + 1);
    while (name.found() && name.last < t.size() && name.last - name.first < kMaxNounPhraseWords &&
           IsNameWord(t[name.last])) {
      ++name.last;
    }
    bool proper = name.found() &&
                  (name.last - name.first >= 2 || proper_names_.count(t[first_word].lower) > 0);
    if (proper && !(name.last < t.size() && t[name.last].kind == TokenKind::kWord &&
                    IsCueVerb(t[name.last].lower))) {
      Span span{base_ + t[name.first].begin, base_ + t[name.last - 1].end};
      std::string entity = EntityOf(span);
      antecedents_.push_back({block_, span, entity, KindOf(span, entity)});
    }
  }
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].kind != TokenKind::kWord) continue;
    const std::string& w = t[i].lower;
    Attribution a;
    Phrase speaker;
    size_t cue_end = i + 1;
    bool according = w == "according" && i + 1 < t.size() && t[i + 1].lower == "to";
    if (according) {
      cue_end = i + 2;
      speaker = SpeakerStartingAt(t, cue_end);
    } else if (w == "quoted" && i + 2 < t.size() && t[i + 1].lower == "as" &&
               t[i + 2].lower == "saying") {
      cue_end = i + 3;
      size_t b = i > kMaxLookBackWords ? i - kMaxLookBackWords : 0;
      size_t e = i;
      while (e > b && (t[e - 1].lower == "was" || t[e - 1].lower == "is" ||
                       t[e - 1].lower == "were" || t[e - 1].lower == "been")) {
        --e;
      }
      speaker = SpeakerEndingAt(t, b, e);
    } else if (IsCueVerb(w)) {
      // A capitalized cue inside a sentence is part of a name ("the United States").
      if (t[i].capitalized && i != first_word) continue;
      // A cue that is often a noun ("the claims", "several states") needs a name or pronoun
      // right before it.
      if (IsNounLikeCue(w) && (i == 0 || !(IsNameWord(t[i - 1]) || IsPronoun(t[i - 1].lower)))) {
        continue;
      }
      if (i + 1 < t.size() && t[i + 1].kind == TokenKind::kWord && IsCueVerb(t[i + 1].lower) &&
          IsNounLikeCue(w)) {
        continue;  // "several states said": the cue is the next word
      }
      if (i + 1 < t.size() && t[i + 1].lower == "from") {
        // "say from the UN": the speaker follows "from".
        cue_end = i + 2;
        speaker = SpeakerStartingAt(t, cue_end);
      } else {
        size_t b = i > kMaxLookBackWords ? i - kMaxLookBackWords : 0;
        // X, who ..., said: when the cue follows a comma, skip relative and appositive
        // segments back to the speaker.
        size_t e = i;
        if (e > b && t[e - 1].kind == TokenKind::kComma) {
          // The comma segments before the cue's comma, nearest first.
          std::vector<std::pair<size_t, size_t>> segments;
          for (size_t k = e - 1; k > b;) {
            size_t s = k;
            while (s > b && t[s - 1].kind != TokenKind::kComma) --s;
            segments.emplace_back(s, k);
            if (s == b) break;
            k = s - 1;
          }
          auto lead = [&](size_t j) -> const Token* {
            return segments[j].first < segments[j].second ? &t[segments[j].first] : nullptr;
          };
          size_t j = 0;
          while (j < segments.size() && lead(j) != nullptr &&
                 InList(lead(j)->lower, {"who", "which", "whose", "where", "also", "now",
                                         "speaking", "meanwhile", "however", "writing"})) {
            ++j;
          }
          if (j + 1 < segments.size() && lead(j) != nullptr &&
              (!IsNameWord(*lead(j)) || IsPossessive(lead(j)->lower))) {
            // "Kim, the foreign minister, said": an appositive after a name.
            Phrase before = SpeakerEndingAt(t, segments[j + 1].first, segments[j + 1].second);
            if (before.found() && IsNameWord(t[before.last - 1])) ++j;
          }
          if (j > 0 && j < segments.size()) {
            speaker = SpeakerEndingAt(t, segments[j].first, segments[j].second);
          }
        } else {
          speaker = SpeakerEndingAt(t, b, e);
        }
        // "said X": the cue opens the region (after a quotation) or follows a comma.
        bool inversion_place =
            i == first_word ||
            (i > 0 && (t[i - 1].kind == TokenKind::kComma || t[i - 1].kind == TokenKind::kColon));
        if (!speaker.found() && inversion_place) {
          speaker = SpeakerStartingAt(t, i + 1);
          if (speaker.found() && IsPronoun(t[speaker.first].lower) && i + 2 < t.size() &&
              t[i + 2].kind == TokenKind::kWord) {
            speaker = {};  // "said it was ...": not a speaker
          }
        }
        if (w == "told" || w == "tells" || w == "tell") {
          // The object of told belongs to the cue: "told reporters", "told the BBC".
          Phrase object = SpeakerStartingAt(t, i + 1);
          if (object.found() && object.first == i + 1 &&
              !(speaker.found() && speaker.first == object.first)) {
            cue_end = object.last;
          }
        }
      }
    } else {
      continue;
    }
    if (!speaker.found()) continue;
    a.cue = {base_ + t[i].begin, base_ + t[cue_end - 1].end};
    a.written = {base_ + t[speaker.first].begin, base_ + t[speaker.last - 1].end};
    a.region = region_index;
    a.initial = first_word != kNone && (speaker.first == first_word || i == first_word);
    Resolve(a);
    regions_[region_index].attributions.push_back(attributions_.size());
    attributions_.push_back(std::move(a));
    i = std::max(i, speaker.last > 0 ? speaker.last - 1 : i);
    if (cue_end > i + 1) i = cue_end - 1;
  }
}

void QuoteFinder::Assign(BlockQuote& q, const Attribution& a) {
  q.assigned = true;
  q.quote.cue_span = a.cue;
  if (a.speaker.empty()) return;
  q.quote.speaker_span = a.speaker;
  q.quote.speaker = std::string(document_.TextOf(a.speaker));
  q.quote.speaker_entity = a.entity;
}

void QuoteFinder::ReadBlock(size_t block_index, bool continues, bool continued) {
  const Block& block = document_.blocks()[block_index];
  block_ = block_index;
  base_ = block.span.begin;
  text_ = MaskedProse(document_, block.span);
  regions_.clear();
  attributions_.clear();

  std::vector<BlockQuote> quotes;
  for (const RawQuote& raw : PairMarks(text_, continues)) {
    BlockQuote q;
    q.raw = raw;
    size_t content_begin = raw.open + raw.open_size;
    size_t content_end = raw.close == kNone ? text_.size() : raw.close;
    size_t end = raw.close == kNone ? text_.size() : raw.close + raw.close_size;
    while (raw.close == kNone && end > content_begin && IsSpace(Decode(text_, end - 1).value)) {
      end = PreviousStart(text_, end);
      content_end = end;
    }
    q.quote.span = {base_ + raw.open, base_ + end};
    // The content without surrounding white space.
    size_t cb = content_begin, ce = content_end;
    while (cb < ce && IsSpace(Decode(text_, cb).value)) cb += Decode(text_, cb).size;
    while (ce > cb && IsSpace(Decode(text_, PreviousStart(text_, ce)).value)) {
      ce = PreviousStart(text_, ce);
    }
    q.quote.content = {base_ + cb, base_ + ce};
    size_t words = 0;
    for (const Token& t : Tokenize(text_, cb, ce)) words += t.kind == TokenKind::kWord;
    if (words == 0) continue;  // "", “…”: nothing quoted
    std::string_view before = std::string_view(text_).substr(0, raw.open);
    while (!before.empty() && IsSpace(static_cast<unsigned char>(before.back()))) {
      before.remove_suffix(1);
    }
    bool so_called = before.size() >= 9 && (before.substr(before.size() - 9) == "so-called" ||
                                            before.substr(before.size() - 9) == "so called");
    q.scare = words <= kScareQuoteWords || so_called;
    if (so_called) q.assigned = true;  // never a speaker
    q.open_sentence = SentenceAt(q.quote.span.begin);
    q.close_sentence = SentenceAt(q.quote.span.end > 0 ? q.quote.span.end - 1 : 0);
    quotes.push_back(std::move(q));
  }

  // Regions: each sentence of the block minus the quotations.
  const auto& sentences = document_.sentences();
  size_t first_sentence = SentenceAt(block.span.begin);
  if (first_sentence == kNone || sentences[first_sentence].span.end <= block.span.begin) {
    first_sentence = first_sentence == kNone ? 0 : first_sentence + 1;
  }
  std::vector<Span> spans;
  std::vector<size_t> sentence_ids;
  for (size_t s = first_sentence; s < sentences.size() && sentences[s].span.begin < block.span.end;
       ++s) {
    Span span = sentences[s].span;
    span.begin = std::max(span.begin, block.span.begin);
    span.end = std::min(span.end, block.span.end);
    if (span.begin < span.end) {
      spans.push_back(span);
      sentence_ids.push_back(s);
    }
  }
  if (spans.empty()) {
    spans.push_back(block.span);
    sentence_ids.push_back(kNone);
  }
  size_t qi = 0;
  for (size_t k = 0; k < spans.size(); ++k) {
    Span s = spans[k];
    while (qi < quotes.size() && quotes[qi].quote.span.end <= s.begin) ++qi;
    size_t cursor = s.begin;
    size_t cursor_quote = kNone;
    bool initial = true;
    auto add = [&](size_t end, size_t quote_after) {
      if (end <= cursor && quote_after == kNone) return;
      Region r;
      r.span = {cursor, std::max(cursor, end)};
      r.sentence = sentence_ids[k];
      r.quote_before = cursor_quote;
      r.quote_after = quote_after;
      r.sentence_initial = initial;
      regions_.push_back(std::move(r));
    };
    for (size_t j = qi; j < quotes.size() && quotes[j].quote.span.begin < s.end; ++j) {
      const Span qs = quotes[j].quote.span;
      if (qs.begin >= cursor) {
        add(qs.begin, j);
        initial = false;
      }
      if (qs.end > cursor) {
        cursor = qs.end;
        cursor_quote = j;
        initial = false;
      }
    }
    if (cursor < s.end) add(s.end, kNone);
  }
  for (size_t r = 0; r < regions_.size(); ++r) {
    std::vector<Token> tokens =
        Tokenize(text_, regions_[r].span.begin - base_, regions_[r].span.end - base_);
    for (const Token& t : tokens) regions_[r].words += t.kind == TokenKind::kWord;
    FindAttributions(tokens, r);
  }

  // Which region stands right before / after each quotation.
  std::vector<size_t> pre(quotes.size(), kNone), post(quotes.size(), kNone);
  for (size_t r = 0; r < regions_.size(); ++r) {
    if (regions_[r].quote_after != kNone) pre[regions_[r].quote_after] = r;
    if (regions_[r].quote_before != kNone) post[regions_[r].quote_before] = r;
  }
  for (size_t k = 0; k < quotes.size(); ++k) {
    BlockQuote& q = quotes[k];
    size_t next_region = kNone;  // the first region with words after it, no quotation between
    {
      auto it =
          std::lower_bound(regions_.begin(), regions_.end(), q.quote.span.end,
                           [](const Region& r, size_t offset) { return r.span.begin < offset; });
      for (size_t tries = 0; it != regions_.end() && tries < 8; ++it, ++tries) {
        if (k + 1 < quotes.size() && quotes[k + 1].quote.span.begin < it->span.begin) break;
        if (it->words > 0) {
          next_region = static_cast<size_t>(it - regions_.begin());
          break;
        }
      }
    }
    // 1. Right after: “...,” X said / said X (or the next sentence opening with one).
    size_t after = post[k] != kNone && regions_[post[k]].words > 0 ? post[k] : next_region;
    if (!q.assigned && after != kNone &&
        (after == post[k] || (!q.scare && regions_[after].sentence_initial))) {
      for (size_t ai : regions_[after].attributions) {
        if (attributions_[ai].initial) {
          Assign(q, attributions_[ai]);
          break;
        }
      }
    }
    // 2. Before it in the same sentence: the nearest attribution.
    if (!q.assigned && pre[k] != kNone && !regions_[pre[k]].attributions.empty()) {
      Assign(q, attributions_[regions_[pre[k]].attributions.back()]);
    }
    // 3. After it in the same sentence, anywhere.
    if (!q.assigned && post[k] != kNone && !regions_[post[k]].attributions.empty()) {
      Assign(q, attributions_[regions_[post[k]].attributions.front()]);
    }
    if (q.assigned || q.scare) continue;
    size_t outside = (pre[k] != kNone ? regions_[pre[k]].words : 0) +
                     (post[k] != kNone ? regions_[post[k]].words : 0);
    if (outside > 2) continue;
    // 4a. The previous sentence of the block.
    if (q.open_sentence != kNone) {
      size_t end = static_cast<size_t>(
          std::lower_bound(attributions_.begin(), attributions_.end(), q.quote.span.begin,
                           [](const Attribution& a, size_t o) { return a.cue.begin < o; }) -
          attributions_.begin());
      for (size_t ai = end; ai-- > 0;) {
        const Attribution& a = attributions_[ai];
        size_t sentence = regions_[a.region].sentence;
        if (sentence == kNone || sentence + 1 < q.open_sentence) break;
        if (sentence + 1 == q.open_sentence || sentence == q.open_sentence) {
          Assign(q, a);
          break;
        }
      }
    }
    if (q.assigned) continue;
    // 4b. The next sentence, when it opens with an attribution.
    if (next_region != kNone && regions_[next_region].sentence_initial) {
      for (size_t ai : regions_[next_region].attributions) {
        if (attributions_[ai].initial) Assign(q, attributions_[ai]);
        break;
      }
    }
    if (q.assigned) continue;
    // 4c. The quotation it goes on from (the previous block's running quotation).
    if (k == 0 && continued && open_run_.has_value() && !open_run_->cue_span.empty()) {
      q.assigned = true;
      q.quote.cue_span = open_run_->cue_span;
      q.quote.speaker = open_run_->speaker;
      q.quote.speaker_span = open_run_->speaker_span;
      q.quote.speaker_entity = open_run_->speaker_entity;
      continue;
    }
    // 4d. A previous block that ends with a colon ("Kim said:").
    if (k == 0 && prev_ends_with_colon_ && !prev_colon_attributions_.empty() &&
        q.quote.span.begin - base_ < 4) {
      Assign(q, prev_colon_attributions_.back());
    }
  }

  // State for the next block.
  open_run_.reset();
  for (BlockQuote& q : quotes) {
    if (q.raw.close == kNone) open_run_ = q.quote;
    out_.push_back(std::move(q.quote));
  }
  std::string_view trimmed = text_;
  while (!trimmed.empty() && IsSpace(static_cast<unsigned char>(trimmed.back()))) {
    trimmed.remove_suffix(1);
  }
  prev_ends_with_colon_ = !trimmed.empty() && trimmed.back() == ':';
  prev_colon_attributions_ = prev_ends_with_colon_ ? attributions_ : std::vector<Attribution>{};
}

// True when `text` opens, after white space, with an opening quote mark.
bool OpensWithQuote(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && IsSpace(Decode(text, i).value)) i += Decode(text, i).size;
  if (i >= text.size()) return false;
  char32_t c = Decode(text, i).value;
  return c == '"' || c == 0x201C || c == 0x201E || c == 0xAB || c == 0x2018;
}

std::vector<Quote> QuoteFinder::Run() {
  const auto& blocks = document_.blocks();
  const std::string& text = document_.text();
  bool continued = false;
  for (size_t b = 0; b < blocks.size(); ++b) {
    const Block& block = blocks[b];
    if (block.span.begin > block.span.end || block.span.end > text.size()) continue;
    bool continues = b + 1 < blocks.size() && blocks[b + 1].span.end <= text.size() &&
                     blocks[b + 1].span.begin <= blocks[b + 1].span.end &&
                     OpensWithQuote(document_.TextOf(blocks[b + 1].span));
    ReadBlock(b, continues, continued);
    continued = open_run_.has_value();
  }
  std::stable_sort(out_.begin(), out_.end(),
                   [](const Quote& a, const Quote& b) { return a.span < b.span; });
  return std::move(out_);
}

}  // namespace

std::vector<Quote> FindQuotes(const Document& document, const std::vector<EntityMention>& entities,
                              const Gazetteer* gazetteer) {
  return QuoteFinder(document, entities, gazetteer).Run();
}

}  // namespace factlint::extract_internal
