#include "inline_scan.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "engine/base/ascii.h"
#include "link_reference.h"

namespace factlint::text_internal {
namespace {

constexpr size_t kNpos = std::string_view::npos;

bool StartsWithIgnoreCase(std::string_view s, size_t at, std::string_view prefix) {
  if (s.size() - at < prefix.size()) return false;
  for (size_t k = 0; k < prefix.size(); ++k) {
    if (AsciiLower(s[at + k]) != prefix[k]) return false;
  }
  return true;
}

// Finds `needle` at or after `from`, remembering the last answer: the scanner asks for the same
// closing delimiter from ever later positions, and without the memo a text full of unclosed
// openers ("<?" 100000 times) would be searched to its end once per opener.
class NextFinder {
 public:
  explicit NextFinder(std::string_view needle) : needle_(needle) {}
  size_t Find(std::string_view s, size_t from) {
    if (searched_ && from >= last_from_ && (found_ == kNpos || found_ >= from)) return found_;
    searched_ = true;
    last_from_ = from;
    found_ = s.find(needle_, from);
    return found_;
  }

 private:
  std::string_view needle_;
  bool searched_ = false;
  size_t last_from_ = 0;
  size_t found_ = kNpos;
};

class Scanner {
 public:
  Scanner(std::string_view s, unsigned kinds) : s_(s), kinds_(kinds) {}

  std::vector<InlineMark> Run();

 private:
  struct Opener {
    size_t pos;
    bool image;
  };

  bool Has(unsigned kind) const { return (kinds_ & kind) != 0; }
  void Emit(InlineMark::Kind kind, size_t begin, size_t end) {
    marks_.push_back({kind, begin, end, 0, 0});
    floor_ = end;
  }

  size_t TryCodeSpan(size_t i);
  size_t TryAutolink(size_t i) const;
  size_t TryRawHtml(size_t i);
  size_t TryHtmlTag(size_t i);
  size_t TryInlineLinkTail(size_t i) const;
  size_t TryLinkLabel(size_t i) const;
  void CloseBracket(size_t* i);
  size_t TryBareUrl(size_t i) const;
  bool TryEmail(size_t at, size_t* begin, size_t* end) const;
  size_t TrimUrlEnd(size_t begin, size_t end) const;

  std::string_view s_;
  unsigned kinds_;
  std::vector<InlineMark> marks_;
  size_t floor_ = 0;  // end of the last mark: an e-mail's local part never reaches back past it

  // Backtick runs by length, for code spans; cursor_ per length only moves forward.
  bool runs_indexed_ = false;
  std::unordered_map<size_t, std::vector<size_t>> runs_by_length_;
  std::unordered_map<size_t, size_t> run_cursor_;

  // Link openers. Those below inactive_below_ that are not images were deactivated by a link
  // (CommonMark: no links inside links), which keeps deactivation O(1).
  std::vector<Opener> openers_;
  size_t inactive_below_ = 0;

  NextFinder comment_end_{"--"}, pi_end_{"?>"}, cdata_end_{"]]>"}, gt_{">"};
  NextFinder double_quote_{"\""}, single_quote_{"'"};
};

// A code span opens with a run of N backticks and closes with the next run of exactly N.
// Returns the end of the span, or kNpos when no run closes it (then the run is literal text).
size_t Scanner::TryCodeSpan(size_t i) {
  size_t length = 0;
  while (i + length < s_.size() && s_[i + length] == '`') ++length;
  if (!runs_indexed_) {
    runs_indexed_ = true;
    for (size_t p = 0; p < s_.size();) {
      if (s_[p] != '`') {
        ++p;
        continue;
      }
      size_t q = p;
      while (q < s_.size() && s_[q] == '`') ++q;
      runs_by_length_[q - p].push_back(p);
      p = q;
    }
  }
  auto runs = runs_by_length_.find(length);
  if (runs == runs_by_length_.end()) return kNpos;
  size_t& cursor = run_cursor_[length];
  while (cursor < runs->second.size() && runs->second[cursor] < i + length) ++cursor;
  if (cursor == runs->second.size()) return kNpos;
  return runs->second[cursor] + length;
}

// <scheme:...> or <user@host>.
size_t Scanner::TryAutolink(size_t i) const {
  size_t j = i + 1;
  if (j < s_.size() && IsAsciiLetter(s_[j])) {
    size_t k = j + 1;
    while (k < s_.size() && k - j < 33 &&
           (IsAsciiAlnum(s_[k]) || s_[k] == '+' || s_[k] == '.' || s_[k] == '-')) {
      ++k;
    }
    if (k - j >= 2 && k - j <= 32 && k < s_.size() && s_[k] == ':') {
      for (++k; k < s_.size(); ++k) {
        const auto c = static_cast<unsigned char>(s_[k]);
        if (c == '>') return k + 1;
        if (c == '<' || c <= 0x20) break;
      }
    }
  }
  // E-mail autolink.
  static constexpr std::string_view kLocalPunct = ".!#$%&'*+/=?^_`{|}~-";
  size_t k = j;
  while (k < s_.size() && (IsAsciiAlnum(s_[k]) || kLocalPunct.find(s_[k]) != kNpos)) ++k;
  if (k == j || k >= s_.size() || s_[k] != '@') return kNpos;
  size_t labels = 0;
  for (++k;;) {
    const size_t label = k;
    while (k < s_.size() && (IsAsciiAlnum(s_[k]) || s_[k] == '-') && k - label < 63) ++k;
    if (k == label || s_[label] == '-' || s_[k - 1] == '-') return kNpos;
    ++labels;
    if (k < s_.size() && s_[k] == '.') {
      ++k;
      continue;
    }
    break;
  }
  return (labels > 0 && k < s_.size() && s_[k] == '>') ? k + 1 : kNpos;
}

// An open or closing tag (CommonMark 0.29, section 6.8).
size_t Scanner::TryHtmlTag(size_t i) {
  size_t j = i + 1;
  const bool closing = j < s_.size() && s_[j] == '/';
  if (closing) ++j;
  if (j >= s_.size() || !IsAsciiLetter(s_[j])) return kNpos;
  while (j < s_.size() && (IsAsciiAlnum(s_[j]) || s_[j] == '-')) ++j;
  if (closing) {
    while (j < s_.size() && IsAsciiSpace(s_[j])) ++j;
    return (j < s_.size() && s_[j] == '>') ? j + 1 : kNpos;
  }
  for (;;) {
    const size_t before_space = j;
    while (j < s_.size() && IsAsciiSpace(s_[j])) ++j;
    if (j >= s_.size()) return kNpos;
    if (s_[j] == '>') return j + 1;
    if (s_[j] == '/') return (j + 1 < s_.size() && s_[j + 1] == '>') ? j + 2 : kNpos;
    // An attribute needs white space before it.
    if (j == before_space) return kNpos;
    const char c = s_[j];
    if (!(IsAsciiLetter(c) || c == '_' || c == ':')) return kNpos;
    while (j < s_.size() &&
           (IsAsciiAlnum(s_[j]) || s_[j] == '_' || s_[j] == '.' || s_[j] == ':' || s_[j] == '-')) {
      ++j;
    }
    size_t k = j;
    while (k < s_.size() && IsAsciiSpace(s_[k])) ++k;
    if (k < s_.size() && s_[k] == '=') {
      ++k;
      while (k < s_.size() && IsAsciiSpace(s_[k])) ++k;
      if (k >= s_.size()) return kNpos;
      if (s_[k] == '"' || s_[k] == '\'') {
        NextFinder& finder = s_[k] == '"' ? double_quote_ : single_quote_;
        const size_t close = finder.Find(s_, k + 1);
        if (close == kNpos) return kNpos;
        j = close + 1;
      } else {
        static constexpr std::string_view kNotUnquoted = "\"'=<>`";
        const size_t value = k;
        while (k < s_.size() && !IsAsciiSpace(s_[k]) && kNotUnquoted.find(s_[k]) == kNpos) ++k;
        if (k == value) return kNpos;
        j = k;
      }
    }
  }
}

// Raw HTML at s_[i] == '<': a comment (recorded with its body), a processing instruction, a
// declaration, CDATA, or a tag. Returns the end, or kNpos.
size_t Scanner::TryRawHtml(size_t i) {
  const std::string_view rest = s_.substr(i);
  if (rest.starts_with("<!--")) {
    // 0.29: the text must not start with ">" or "->", must not contain "--" and must not end
    // with "-": so the first "--" after the opener must be the one of "-->".
    const size_t body = i + 4;
    if (s_.substr(body).starts_with(">") || s_.substr(body).starts_with("->")) return kNpos;
    const size_t dashes = comment_end_.Find(s_, body);
    if (dashes == kNpos || dashes + 2 >= s_.size() || s_[dashes + 2] != '>') return kNpos;
    marks_.push_back({InlineMark::Kind::kComment, i, dashes + 3, body, dashes});
    floor_ = dashes + 3;
    return dashes + 3;
  }
  size_t end = kNpos;
  if (rest.starts_with("<?")) {
    const size_t close = pi_end_.Find(s_, i + 2);
    if (close != kNpos) end = close + 2;
  } else if (rest.starts_with("<![CDATA[")) {
    const size_t close = cdata_end_.Find(s_, i + 9);
    if (close != kNpos) end = close + 3;
  } else if (rest.size() > 2 && rest[1] == '!' && IsAsciiLetter(rest[2])) {
    const size_t close = gt_.Find(s_, i + 2);
    if (close != kNpos) end = close + 1;
  } else {
    end = TryHtmlTag(i);
  }
  if (end != kNpos) Emit(InlineMark::Kind::kHtml, i, end);
  return end;
}

// "(destination "title")" at s_[i] == '('. Returns the end (past ')'), or kNpos.
size_t Scanner::TryInlineLinkTail(size_t i) const {
  const size_t after_destination = ScanLinkDestination(s_, SkipSpaceAndOneLineEnd(s_, i + 1));
  if (after_destination == kNpos) return kNpos;
  size_t j = SkipSpaceAndOneLineEnd(s_, after_destination);
  if (j > after_destination && j < s_.size() && (s_[j] == '"' || s_[j] == '\'' || s_[j] == '(')) {
    j = ScanLinkTitle(s_, j);
    if (j == kNpos) return kNpos;
    j = SkipSpaceAndOneLineEnd(s_, j);
  }
  return (j < s_.size() && s_[j] == ')') ? j + 1 : kNpos;
}

// "[label]" at s_[i] == '[' (up to 999 characters, no unescaped brackets). Returns the end.
size_t Scanner::TryLinkLabel(size_t i) const {
  for (size_t j = i + 1; j < s_.size() && j - i <= 1000; ++j) {
    if (s_[j] == '\\' && j + 1 < s_.size() && IsAsciiPunct(s_[j + 1])) {
      ++j;
    } else if (s_[j] == '[') {
      return kNpos;
    } else if (s_[j] == ']') {
      return j + 1;
    }
  }
  return kNpos;
}

// s_[*i] == ']': closes the innermost opener as an inline link, a full or collapsed reference
// link, or (when neither follows) leaves it as text. A shortcut reference ("[text]") has nothing
// to mask, so whether its label is defined does not matter here.
void Scanner::CloseBracket(size_t* i) {
  const size_t close = *i;
  *i += 1;
  if (openers_.empty()) return;
  const Opener opener = openers_.back();
  const bool active = opener.image || openers_.size() - 1 >= inactive_below_;
  openers_.pop_back();
  inactive_below_ = std::min(inactive_below_, openers_.size());
  if (!active) return;
  size_t end = kNpos;
  InlineMark::Kind kind = InlineMark::Kind::kLinkDestination;
  if (close + 1 < s_.size() && s_[close + 1] == '(') end = TryInlineLinkTail(close + 1);
  if (end == kNpos && close + 1 < s_.size() && s_[close + 1] == '[') {
    end = TryLinkLabel(close + 1);
    kind = InlineMark::Kind::kLinkLabel;
  }
  if (end == kNpos) return;
  Emit(kind, close + 1, end);
  *i = end;
  if (!opener.image) inactive_below_ = openers_.size();
}

// Drops what GFM's extended autolinks leave out at the end: trailing punctuation, a ")" without
// its "(", and an entity-like "&name;".
size_t Scanner::TrimUrlEnd(size_t begin, size_t end) const {
  static constexpr std::string_view kTrailing = "?!.,:*_~'\"";
  while (end > begin) {
    const char c = s_[end - 1];
    if (kTrailing.find(c) != kNpos) {
      --end;
    } else if (c == ')') {
      const std::string_view url = s_.substr(begin, end - begin);
      if (std::count(url.begin(), url.end(), '(') >= std::count(url.begin(), url.end(), ')')) break;
      --end;
    } else if (c == ';') {
      size_t k = end - 1;
      while (k > begin && IsAsciiAlnum(s_[k - 1])) --k;
      if (k > begin && k < end - 1 && s_[k - 1] == '&') {
        end = k - 1;
      } else {
        break;
      }
    } else {
      break;
    }
  }
  return end;
}

// GFM extended autolinks: "www.", "http://", "https://", "ftp://" followed by a domain.
size_t Scanner::TryBareUrl(size_t i) const {
  size_t j;
  if (StartsWithIgnoreCase(s_, i, "www.")) {
    if (i > 0 && !IsAsciiSpace(s_[i - 1]) && std::string_view("*_~(").find(s_[i - 1]) == kNpos) {
      return kNpos;
    }
    j = i + 4;
  } else {
    if (i > 0 && IsAsciiLetter(s_[i - 1])) return kNpos;
    if (StartsWithIgnoreCase(s_, i, "http://")) {
      j = i + 7;
    } else if (StartsWithIgnoreCase(s_, i, "https://")) {
      j = i + 8;
    } else if (StartsWithIgnoreCase(s_, i, "ftp://")) {
      j = i + 6;
    } else {
      return kNpos;
    }
  }
  const size_t domain = j;
  while (j < s_.size() && (IsAsciiAlnum(s_[j]) || s_[j] == '-' || s_[j] == '_' || s_[j] == '.' ||
                           static_cast<unsigned char>(s_[j]) >= 0x80)) {
    ++j;
  }
  if (j == domain || s_[domain] == '.') return kNpos;
  while (j < s_.size() && !IsAsciiSpace(s_[j]) && s_[j] != '<') ++j;
  const size_t end = TrimUrlEnd(i, j);
  return end > domain ? end : kNpos;
}

// An e-mail address around the '@' at s_[at], as cmark-gfm 0.29's autolink extension finds it:
// a local part of alphanumerics and ".+-_"; then a domain of alphanumerics, '-', '_' and dots,
// with a dot followed by an alphanumeric somewhere, no second '@' (the scan runs over it and then
// gives up), ending in a letter or '.'; trailing punctuation is not part of it.
bool Scanner::TryEmail(size_t at, size_t* begin, size_t* end) const {
  auto local_char = [](char c) {
    return IsAsciiAlnum(c) || c == '.' || c == '+' || c == '-' || c == '_';
  };
  size_t b = at;
  while (b > floor_ && local_char(s_[b - 1])) --b;
  if (b == at) return false;
  size_t e = at + 1;
  size_t dots = 0;
  for (; e < s_.size(); ++e) {
    const char c = s_[e];
    if (c == '@') return false;
    if (c == '.' && e + 1 < s_.size() && IsAsciiAlnum(s_[e + 1])) {
      ++dots;
    } else if (!IsAsciiAlnum(c) && c != '-' && c != '_') {
      break;
    }
  }
  if (dots == 0 || e - at < 2 || !(IsAsciiLetter(s_[e - 1]) || s_[e - 1] == '.')) return false;
  e = TrimUrlEnd(b, e);
  if (e <= at + 1) return false;
  *begin = b;
  *end = e;
  return true;
}

std::vector<InlineMark> Scanner::Run() {
  const bool code = Has(kInlineCode), html = Has(kInlineHtml), link = Has(kInlineLink);
  size_t i = 0;
  while (i < s_.size()) {
    const char c = s_[i];
    if (c == '\\') {
      i += (i + 1 < s_.size() && IsAsciiPunct(s_[i + 1])) ? 2 : 1;
    } else if (c == '`' && code) {
      const size_t end = TryCodeSpan(i);
      if (end != kNpos) {
        Emit(InlineMark::Kind::kCode, i, end);
        i = end;
      } else {
        while (i < s_.size() && s_[i] == '`') ++i;
      }
    } else if (c == '<' && (link || html)) {
      size_t end = link ? TryAutolink(i) : kNpos;
      if (end != kNpos) {
        Emit(InlineMark::Kind::kAutolink, i, end);
      } else if (html) {
        end = TryRawHtml(i);
      }
      i = end != kNpos ? end : i + 1;
    } else if (link && c == '!' && i + 1 < s_.size() && s_[i + 1] == '[') {
      openers_.push_back({i + 1, true});
      i += 2;
    } else if (link && c == '[') {
      openers_.push_back({i, false});
      ++i;
    } else if (link && c == ']') {
      CloseBracket(&i);
    } else if (link && openers_.empty() &&
               (c == 'h' || c == 'H' || c == 'w' || c == 'W' || c == 'f' || c == 'F')) {
      // cmark-gfm's autolink extension links no "www." or "http://" while a '[' is open.
      const size_t end = TryBareUrl(i);
      if (end != kNpos) {
        Emit(InlineMark::Kind::kBareUrl, i, end);
        i = end;
      } else {
        ++i;
      }
    } else if (link && c == '@') {
      size_t begin, end;
      if (TryEmail(i, &begin, &end)) {
        Emit(InlineMark::Kind::kBareUrl, begin, end);
        i = end;
      } else {
        ++i;
      }
    } else {
      ++i;
    }
  }
  return std::move(marks_);
}

}  // namespace

std::vector<InlineMark> ScanInlines(std::string_view content, unsigned kinds) {
  if (kinds == 0) return {};
  return Scanner(content, kinds).Run();
}

}  // namespace factlint::text_internal
