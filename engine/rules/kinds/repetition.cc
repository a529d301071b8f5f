// Kind `repetition`: the same word twice in a row ("The The worst part").
//
// Two consecutive words of one sentence repeat when they are equal ignoring case (Unicode case
// folding) and only white space stands between them: "that, that" is not a repetition. Words in
// `allow` ("had had", "that that" are good English) are never reported, nor are deliberate
// doublings (see IsDeliberate): a word before a currency sign ("a A$2"), three in a row (but not
// "the the the"), capitals for emphasis, and a word of `particles` before a figure or a capital
// ("did Romney in in 2012").
//
// With `phrases` (default true), a phrase of 2 to `max-phrase-words` words repeated at once, where
// the repetition spans a line break ("said in the\nin the capital"), is reported too: the classic
// slip of a line retyped after an edit. Its `word` field is the phrase.
#include <unicode/unistr.h>

#include <algorithm>
#include <set>

#include "kinds.h"

namespace factlint::rules_internal {
namespace {

std::string FoldCase(std::string_view word) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())))
      .foldCase()
      .toUTF8String(out);
  return out;
}

bool OnlySpaces(std::string_view text) {
  return !text.empty() && text.find_first_not_of(" \t\r\n\u00a0") == std::string_view::npos;
}

class RepetitionCheck : public RuleCheck {
 public:
  RepetitionCheck(bool ignore_case, std::set<std::string> allow, std::set<std::string> particles,
                  size_t max_phrase_words)
      : ignore_case_(ignore_case),
        allow_(std::move(allow)),
        particles_(std::move(particles)),
        max_phrase_words_(max_phrase_words) {}

  void Run(const RuleContext& context, std::vector<Finding>* out) const override {
    const Document& doc = context.input.document;
    const std::vector<Word>& words = doc.words();
    for (size_t i = 1; i < words.size(); ++i) {
      const Word& first = words[i - 1];
      const Word& second = words[i];
      if (first.sentence != second.sentence) continue;
      if (!OnlySpaces(doc.TextOf({first.span.end, second.span.begin}))) continue;
      std::string_view a = doc.TextOf(first.span);
      std::string_view b = doc.TextOf(second.span);
      if (IsNumber(a)) continue;  // "10 10" in a table row is data, not prose
      std::string key = ignore_case_ ? FoldCase(a) : std::string(a);
      if (key != (ignore_case_ ? FoldCase(b) : std::string(b))) continue;
      if (allow_.contains(ignore_case_ ? key : FoldCase(a))) continue;
      if (IsDeliberate(doc, words, i)) continue;
      MessageFields fields;
      fields.push_back(fmt::arg("word", std::string(a)));
      Finding finding = MakeFinding(context.rule, {first.span.begin, second.span.end},
                                    FormatMessage(context.rule, fields));
      finding.suggestion = std::string(a);
      out->push_back(std::move(finding));
    }
    if (max_phrase_words_ >= 2) Phrases(context, out);
  }

 private:
  std::string Key(std::string_view word) const {
    return ignore_case_ ? FoldCase(word) : std::string(word);
  }

  // Words [i, i + n) followed at once by the same words, in one sentence, with only white space
  // between them and a line break somewhere in the whole.
  void Phrases(const RuleContext& context, std::vector<Finding>* out) const {
    const Document& doc = context.input.document;
    const std::vector<Word>& words = doc.words();
    for (size_t i = 0; i < words.size(); ++i) {
      for (size_t n = 2; n <= max_phrase_words_ && i + 2 * n <= words.size(); ++n) {
        if (!IsPhraseRepeat(doc, i, n)) continue;
        Span first{words[i].span.begin, words[i + n - 1].span.end};
        Span whole{first.begin, words[i + 2 * n - 1].span.end};
        MessageFields fields;
        fields.push_back(fmt::arg("word", std::string(doc.TextOf(first))));
        Finding finding = MakeFinding(context.rule, whole, FormatMessage(context.rule, fields));
        finding.suggestion = std::string(doc.TextOf(first));
        out->push_back(std::move(finding));
        i += 2 * n - 1;
        break;
      }
    }
  }

  bool IsPhraseRepeat(const Document& doc, size_t i, size_t n) const {
    const std::vector<Word>& words = doc.words();
    bool line_break = false;
    bool all_numbers = true;
    for (size_t k = i; k < i + 2 * n; ++k) {
      all_numbers = all_numbers && IsNumber(doc.TextOf(words[k].span));
      if (k == i) continue;
      if (words[k].sentence != words[i].sentence) return false;
      std::string_view gap = doc.TextOf({words[k - 1].span.end, words[k].span.begin});
      if (!OnlySpaces(gap)) return false;
      line_break = line_break || gap.find('\n') != std::string_view::npos;
    }
    if (!line_break || all_numbers) return false;
    for (size_t k = i; k < i + n; ++k) {
      std::string key = Key(doc.TextOf(words[k].span));
      if (key != Key(doc.TextOf(words[k + n].span))) return false;
      // "the the" inside the phrase is a word repeat, reported as such.
      if (k > i && key == Key(doc.TextOf(words[k - 1].span))) return false;
    }
    return true;
  }

  // True when words[i - 1] and words[i], equal, are not a slip: a currency sign follows ("a A$2
  // billion": A$ is the Australian dollar), the word comes three or more times ("etc etc etc",
  // "no no no"), it is in capitals amid lower-case text ("ME ME"), or a particle of the verb before
  // meets a preposition before a date or a name ("did Romney in in 2012", "counting on on Nov.
  // 8").
  bool IsDeliberate(const Document& doc, const std::vector<Word>& words, size_t i) const {
    const Word& second = words[i];
    std::string_view text = doc.text();
    std::string_view rest = text.substr(second.span.end, 3);
    for (std::string_view sign : {"$", "\u20ac", "\u00a3", "\u00a5"}) {  // $ € £ ¥
      if (rest.starts_with(sign)) return true;
    }
    auto same = [&](size_t k) {
      return words[k].sentence == second.sentence &&
             Key(doc.TextOf(words[k].span)) == Key(doc.TextOf(second.span));
    };
    // Said three times, a word is meant ("no no no"), but not a function word ("the the the").
    static const std::set<std::string> kFunctionWords = {
        "a", "an", "and", "as", "at", "for", "in", "is", "of", "on", "or", "the", "to", "was"};
    if (((i >= 2 && same(i - 2)) || (i + 1 < words.size() && same(i + 1))) &&
        !kFunctionWords.contains(FoldCase(doc.TextOf(second.span)))) {
      return true;
    }
    std::string_view word = doc.TextOf(second.span);
    if (word.size() >= 2 && IsAllCapitals(word)) {
      std::string_view sentence = doc.TextOf(doc.sentences()[second.sentence].span);
      if (std::any_of(sentence.begin(), sentence.end(),
                      [](char c) { return c >= 'a' && c <= 'z'; })) {
        return true;
      }
    }
    if (particles_.contains(Key(word)) && i + 1 < words.size() &&
        words[i + 1].sentence == second.sentence) {
      std::string_view next = doc.TextOf(words[i + 1].span);
      if (!next.empty() &&
          ((next[0] >= '0' && next[0] <= '9') || (next[0] >= 'A' && next[0] <= 'Z'))) {
        return true;
      }
    }
    return false;
  }

  static bool IsAllCapitals(std::string_view word) {
    bool letter = false;
    for (char c : word) {
      if (c >= 'a' && c <= 'z') return false;
      letter = letter || (c >= 'A' && c <= 'Z');
    }
    return letter;
  }

  static bool IsNumber(std::string_view word) {
    return word.find_first_not_of("0123456789.,") == std::string_view::npos;
  }

  bool ignore_case_;
  std::set<std::string> allow_;      // case-folded
  std::set<std::string> particles_;  // case-folded
  size_t max_phrase_words_;          // 0 when phrases are not checked
};

}  // namespace

StatusOr<std::unique_ptr<RuleCheck>> MakeRepetitionCheck(const RuleInfo& /*rule*/,
                                                         Parameters& params) {
  bool ignore_case = params.Bool("ignore-case", true);
  std::set<std::string> allow;
  for (const std::string& word : params.Strings("allow", {})) allow.insert(FoldCase(word));
  std::set<std::string> particles;
  for (const std::string& word : params.Strings("particles", {})) particles.insert(FoldCase(word));
  bool phrases = params.Bool("phrases", true);
  double max_phrase_words = params.Number("max-phrase-words", 4);
  if (max_phrase_words < 2 || max_phrase_words > 10 ||
      max_phrase_words != static_cast<double>(static_cast<int>(max_phrase_words))) {
    params.Fail("max-phrase-words", "expected a whole number from 2 to 10");
    max_phrase_words = 4;
  }
  FACTLINT_RETURN_IF_ERROR(params.Finish());
  return std::unique_ptr<RuleCheck>(
      new RepetitionCheck(ignore_case, std::move(allow), std::move(particles),
                          phrases ? static_cast<size_t>(max_phrase_words) : 0));
}

}  // namespace factlint::rules_internal
