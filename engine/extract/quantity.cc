#include "engine/extract/quantity.h"

#include <re2/re2.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "engine/base/ascii.h"
#include "engine/extract/number.h"
#include "engine/extract/prose.h"
#include "engine/extract/qualifier.h"

namespace factlint::extract_internal {

// ---------------------------------------------------------------------------------------------
// The lemmatizer.

namespace {

// Plurals the suffix rules get wrong, with their singular.
const std::unordered_map<std::string_view, std::string_view>& IrregularPlurals() {
  static const auto* const map = new std::unordered_map<std::string_view, std::string_view>{
      {"children", "child"},
      {"men", "man"},
      {"women", "woman"},
      {"mice", "mouse"},
      {"geese", "goose"},
      {"feet", "foot"},
      {"teeth", "tooth"},
      {"oxen", "ox"},
      {"lice", "louse"},
      {"analyses", "analysis"},
      {"crises", "crisis"},
      {"theses", "thesis"},
      {"hypotheses", "hypothesis"},
      {"diagnoses", "diagnosis"},
      {"oases", "oasis"},
      {"criteria", "criterion"},
      {"phenomena", "phenomenon"},
      {"bacteria", "bacterium"},
      {"memoranda", "memorandum"},
      {"curricula", "curriculum"},
      {"strata", "stratum"},
      {"cacti", "cactus"},
      {"fungi", "fungus"},
      {"nuclei", "nucleus"},
      {"stimuli", "stimulus"},
      {"alumni", "alumnus"},
      {"radii", "radius"},
      {"indices", "index"},
      {"matrices", "matrix"},
      {"appendices", "appendix"},
      {"vertices", "vertex"},
      {"lives", "life"},
      {"wives", "wife"},
      {"knives", "knife"},
      {"leaves", "leaf"},
      {"halves", "half"},
      {"thieves", "thief"},
      {"wolves", "wolf"},
      {"shelves", "shelf"},
      {"calves", "calf"},
      {"loaves", "loaf"},
      {"scarves", "scarf"},
      {"hooves", "hoof"},
      {"elves", "elf"},
      {"buses", "bus"},
      {"viruses", "virus"},
      {"bonuses", "bonus"},
      {"campuses", "campus"},
      {"statuses", "status"},
      {"censuses", "census"},
      {"surpluses", "surplus"},
      {"geniuses", "genius"},
      {"choruses", "chorus"},
      {"quizzes", "quiz"},
      {"shoes", "shoe"},
      {"toes", "toe"},
      {"canoes", "canoe"},
      {"foes", "foe"},
      {"oboes", "oboe"},
      {"movies", "movie"},
      {"cookies", "cookie"},
      {"zombies", "zombie"},
      {"calories", "calorie"},
      {"rookies", "rookie"},
      {"sorties", "sortie"},
      {"selfies", "selfie"},
      {"brownies", "brownie"},
      {"prairies", "prairie"},
      {"niches", "niche"},
      {"cliches", "cliche"},
      {"caches", "cache"},
      {"headaches", "headache"},
      {"moustaches", "moustache"},
      {"avalanches", "avalanche"},
  };
  return *map;
}

// Nouns whose plural is the singular; they count as plurals.
bool IsInvariantPlural(std::string_view w) {
  static const auto* const set = new std::unordered_set<std::string_view>{
      "people",    "police",       "cattle",   "personnel",  "aircraft",  "spacecraft",
      "sheep",     "deer",         "series",   "species",    "data",      "media",
      "offspring", "headquarters", "barracks", "crossroads", "hovercraft"};
  return set->contains(w);
}

// Words ending in "s" (or "men") that are not plurals.
bool IsSingularLookalike(std::string_view w) {
  static const auto* const set = new std::unordered_set<std::string_view>{
      "news",     "gas",         "bias",      "atlas",       "alias",    "canvas",  "chaos",
      "ethos",    "kudos",       "cosmos",    "lens",        "means",    "physics", "economics",
      "politics", "mathematics", "athletics", "whereabouts", "specimen", "regimen", "abdomen",
      "omen",     "acumen",      "stamen",    "semen",       "yes",      "this",    "was",
      "has",      "is",          "its",       "his",         "hers",     "ours",    "yours",
      "theirs",   "perhaps",     "always",    "sometimes",   "besides",  "towards", "afterwards"};
  return set->contains(w);
}

std::string LemmaOfWord(std::string w) {
  if (IsInvariantPlural(w) || IsSingularLookalike(w)) return w;
  const auto& irregular = IrregularPlurals();
  if (auto it = irregular.find(w); it != irregular.end()) return std::string(it->second);
  auto ends = [&w](std::string_view suffix) { return w.ends_with(suffix); };
  auto cut = [&w](size_t n, std::string_view add = {}) {
    return w.substr(0, w.size() - n) + std::string(add);
  };
  if (w.size() > 3 && ends("men")) return cut(3, "man");  // "gunmen", "chairmen"
  if (w.size() > 4 && ends("ies")) return cut(3, "y");    // "countries"; "ties" below
  if (ends("sses") || ends("shes") || ends("ches") || ends("xes") || ends("zzes")) {
    return cut(2);  // "witnesses", "crashes", "launches", "taxes"
  }
  if (w.size() > 3 && ends("oes")) return cut(2);  // "heroes", "vetoes"
  if (ends("ss") || ends("us") || ends("is") || ends("ous") || w.size() < 3) return w;
  if (ends("s")) return cut(1);
  return w;
}

}  // namespace

}  // namespace factlint::extract_internal

namespace factlint {

std::string NounLemma(std::string_view noun) {
  std::string w = AsciiLower(noun);
  size_t hyphen = w.rfind('-');
  if (hyphen != std::string::npos && hyphen + 1 < w.size()) {
    return w.substr(0, hyphen + 1) + extract_internal::LemmaOfWord(w.substr(hyphen + 1));
  }
  return extract_internal::LemmaOfWord(std::move(w));
}

}  // namespace factlint

namespace factlint::extract_internal {

bool LooksPlural(std::string_view word) {
  std::string w = AsciiLower(word);
  size_t hyphen = w.rfind('-');
  if (hyphen != std::string::npos) w.erase(0, hyphen + 1);
  return IsInvariantPlural(w) || LemmaOfWord(w) != w;
}

// ---------------------------------------------------------------------------------------------
// Figures.

namespace {

constexpr char kBlank[] = R"([ \t\r\n\x{00A0}\x{202F}])";
constexpr char kNumberWord[] =
    "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    "ninety|hundred|thousand|million|billion|trillion|dozen)";

// Groups: 1 the figure, 2 its scale.
const RE2& DigitsRe() {
  static const RE2* const re = new RE2(
      std::string(R"(\b((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)((?i:[ \x{00A0}]?-?)"
                  "(?:thousand|million|billion|trillion)|[ \\x{00A0}]?(?:mln|bln|mn|bn)|m|b|k))?"));
  return *re;
}

// Group 1: number words joined by blanks, hyphens or "and" (at most 16 of them, so that a long
// run costs no more than a short one).
const RE2& WordsRe() {
  static const RE2* const re = [] {
    std::string b = std::string(kBlank) + "+";
    return new RE2("(?i)\\b((?:half" + b + "a" + b + "|a" + b + ")?" + kNumberWord + "(?:(?:" + b +
                   "and" + b + "|" + b + "|-)" + kNumberWord + "){0,15})\\b");
  }();
  return *re;
}

// "dozens of", "tens of thousands of". Groups: 1 "tens"/"hundreds" (optional), 2 the plural.
const RE2& PluralScaleRe() {
  static const RE2* const re = [] {
    std::string b = std::string(kBlank) + "+";
    return new RE2("(?i)\\b(?:(tens|hundreds)" + b + "of" + b +
                   ")?(dozens|hundreds|thousands|millions|billions)" + b + "of\\b");
  }();
  return *re;
}

enum class FigureKind { kDigits, kWords, kPluralScale };

struct Figure {
  size_t begin = 0;  // in text
  size_t end = 0;
  double value = 0;
  double precision = 1;
  FigureKind kind = FigureKind::kDigits;
  double scale = 1;             // a trailing scale word's multiplier, 1 when there is none
  std::string_view digits;      // kDigits: the figure without its scale
  std::string_view scale_text;  // kDigits: the scale as written
  bool plain_integer = false;   // kDigits: no separator, point or scale
  size_t noun_begin = 0;        // kPluralScale: after "of"
};

bool IsWordByte(char c) { return IsAsciiAlnum(c) || c == '_'; }
// A byte after a word that makes it part of a longer one: an ASCII letter, digit or '_', or the
// first byte of a letter outside ASCII ("naïve"). 0xC2 (U+00A0 and Latin-1 signs) and 0xE2
// (quotation marks, dashes, U+202F) end a word.
bool RunsOn(char c) {
  auto b = static_cast<unsigned char>(c);
  return IsWordByte(c) || (b >= 0xC3 && b != 0xE2) || (b >= 0x80 && b < 0xC0);
}

std::string_view View(re2::StringPiece p) { return {p.data(), p.size()}; }

size_t Offset(std::string_view text, re2::StringPiece p) {
  return static_cast<size_t>(p.data() - text.data());
}

// The byte length of the blank (space, tab, line break, U+00A0, U+202F) at text[pos], or 0.
size_t BlankAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  char c = text[pos];
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
  std::string_view rest = text.substr(pos);
  if (rest.starts_with("\xC2\xA0")) return 2;
  if (rest.starts_with("\xE2\x80\xAF")) return 3;
  return 0;
}

// Past at most 16 bytes of blanks from pos.
size_t SkipBlanks(std::string_view text, size_t pos) {
  size_t limit = pos + 16;
  while (pos < limit) {
    size_t n = BlankAt(text, pos);
    if (n == 0) break;
    pos += n;
  }
  return pos;
}

bool IsScaleWord(std::string_view lower) {
  return lower == "thousand" || lower == "million" || lower == "billion" || lower == "trillion";
}

std::optional<Figure> ReadDigitsAt(std::string_view text, size_t pos) {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece g[3];
  if (!DigitsRe().Match(input, pos, text.size(), RE2::ANCHOR_START, g, 3)) return std::nullopt;
  Figure f;
  f.kind = FigureKind::kDigits;
  f.begin = pos;
  f.digits = View(g[1]);
  f.scale_text = View(g[2]);
  f.end = Offset(text, g[1]) + g[1].size();
  if (!g[2].empty()) {
    size_t scaled_end = Offset(text, g[2]) + g[2].size();
    // "5 mnemonics", "5mm": the letters run on, so they are no scale.
    if (scaled_end < text.size() && RunsOn(text[scaled_end])) {
      f.scale_text = {};
    } else {
      f.end = scaled_end;
    }
  }
  if (f.end < text.size()) {
    char after = text[f.end];
    if (RunsOn(after)) return std::nullopt;  // "3rd", "10am", "5G"
    // "1,2345", "1.2.3", "10:30", "3/4": a fragment of something else.
    if ((after == ',' || after == '.' || after == ':' || after == '/') && f.end + 1 < text.size() &&
        IsAsciiDigit(text[f.end + 1])) {
      return std::nullopt;
    }
    if (after == '/') return std::nullopt;
  }
  std::optional<ParsedNumber> n = ParseDigits(f.digits, f.scale_text);
  if (!n) return std::nullopt;
  f.value = n->value;
  f.precision = n->precision;
  f.scale = ScaleMultiplier(f.scale_text).value_or(1);
  f.plain_integer = f.scale_text.empty() && f.digits.find_first_of(",.") == std::string_view::npos;
  return f;
}

struct Token {
  size_t begin;
  size_t end;
  std::string lower;
};

// The words of text[begin, end) split at blanks and hyphens.
std::vector<Token> Tokens(std::string_view text, size_t begin, size_t end) {
  std::vector<Token> tokens;
  size_t i = begin;
  while (i < end) {
    if (text[i] == '-' || BlankAt(text, i) > 0) {
      i += text[i] == '-' ? 1 : BlankAt(text, i);
      continue;
    }
    size_t j = i;
    while (j < end && text[j] != '-' && BlankAt(text, j) == 0) ++j;
    tokens.push_back({i, j, AsciiLower(text.substr(i, j - i))});
    i = j;
  }
  return tokens;
}

// "a dozen", "two dozen", "half a dozen": `head` is what comes before "dozen".
std::optional<ParsedNumber> ParseDozen(std::string_view head_lower) {
  if (head_lower == "a") return ParsedNumber{12, 1};
  if (head_lower == "half a") return ParsedNumber{6, 1};
  std::optional<ParsedNumber> n = ParseSpelledNumber(head_lower);
  if (!n || n->value > 1000) return std::nullopt;
  return ParsedNumber{n->value * 12, 1};
}

enum SmallKind { kNotSmall, kUnit, kTeen, kTen };  // 1-9; 0 and 10-19; 20, 30, ... 90

SmallKind SmallKindOf(std::string_view lower) {
  static const auto* const map = new std::unordered_map<std::string_view, SmallKind>{
      {"one", kUnit},     {"two", kUnit},       {"three", kUnit},    {"four", kUnit},
      {"five", kUnit},    {"six", kUnit},       {"seven", kUnit},    {"eight", kUnit},
      {"nine", kUnit},    {"zero", kTeen},      {"ten", kTeen},      {"eleven", kTeen},
      {"twelve", kTeen},  {"thirteen", kTeen},  {"fourteen", kTeen}, {"fifteen", kTeen},
      {"sixteen", kTeen}, {"seventeen", kTeen}, {"eighteen", kTeen}, {"nineteen", kTeen},
      {"twenty", kTen},   {"thirty", kTen},     {"forty", kTen},     {"fifty", kTen},
      {"sixty", kTen},    {"seventy", kTen},    {"eighty", kTen},    {"ninety", kTen}};
  auto it = map->find(lower);
  return it == map->end() ? kNotSmall : it->second;
}

// How many of `tokens` may belong to one number: a number never has two small numbers side by
// side other than a ten and a unit ("forty four"), so "five five five" is cut after the first
// "five" before any parser sees it (which keeps a long run of number words cheap).
size_t PlausibleLength(const std::vector<Token>& tokens) {
  for (size_t i = 1; i < tokens.size(); ++i) {
    SmallKind before = SmallKindOf(tokens[i - 1].lower);
    SmallKind kind = SmallKindOf(tokens[i].lower);
    if (before == kNotSmall || kind == kNotSmall) continue;
    if (!(before == kTen && kind == kUnit)) return i;
  }
  return tokens.size();
}

// The longest run of the number words matched at `pos` that is one number.
std::optional<Figure> ReadWordsAt(std::string_view text, size_t pos) {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece g[2];
  if (!WordsRe().Match(input, pos, text.size(), RE2::ANCHOR_START, g, 2)) return std::nullopt;
  std::vector<Token> tokens = Tokens(text, pos, Offset(text, g[1]) + g[1].size());
  for (size_t k = PlausibleLength(tokens); k > 0; --k) {
    const Token& last = tokens[k - 1];
    if (last.lower == "and" || last.lower == "a" || last.lower == "half") continue;
    std::string_view words = text.substr(pos, last.end - pos);
    std::optional<ParsedNumber> n;
    if (last.lower == "dozen") {
      std::string head;
      for (size_t i = 0; i + 1 < k; ++i) {
        if (!head.empty()) head += ' ';
        head += tokens[i].lower;
      }
      n = ParseDozen(head);
    } else if (std::none_of(tokens.begin(), tokens.begin() + static_cast<long>(k),
                            [](const Token& t) { return t.lower == "dozen"; })) {
      n = ParseSpelledNumber(words);
    }
    if (!n) continue;
    Figure f;
    f.kind = FigureKind::kWords;
    f.begin = pos;
    f.end = last.end;
    f.value = n->value;
    f.precision = n->precision;
    if (IsScaleWord(last.lower)) f.scale = *ScaleMultiplier(last.lower);
    // "one-off", "twenty-first", "a five-year plan": the first word of a compound.
    if (f.end + 1 < text.size() && text[f.end] == '-' && IsAsciiLetter(text[f.end + 1])) {
      return std::nullopt;
    }
    return f;
  }
  return std::nullopt;
}

std::optional<Figure> ReadPluralScaleAt(std::string_view text, size_t pos) {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece g[3];
  if (!PluralScaleRe().Match(input, pos, text.size(), RE2::ANCHOR_START, g, 3)) {
    return std::nullopt;
  }
  std::string unit_word = AsciiLower(View(g[2]));
  double unit = unit_word == "dozens"      ? 12
                : unit_word == "hundreds"  ? 1e2
                : unit_word == "thousands" ? 1e3
                : unit_word == "millions"  ? 1e6
                                           : 1e9;
  if (!g[1].empty()) unit *= AsciiLower(View(g[1])) == "tens" ? 10 : 100;
  Figure f;
  f.kind = FigureKind::kPluralScale;
  f.begin = pos;
  f.end = Offset(text, g[2]) + g[2].size();
  f.value = 2 * unit;  // the least that the plural allows
  f.precision = unit;
  size_t of_end = Offset(text, g[0]) + g[0].size();
  f.noun_begin = of_end;
  return f;
}

// ---------------------------------------------------------------------------------------------
// Context: what stands before and after a figure.

const std::unordered_set<std::string_view>& StopWords() {
  static const auto* const set = new std::unordered_set<std::string_view>{
      // prepositions
      "of", "in", "on", "at", "to", "from", "by", "with", "for", "about", "into", "onto", "over",
      "under", "between", "among", "amid", "after", "before", "during", "since", "until", "till",
      "per", "than", "as", "against", "across", "through", "throughout", "without", "within",
      "around", "near", "like", "via", "toward", "towards", "upon", "off", "out", "up", "down",
      "above", "below", "beyond", "behind", "beside", "besides", "despite", "inside", "outside",
      // determiners and pronouns
      "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my",
      "your", "each", "every", "all", "some", "any", "no", "such", "which", "who", "whom", "whose",
      "what", "it", "they", "them", "he", "she", "we", "you", "i", "me", "him", "us", "one", "ones",
      "another", "both", "either", "neither", "several", "many", "much", "few",
      // conjunctions
      "and", "or", "but", "nor", "so", "yet", "if", "while", "when", "where", "because", "although",
      "though", "whereas", "unless", "whether", "then", "than",
      // auxiliaries and common verbs
      "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does",
      "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "said",
      "says", "say", "told", "tell", "made", "make", "makes", "took", "take", "takes", "went", "go",
      "goes", "came", "come", "comes", "got", "get", "gets", "won", "win", "wins", "lost", "lose",
      "fell", "rose", "saw", "see", "sees", "gave", "give", "gives", "left", "put", "set", "ran",
      "run", "runs", "became", "become", "becomes", "remain", "remains", "seem", "seems", "appear",
      "appears", "include", "includes", "need", "needs",
      // adverbs of time, degree and place
      "not", "also", "only", "just", "ago", "later", "earlier", "now", "today", "tomorrow",
      "yesterday", "tonight", "here", "there", "again", "already", "still", "even", "too", "very",
      "apiece", "each", "daily", "weekly", "monthly", "yearly", "annually", "times", "away", "back",
      "altogether", "overall", "instead", "respectively", "alone", "total",
      // figures, times of day
      "zero", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
      "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
      "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
      "thousand", "million", "billion", "trillion", "dozen", "half", "am", "pm", "o"};
  return *set;
}

// Words that may modify the head but never be it.
bool IsNotHead(std::string_view w) {
  static const auto* const set = new std::unordered_set<std::string_view>{
      "more",    "less",    "fewer", "other",  "new",      "additional", "extra",
      "further", "percent", "cent",  "dollar", "dollars",  "euro",       "euros",
      "pound",   "pounds",  "yen",   "yuan",   "cents",    "pence",      "penny",
      "rupee",   "rupees",  "ruble", "rubles", "rouble",   "roubles",    "franc",
      "francs",  "peso",    "pesos", "gmt",    "utc",      "bucks",      "quid",
      "last",    "next",    "first", "second", "previous", "same",       "different",
      "whole",   "entire",  "own",   "top",    "straight", "consecutive"};
  return set->contains(w) || w.size() < 2 || w.ends_with("ly") || w.ends_with("ed") ||
         w.ends_with("ing");
}

// Words after which a figure is a reference, not a count ("page 4", "No. 5").
bool IsReferenceWord(std::string_view lower) {
  static const auto* const set = new std::unordered_set<std::string_view>{
      "page",    "pages",    "p.",        "pp.",      "section",    "sections", "chapter",
      "article", "articles", "paragraph", "clause",   "resolution", "no.",      "nos.",
      "number",  "figure",   "fig.",      "table",    "item",       "rule",     "route",
      "flight",  "model",    "version",   "vol.",     "volume",     "issue",    "room",
      "line",    "level",    "grade",     "class",    "season",     "episode",  "phase",
      "stage",   "part",     "annex",     "appendix", "exhibit",    "highway",  "platform",
      "gate",    "channel",  "district",  "ward",     "step",       "round",    "act",
      "title",   "tier",     "category",  "block",    "unit",       "division", "no",
      "sec.",    "art.",     "para.",     "ch.",      "rev.",       "ver.",     "v.",
      "apt.",    "suite",    "floor"};
  return set->contains(lower);
}

bool IsMonth(std::string_view word) {
  static const auto* const set = new std::unordered_set<std::string_view>{
      "January", "February", "March",    "April", "May",  "June", "July", "August", "September",
      "October", "November", "December", "Jan.",  "Feb.", "Mar.", "Apr.", "Jun.",   "Jul.",
      "Aug.",    "Sep.",     "Sept.",    "Oct.",  "Nov.", "Dec.", "Jan",  "Feb",    "Mar",
      "Apr",     "Jun",      "Jul",      "Aug",   "Sep",  "Sept", "Oct",  "Nov",    "Dec"};
  return set->contains(word);
}

// Words that may stand capitalized before a figure at the start of a sentence.
bool IsLeadWord(std::string_view lower) {
  static const auto* const set = new std::unordered_set<std::string_view>{
      "about",    "around",  "roughly",   "approximately", "nearly", "almost",  "estimated",
      "circa",    "exactly", "precisely", "just",          "only",   "least",   "upwards",
      "well",     "close",   "more",      "less",          "fewer",  "overall", "altogether",
      "together", "total",   "meanwhile", "plus",          "minus",  "last",    "next"};
  return set->contains(lower) || StopWords().contains(lower);
}

// The word just before `pos` (letters, digits, '.' and '#'), skipping at most 16 bytes of blanks;
// empty when a non-blank, non-word byte comes first.
std::string_view WordBefore(std::string_view text, size_t pos) {
  size_t end = pos;
  for (size_t budget = 16; end > 0 && budget > 0; --budget) {
    if (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\n' ||
        text[end - 1] == '\r') {
      --end;
    } else if (end >= 2 && text.substr(end - 2, 2) == "\xC2\xA0") {
      end -= 2;
    } else {
      break;
    }
  }
  size_t begin = end;
  while (begin > 0 && end - begin < 24 &&
         (IsAsciiAlnum(text[begin - 1]) || text[begin - 1] == '.' || text[begin - 1] == '#')) {
    --begin;
  }
  if (begin > 0 && end - begin >= 24) return {};
  return text.substr(begin, end - begin);
}

// Whether the figure at `f.begin` reads as part of something that is not a count.
bool RejectedByWhatComesBefore(std::string_view text, const Figure& f) {
  if (f.begin > 0) {
    char before = text[f.begin - 1];
    // "F-35", "COVID-19", "v1.2", ".5", "#5", "3/4", "10:30", "$5", "+5".
    if (before == '-' || before == '.' || before == ',' || before == '/' || before == ':' ||
        before == '#' || before == '$' || before == '+' || before == '@' || before == '\\' ||
        before == '^' || before == '&' || before == '=' || before == kMaskedByte ||
        IsWordByte(before)) {
      return true;
    }
    // "2*3" is arithmetic; "*3 per cent*" and "**three** attacks" are emphasis.
    if (before == '*') {
      size_t star = f.begin - 1;
      while (star > 0 && text[star - 1] == '*') --star;
      if (star > 0 && IsWordByte(text[star - 1])) return true;
    }
    std::string_view head = text.substr(0, f.begin);
    // En and em dashes, currency signs, a currency sign and one blank.
    for (std::string_view mark : {"\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x82\xAC", "\xC2\xA3",
                                  "\xC2\xA5", "$ ", "\xE2\x82\xAC ", "\xC2\xA3 ", "\xC2\xA5 "}) {
      if (head.ends_with(mark)) return true;
    }
  }
  std::string_view word = WordBefore(text, f.begin);
  if (word.empty()) return false;
  std::string lower = AsciiLower(word);
  if (IsMonth(word) || IsReferenceWord(lower)) return true;
  std::string bare = lower;
  while (!bare.empty() && bare.back() == '.') bare.pop_back();
  // "Boeing 737 jets", "Windows 10 users", "Article 5": a name and its number. After a full
  // stop the capital only starts a sentence.
  if (word[0] >= 'A' && word[0] <= 'Z' && !word.ends_with('.') && !IsLeadWord(bare)) {
    return true;
  }
  // "no one", "the one", "any one": a pronoun, not a count.
  if (f.kind == FigureKind::kWords && AsciiLower(text.substr(f.begin, f.end - f.begin)) == "one") {
    for (std::string_view d : {"the", "no", "any", "every", "each", "this", "that", "which"}) {
      if (bare == d) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Ranges.

// "-7", " to 7", " or six", " and 7" (only after "between"): the high end of a range, or nullopt.
std::optional<Figure> ReadRangeEnd(std::string_view text, const Figure& low, bool between) {
  size_t pos = low.end;
  size_t after_blanks = SkipBlanks(text, pos);
  size_t next = std::string_view::npos;
  std::string_view rest = text.substr(after_blanks);
  if (rest.starts_with('-') || rest.starts_with("\xE2\x80\x93") ||
      rest.starts_with("\xE2\x80\x94")) {
    if (low.kind != FigureKind::kDigits || between) return std::nullopt;
    next = SkipBlanks(text, after_blanks + (rest.starts_with('-') ? 1 : 3));
  } else if (after_blanks > pos) {
    std::string word = AsciiLower(rest.substr(0, 4));
    std::string_view joiner = between ? "and" : (word.starts_with("to") ? "to" : "or");
    if (word.starts_with(joiner) && BlankAt(rest, joiner.size()) > 0) {
      next = SkipBlanks(text, after_blanks + joiner.size());
    }
  }
  if (next == std::string_view::npos || next == after_blanks) return std::nullopt;
  return low.kind == FigureKind::kDigits ? ReadDigitsAt(text, next) : ReadWordsAt(text, next);
}

// ---------------------------------------------------------------------------------------------
// The noun.

struct Noun {
  size_t begin = 0;  // unit_span in text
  size_t end = 0;
  std::string unit;
};

// "%", "percent", "per cent" at pos (after blanks), or nullopt.
std::optional<Noun> ReadPercent(std::string_view text, size_t pos) {
  size_t start = SkipBlanks(text, pos);
  std::string_view rest = text.substr(start);
  if (rest.starts_with('%')) return Noun{start, start + 1, "percent"};
  if (start == pos) return std::nullopt;
  std::string lower = AsciiLower(rest.substr(0, 16));
  size_t len = 0;
  if (lower.starts_with("percent")) {
    len = 7;
  } else if (lower.starts_with("per") && BlankAt(rest, 3) > 0) {
    size_t cent = SkipBlanks(rest, 3);
    if (AsciiLower(rest.substr(cent, 4)) == "cent") len = cent + 4;
  }
  if (len == 0 || (len < rest.size() && RunsOn(rest[len]))) return std::nullopt;
  return Noun{start, start + len, "percent"};
}

// The noun phrase after a figure at `pos`: see FindQuantities in quantity.h. `singular`: the
// figure is 1, so the head is the first word. `first_word_alone`: without a plural, the first
// word may be the head ("173,600 ether"); when false, a plural is needed.
std::optional<Noun> ReadNoun(std::string_view text, size_t pos, bool singular,
                             bool first_word_alone) {
  size_t cursor = SkipBlanks(text, pos);
  if (cursor == pos) return std::nullopt;
  struct Word {
    size_t begin;
    size_t end;
  };
  std::vector<Word> words;
  std::optional<size_t> head;
  bool capitalized_modifier = false;
  while (words.size() < 3 && cursor < text.size()) {
    // A lower-case word, or a capitalized one ("North Korean workers", "U.S. firms"), which may
    // only modify a plural head.
    bool capitalized = text[cursor] >= 'A' && text[cursor] <= 'Z';
    size_t end = cursor + (capitalized ? 1 : 0);
    while (end < text.size() && end - cursor <= 40 &&
           (IsAsciiLower(text[end]) ||
            (capitalized && (IsAsciiLetter(text[end]) || text[end] == '.')) ||
            (text[end] == '-' && end > cursor && end + 1 < text.size() &&
             IsAsciiLetter(text[end + 1])))) {
      ++end;
    }
    if (end == cursor || end - cursor > 40) break;
    // A word that runs into digits or other letters is not read.
    if (end < text.size() && RunsOn(text[end])) break;
    std::string_view word = text.substr(cursor, end - cursor);
    if (capitalized) {
      if (singular || IsMonth(word) || StopWords().contains(AsciiLower(word))) break;
      capitalized_modifier = true;
    } else if (StopWords().contains(word)) {
      break;
    }
    words.push_back({cursor, end});
    if (!capitalized && LooksPlural(word) && !singular) {
      head = words.size() - 1;
      break;
    }
    if (singular) break;
    size_t next = SkipBlanks(text, end);
    if (next == end) break;  // punctuation ends the phrase
    cursor = next;
  }
  if (capitalized_modifier && !head) return std::nullopt;
  if (words.empty() || (!head && !singular && !first_word_alone)) return std::nullopt;
  if (!head) head = 0;
  std::string_view head_word =
      text.substr(words[*head].begin, words[*head].end - words[*head].begin);
  if (IsNotHead(head_word)) return std::nullopt;
  Noun noun{words[0].begin, words[*head].end, NounLemma(head_word)};
  if (noun.unit == "point" && *head > 0 &&
      text.substr(words[*head - 1].begin, words[*head - 1].end - words[*head - 1].begin) ==
          "percentage") {
    noun.unit = "percentage point";
  }
  return noun;
}

// ---------------------------------------------------------------------------------------------
// Putting it together.

// Every figure in text order; figures found by different patterns may overlap.
std::vector<Figure> FindFigures(std::string_view text) {
  std::vector<Figure> figures;
  re2::StringPiece input(text.data(), text.size());
  struct Scanner {
    const RE2& re;
    std::optional<Figure> (*read)(std::string_view, size_t);
  };
  const Scanner scanners[] = {
      {DigitsRe(), ReadDigitsAt}, {WordsRe(), ReadWordsAt}, {PluralScaleRe(), ReadPluralScaleAt}};
  for (const Scanner& s : scanners) {
    re2::StringPiece match;
    size_t pos = 0;
    while (pos < text.size() && s.re.Match(input, pos, text.size(), RE2::UNANCHORED, &match, 1)) {
      size_t begin = Offset(text, match);
      std::optional<Figure> f = s.read(text, begin);
      if (f) {
        pos = f->end;
        figures.push_back(*f);
      } else {
        pos = begin + 1;
      }
    }
  }
  std::stable_sort(figures.begin(), figures.end(), [](const Figure& a, const Figure& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  return figures;
}

bool IsYear(const Figure& f) {
  return f.kind == FigureKind::kDigits && f.plain_integer && f.digits.size() == 4 &&
         f.value >= 1900 && f.value <= 2100;
}

// "555-123-4567": a second hyphen and digits after the high end.
bool IsPhoneNumber(std::string_view text, const Figure& low, const Figure& high) {
  if (!low.plain_integer || !high.plain_integer) return false;
  return high.end + 1 < text.size() && text[high.end] == '-' && IsAsciiDigit(text[high.end + 1]);
}

// The quantity whose figure is `f`, or nullopt.
std::optional<Quantity> ReadQuantity(std::string_view text, size_t base, Figure f,
                                     size_t earliest) {
  if (IsYear(f) || RejectedByWhatComesBefore(text, f)) return std::nullopt;
  Quantity q;
  q.value = f.value;
  q.precision = f.precision;
  size_t span_begin = f.begin;
  size_t figure_end = f.end;

  if (f.kind == FigureKind::kPluralScale) {
    std::optional<Noun> noun = ReadNoun(text, f.noun_begin, false, false);
    if (!noun) return std::nullopt;
    q.span = {base + f.begin, base + noun->end};
    q.number_span = {base + f.begin, base + f.end};
    q.qualifier = Qualifier::kAtLeast;
    q.unit = noun->unit;
    q.unit_span = {base + noun->begin, base + noun->end};
    return q;
  }

  std::string_view word_before = WordBefore(text, f.begin);
  std::string lower_before = AsciiLower(word_before);
  bool between = lower_before == "between";
  // "rose from 5 to 7 percent" is a change, not a range: only "7 percent" is read.
  std::optional<Figure> high;
  if (lower_before != "from") high = ReadRangeEnd(text, f, between);
  if (high) {
    if (f.kind == FigureKind::kDigits && IsPhoneNumber(text, f, *high)) return std::nullopt;
    Figure low = f;
    if (low.scale == 1 && high->scale > 1) {
      // "5-7 million": the scale of the high end applies to the low end.
      if (low.kind == FigureKind::kDigits) {
        std::optional<ParsedNumber> n = ParseDigits(low.digits, high->scale_text);
        if (!n) return std::nullopt;
        low.value = n->value;
        low.precision = n->precision;
      } else {
        low.value *= high->scale;
        low.precision *= high->scale;
      }
    }
    if (!(low.value < high->value)) return std::nullopt;  // "3-1", "2021-2020"
    q.value = low.value;
    q.high = high->value;
    q.precision = std::min(low.precision, high->precision);
    figure_end = high->end;
    if (between) span_begin = static_cast<size_t>(word_before.data() - text.data());
  } else if (between) {
    return std::nullopt;  // "between 5 attacks" is no sentence; "between 5 and" was not read
  }

  std::optional<Noun> noun = ReadPercent(text, figure_end);
  if (!noun) {
    bool singular = !q.high && q.value == 1;
    // "the 1718 committee", "a 3000 series": after a determiner, or as a bare integer of four
    // digits or more, a figure before a singular noun is a name or a model, not a count.
    static const auto* const determiners = new std::unordered_set<std::string_view>{
        "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "a", "an"};
    bool first_word_alone =
        !determiners->contains(lower_before) && !(f.plain_integer && f.value >= 1000 && !q.high);
    noun = ReadNoun(text, figure_end, singular, first_word_alone);
  }
  if (!noun) return std::nullopt;
  q.number_span = {base + f.begin, base + figure_end};
  q.span = {base + span_begin, base + noun->end};
  q.unit = std::move(noun->unit);
  q.unit_span = {base + noun->begin, base + noun->end};
  if (std::optional<FoundQualifier> found = FindQualifierBefore(text, span_begin, earliest)) {
    q.qualifier = found->qualifier;
    q.span.begin = base + found->begin;
  }
  return q;
}

}  // namespace

std::vector<Quantity> FindQuantities(std::string_view text, size_t base,
                                     const std::vector<MoneyAmount>& money) {
  std::vector<Quantity> quantities;
  size_t previous_end = 0;  // in text
  size_t next_money = 0;
  for (const Figure& f : FindFigures(text)) {
    if (f.begin < previous_end) continue;
    std::optional<Quantity> q = ReadQuantity(text, base, f, previous_end);
    if (!q) continue;
    while (next_money < money.size() && money[next_money].span.end <= q->span.begin) ++next_money;
    bool overlaps_money = false;
    for (size_t m = next_money; m < money.size() && money[m].span.begin < q->span.end; ++m) {
      if (money[m].span.end > q->span.begin) overlaps_money = true;
    }
    if (overlaps_money) continue;
    previous_end = q->span.end - base;
    quantities.push_back(std::move(*q));
  }
  return quantities;
}

}  // namespace factlint::extract_internal
