#include "engine/extract/entities.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factlint::extract_internal {
namespace {

constexpr size_t kMaxWords = 8;
// A longer gap between two words of a name is not a name ("FireEye, Inc." has two bytes).
constexpr size_t kMaxGap = 16;

struct Letters {
  bool upper = false;
  bool lower = false;
  bool digit = false;
  int upper_count = 0;
};

Letters LettersOf(std::string_view text) {
  Letters letters;
  int32_t i = 0;
  const int32_t length = static_cast<int32_t>(text.size());
  while (i < length) {
    UChar32 c;
    U8_NEXT(text.data(), i, length, c);
    if (c < 0) continue;
    if (u_isupper(c) || u_istitle(c)) {
      letters.upper = true;
      ++letters.upper_count;
    } else if (u_islower(c)) {
      letters.lower = true;
    } else if (u_isdigit(c)) {
      letters.digit = true;
    }
  }
  return letters;
}

// Words of a corpus spelling, a leading "the" not counted.
int NameWordCount(std::string_view name) {
  int count = 0;
  bool in_word = false;
  bool first_is_the = false;
  size_t word_begin = 0;
  for (size_t i = 0; i <= name.size(); ++i) {
    const bool blank = i == name.size() || name[i] == ' ' || name[i] == '\t';
    if (!blank && !in_word) {
      in_word = true;
      word_begin = i;
    } else if (blank && in_word) {
      in_word = false;
      if (count == 0) {
        first_is_the = Gazetteer::KeyOf(name.substr(word_begin, i - word_begin)) == "the";
      }
      ++count;
    }
  }
  return first_is_the ? count - 1 : count;
}

// What the case rule needs to know of a corpus spelling.
struct NameCase {
  bool lower_only = false;  // no capital letter: "dollars"
  bool two_words = false;   // two words or more, a leading "the" not counted
  bool acronym = false;     // one word, two capitals or more, no lower-case letter: "US", "U.S."
};

NameCase CaseOf(std::string_view name) {
  const Letters letters = LettersOf(name);
  const int words = NameWordCount(name);
  return {!letters.upper, words >= 2, words == 1 && letters.upper_count >= 2 && !letters.lower};
}

// The case rule of FindEntityMentions (see entities.h).
bool CaseAllows(const Letters& text, const NameCase& name) {
  if (text.digit) return true;
  if (!text.upper) return name.lower_only || name.two_words;
  if (name.acronym) return !text.lower;
  return true;
}

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

// The first entry whose key is not less than `key`.
std::vector<GazetteerEntry>::const_iterator LowerBound(const Gazetteer& gazetteer,
                                                       std::string_view key) {
  return std::lower_bound(
      gazetteer.entries().begin(), gazetteer.entries().end(), key,
      [](const GazetteerEntry& entry, std::string_view k) { return entry.key < k; });
}

struct WordKey {
  std::string key;   // KeyOf the word
  size_t block = 0;  // the block the word is in
};

struct Match {
  size_t words = 0;  // words matched, from the start word
  Span span;
  std::string entity_id;
};

class Matcher {
 public:
  Matcher(const Document& document, const Gazetteer& gazetteer)
      : document_(document), gazetteer_(gazetteer), words_(document.words()) {
    keys_.reserve(words_.size());
    for (const Word& word : words_) {
      WordKey key;
      key.key = Gazetteer::KeyOf(Text(word.span));
      const std::vector<Sentence>& sentences = document.sentences();
      key.block = word.sentence < sentences.size() ? sentences[word.sentence].block : 0;
      keys_.push_back(std::move(key));
    }
    cases_.resize(gazetteer.entries().size());
  }

  size_t size() const { return words_.size(); }
  const std::string& KeyAt(size_t i) const { return keys_[i].key; }

  // The longest unambiguous name starting at word `start`, if any.
  std::optional<Match> LongestAt(size_t start) const {
    std::optional<Match> best;
    std::string key;
    for (size_t i = start; i < words_.size() && i < start + kMaxWords; ++i) {
      if (i > start) {
        std::optional<std::string> gap = GapKey(i - 1, i);
        if (!gap) break;
        key += *gap;
      }
      const std::string_view word = Text(words_[i].span);
      // The name without a possessive 's on its last word.
      if (size_t possessive = PossessiveLength(word); possessive > 0) {
        std::string stripped = key + Gazetteer::KeyOf(word.substr(0, word.size() - possessive));
        auto it = LowerBound(gazetteer_, stripped);
        if (it != gazetteer_.entries().end() && it->key == stripped) {
          if (std::optional<Match> m = Resolve(it, start, i, words_[i].span.end - possessive)) {
            best = std::move(m);
          }
        }
      }
      key += keys_[i].key;
      auto it = LowerBound(gazetteer_, key);
      if (it == gazetteer_.entries().end() || !StartsWith(it->key, key)) break;  // no longer name
      if (it->key == key) {
        if (std::optional<Match> m = Resolve(it, start, i, words_[i].span.end)) best = std::move(m);
      }
    }
    return best;
  }

 private:
  std::string_view Text(Span span) const { return document_.TextOf(span); }

  // The key of the text between words `a` and `b` (b == a + 1), or nullopt when they may not be
  // read as one name: another block, a long gap, or masked text other than a block-quote marker.
  std::optional<std::string> GapKey(size_t a, size_t b) const {
    if (keys_[a].block != keys_[b].block) return std::nullopt;
    const Span gap{words_[a].span.end, words_[b].span.begin};
    if (gap.begin > gap.end || gap.size() > kMaxGap) return std::nullopt;
    const std::string_view between = Text(gap);
    if (between.find_first_not_of(" \t\n\r") == std::string_view::npos) return std::string();
    std::string kept;
    for (size_t offset = gap.begin; offset < gap.end; ++offset) {
      const char c = document_.text()[offset];
      if (!document_.IsProse(offset)) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '>') continue;
        return std::nullopt;
      }
      kept.push_back(c);
    }
    return Gazetteer::KeyOf(kept);
  }

  // The mention over words [start, last], ending at `end`, for the entries from `it` on that
  // share its key, when the case rule leaves exactly one entity.
  std::optional<Match> Resolve(std::vector<GazetteerEntry>::const_iterator it, size_t start,
                               size_t last, size_t end) const {
    const std::string& key = it->key;
    const Span span{words_[start].span.begin, end};
    const Letters letters = LettersOf(Text(span));
    const GazetteerEntry* chosen = nullptr;
    bool dotted = false;
    for (; it != gazetteer_.entries().end() && it->key == key; ++it) {
      if (!CaseAllows(letters, CaseAt(it))) continue;
      if (chosen != nullptr && chosen->entity_id != it->entity_id) return std::nullopt;
      chosen = &*it;
      // "U.S" takes the dot of "U.S."; "DPRK" does not take one for "D.P.R.K.", nor does a
      // sentence end after it.
      dotted =
          dotted || (it->name.ends_with('.') && (Text(span).find('.') != std::string_view::npos ||
                                                 it->name.find('.') == it->name.size() - 1));
    }
    if (chosen == nullptr) return std::nullopt;
    Match match{last - start + 1, span, chosen->entity_id};
    // "U.S.": the word breaker leaves the final dot out of the word.
    if (dotted && end == words_[last].span.end && end < document_.text().size() &&
        document_.text()[end] == '.' && document_.IsProse(end)) {
      match.span.end = end + 1;
    }
    return match;
  }

  // The case of an entry's spelling, worked out once per run when first needed.
  const NameCase& CaseAt(std::vector<GazetteerEntry>::const_iterator it) const {
    const size_t index = static_cast<size_t>(it - gazetteer_.entries().begin());
    if (!cases_[index]) cases_[index] = CaseOf(it->name);
    return *cases_[index];
  }

  const Document& document_;
  const Gazetteer& gazetteer_;
  const std::vector<Word>& words_;
  std::vector<WordKey> keys_;
  mutable std::vector<std::optional<NameCase>> cases_;
};

}  // namespace

std::vector<EntityMention> FindEntityMentions(const Document& document,
                                              const Gazetteer& gazetteer) {
  std::vector<EntityMention> mentions;
  if (gazetteer.entries().empty()) return mentions;
  Matcher matcher(document, gazetteer);
  size_t i = 0;
  while (i < matcher.size()) {
    std::optional<Match> match = matcher.LongestAt(i);
    // "the United States": the name without its article, when that is a name on its own.
    if (match && matcher.KeyAt(i) == "the" && i + 1 < matcher.size()) {
      if (matcher.LongestAt(i + 1)) match = std::nullopt;
    }
    if (!match) {
      ++i;
      continue;
    }
    mentions.push_back({match->span, std::move(match->entity_id)});
    i += match->words;
  }
  return mentions;
}

size_t PossessiveLength(std::string_view word) {
  if (word.size() > 2 && (word.ends_with("'s") || word.ends_with("'S"))) return 2;
  if (word.size() > 4 && (word.ends_with("\u2019s") || word.ends_with("\u2019S"))) return 4;
  return 0;
}

}  // namespace factlint::extract_internal
