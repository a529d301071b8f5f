#include "engine/extract/qualifier.h"

#include <re2/re2.h>

#include <algorithm>
#include <string>
#include <vector>

#include "engine/base/ascii.h"
#include "factlint/claims.h"

namespace factlint {

std::string_view QualifierName(Qualifier qualifier) {
  switch (qualifier) {
    case Qualifier::kExact:
      return "exact";
    case Qualifier::kAbout:
      return "about";
    case Qualifier::kNearly:
      return "nearly";
    case Qualifier::kUpTo:
      return "up-to";
    case Qualifier::kAtLeast:
      return "at-least";
    case Qualifier::kMoreThan:
      return "more-than";
    case Qualifier::kLessThan:
      return "less-than";
  }
  return "exact";
}

std::optional<Qualifier> ParseQualifier(std::string_view name) {
  for (Qualifier q : {Qualifier::kExact, Qualifier::kAbout, Qualifier::kNearly, Qualifier::kUpTo,
                      Qualifier::kAtLeast, Qualifier::kMoreThan, Qualifier::kLessThan}) {
    if (QualifierName(q) == name) return q;
  }
  return std::nullopt;
}

namespace extract_internal {
namespace {

// How far back a qualifier may start: the longest phrase plus an emphasis phrase and blanks.
constexpr size_t kWindow = 80;

struct Phrase {
  std::string_view words;  // lower case, single spaces
  Qualifier qualifier;
};

constexpr Phrase kPhrases[] = {
    {"about", Qualifier::kAbout},
    {"around", Qualifier::kAbout},
    {"roughly", Qualifier::kAbout},
    {"some", Qualifier::kAbout},
    {"approximately", Qualifier::kAbout},
    {"approx.", Qualifier::kAbout},
    {"an estimated", Qualifier::kAbout},
    {"estimated", Qualifier::kAbout},
    {"circa", Qualifier::kAbout},
    {"~", Qualifier::kAbout},
    {"nearly", Qualifier::kNearly},
    {"almost", Qualifier::kNearly},
    {"close to", Qualifier::kNearly},
    {"just under", Qualifier::kNearly},
    {"just below", Qualifier::kNearly},
    {"just shy of", Qualifier::kNearly},
    {"up to", Qualifier::kUpTo},
    {"as much as", Qualifier::kUpTo},
    {"as many as", Qualifier::kUpTo},
    {"a maximum of", Qualifier::kUpTo},
    {"at least", Qualifier::kAtLeast},
    {"no fewer than", Qualifier::kAtLeast},
    {"no less than", Qualifier::kAtLeast},
    {"a minimum of", Qualifier::kAtLeast},
    {"more than", Qualifier::kMoreThan},
    {"over", Qualifier::kMoreThan},
    {"just over", Qualifier::kMoreThan},
    {"well over", Qualifier::kMoreThan},
    {"in excess of", Qualifier::kMoreThan},
    {"above", Qualifier::kMoreThan},
    {"upwards of", Qualifier::kMoreThan},
    {"upward of", Qualifier::kMoreThan},
    {"less than", Qualifier::kLessThan},
    {"under", Qualifier::kLessThan},
    {"fewer than", Qualifier::kLessThan},
    {"below", Qualifier::kLessThan},
};

// Words that only add emphasis; they may stand between a qualifier and the figure.
constexpr char kBlanks[] = R"([ \t\r\n\x{00A0}])";

constexpr std::string_view kEmphasis =
    "whopping|staggering|impressive|massive|huge|record|hefty|remarkable|colossal|mere|"
    "modest|total of|sum of";

std::string Fold(std::string_view s) {
  std::string out;
  for (char c : s) {
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(AsciiLower(c));
    }
  }
  return out;
}

const RE2& QualifierRe() {
  static const RE2* const re = [] {
    // Longest phrases first: leftmost-first matching then prefers "just under" to "under".
    std::vector<std::string_view> words;
    for (const Phrase& p : kPhrases) words.push_back(p.words);
    std::stable_sort(words.begin(), words.end(),
                     [](std::string_view a, std::string_view b) { return a.size() > b.size(); });
    std::string alternation;
    for (std::string_view w : words) {
      if (!alternation.empty()) alternation += '|';
      std::string quoted = RE2::QuoteMeta(re2::StringPiece(w.data(), w.size()));
      for (char c : quoted) {
        if (c == ' ') {
          alternation.pop_back();  // QuoteMeta wrote "\ "
          alternation += R"([ \t\r\n]+)";
        } else {
          alternation += c;
        }
      }
    }
    // The phrase must start the window or follow a character that is not part of a word, and
    // only blanks (and an emphasis phrase) may follow it: "moreover" and "overall" are not "over".
    std::string pattern = "(?i)(?:^|[^\\pL\\pN_])(" + alternation + ")(?:" + kBlanks + "+an?" +
                          kBlanks + "+(?:" + std::string(kEmphasis) + "))?" + kBlanks + "*$";
    return new RE2(pattern);
  }();
  return *re;
}

}  // namespace

std::optional<FoundQualifier> FindQualifierBefore(std::string_view text, size_t figure_begin,
                                                  size_t earliest) {
  size_t start = std::max(earliest, figure_begin > kWindow ? figure_begin - kWindow : 0);
  std::string_view window = text.substr(start, figure_begin - start);
  re2::StringPiece phrase;
  if (!RE2::PartialMatch(re2::StringPiece(window.data(), window.size()), QualifierRe(), &phrase)) {
    return std::nullopt;
  }
  size_t begin = start + static_cast<size_t>(phrase.data() - window.data());
  // "^" above is the start of the window, which may cut a word in two.
  if (begin > 0 && begin == start) {
    unsigned char before = static_cast<unsigned char>(text[begin - 1]);
    if (before >= 0x80 || IsAsciiAlnum(static_cast<char>(before)) || before == '_') {
      return std::nullopt;
    }
  }
  std::string folded = Fold(std::string_view(phrase.data(), phrase.size()));
  for (const Phrase& p : kPhrases) {
    if (p.words == folded) return FoundQualifier{p.qualifier, begin};
  }
  return std::nullopt;
}

}  // namespace extract_internal
}  // namespace factlint
