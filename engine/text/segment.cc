#include "segment.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <string>

#include "icu_error.h"
#include "utf8.h"

namespace factlint::text_internal {
namespace {

constexpr char16_t kObjectReplacement = 0xFFFC;

// Titles that ICU's English suppression list lacks; each is almost always followed by a name.
constexpr std::array<const char*, 11> kExtraAbbreviations = {
    "Adm.", "Cmdr.", "Det.", "Dr.", "Gen.", "Gov.", "Hon.", "Insp.", "Pres.", "Sen.", "Supt."};

// Capitalized words that usually open a sentence; a break after "U.S." or "J." before one of them
// is kept.
constexpr std::array<std::u16string_view, 62> kSentenceOpeners = {
    u"A",    u"After",   u"All",    u"Also",  u"Although", u"An",    u"And",       u"As",
    u"At",   u"Because", u"Before", u"Both",  u"But",      u"By",    u"Each",      u"Every",
    u"For",  u"From",    u"He",     u"Her",   u"Here",     u"His",   u"How",       u"However",
    u"I",    u"If",      u"In",     u"It",    u"Its",      u"Many",  u"Meanwhile", u"Most",
    u"No",   u"Not",     u"Now",    u"Of",    u"On",       u"One",   u"Or",        u"Our",
    u"She",  u"Since",   u"So",     u"Some",  u"Still",    u"That",  u"The",       u"Their",
    u"Then", u"There",   u"These",  u"They",  u"This",     u"Those", u"To",        u"We",
    u"What", u"When",    u"Where",  u"While", u"Who",      u"You"};

struct Segmenters {
  Status status;
  std::unique_ptr<icu::BreakIterator> sentence;
  std::unique_ptr<icu::BreakIterator> word;
};

Segmenters CreateSegmenters() {
  Segmenters s;
  UErrorCode code = U_ZERO_ERROR;
  const icu::Locale& english = icu::Locale::getEnglish();
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createInstance(english, code));
  if (U_FAILURE(code)) {
    s.status = IcuError("FilteredBreakIteratorBuilder::createInstance", code);
    return s;
  }
  for (const char* abbreviation : kExtraAbbreviations) {
    builder->suppressBreakAfter(icu::UnicodeString(abbreviation, -1, US_INV), code);
  }
  // wrapIteratorWithFilter adopts the sentence iterator, also when it fails.
  s.sentence.reset(builder->wrapIteratorWithFilter(
      icu::BreakIterator::createSentenceInstance(english, code), code));
  if (U_FAILURE(code)) {
    s.status = IcuError("createSentenceInstance", code);
    return s;
  }
  s.word.reset(icu::BreakIterator::createWordInstance(english, code));
  if (U_FAILURE(code)) s.status = IcuError("createWordInstance", code);
  return s;
}

// One block as ICU sees it.
struct Utf16Block {
  std::u16string units;
  std::vector<size_t> offsets;  // offsets[i]: text offset of units[i]; offsets[size]: block end

  void Push(char16_t unit, size_t offset) {
    units.push_back(unit);
    offsets.push_back(offset);
  }
};

void BuildUtf16(std::string_view text, Span block, const std::vector<Mask>& masks, size_t mask,
                Utf16Block* out) {
  out->units.clear();
  out->offsets.clear();
  size_t pos = block.begin;
  while (pos < block.end) {
    if (mask < masks.size() && masks[mask].span.begin <= pos) {
      const size_t end = std::min(masks[mask].span.end, block.end);
      if (masks[mask].kind == MaskKind::kMarker) {
        for (size_t p = pos; p < end; p += SequenceLength(static_cast<unsigned char>(text[p]))) {
          out->Push(u' ', p);
        }
      } else {
        out->Push(kObjectReplacement, pos);
      }
      pos = std::max(pos, end);
      ++mask;
      continue;
    }
    const size_t stop =
        mask < masks.size() ? std::min(masks[mask].span.begin, block.end) : block.end;
    while (pos < stop) {
      const auto c = static_cast<unsigned char>(text[pos]);
      if (c < 0x80) {
        out->Push(c == '\n' || c == '\r' ? u' ' : static_cast<char16_t>(c), pos);
        ++pos;
        continue;
      }
      size_t length;
      const char32_t cp = DecodeAt(text, pos, &length);
      if (cp < 0x10000) {
        out->Push(static_cast<char16_t>(cp), pos);
      } else {
        out->Push(static_cast<char16_t>(0xD7C0 + (cp >> 10)), pos);
        out->Push(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)), pos);
      }
      pos += length;
    }
  }
  out->offsets.push_back(block.end);
}

bool IsSpaceUnit(char16_t unit) { return u_isUWhiteSpace(unit); }
bool IsAsciiUpper(char16_t unit) { return unit >= u'A' && unit <= u'Z'; }
bool IsAsciiLetter(char16_t unit) { return IsAsciiUpper(unit) || (unit >= u'a' && unit <= u'z'); }

constexpr std::u16string_view kOpeningPunctuation = u"(\"'[\u201C\u2018";
constexpr std::u16string_view kClosingQuotes = u"\"'\u201D\u2019";

// "U.S.", "e.g." (letters each followed by a dot, at least two) or an initial "J.".
bool IsDottedAbbreviation(std::u16string_view token) {
  while (!token.empty() && kOpeningPunctuation.find(token.front()) != std::u16string_view::npos) {
    token.remove_prefix(1);
  }
  if (token.size() == 2) return IsAsciiUpper(token[0]) && token[1] == u'.';
  if (token.size() < 4 || token.size() % 2 != 0) return false;
  for (size_t k = 0; k < token.size(); k += 2) {
    if (!IsAsciiLetter(token[k]) || token[k + 1] != u'.') return false;
  }
  return true;
}

// Whether the break at units[at], between an ICU sentence that starts at `from` and the next, is
// one a reader would not make:
//  - the first ends with a dotted abbreviation ("U.S.", "J.") and the second does not start with a
//    common sentence opener: "the U.S. Senate" (ICU's filter misses dotted abbreviations);
//  - the first ends with a quoted "!" or "?" and the second starts in lower case: "“Stop!” she
//    said." (ICU always breaks after "!" and "?").
bool IsFalseBreak(std::u16string_view units, size_t from, size_t at) {
  size_t end = at;
  while (end > from && IsSpaceUnit(units[end - 1])) --end;
  size_t p = at;
  while (p < units.size() && (IsSpaceUnit(units[p]) ||
                              kOpeningPunctuation.find(units[p]) != std::u16string_view::npos)) {
    ++p;
  }
  if (p == units.size() || !IsAsciiLetter(units[p])) return false;
  if (!IsAsciiUpper(units[p])) {
    size_t quote = end;
    while (quote > from && kClosingQuotes.find(units[quote - 1]) != std::u16string_view::npos) {
      --quote;
    }
    return quote < end && quote > from && (units[quote - 1] == u'!' || units[quote - 1] == u'?');
  }
  size_t begin = end;
  while (begin > from && !IsSpaceUnit(units[begin - 1])) --begin;
  if (!IsDottedAbbreviation(units.substr(begin, end - begin))) return false;
  size_t q = p;
  while (q < units.size() && IsAsciiLetter(units[q])) ++q;
  const std::u16string_view next = units.substr(p, q - p);
  return std::find(kSentenceOpeners.begin(), kSentenceOpeners.end(), next) ==
         kSentenceOpeners.end();
}

bool IsHyphen(char16_t unit) { return unit == u'-' || unit == 0x2010 || unit == 0x2011; }

// True when [begin, end) overlaps a mask.
bool OverlapsMask(const std::vector<Mask>& masks, size_t begin, size_t end) {
  auto it = std::partition_point(masks.begin(), masks.end(),
                                 [&](const Mask& m) { return m.span.end <= begin; });
  return it != masks.end() && it->span.begin < end;
}

class BlockSegmenter {
 public:
  BlockSegmenter(Segmenters& icu, std::string_view text, const std::vector<Mask>& masks,
                 std::vector<Sentence>* sentences, std::vector<Word>* words)
      : icu_(icu), text_(text), masks_(masks), sentences_(sentences), words_(words) {}

  Status Segment(size_t block_index, Span block);

 private:
  struct Token {
    int32_t begin, end;
    bool number;
  };
  void AddSentences(size_t block_index);
  void AddWord(const Token& token);

  Segmenters& icu_;
  std::string_view text_;
  const std::vector<Mask>& masks_;
  std::vector<Sentence>* sentences_;
  std::vector<Word>* words_;
  Utf16Block buffer_;
  std::vector<int32_t> breaks_;
  size_t sentence_ = 0;  // the sentence the next word is looked for from
};

void BlockSegmenter::AddSentences(size_t block_index) {
  const std::u16string_view units = buffer_.units;
  size_t from = 0;
  for (size_t k = 1; k < breaks_.size(); ++k) {
    const auto at = static_cast<size_t>(breaks_[k]);
    if (k + 1 < breaks_.size() && IsFalseBreak(units, from, at)) continue;
    size_t b = from, e = at;
    while (b < e && IsSpaceUnit(units[b])) ++b;
    while (e > b && IsSpaceUnit(units[e - 1])) --e;
    if (b < e) sentences_->push_back({Span{buffer_.offsets[b], buffer_.offsets[e]}, block_index});
    from = at;
  }
}

void BlockSegmenter::AddWord(const Token& token) {
  const Span span{buffer_.offsets[static_cast<size_t>(token.begin)],
                  buffer_.offsets[static_cast<size_t>(token.end)]};
  if (OverlapsMask(masks_, span.begin, span.end)) return;
  while (sentence_ < sentences_->size() && (*sentences_)[sentence_].span.end <= span.begin) {
    ++sentence_;
  }
  if (sentence_ == sentences_->size() || (*sentences_)[sentence_].span.begin > span.begin) return;
  words_->push_back({span, sentence_});
}

Status BlockSegmenter::Segment(size_t block_index, Span block) {
  auto first_mask = std::partition_point(masks_.begin(), masks_.end(),
                                         [&](const Mask& m) { return m.span.end <= block.begin; });
  BuildUtf16(text_, block, masks_, static_cast<size_t>(first_mask - masks_.begin()), &buffer_);

  UErrorCode code = U_ZERO_ERROR;
  UText* raw = utext_openUChars(nullptr, buffer_.units.data(),
                                static_cast<int64_t>(buffer_.units.size()), &code);
  std::unique_ptr<UText, UText* (*)(UText*)> utext(raw, utext_close);
  if (U_FAILURE(code)) return IcuError("utext_openUChars", code);

  icu_.sentence->setText(utext.get(), code);
  if (U_FAILURE(code)) return IcuError("BreakIterator::setText", code);
  breaks_.clear();
  for (int32_t p = icu_.sentence->first(); p != icu::BreakIterator::DONE;
       p = icu_.sentence->next()) {
    breaks_.push_back(p);
  }
  const size_t first_sentence = sentences_->size();
  AddSentences(block_index);
  sentence_ = first_sentence;

  icu_.word->setText(utext.get(), code);
  if (U_FAILURE(code)) return IcuError("BreakIterator::setText", code);
  std::optional<Token> pending;  // held back in case a hyphen and another word follow
  int32_t begin = icu_.word->first();
  for (int32_t end = icu_.word->next(); end != icu::BreakIterator::DONE;
       begin = end, end = icu_.word->next()) {
    const int32_t status = icu_.word->getRuleStatus();
    if (status < UBRK_WORD_NUMBER || status >= UBRK_WORD_IDEO_LIMIT) continue;
    const Token token{begin, end, status < UBRK_WORD_NUMBER_LIMIT};
    if (pending && pending->end + 1 == token.begin &&
        IsHyphen(buffer_.units[static_cast<size_t>(pending->end)]) &&
        !(pending->number && token.number)) {
      pending->end = token.end;
      pending->number = false;
      continue;
    }
    if (pending) AddWord(*pending);
    pending = token;
  }
  if (pending) AddWord(*pending);
  return OkStatus();
}

}  // namespace

Status SegmentBlocks(std::string_view text, const std::vector<Block>& blocks,
                     const std::vector<Mask>& masks, std::vector<Sentence>* sentences,
                     std::vector<Word>* words) {
  thread_local Segmenters icu = CreateSegmenters();
  FACTLINT_RETURN_IF_ERROR(icu.status);
  BlockSegmenter segmenter(icu, text, masks, sentences, words);
  for (size_t i = 0; i < blocks.size(); ++i) {
    FACTLINT_RETURN_IF_ERROR(segmenter.Segment(i, blocks[i].span));
  }
  return OkStatus();
}

}  // namespace factlint::text_internal
