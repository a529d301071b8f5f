// Kind `punctuation`: punctuation slips that a spell checker does not see.
//
// Three checks over the prose of each block (masked code, URLs and comments are skipped):
//   sentence-break  a full stop, then white space, then an all-lower-case word ("sanctions.
//                   imposed by"): a sentence broken by an edit. Abbreviations ("U.S.", "e.g.",
//                   "etc.", "Mr.", any dotted token, single letters such as initials) and the
//                   words in `abbreviations` are not sentence ends; ellipses are skipped.
//   balance         quotation marks (“ ” « », straight " and the typewriter's '' classified by
//                   their neighbours, `` opening) and brackets ( ) [ ] that do not pair up within
//                   a paragraph. Straight and curly double marks pair with each other. A
//                   paragraph (or a line) that leaves a quotation open is fine when the next one
//                   opens one again (the news convention for a quotation over several
//                   paragraphs). Single quotes are not checked: ’ is far more often an
//                   apostrophe.
//   doubled         ",,", ";;", "::", "..", ". ." (not an ellipsis "..." or ". . ."), and white
//                   space before a comma or a full stop ("word ,"; not " ..." nor " .5").
// Message fields: `problem` (what is wrong) and `text` (the text around it).
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <optional>
#include <set>

#include "engine/base/ascii.h"
#include "kinds.h"

namespace factlint::rules_internal {
namespace {

// Lower-case, without the final full stop. Dotted tokens ("U.S", "e.g") need no entry.
const char* const kAbbreviations[] = {
    "adm",  "al",  "approx", "apr",  "assn", "aug",  "ave",  "blvd", "bros", "ca",   "capt", "cf",
    "cmdr", "co",  "col",    "corp", "dec",  "dept", "dr",   "ed",   "eds",  "esp",  "est",  "etc",
    "feb",  "fig", "figs",   "ft",   "gen",  "gov",  "govt", "hr",   "hrs",  "inc",  "incl", "intl",
    "jan",  "jr",  "lb",     "lbs",  "lt",   "ltd",  "maj",  "mar",  "min",  "misc", "mr",   "mrs",
    "ms",   "mt",  "natl",   "no",   "nos",  "nov",  "oct",  "op",   "oz",   "pp",   "prof", "rep",
    "resp", "sen", "sep",    "sept", "sgt",  "sr",   "st",   "univ", "viz",  "vol",  "vols", "vs"};

// The code point at `offset` and its length (0 at the end).
UChar32 CodePointAt(std::string_view text, size_t offset, size_t* length) {
  if (offset >= text.size()) {
    *length = 0;
    return -1;
  }
  int32_t i = static_cast<int32_t>(offset);
  UChar32 c;
  U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
  *length = static_cast<size_t>(i) - offset;
  return c;
}

// The code point ending just before `offset` (-1 at the start).
UChar32 CodePointBefore(std::string_view text, size_t offset) {
  if (offset == 0) return -1;
  int32_t i = static_cast<int32_t>(offset);
  UChar32 c;
  U8_PREV(text.data(), 0, i, c);
  return c;
}

enum class Mark { kNone, kQuote, kStraightQuote, kGuillemet, kParen, kBracket };
struct MarkAt {
  Mark mark;
  bool opens;
  Span span;
  // A closing mark that is ignored when nothing is open for it to close: ")" in "a) first", '"'
  // after a digit (an inch mark: 24" screen, unless a straight quotation is open).
  bool optional_close = false;
  // A straight quote with white space (or a dash) on both sides ('outreach,\' " he said',
  // 'n------" who'): it closes a quotation that is open, else it opens one.
  bool either = false;
};

class PunctuationCheck : public RuleCheck {
 public:
  PunctuationCheck(bool sentence_break, bool balance, bool doubled, std::set<std::string> abbrevs)
      : sentence_break_(sentence_break),
        balance_(balance),
        doubled_(doubled),
        abbreviations_(std::move(abbrevs)) {}

  void Run(const RuleContext& context, std::vector<Finding>* out) const override {
    const Document& doc = context.input.document;
    const std::vector<Block>& blocks = doc.blocks();
    for (size_t b = 0; b < blocks.size(); ++b) {
      if (sentence_break_) SentenceBreaks(context, blocks[b].span, out);
      if (doubled_) Doubled(context, blocks[b].span, out);
      if (balance_) Balance(context, b, out);
    }
  }

 private:
  void Report(const RuleContext& context, Span span, std::string_view problem,
              std::string_view text, std::optional<std::string> suggestion,
              std::vector<Finding>* out) const {
    MessageFields fields;
    fields.push_back(fmt::arg("problem", std::string(problem)));
    fields.push_back(fmt::arg("text", std::string(text)));
    Finding finding = MakeFinding(context.rule, span, FormatMessage(context.rule, fields));
    finding.suggestion = std::move(suggestion);
    out->push_back(std::move(finding));
  }

  // The token before `end` back to white space, without leading brackets and quotes.
  static size_t TokenStart(std::string_view text, size_t begin, size_t end) {
    size_t start = end;
    while (start > begin && !IsSpaceOrTab(text[start - 1]) && text[start - 1] != '\n') --start;
    return start;
  }

  void SentenceBreaks(const RuleContext& context, Span block, std::vector<Finding>* out) const {
    const Document& doc = context.input.document;
    std::string_view text = doc.text();
    for (size_t dot = block.begin; dot < block.end; ++dot) {
      if (text[dot] != '.' || !doc.IsProse(dot)) continue;
      if (dot == block.begin || text[dot - 1] == '.') continue;
      if (dot + 1 >= block.end || text[dot + 1] == '.') continue;
      // The token before: a dotted abbreviation, an initial or a listed abbreviation ends no
      // sentence.
      size_t token_start = TokenStart(text, block.begin, dot);
      while (token_start < dot && !IsAsciiAlnum(text[token_start]) &&
             static_cast<unsigned char>(text[token_start]) < 0x80) {
        ++token_start;  // "(etc" -> "etc"
      }
      std::string_view token = text.substr(token_start, dot - token_start);
      if (token.empty() || token.find('.') != std::string_view::npos) continue;
      size_t length = 0;
      UChar32 last = CodePointBefore(text, dot);
      if (!u_isalnum(last)) continue;
      CodePointAt(text, token_start, &length);
      if (length == token.size()) continue;  // an initial: "J. Doe"
      if (abbreviations_.contains(AsciiLower(token))) continue;
      // White space (one soft line break at most), then an all-lower-case word.
      size_t next = dot + 1;
      int newlines = 0;
      while (next < block.end && (IsSpaceOrTab(text[next]) || text[next] == '\n')) {
        newlines += text[next] == '\n';
        ++next;
      }
      if (next == dot + 1 || newlines > 1) continue;
      size_t word_end = next;
      bool lower = true;
      while (word_end < block.end) {
        UChar32 c = CodePointAt(text, word_end, &length);
        if (!u_isalpha(c)) break;
        lower = lower && u_islower(c);
        word_end += length;
      }
      if (word_end == next || !lower) continue;
      Span span{dot, word_end};
      if (!doc.IsProse(span)) continue;
      std::string suggestion(text.substr(dot + 1, word_end - dot - 1));
      Report(context, span, "full stop before a lower-case word",
             text.substr(token_start, word_end - token_start), suggestion, out);
    }
  }

  void Doubled(const RuleContext& context, Span block, std::vector<Finding>* out) const {
    const Document& doc = context.input.document;
    std::string_view text = doc.text();
    for (size_t i = block.begin; i < block.end; ++i) {
      char c = text[i];
      if (c != ',' && c != ';' && c != ':' && c != '.') continue;
      if (!doc.IsProse(i)) continue;
      // A run of the same mark, single spaces allowed between full stops (". . .").
      size_t end = i + 1;
      int count = 1;
      bool spaced = false;
      while (end < block.end) {
        if (text[end] == c) {
          ++count;
          ++end;
        } else if (c == '.' && text[end] == ' ' && end + 1 < block.end && text[end + 1] == '.') {
          spaced = true;
          ++end;
        } else {
          break;
        }
      }
      bool after_mark =
          i > block.begin &&
          (text[i - 1] == c || (c == '.' && text[i - 1] == ' ' && i >= 2 && text[i - 2] == '.'));
      if (count == 2 && !after_mark && doc.IsProse(Span{i, end})) {
        std::string mark(1, c);
        Report(context, {i, end}, "doubled punctuation", text.substr(i, end - i), mark, out);
      }
      if (!spaced) SpaceBefore(context, block, i, out);
      i = end - 1;
    }
  }

  // White space before the comma or full stop at `mark`.
  void SpaceBefore(const RuleContext& context, Span block, size_t mark,
                   std::vector<Finding>* out) const {
    const Document& doc = context.input.document;
    std::string_view text = doc.text();
    char c = text[mark];
    if (c != ',' && c != '.') return;
    size_t start = mark;
    while (start > block.begin && IsSpaceOrTab(text[start - 1])) --start;
    if (start == mark || start == block.begin) return;
    if (!u_isalnum(CodePointBefore(text, start))) return;
    if (mark + 1 < block.end) {
      size_t length = 0;
      UChar32 after = CodePointAt(text, mark + 1, &length);
      if (after == '.' || u_isalnum(after)) return;  // " ..." and " .5", " .NET"
    }
    Span span{start, mark + 1};
    if (!doc.IsProse(span)) return;
    size_t token_start = TokenStart(text, block.begin, start);
    Report(context, span, c == ',' ? "space before a comma" : "space before a full stop",
           text.substr(token_start, mark + 1 - token_start), std::string(1, c), out);
  }

  // A straight double quotation mark ('"', or "''") at `span`, opening or closing by its
  // neighbours: after white space, a bracket or a dash it opens; before white space or
  // punctuation it closes; with both it may do either (see MarkAt::either); after a digit it is
  // an inch mark unless a quotation is open.
  static MarkAt StraightQuote(std::string_view text, Span block, Span span) {
    UChar32 before = span.begin > block.begin ? CodePointBefore(text, span.begin) : ' ';
    if (u_isdigit(before)) return {Mark::kStraightQuote, false, span, true};
    bool opens = u_isspace(before) || before == '(' || before == '[' || before == U'\u2014' ||
                 before == U'\u2013' || before == '-' || before == '/';
    size_t length = 0;
    UChar32 after = span.end < block.end ? CodePointAt(text, span.end, &length) : ' ';
    bool closes = u_isspace(after) || u_ispunct(after);
    return {Mark::kStraightQuote, opens, span, false, opens && closes};
  }

  // The quotation mark or bracket at `offset`, if any.
  static MarkAt MarkAtOffset(std::string_view text, Span block, size_t offset) {
    size_t length = 0;
    UChar32 c = CodePointAt(text, offset, &length);
    Span span{offset, offset + length};
    switch (c) {
      case U'\u201c':
        return {Mark::kQuote, true, span};
      case U'\u201d':
        return {Mark::kQuote, false, span};
      case U'\u00ab':
        return {Mark::kGuillemet, true, span};
      case U'\u00bb':
        return {Mark::kGuillemet, false, span};
      case '(':
        return {Mark::kParen, true, span};
      case '[':
        return {Mark::kBracket, true, span};
      case ']':
        return {Mark::kBracket, false, span};
      case ')': {
        // "a) first, b) second" enumerates; ":)" smiles. Only the three bytes before the mark
        // can make an enumerator, so no more are looked at (")))..." stays linear).
        size_t start =
            TokenStart(text, std::max(block.begin, offset - std::min<size_t>(offset, 3)), offset);
        if (offset - start >= 1 && offset - start <= 2) {
          bool alnum = true;
          for (size_t i = start; i < offset; ++i) alnum = alnum && IsAsciiAlnum(text[i]);
          if (text[offset - 1] == ':' || text[offset - 1] == ';') return {Mark::kNone, false, span};
          if (alnum) return {Mark::kParen, false, span, true};
        }
        return {Mark::kParen, false, span};
      }
      case '"':
        return StraightQuote(text, block, span);
      case '\'':
      case '`': {
        // Two apostrophes stand for a double quotation mark, opening or closing as '"' does
        // (''This,'' he said; "Nidhi,'' he said), and two backticks open one (``so''); a single
        // one is an apostrophe.
        if (offset + 1 >= block.end || text[offset + 1] != c) return {Mark::kNone, false, span};
        if (offset > block.begin && text[offset - 1] == c) return {Mark::kNone, false, span};
        if (c == '`') return {Mark::kStraightQuote, true, {offset, offset + 2}};
        return StraightQuote(text, block, {offset, offset + 2});
      }
      default:
        return {Mark::kNone, false, span};
    }
  }

  static bool IsQuote(Mark mark) {
    return mark == Mark::kQuote || mark == Mark::kStraightQuote || mark == Mark::kGuillemet;
  }
  static bool IsDoubleQuote(Mark mark) {
    return mark == Mark::kQuote || mark == Mark::kStraightQuote;
  }

  // True when the first prose character at or after `from` in `block` opens a quotation.
  static bool OpensWithQuote(const Document& doc, Span block, size_t from) {
    size_t i = from;
    while (i < block.end && (!doc.IsProse(i) || IsSpaceOrTab(doc.text()[i]))) ++i;
    if (i >= block.end) return false;
    MarkAt mark = MarkAtOffset(doc.text(), block, i);
    return IsQuote(mark.mark) && mark.opens;
  }

  // True when block `b` is a paragraph whose first prose character opens a quotation.
  static bool OpensWithQuote(const Document& doc, size_t b) {
    if (b >= doc.blocks().size() || doc.blocks()[b].kind != BlockKind::kParagraph) return false;
    Span block = doc.blocks()[b].span;
    return OpensWithQuote(doc, block, block.begin);
  }

  void Balance(const RuleContext& context, size_t b, std::vector<Finding>* out) const {
    const Document& doc = context.input.document;
    std::string_view text = doc.text();
    Span block = doc.blocks()[b].span;
    std::vector<MarkAt> open;
    std::vector<MarkAt> unmatched;
    for (size_t i = block.begin; i < block.end; ++i) {
      if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // inside a character
      if (text[i] == '\n') {
        // A quotation left open at the end of a line that the next line opens again runs on,
        // as over paragraphs (plain text often has one paragraph a line).
        if (!open.empty() && IsQuote(open.back().mark) && OpensWithQuote(doc, block, i + 1)) {
          open.pop_back();
        }
        continue;
      }
      if (!doc.IsProse(i)) continue;
      MarkAt mark = MarkAtOffset(text, block, i);
      if (mark.mark == Mark::kNone) continue;
      if (text[i] == '\'' || text[i] == '`') i = mark.span.end - 1;  // '' and ``: two bytes
      if (mark.either) {
        mark.opens = std::none_of(open.begin(), open.end(),
                                  [](const MarkAt& m) { return m.mark == Mark::kStraightQuote; });
      }
      if (mark.opens) {
        open.push_back(mark);
        continue;
      }
      // Quotation marks pair across styles: a straight mark closes a curly one and the other way
      // round (“mixed" marks are common in copy pasted from several places).
      auto pairs = [&](const MarkAt& m) {
        return m.mark == mark.mark || (IsDoubleQuote(m.mark) && IsDoubleQuote(mark.mark));
      };
      size_t k = open.size();
      while (k > 0 && !pairs(open[k - 1])) --k;
      if (k == 0) {
        if (!mark.optional_close) unmatched.push_back(mark);
        continue;
      }
      // Marks opened after the one this closes were never closed.
      unmatched.insert(unmatched.end(), open.begin() + static_cast<ptrdiff_t>(k), open.end());
      open.resize(k - 1);
    }
    bool continued = OpensWithQuote(doc, b + 1) && doc.blocks()[b].kind == BlockKind::kParagraph;
    for (const MarkAt& mark : open) {
      if (continued && IsQuote(mark.mark)) continue;
      unmatched.push_back(mark);
    }
    std::sort(unmatched.begin(), unmatched.end(),
              [](const MarkAt& x, const MarkAt& y) { return x.span.begin < y.span.begin; });
    for (const MarkAt& mark : unmatched) {
      std::string problem =
          IsQuote(mark.mark)
              ? (mark.opens ? "unclosed quotation mark"
                            : "closing quotation mark without an opening one")
              : (mark.opens ? "unclosed bracket" : "closing bracket without an opening one");
      Report(context, mark.span, problem, text.substr(mark.span.begin, mark.span.size()),
             std::nullopt, out);
    }
  }

  bool sentence_break_, balance_, doubled_;
  std::set<std::string> abbreviations_;  // ASCII lower case, no full stop
};

}  // namespace

StatusOr<std::unique_ptr<RuleCheck>> MakePunctuationCheck(const RuleInfo& /*rule*/,
                                                          Parameters& params) {
  bool sentence_break = params.Bool("sentence-break", true);
  bool balance = params.Bool("balance", true);
  bool doubled = params.Bool("doubled", true);
  std::set<std::string> abbreviations(std::begin(kAbbreviations), std::end(kAbbreviations));
  for (const std::string& word : params.Strings("abbreviations", {})) {
    std::string key = AsciiLower(word);
    if (!key.empty() && key.back() == '.') key.pop_back();
    if (key.empty()) {
      params.Fail("abbreviations", "an abbreviation is empty");
      continue;
    }
    abbreviations.insert(key);
  }
  FACTLINT_RETURN_IF_ERROR(params.Finish());
  return std::unique_ptr<RuleCheck>(
      new PunctuationCheck(sentence_break, balance, doubled, std::move(abbreviations)));
}

}  // namespace factlint::rules_internal
