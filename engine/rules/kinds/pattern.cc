// Kind `pattern`: user rules written as regular expressions, like Vale's `existence` and
// `substitution`.
//
// `form: existence` reports every match of `tokens`; `form: substitution` reports every match of
// a key of `swap` and suggests its value, with $1..$9 filled from the match. All expressions are
// RE2 (linear time whatever the rule or the text), compiled once at load time and joined into one
// alternation, each token in its own capturing group so that a match knows which token it was and
// where that token's groups are. Unless `nonword: true`, a token must stand between word
// boundaries; those are checked with Unicode letters and digits (RE2's \b is ASCII only, and would
// find "caf" inside "café"), by consuming the neighbouring character outside the token's group.
//
// Matching runs over the segments of `scope` (each sentence, paragraph, heading, quotation or prose
// block) separately, so ^ and $ mean the segment's ends, and a match that touches masked text
// (code, URLs) is dropped. The message template is the kind's own: {match}, {1}..{9} and, for
// substitution, {suggestion}; {{ and }} are literal braces.
#include <re2/re2.h>

#include <algorithm>
#include <array>

#include "kinds.h"

namespace factlint::rules_internal {
namespace {

// The compiled program of one rule stays within this (RE2 refuses larger ones at load time).
constexpr int64_t kMaxMem = 32 << 20;

enum class Scope { kText, kSentence, kParagraph, kHeading, kQuote };

// A message template or a replacement, cut into literal text and numbered references
// (0 = {match}, 1..9 = groups, -1 = {suggestion}).
struct Piece {
  std::string literal;
  int field = 0;
  bool is_field = false;
};
using Template = std::vector<Piece>;
constexpr int kSuggestion = -1;

StatusOr<Template> ParseMessage(std::string_view message, std::string_view where) {
  Template out;
  std::string literal;
  for (size_t i = 0; i < message.size(); ++i) {
    char c = message[i];
    if ((c == '{' || c == '}') && i + 1 < message.size() && message[i + 1] == c) {
      literal += c;
      ++i;
      continue;
    }
    if (c == '}') return InvalidArgumentError(fmt::format("{}: unmatched }}", where));
    if (c != '{') {
      literal += c;
      continue;
    }
    size_t close = message.find('}', i);
    if (close == std::string_view::npos) {
      return InvalidArgumentError(fmt::format("{}: unclosed {{", where));
    }
    std::string_view name = message.substr(i + 1, close - i - 1);
    int field;
    if (name == "match") {
      field = 0;
    } else if (name == "suggestion") {
      field = kSuggestion;
    } else if (name.size() == 1 && name[0] >= '1' && name[0] <= '9') {
      field = name[0] - '0';
    } else {
      return InvalidArgumentError(
          fmt::format("{}: unknown field {{{}}} (fields: match, 1-9, suggestion)", where, name));
    }
    out.push_back({std::move(literal), 0, false});
    literal.clear();
    out.push_back({"", field, true});
    i = close;
  }
  out.push_back({std::move(literal), 0, false});
  return out;
}

// "$1".."$9" in a substitution's right side; "$$" is a dollar sign.
Template ParseReplacement(std::string_view text) {
  Template out;
  std::string literal;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '$' && i + 1 < text.size() && text[i + 1] == '$') {
      literal += '$';
      ++i;
    } else if (text[i] == '$' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
      out.push_back({std::move(literal), 0, false});
      literal.clear();
      out.push_back({"", text[i + 1] - '0', true});
      ++i;
    } else {
      literal += text[i];
    }
  }
  out.push_back({std::move(literal), 0, false});
  return out;
}

int MaxField(const Template& t) {
  int max = 0;
  for (const Piece& p : t) max = std::max(max, p.is_field ? p.field : 0);
  return max;
}

// groups[0] is the match, groups[1..9] the token's own groups (empty when unmatched).
std::string Fill(const Template& t, const std::array<std::string_view, 10>& groups,
                 std::string_view suggestion) {
  std::string out;
  for (const Piece& p : t) {
    if (!p.is_field) {
      out += p.literal;
    } else {
      out += p.field == kSuggestion ? suggestion : groups[static_cast<size_t>(p.field)];
    }
  }
  return out;
}

RE2::Options MakeOptions(bool ignore_case) {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_case_sensitive(!ignore_case);
  options.set_log_errors(false);
  options.set_max_mem(kMaxMem);
  return options;
}

struct Token {
  int group = 0;         // its capturing group in the joined expression
  int groups = 0;        // how many groups of its own it has
  Template replacement;  // substitution only
};

class PatternCheck : public RuleCheck {
 public:
  PatternCheck(std::unique_ptr<RE2> re, std::vector<Token> tokens, Template message, Scope scope,
               bool substitution)
      : re_(std::move(re)),
        tokens_(std::move(tokens)),
        message_(std::move(message)),
        scope_(scope),
        substitution_(substitution) {}

  void Run(const RuleContext& context, std::vector<Finding>* out) const override {
    const Document& doc = context.input.document;
    for (Span segment : Segments(doc)) Search(context, segment, out);
  }

 private:
  std::vector<Span> Segments(const Document& doc) const {
    std::vector<Span> out;
    if (scope_ == Scope::kSentence) {
      for (const Sentence& s : doc.sentences()) out.push_back(s.span);
      return out;
    }
    for (const Block& block : doc.blocks()) {
      if (scope_ == Scope::kParagraph && block.kind != BlockKind::kParagraph) continue;
      if (scope_ == Scope::kHeading && block.kind != BlockKind::kHeading) continue;
      if (scope_ == Scope::kQuote) {
        Quotations(doc, block.span, &out);
      } else {
        out.push_back(block.span);
      }
    }
    return out;
  }

  // The text between “ and ”, or between two straight quotes, inside `block`.
  static void Quotations(const Document& doc, Span block, std::vector<Span>* out) {
    std::string_view text = doc.TextOf(block);
    size_t i = 0;
    while (i < text.size()) {
      size_t straight = text.find('"', i);
      size_t curly = text.find("\u201c", i);
      if (straight == std::string_view::npos && curly == std::string_view::npos) return;
      bool is_curly = curly < straight;
      size_t open = is_curly ? curly : straight;
      size_t begin = open + (is_curly ? 3 : 1);
      size_t close = text.find(is_curly ? "\u201d" : "\"", begin);
      if (close == std::string_view::npos) return;
      out->push_back({block.begin + begin, block.begin + close});
      i = close + (is_curly ? 3 : 1);
    }
  }

  void Search(const RuleContext& context, Span segment, std::vector<Finding>* out) const {
    const Document& doc = context.input.document;
    std::string_view text = doc.TextOf(segment);
    const int n = 1 + re_->NumberOfCapturingGroups();
    std::vector<re2::StringPiece> sub(static_cast<size_t>(n));
    size_t pos = 0;
    while (pos <= text.size() &&
           re_->Match(text, pos, text.size(), RE2::UNANCHORED, sub.data(), n)) {
      // Which token matched: the first whose group took part.
      const Token* token = nullptr;
      for (const Token& t : tokens_) {
        if (sub[static_cast<size_t>(t.group)].data() != nullptr) {
          token = &t;
          break;
        }
      }
      if (token == nullptr) return;  // cannot happen: every alternative is a token's group
      std::string_view match = sub[static_cast<size_t>(token->group)];
      size_t begin = static_cast<size_t>(match.data() - text.data());
      size_t end = begin + match.size();
      // Continue after the token (not after the consumed boundary character, which may begin
      // the next match); an empty match moves on by one character.
      pos = end > begin ? end : NextCharacter(text, end);
      if (match.empty()) continue;
      Span span{segment.begin + begin, segment.begin + end};
      if (!doc.IsProse(span)) continue;
      std::array<std::string_view, 10> groups{};
      groups[0] = match;
      for (int g = 1; g <= token->groups && g <= 9; ++g) {
        re2::StringPiece group = sub[static_cast<size_t>(token->group + g)];
        if (group.data() != nullptr) groups[static_cast<size_t>(g)] = group;
      }
      std::string suggestion;
      if (substitution_) {
        suggestion = Fill(token->replacement, groups, "");
        if (suggestion == match) continue;  // already right
      }
      Finding finding = MakeFinding(context.rule, span, Fill(message_, groups, suggestion));
      if (substitution_) finding.suggestion = std::move(suggestion);
      out->push_back(std::move(finding));
    }
  }

  static size_t NextCharacter(std::string_view text, size_t pos) {
    ++pos;
    while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
    return pos;
  }

  std::unique_ptr<RE2> re_;
  std::vector<Token> tokens_;
  Template message_;
  Scope scope_;
  bool substitution_;
};

}  // namespace

StatusOr<std::unique_ptr<RuleCheck>> MakePatternCheck(const RuleInfo& rule, Parameters& params) {
  std::string form = params.String("form", "existence");
  bool ignore_case = params.Bool("ignorecase", true);
  bool nonword = params.Bool("nonword", false);
  std::string scope_name = params.String("scope", "text");
  Scope scope = Scope::kText;
  if (scope_name == "sentence") {
    scope = Scope::kSentence;
  } else if (scope_name == "paragraph") {
    scope = Scope::kParagraph;
  } else if (scope_name == "heading") {
    scope = Scope::kHeading;
  } else if (scope_name == "quote") {
    scope = Scope::kQuote;
  } else if (scope_name != "text") {
    params.Fail(
        "scope",
        fmt::format("expected sentence, paragraph, heading, quote or text, got '{}'", scope_name));
  }
  bool substitution = form == "substitution";
  if (!substitution && form != "existence") {
    params.Fail("form", fmt::format("expected existence or substitution, got '{}'", form));
  }
  const char* list_key = substitution ? "swap" : "tokens";
  const char* other_key = substitution ? "tokens" : "swap";
  if (params.Has(other_key)) {
    params.Fail(other_key, fmt::format("is not a parameter of form: {} (it takes {})",
                                       substitution ? "substitution" : "existence", list_key));
  }
  std::vector<Parameters::Entry> entries =
      substitution ? params.StringMap(list_key) : params.StringList(list_key);
  params.Strings(other_key, {});  // reported above when present; not an unknown parameter
  if (entries.empty()) params.Fail(list_key, "expected at least one expression");
  FACTLINT_RETURN_IF_ERROR(params.Finish());

  // Each expression alone first, so that an error names it.
  RE2::Options options = MakeOptions(ignore_case);
  std::vector<Token> tokens;
  std::string joined;
  int group = 1;
  for (size_t i = 0; i < entries.size(); ++i) {
    const std::string& expression = substitution ? entries[i].key : entries[i].value;
    RE2 re(expression, options);
    if (!re.ok()) {
      params.FailEntry(list_key, i, entries[i].line,
                       fmt::format("invalid regular expression '{}': {}", expression, re.error()));
      return params.Finish();
    }
    Token token;
    token.group = group;
    token.groups = re.NumberOfCapturingGroups();
    if (substitution) {
      token.replacement = ParseReplacement(entries[i].value);
      if (int max = MaxField(token.replacement); max > token.groups) {
        params.FailEntry(
            list_key, i, entries[i].line,
            fmt::format("replacement '{}': ${} is out of range: '{}' has {} capture group(s)",
                        entries[i].value, max, expression, token.groups));
        return params.Finish();
      }
    }
    group += 1 + token.groups;
    tokens.push_back(std::move(token));
    joined += fmt::format("{}({})", i == 0 ? "" : "|", expression);
  }
  if (!nonword) {
    // A token is a whole word: no letter, digit or underscore just before or after it.
    joined = "(?:\\A|[^\\pL\\pN_])(?:" + joined + ")(?:[^\\pL\\pN_]|\\z)";
  }
  auto re = std::make_unique<RE2>(joined, options);
  if (!re->ok()) {
    params.Fail(list_key, fmt::format("the expressions together do not compile: {}", re->error()));
    return params.Finish();
  }

  std::string where = params.WhereInRule("message");
  FACTLINT_ASSIGN_OR_RETURN(Template message, ParseMessage(rule.message, where));
  for (const Piece& p : message) {
    if (p.is_field && p.field == kSuggestion && !substitution) {
      return InvalidArgumentError(
          fmt::format("{}: {{suggestion}} is only for form: substitution", where));
    }
  }
  if (int max = MaxField(message); max > 0) {
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].groups < max) {
        return InvalidArgumentError(
            fmt::format("{}: {{{}}} is out of range: '{}' has {} capture group(s)", where, max,
                        substitution ? entries[i].key : entries[i].value, tokens[i].groups));
      }
    }
  }
  return std::unique_ptr<RuleCheck>(
      new PatternCheck(std::move(re), std::move(tokens), std::move(message), scope, substitution));
}

}  // namespace factlint::rules_internal
