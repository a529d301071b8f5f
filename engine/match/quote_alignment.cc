// Token alignment of a quotation with a source quotation: the longest common subsequence of their
// words (case folded, punctuation and apostrophes dropped), then the differences between
// consecutive matched words. Quotations are short, so the quadratic table is small; past
// kMaxWords words only the first kMaxWords are aligned.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "engine/base/ascii.h"
#include "factlint/match.h"

namespace factlint {
namespace {

constexpr size_t kMaxWords = 400;

struct Token {
  std::string folded;  // lower-case ASCII letters and digits, other UTF-8 bytes kept
  size_t begin = 0, end = 0;
};

bool IsApostrophe(std::string_view text, size_t i, size_t* length) {
  if (text[i] == '\'') {
    *length = 1;
    return true;
  }
  if (text.compare(i, 3, "\xE2\x80\x99") == 0) {  // ’
    *length = 3;
    return true;
  }
  return false;
}

bool IsSeparatorAt(std::string_view text, size_t i) {
  const auto byte = static_cast<unsigned char>(text[i]);
  if (byte >= 0x80) {
    // Curly quotes, dashes and non-breaking space separate words; other letters do not.
    static constexpr std::string_view kSeparators[] = {
        "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x93", "\xE2\x80\x94",
        "\xC2\xA0",     "\xC2\xAB",     "\xC2\xBB",     "\xE2\x80\xA6"};
    for (std::string_view s : kSeparators) {
      if (text.compare(i, s.size(), s) == 0) return true;
    }
    return false;
  }
  return !IsAsciiAlnum(text[i]);
}

std::vector<Token> Tokens(std::string_view text) {
  std::vector<Token> words;
  Token current;
  bool in_word = false;
  for (size_t i = 0; i < text.size();) {
    size_t apostrophe = 0;
    if (in_word && IsApostrophe(text, i, &apostrophe)) {  // "people's" is one word: peoples
      i += apostrophe;
      continue;
    }
    if (IsSeparatorAt(text, i)) {
      if (in_word) {
        words.push_back(std::move(current));
        current = {};
        in_word = false;
        if (words.size() == kMaxWords) return words;
      }
      const auto byte = static_cast<unsigned char>(text[i]);
      i += byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
      continue;
    }
    if (!in_word) {
      current.begin = i;
      in_word = true;
    }
    current.folded.push_back(AsciiLower(text[i]));
    ++i;
    current.end = i;
  }
  if (in_word) words.push_back(std::move(current));
  return words;
}

std::string Join(std::string_view text, const std::vector<Token>& words, size_t from, size_t to) {
  if (from >= to) return "";
  return std::string(text.substr(words[from].begin, words[to - 1].end - words[from].begin));
}

}  // namespace

QuoteAlignment AlignQuote(std::string_view article, std::string_view source) {
  QuoteAlignment result;
  const std::vector<Token> a = Tokens(article);
  const std::vector<Token> s = Tokens(source);
  if (a.empty() || s.empty()) return result;
  // lcs[i][j]: the longest common subsequence of a[i..] and s[j..].
  const size_t n = a.size(), m = s.size();
  std::vector<uint16_t> lcs((n + 1) * (m + 1), 0);
  auto at = [&](size_t i, size_t j) -> uint16_t& { return lcs[i * (m + 1) + j]; };
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) {
      at(i, j) = a[i].folded == s[j].folded ? static_cast<uint16_t>(at(i + 1, j + 1) + 1)
                                            : std::max(at(i + 1, j), at(i, j + 1));
    }
  }
  std::vector<std::pair<size_t, size_t>> pairs;  // matched (article word, source word)
  for (size_t i = 0, j = 0; i < n && j < m;) {
    if (a[i].folded == s[j].folded && at(i, j) == at(i + 1, j + 1) + 1) {
      pairs.emplace_back(i++, j++);
    } else if (at(i + 1, j) >= at(i, j + 1)) {
      ++i;
    } else {
      ++j;
    }
  }
  result.matched = static_cast<int>(pairs.size());
  if (pairs.empty()) return result;
  const size_t first = pairs.front().second, last = pairs.back().second;
  result.source_begin = s[first].begin;
  result.source_end = s[last].end;
  const size_t window = last - first + 1;
  result.similarity = static_cast<double>(pairs.size()) / static_cast<double>(std::max(n, window));

  // The differences: article words before the first match, each gap between matches, and the
  // article words after the last.
  auto add = [&](size_t a_from, size_t a_to, size_t s_from, size_t s_to) {
    if (a_from >= a_to && s_from >= s_to) return;
    result.differences.push_back({Join(article, a, a_from, a_to), Join(source, s, s_from, s_to)});
  };
  add(0, pairs.front().first, first, first);
  for (size_t k = 1; k < pairs.size(); ++k) {
    add(pairs[k - 1].first + 1, pairs[k].first, pairs[k - 1].second + 1, pairs[k].second);
  }
  add(pairs.back().first + 1, n, last + 1, last + 1);
  return result;
}

}  // namespace factlint
