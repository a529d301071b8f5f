// Kind `repetition`: the same word twice in a row ("The The worst part").
//
// Two consecutive words of one sentence repeat when they are equal ignoring case (Unicode case
// folding) and only white space stands between them: "that, that" is not a repetition. Words in
// `allow` ("had had", "that that" are good English) are never reported.
#include <unicode/unistr.h>

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
  RepetitionCheck(bool ignore_case, std::set<std::string> allow)
      : ignore_case_(ignore_case), allow_(std::move(allow)) {}

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
      MessageFields fields;
      fields.push_back(fmt::arg("word", std::string(a)));
      Finding finding = MakeFinding(context.rule, {first.span.begin, second.span.end},
                                    FormatMessage(context.rule, fields));
      finding.suggestion = std::string(a);
      out->push_back(std::move(finding));
    }
  }

 private:
  static bool IsNumber(std::string_view word) {
    return word.find_first_not_of("0123456789.,") == std::string_view::npos;
  }

  bool ignore_case_;
  std::set<std::string> allow_;  // case-folded
};

}  // namespace

StatusOr<std::unique_ptr<RuleCheck>> MakeRepetitionCheck(const RuleInfo& /*rule*/,
                                                         Parameters& params) {
  bool ignore_case = params.Bool("ignore-case", true);
  std::set<std::string> allow;
  for (const std::string& word : params.Strings("allow", {})) allow.insert(FoldCase(word));
  FACTLINT_RETURN_IF_ERROR(params.Finish());
  return std::unique_ptr<RuleCheck>(new RepetitionCheck(ignore_case, std::move(allow)));
}

}  // namespace factlint::rules_internal
