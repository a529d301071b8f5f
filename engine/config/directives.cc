// Inline directives: parsing `<!-- factlint-... -->` comments and filtering findings by them.
#include "directives.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <string_view>

namespace factlint::config_internal {
namespace {

enum class Action { kDisable, kEnable, kDisableNextLine };

struct Directive {
  Action action = Action::kDisable;
  std::vector<std::string> rules;  // empty: every rule
  Span span;                       // the comment
  int next_line = 0;               // kDisableNextLine: the 1-based line it covers, 0 for none
};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// "a, b c" -> {a, b, c}
std::vector<std::string> SplitIds(std::string_view text) {
  std::vector<std::string> ids;
  std::string current;
  for (char c : text) {
    if (c == ',' || IsSpace(c)) {
      if (!current.empty()) ids.push_back(std::move(current));
      current.clear();
    } else {
      current.push_back(c);
    }
  }
  if (!current.empty()) ids.push_back(std::move(current));
  return ids;
}

// The 1-based line of the first non-blank line after the line holding original offset `offset`;
// 0 when there is none. Lines end where the document says they do ("\n", "\r\n" or "\r").
int NextNonBlankLine(const Document& document, size_t offset) {
  const std::string& original = document.original();
  std::string_view line = document.OriginalLineAt(offset);
  while (true) {
    size_t next = static_cast<size_t>(line.data() - original.data()) + line.size();
    next += original.compare(next, 2, "\r\n") == 0 ? 2 : 1;  // past the line end
    if (next >= original.size()) return 0;
    line = document.OriginalLineAt(next);
    if (!std::all_of(line.begin(), line.end(), IsSpace)) return document.LineColumnOf(next).line;
  }
}

// Whether `rule` is off at a point, after replaying the region directives before it.
class RegionState {
 public:
  void Apply(const Directive& directive) {
    const bool disable = directive.action == Action::kDisable;
    if (directive.rules.empty()) {
      all_off_ = disable;
      exceptions_.clear();
      return;
    }
    for (const std::string& rule : directive.rules) {
      // With every rule off, exceptions_ holds the rules switched back on; else, those off.
      if (disable != all_off_) {
        exceptions_.insert(rule);
      } else {
        exceptions_.erase(rule);
      }
    }
  }
  bool IsOff(const std::string& rule) const { return all_off_ != (exceptions_.count(rule) > 0); }

 private:
  bool all_off_ = false;
  std::set<std::string, std::less<>> exceptions_;
};

Finding Unknown(Span span, std::string message) {
  Finding finding;
  finding.rule = kUnknownDirectiveRule;
  finding.severity = Severity::kWarning;
  finding.message = std::move(message);
  finding.span = span;
  return finding;
}

}  // namespace

std::vector<Finding> ApplyDirectives(const Document& document, const RuleSet& rules,
                                     std::vector<Finding>* findings) {
  std::vector<Finding> unknown;
  std::vector<Directive> directives;
  for (const Comment& comment : document.comments()) {
    std::string_view body = comment.body;
    if (body.substr(0, 9) != "factlint-") continue;
    const size_t name_end =
        std::find_if(body.begin(), body.end(), [](char c) { return IsSpace(c); }) - body.begin();
    const std::string_view name = body.substr(0, name_end);
    Directive directive;
    directive.span = comment.span;
    if (name == "factlint-disable") {
      directive.action = Action::kDisable;
    } else if (name == "factlint-enable") {
      directive.action = Action::kEnable;
    } else if (name == "factlint-disable-next-line") {
      directive.action = Action::kDisableNextLine;
      directive.next_line =
          NextNonBlankLine(document, document.OriginalOffset(comment.span.end) - 1);
    } else {
      unknown.push_back(Unknown(comment.span, fmt::format("unknown directive '{}'", name)));
      continue;
    }
    const std::vector<std::string> ids = SplitIds(body.substr(name_end));
    for (const std::string& id : ids) {
      if (rules.Find(id) == nullptr) {
        unknown.push_back(Unknown(comment.span, fmt::format("{}: unknown rule '{}'", name, id)));
      } else {
        directive.rules.push_back(id);
      }
    }
    // A directive naming only unknown rules does nothing (it must not mean "every rule").
    if (!ids.empty() && directive.rules.empty()) continue;
    directives.push_back(std::move(directive));
  }

  const Metadata& metadata = document.metadata();
  std::set<std::string, std::less<>> file_off;
  const std::string_view text = document.text();
  const size_t key = text.find("factlint-disable:");
  for (const std::string& id : metadata.disabled_rules) {
    if (rules.Find(id) != nullptr) {
      file_off.insert(id);
      continue;
    }
    Span span{0, 0};
    if (key != std::string_view::npos) {
      const size_t at = text.find(id, key);
      span = at == std::string_view::npos ? Span{key, key + 16} : Span{at, at + id.size()};
    }
    unknown.push_back(
        Unknown(span, fmt::format("front matter factlint-disable: unknown rule '{}'", id)));
  }

  auto suppressed = [&](const Finding& finding) {
    if (metadata.disable_all || file_off.count(finding.rule) > 0) return true;
    RegionState state;
    int line = 0;  // computed on demand
    for (const Directive& directive : directives) {
      if (directive.span.end > finding.span.begin) break;
      if (directive.action != Action::kDisableNextLine) {
        state.Apply(directive);
        continue;
      }
      if (directive.next_line == 0) continue;
      if (line == 0) line = document.LineColumnOf(document.OriginalOffset(finding.span.begin)).line;
      if (line == directive.next_line &&
          (directive.rules.empty() || std::find(directive.rules.begin(), directive.rules.end(),
                                                finding.rule) != directive.rules.end())) {
        return true;
      }
    }
    return state.IsOff(finding.rule);
  };
  findings->erase(std::remove_if(findings->begin(), findings->end(), suppressed), findings->end());
  return unknown;
}

}  // namespace factlint::config_internal
