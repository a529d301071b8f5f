// Kind `layout`: a stray line in the body, left over from a related-link box, a caption or an
// advertisement ("Ten gadgets that changed how we travel").
//
// A paragraph is stray when it is one line of at most `max-words` words, does not end with
// closing punctuation (. ! ? : ; … ” " ’ » )), and stands between two paragraphs of prose.
// Headings, list items, block quotes and table cells are not paragraphs of prose; the first block
// (title or lede) is never stray. Message field: `line`.
#include <cctype>

#include "kinds.h"

namespace factlint::rules_internal {
namespace {

class LayoutCheck : public RuleCheck {
 public:
  explicit LayoutCheck(size_t max_words) : max_words_(max_words) {}

  void Run(const RuleContext& context, std::vector<Finding>* out) const override {
    const Document& doc = context.input.document;
    const std::vector<Block>& blocks = doc.blocks();
    size_t word = 0;  // index of the first word at or after the block being looked at
    const std::vector<Word>& words = doc.words();
    for (size_t b = 1; b + 1 < blocks.size(); ++b) {
      Span line = Trimmed(doc, blocks[b].span);
      while (word < words.size() && words[word].span.begin < line.begin) ++word;
      if (!IsPlainParagraph(doc, blocks[b]) || !IsPlainParagraph(doc, blocks[b - 1]) ||
          !IsPlainParagraph(doc, blocks[b + 1])) {
        continue;
      }
      std::string_view text = doc.TextOf(line);
      if (text.empty() || text.find('\n') != std::string_view::npos) continue;
      size_t count = 0;
      for (size_t w = word; w < words.size() && words[w].span.end <= line.end; ++w) ++count;
      if (count == 0 || count > max_words_) continue;
      if (EndsWithClosingPunctuation(doc, line)) continue;
      MessageFields fields;
      fields.push_back(fmt::arg("line", std::string(text)));
      out->push_back(MakeFinding(context.rule, line, FormatMessage(context.rule, fields)));
    }
  }

 private:
  static Span Trimmed(const Document& doc, Span span) {
    std::string_view text = doc.text();
    while (span.begin < span.end && std::isspace(static_cast<unsigned char>(text[span.begin]))) {
      ++span.begin;
    }
    while (span.end > span.begin && std::isspace(static_cast<unsigned char>(text[span.end - 1]))) {
      --span.end;
    }
    return span;
  }

  // A paragraph at the start of its line, with nothing but indentation before it: not a list
  // item ("- ", "1. ") nor a block quote ("> ").
  static bool IsPlainParagraph(const Document& doc, const Block& block) {
    if (block.kind != BlockKind::kParagraph) return false;
    std::string_view text = doc.text();
    size_t i = block.span.begin;
    while (i > 0 && text[i - 1] != '\n') {
      --i;
      if (text[i] != ' ' && text[i] != '\t') return false;
    }
    return true;
  }

  // The last prose character of `line` (masked link targets and code are skipped) closes it.
  static bool EndsWithClosingPunctuation(const Document& doc, Span line) {
    std::string_view text = doc.text();
    size_t end = line.end;
    // Trailing emphasis markers too: "*Reporting by Ana Ruiz.*" ends with its full stop.
    while (end > line.begin && (!doc.IsProse(end - 1) || text[end - 1] == ' ' ||
                                text[end - 1] == '*' || text[end - 1] == '_')) {
      --end;
    }
    if (end == line.begin) return true;  // nothing of it is prose: not ours to judge
    static constexpr std::string_view kAscii = ".!?:;\")";  // not "]": a link text ends so
    if (kAscii.find(text[end - 1]) != std::string_view::npos) return true;
    for (std::string_view closing : {"\u2026", "\u201d", "\u2019", "\u00bb"}) {
      if (text.substr(line.begin, end - line.begin).ends_with(closing)) return true;
    }
    return false;
  }

  size_t max_words_;
};

}  // namespace

StatusOr<std::unique_ptr<RuleCheck>> MakeLayoutCheck(const RuleInfo& /*rule*/, Parameters& params) {
  double max_words = params.Number("max-words", 12);
  if (max_words < 1 || max_words != static_cast<double>(static_cast<size_t>(max_words))) {
    params.Fail("max-words", "expected a whole number of at least 1");
  }
  FACTLINT_RETURN_IF_ERROR(params.Finish());
  return std::unique_ptr<RuleCheck>(new LayoutCheck(static_cast<size_t>(max_words)));
}

}  // namespace factlint::rules_internal
