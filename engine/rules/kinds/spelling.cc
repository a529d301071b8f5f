// Kind `spelling`: a word no dictionary knows that is close to one that is ("alcoints").
//
// Known words are Hunspell's (`dictionary`, an .aff/.dic pair without the extension), the corpus
// lexicon terms, every word of every corpus entity name and alias, the project's word list and
// the rule's `words`, the last four compared case-insensitively. A word is reported only when it
// has a suggestion within a small edit distance; the best suggestion comes from, in order, the
// corpus misspellings (wrong -> right), the closest lexicon term, then Hunspell's own list.
//
// A false alarm on a name costs more than a missed typo, so the check stays away from what may
// be a name: capitalized words inside a sentence (unless the corpus lists them as a
// misspelling), words with internal capitals or digits, acronyms, @handles, #hashtags, anything
// next to URL- or code-like punctuation, and non-ASCII words. A capitalized first word of a
// sentence is checked only against the corpus, or for a swap of two letters ("Becuase").
// Possessives are checked without "'s"; hyphenated compounds part by part.
#include <algorithm>
#include <cstdio>
#include <hunspell/hunspell.hxx>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>

#include "engine/base/ascii.h"
#include "kinds.h"

namespace factlint::rules_internal {
namespace {

bool IsVowel(char c) { return std::string_view("aeiou").find(c) != std::string_view::npos; }

// Damerau-Levenshtein distance (optimal string alignment), case-insensitive; words are short.
size_t Distance(std::string_view a_in, std::string_view b_in) {
  std::string a = AsciiLower(a_in), b = AsciiLower(b_in);
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

size_t MaxDistance(std::string_view word) { return word.size() <= 4 ? 1 : 2; }

// True when `b` is `a` with two neighbouring letters swapped.
bool IsSwap(std::string_view a_in, std::string_view b_in) {
  std::string a = AsciiLower(a_in), b = AsciiLower(b_in);
  if (a.size() != b.size()) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
         a.compare(i + 2, std::string::npos, b, i + 2) == 0;
}

// Gives `suggestion` the capitalization of `word`: "Alcoints" -> "Altcoins". A suggestion that
// carries its own capitals ("Ethereum") keeps them.
std::string MatchCase(std::string_view word, std::string suggestion) {
  if (!word.empty() && IsAsciiUpper(word[0]) && !suggestion.empty()) {
    suggestion[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(suggestion[0])));
  }
  return suggestion;
}

// Hunspell with the corpus and project words. Hunspell is not thread-safe: every call goes
// through `mutex`.
struct Speller {
  std::mutex mutex;
  std::unique_ptr<Hunspell> hunspell;
  std::set<std::string> known;     // lower case: lexicon, names, project and rule words
  std::vector<std::string> terms;  // lexicon terms, as written
  std::map<std::string, std::string> misspellings;  // lower-case wrong -> right

  bool Spell(const std::string& word) {
    std::lock_guard<std::mutex> lock(mutex);
    return hunspell->spell(word);
  }
  // Hunspell's suggestions, remembered: asking costs milliseconds a word, and the same unknown
  // words come back article after article in a batch. At most kMaxRemembered words are kept, so
  // that memory stays flat over an archive.
  std::vector<std::string> Suggest(const std::string& word) {
    static constexpr size_t kMaxRemembered = 50000;
    std::lock_guard<std::mutex> lock(mutex);
    auto it = suggested.find(word);
    if (it != suggested.end()) return it->second;
    std::vector<std::string> suggestions = hunspell->suggest(word);
    if (suggested.size() >= kMaxRemembered) suggested.clear();
    suggested.emplace(word, suggestions);
    return suggestions;
  }
  std::unordered_map<std::string, std::vector<std::string>> suggested;
};

// Adds `text` and each of its letter runs to `speller`.
void AddName(Speller* speller, std::string_view text) {
  std::string run;
  auto flush = [&] {
    if (run.size() >= 2) {
      speller->known.insert(AsciiLower(run));
      speller->hunspell->add(run);
    }
    run.clear();
  };
  for (char c : text) {
    if (IsAsciiLetter(c) || c == '\'') {
      run += c;
    } else {
      flush();
    }
  }
  flush();
}

class SpellingCheck : public RuleCheck {
 public:
  SpellingCheck(std::string dictionary, std::vector<std::string> words, size_t max_suggestions,
                size_t min_length)
      : dictionary_(std::move(dictionary)),
        words_(std::move(words)),
        max_suggestions_(max_suggestions),
        min_length_(min_length) {}

  void Run(const RuleContext& context, std::vector<Finding>* out) const override {
    const Document& doc = context.input.document;
    std::shared_ptr<Speller> speller = SpellerFor(context.input);
    if (!speller) return;
    // Most words repeat in an article: one answer per (word, may-be-a-name) per run.
    std::unordered_map<std::string, std::optional<std::string>> cache;
    const std::vector<Word>& words = doc.words();
    for (size_t i = 0; i < words.size(); ++i) {
      const Word& word = words[i];
      if (!doc.IsProse(word.span) || NearCode(doc, word.span)) continue;
      bool initial = i == 0 || words[i - 1].sentence != word.sentence;
      std::string_view text = doc.TextOf(word.span);
      // Check each part of a hyphenated compound on its own.
      size_t begin = 0;
      while (begin <= text.size()) {
        size_t end = std::min(text.find('-', begin), text.size());
        std::string_view part = text.substr(begin, end - begin);
        part = StripPossessive(part);
        std::string key = std::string(part) + (initial && begin == 0 ? "\1" : "");
        auto it = cache.find(key);
        if (it == cache.end()) {
          it = cache.emplace(key, Check(*speller, part, initial && begin == 0)).first;
        }
        if (it->second) {
          Span span{word.span.begin + begin, word.span.begin + begin + part.size()};
          MessageFields fields;
          fields.push_back(fmt::arg("word", std::string(part)));
          fields.push_back(fmt::arg("suggestion", *it->second));
          Finding finding = MakeFinding(context.rule, span, FormatMessage(context.rule, fields));
          finding.suggestion = *it->second;
          out->push_back(std::move(finding));
        }
        begin = end + 1;
      }
    }
  }

 private:
  static std::string_view StripPossessive(std::string_view part) {
    for (std::string_view suffix : {"'s", "\u2019s", "'", "\u2019"}) {
      if (part.size() > suffix.size() && part.ends_with(suffix)) {
        return part.substr(0, part.size() - suffix.size());
      }
    }
    return part;
  }

  // True when the word touches URL, path, handle or code punctuation ("@name", "#tag",
  // "a/b", "snake_case", "f(x)").
  static bool NearCode(const Document& doc, Span span) {
    const std::string& text = doc.text();
    char before = span.begin > 0 ? text[span.begin - 1] : ' ';
    char after = span.end < text.size() ? text[span.end] : ' ';
    if (std::string_view("@#/\\_=<>~$%&*+|^`").find(before) != std::string_view::npos) return true;
    if (std::string_view("@/\\_=<>(~$%&*+|^`[{").find(after) != std::string_view::npos) {
      return true;
    }
    // "example.com", "file.txt": a dot with a letter right after.
    return (after == '.' && span.end + 1 < text.size() && IsAsciiLetter(text[span.end + 1])) ||
           (before == '.' && span.begin >= 2 && IsAsciiLetter(text[span.begin - 2]));
  }

  // The suggestion for `word`, or nullopt when it is known, may be a name, or has none.
  std::optional<std::string> Check(Speller& speller, std::string_view word, bool initial) const {
    if (word.size() < min_length_ || word.size() > 40) return std::nullopt;
    bool lower_rest = true;
    for (size_t k = 0; k < word.size(); ++k) {
      if (!IsAsciiLetter(word[k]) && word[k] != '\'')
        return std::nullopt;  // digits, non-ASCII, dots
      if (k > 0 && IsAsciiUpper(word[k])) lower_rest = false;
    }
    if (!lower_rest) return std::nullopt;  // acronyms, "iPhone", "FireEye"
    std::string lower = AsciiLower(word);
    if (speller.known.contains(lower)) return std::nullopt;
    auto wrong = speller.misspellings.find(lower);
    if (wrong != speller.misspellings.end()) return MatchCase(word, wrong->second);
    bool capital = IsAsciiUpper(word[0]);
    if (capital && !initial) return std::nullopt;  // a name
    std::string as_written(word);
    // Cheap first: a word Hunspell knows in lower case (or as written) is correct.
    if (speller.Spell(lower) || (capital && speller.Spell(as_written))) return std::nullopt;
    if (IsRegularForm(speller, lower)) return std::nullopt;
    bool from_lexicon = false;
    std::optional<std::string> best = Suggest(speller, lower, &from_lexicon);
    if (!best) return std::nullopt;
    // A capitalized first word may be a name: only a lexicon term or a swap of two letters
    // counts there.
    if (capital && !from_lexicon && !IsSwap(lower, *best)) return std::nullopt;
    return MatchCase(word, *best);
  }

  // The closest lexicon term, else the best of Hunspell's first suggestions within MaxDistance:
  // fewest edits, then (Hunspell's own order is poor: "dress" before "address") the same first
  // letter, then the likelier slip (see Kind: "admited" -> "admitted" before "admired"), then
  // Hunspell's order. Splits ("re licensing") are never suggested.
  std::optional<std::string> Suggest(Speller& speller, const std::string& word,
                                     bool* from_lexicon) const {
    size_t limit = MaxDistance(word);
    std::optional<std::string> best;
    size_t best_distance = limit + 1;
    for (const std::string& term : speller.terms) {
      // Two edits only for a long word with the right first letter ("auther" is not "Ether").
      size_t d = Distance(word, term);
      size_t term_limit = word.size() >= 7 && AsciiLower(term[0]) == word[0] ? 2 : 1;
      if (d <= term_limit && d < best_distance) best = term, best_distance = d;
    }
    *from_lexicon = best.has_value();
    if (best) return best;
    std::vector<std::string> suggestions = speller.Suggest(word);
    if (suggestions.size() > max_suggestions_) suggestions.resize(max_suggestions_);
    std::tuple<size_t, int, size_t> best_key{limit + 1, 0, 0};
    for (size_t k = 0; k < suggestions.size(); ++k) {
      const std::string& s = suggestions[k];
      if (s.find(' ') != std::string::npos) continue;
      std::string unhyphenated = s;
      std::erase(unhyphenated, '-');
      if (AsciiLower(unhyphenated) == word) continue;
      size_t d = Distance(word, s);
      if (d > limit) continue;
      int penalty = AsciiLower(s[0]) == word[0] ? 0 : 4;
      penalty += Kind(word, AsciiLower(s));
      std::tuple<size_t, int, size_t> key{d, penalty, k};
      if (key < best_key) best = s, best_key = key;
    }
    return best;
  }

  // How `candidate` differs from `word`, most likely slip first: a doubled letter or a swap (0),
  // a letter left out (1), a wrong letter (2), a letter too many (3).
  static int Kind(const std::string& word, const std::string& candidate) {
    if (DropsADoubledLetter(word, candidate) || DropsADoubledLetter(candidate, word) ||
        IsSwap(word, candidate)) {
      return 0;
    }
    if (candidate.size() > word.size()) return 1;
    return candidate.size() == word.size() ? 2 : 3;
  }

  // True when `shorter` is `word` with one letter of a doubled pair removed.
  static bool DropsADoubledLetter(const std::string& word, const std::string& shorter) {
    if (shorter.size() + 1 != word.size()) return false;
    for (size_t i = 1; i < word.size(); ++i) {
      if (word[i] == word[i - 1] && word.compare(0, i, shorter, 0, i) == 0 &&
          word.compare(i + 1, std::string::npos, shorter, i) == 0) {
        return true;
      }
    }
    return false;
  }

  // True when a lower-case word Hunspell rejects is a regular form of one it knows: a long
  // plural ("executables"), a prefixed word ("sublicense", "relicensing"), an agent noun
  // ("licensor") or a British spelling ("acknowledgement", "colour", "organise", "licence",
  // "travelled"). Such words are common in careful prose and are rarely typos; each pattern is
  // kept narrow ("approachs", "comission", "accelleration" stay typos).
  static bool IsRegularForm(Speller& speller, const std::string& word) {
    auto known = [&](const std::string& w) { return w.size() >= 3 && speller.Spell(w); };
    auto cut = [&](size_t n) { return word.substr(0, word.size() - n); };
    if (word.ends_with("s") && word.size() >= 8) {
      std::string stem = cut(1);
      bool needs_es = stem.ends_with("s") || stem.ends_with("x") || stem.ends_with("z") ||
                      stem.ends_with("ch") || stem.ends_with("sh");
      bool needs_ies = stem.ends_with("y") && std::string_view("aeiou").find(
                                                  stem[stem.size() - 2]) == std::string_view::npos;
      if (!needs_es && !needs_ies && known(stem)) return true;
    }
    for (std::string_view prefix :
         {"un", "re", "non", "sub", "pre", "multi", "inter", "anti", "over", "under", "counter"}) {
      if (word.starts_with(prefix) && word.size() >= prefix.size() + 4 &&
          known(word.substr(prefix.size()))) {
        return true;
      }
    }
    for (std::string_view suffix : {"ors", "or"}) {
      if (word.ends_with(suffix) && word.size() >= suffix.size() + 5 &&
          known(cut(suffix.size()) + "e")) {
        return true;
      }
    }
    // British endings, at the end of the word only.
    static const std::pair<std::string_view, std::string_view> kBritish[] = {
        {"dgement", "dgment"},  {"dgements", "dgments"},  {"our", "or"},
        {"ours", "ors"},        {"oured", "ored"},        {"ouring", "oring"},
        {"ourite", "orite"},    {"ourable", "orable"},    {"ise", "ize"},
        {"ised", "ized"},       {"ises", "izes"},         {"ising", "izing"},
        {"isation", "ization"}, {"isations", "izations"}, {"yse", "yze"},
        {"ysed", "yzed"},       {"tre", "ter"},           {"tres", "ters"},
        {"cence", "cense"},     {"cences", "censes"},     {"fence", "fense"},
        {"fences", "fenses"},   {"lled", "led"},          {"lling", "ling"},
        {"ller", "ler"},        {"llers", "lers"}};
    for (const auto& [from, to] : kBritish) {
      if (!word.ends_with(from)) continue;
      // "travelled" doubles the l after a single vowel; "detailled" is a typo.
      size_t at = word.size() - from.size();
      if (from.starts_with("ll") && (at < 2 || !IsVowel(word[at - 1]) || IsVowel(word[at - 2]))) {
        continue;
      }
      if (known(cut(from.size()) + std::string(to))) return true;
    }
    return false;
  }

  std::shared_ptr<Speller> SpellerFor(const CheckInput& input) const {
    std::string key = input.corpus ? input.corpus->path() : std::string();
    key += '\n' + std::to_string(reinterpret_cast<uintptr_t>(input.corpus));
    if (input.project_words) {
      for (const std::string& w : *input.project_words) key += '\n' + w;
    }
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = spellers_.find(key);
    if (it != spellers_.end()) return it->second;
    if (spellers_.size() >= 8) spellers_.clear();  // keeps memory bounded across many corpora
    std::shared_ptr<Speller> speller = Build(input);
    spellers_.emplace(key, speller);
    return speller;
  }

  // Building Hunspell takes tens of milliseconds: done once per corpus and word list.
  std::shared_ptr<Speller> Build(const CheckInput& input) const {
    auto speller = std::make_shared<Speller>();
    std::string aff = dictionary_ + ".aff", dic = dictionary_ + ".dic";
    speller->hunspell = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
    if (speller->hunspell->get_dic_encoding() == nullptr) return nullptr;
    for (const std::string& w : words_) AddName(speller.get(), w);
    if (input.project_words) {
      for (const std::string& w : *input.project_words) AddName(speller.get(), w);
    }
    if (const Corpus* corpus = input.corpus) {
      if (auto terms = corpus->LexiconTerms(); terms.ok()) {
        for (const std::string& term : *terms) {
          speller->hunspell->add(term);
          AddName(speller.get(), term);
          if (term.find_first_of("-. ") == std::string::npos) speller->terms.push_back(term);
        }
      }
      if (auto aliases = corpus->Aliases(); aliases.ok()) {
        for (const EntityAlias& alias : *aliases) AddName(speller.get(), alias.alias);
      }
      if (auto wrong = corpus->Misspellings(); wrong.ok()) {
        for (const Misspelling& m : *wrong)
          speller->misspellings[AsciiLower(m.wrong)] = m.correction;
      }
    }
    return speller;
  }

  std::string dictionary_;
  std::vector<std::string> words_;
  size_t max_suggestions_;
  size_t min_length_;
  mutable std::mutex mutex_;  // guards spellers_
  mutable std::map<std::string, std::shared_ptr<Speller>> spellers_;
};

}  // namespace

StatusOr<std::unique_ptr<RuleCheck>> MakeSpellingCheck(const RuleInfo& /*rule*/,
                                                       Parameters& params) {
  std::string dictionary = params.String("dictionary", "/usr/share/hunspell/en_US");
  std::vector<std::string> words = params.Strings("words", {});
  auto whole = [&](std::string_view key, double fallback, double lo, double hi) {
    double value = params.Number(key, fallback);
    if (value < lo || value > hi || value != static_cast<double>(static_cast<int>(value))) {
      params.Fail(key, fmt::format("expected a whole number from {} to {}", lo, hi));
      value = fallback;
    }
    return static_cast<size_t>(value);
  };
  size_t max_suggestions = whole("max-suggestions", 8, 1, 20);
  size_t min_length = whole("min-word-length", 3, 1, 20);
  FILE* f = std::fopen((dictionary + ".dic").c_str(), "r");
  if (f == nullptr) {
    params.Fail("dictionary", "cannot read " + dictionary + ".dic");
  } else {
    std::fclose(f);
  }
  FACTLINT_RETURN_IF_ERROR(params.Finish());
  return std::unique_ptr<RuleCheck>(
      new SpellingCheck(std::move(dictionary), std::move(words), max_suggestions, min_length));
}

}  // namespace factlint::rules_internal
