// Kind `quote`: a quotation of the article against the source quotations that share its words.
// The `check` parameter picks the finding:
//   wording       the speaker is right (or not given) but the words differ from the source beyond
//                 the tolerance; the source's wording is the suggestion
//   speaker       the words are in the corpus, said by someone other than the speaker named
//   unverified    no source quotation matches (quotations of at least `min-words` words)
// Similarity is the share of words that line up in order (see AlignQuote): 1 for a verbatim
// quotation or a verbatim fragment of a longer one.
#include <fmt/format.h>

#include <algorithm>

#include "../describe.h"
#include "../figure_judgement.h"
#include "kinds.h"

namespace factlint::rules_internal {
namespace {

enum class QuoteCheckKind { kWording, kSpeaker, kUnverified };

struct QuoteOptions {
  QuoteCheckKind check = QuoteCheckKind::kWording;
  double tolerance = 0.9;   // similarity from which the words count as the source's
  double same_words = 0.6;  // similarity from which another speaker's quotation is it
  int min_words = 6;        // shorter unmatched quotations are not reported
  int max_differences = 3;  // differences listed in the message
};

// The words of `span` as the document's word segmentation (ICU) counts them.
int WordCount(const Document& document, Span span) {
  const std::vector<Word>& words = document.words();
  auto first = std::lower_bound(words.begin(), words.end(), span.begin,
                                [](const Word& w, size_t offset) { return w.span.begin < offset; });
  auto last = std::lower_bound(first, words.end(), span.end,
                               [](const Word& w, size_t offset) { return w.span.begin < offset; });
  return static_cast<int>(last - first);
}

std::string Differences(const QuoteAlignment& alignment, int max) {
  // Words changed first (they change the meaning), then words added or left out; each group in
  // text order.
  std::vector<QuoteAlignment::Difference> ordered = alignment.differences;
  std::stable_partition(ordered.begin(), ordered.end(),
                        [](const auto& d) { return !d.article.empty() && !d.source.empty(); });
  std::string out;
  int shown = 0;
  for (const QuoteAlignment::Difference& d : ordered) {
    if (shown == max) break;
    if (!out.empty()) out += "; ";
    if (d.article.empty()) {
      out += fmt::format("\"{}\" left out", d.source);
    } else if (d.source.empty()) {
      out += fmt::format("\"{}\" added", d.article);
    } else {
      out += fmt::format("\"{}\" for \"{}\"", d.article, d.source);
    }
    ++shown;
  }
  const size_t more = alignment.differences.size() - static_cast<size_t>(shown);
  if (more > 0) out += fmt::format(" (and {} more)", more);
  return out;
}

class QuoteCheck : public RuleCheck {
 public:
  explicit QuoteCheck(QuoteOptions options) : options_(options) {}

  void Run(const RuleContext& context, std::vector<Finding>* out) const override {
    const CheckInput& input = context.input;
    if (input.corpus == nullptr || context.matches == nullptr) return;
    for (size_t i = 0; i < input.claims.quotes.size() && i < context.matches->quotes.size(); ++i) {
      CheckOne(context, i, out);
    }
  }

 private:
  void CheckOne(const RuleContext& context, size_t index, std::vector<Finding>* out) const {
    const CheckInput& input = context.input;
    const Quote& quote = input.claims.quotes[index];
    const std::vector<QuoteCandidate>& candidates = context.matches->quotes[index];
    const bool speaker_known = !quote.speaker_entity.empty();

    const QuoteCandidate* own = nullptr;  // the closest quotation of the speaker named
    for (const QuoteCandidate& c : candidates) {
      if ((c.same_speaker || !speaker_known) && own == nullptr) own = &c;
    }
    if (own != nullptr && own->alignment.similarity >= options_.tolerance) {
      context.ledger.Record("quote", index, ClaimStatus::kSupported,
                            {RecordEvidence(own->source, own->record)});
      return;
    }
    if (own != nullptr && (speaker_known || own->alignment.similarity >= options_.same_words)) {
      context.ledger.Record("quote", index, ClaimStatus::kContradicted,
                            {RecordEvidence(own->source, own->record)});
      if (options_.check != QuoteCheckKind::kWording) return;
      const QuoteAlignment& a = own->alignment;
      Finding finding = MakeFinding(context.rule, quote.content, Message(context, quote, *own));
      finding.evidence = {RecordEvidence(own->source, own->record)};
      finding.suggestion = own->record.text.substr(a.source_begin, a.source_end - a.source_begin);
      out->push_back(std::move(finding));
      return;
    }
    const QuoteCandidate* other = nullptr;
    for (const QuoteCandidate& c : candidates) {
      if (!c.same_speaker && c.alignment.similarity >= options_.same_words && other == nullptr) {
        other = &c;
      }
    }
    if (other != nullptr && speaker_known) {
      context.ledger.Record("quote", index, ClaimStatus::kContradicted,
                            {RecordEvidence(other->source, other->record)});
      if (options_.check != QuoteCheckKind::kSpeaker) return;
      Finding finding = MakeFinding(context.rule, quote.span, Message(context, quote, *other));
      finding.evidence = {RecordEvidence(other->source, other->record)};
      out->push_back(std::move(finding));
      return;
    }
    if (options_.check != QuoteCheckKind::kUnverified) return;
    if (WordCount(input.document, quote.content) < options_.min_words) return;
    MessageFields fields = Fields(context, quote, nullptr);
    out->push_back(MakeFinding(context.rule, quote.span, FormatMessage(context.rule, fields)));
  }

  MessageFields Fields(const RuleContext& context, const Quote& quote,
                       const QuoteCandidate* c) const {
    MessageFields fields;
    fields.push_back(
        fmt::arg("speaker", quote.speaker_entity.empty()
                                ? quote.speaker
                                : EntityName(context.input.corpus, quote.speaker_entity)));
    const std::string speaker = quote.speaker_entity.empty()
                                    ? quote.speaker
                                    : EntityName(context.input.corpus, quote.speaker_entity);
    fields.push_back(fmt::arg("of_speaker", speaker.empty() ? "" : " of " + speaker));
    fields.push_back(fmt::arg("source_speaker", c ? c->record.speaker : std::string()));
    fields.push_back(fmt::arg("title", c ? c->source.title : std::string()));
    fields.push_back(
        fmt::arg("similarity", c ? fmt::format("{:.2f}", c->alignment.similarity) : ""));
    fields.push_back(fmt::arg(
        "differences", c ? Differences(c->alignment, options_.max_differences) : std::string()));
    return fields;
  }

  std::string Message(const RuleContext& context, const Quote& quote,
                      const QuoteCandidate& c) const {
    return FormatMessage(context.rule, Fields(context, quote, &c));
  }

  QuoteOptions options_;
};

}  // namespace

StatusOr<std::unique_ptr<RuleCheck>> MakeQuoteCheck(const RuleInfo& /*rule*/, Parameters& params) {
  QuoteOptions options;
  const std::string check = params.String("check", "wording");
  if (check == "speaker") {
    options.check = QuoteCheckKind::kSpeaker;
  } else if (check == "unverified") {
    options.check = QuoteCheckKind::kUnverified;
  } else if (check != "wording") {
    params.Fail("check", "expected one of wording, speaker, unverified");
  }
  options.tolerance = params.Number("tolerance", options.tolerance);
  options.same_words = params.Number("same-words", options.same_words);
  options.min_words = static_cast<int>(params.Number("min-words", options.min_words));
  options.max_differences =
      static_cast<int>(params.Number("max-differences", options.max_differences));
  if (options.tolerance <= 0 || options.tolerance > 1) {
    params.Fail("tolerance", "expected a similarity above 0 and up to 1, such as 0.9");
  }
  if (options.same_words <= 0 || options.same_words > 1) {
    params.Fail("same-words", "expected a similarity above 0 and up to 1, such as 0.6");
  }
  if (options.min_words < 1 || options.min_words > 100) {
    params.Fail("min-words", "expected a whole number of words from 1 to 100");
  }
  if (options.max_differences < 1 || options.max_differences > 20) {
    params.Fail("max-differences", "expected a whole number from 1 to 20");
  }
  FACTLINT_RETURN_IF_ERROR(params.Finish());
  return std::unique_ptr<RuleCheck>(new QuoteCheck(options));
}

}  // namespace factlint::rules_internal
