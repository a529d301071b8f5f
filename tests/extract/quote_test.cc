// Table-driven tests of FindQuotes: each invented text gives the quotations listed, with their
// exact span, content, speaker, cue and speaker entity.
#include "engine/extract/quote.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "factlint/claims.h"
#include "factlint/document.h"
#include "factlint/gazetteer.h"

namespace factlint::extract_internal {
namespace {

struct QuoteCase {
  std::string_view input;
  size_t index;  // which quotation of the text is checked
  std::string_view span;
  std::string_view content;
  std::string_view speaker;
  std::string_view cue;
  std::string_view entity = "";
};

const Gazetteer& TestGazetteer() {
  static const Gazetteer gazetteer({{"United Nations", "", "un", "organisation"},
                                    {"UN", "", "un", "organisation"},
                                    {"Acme", "", "acme", "company"},
                                    {"Wang Yi", "", "wang-yi", "person"}},
                                   {});
  return gazetteer;
}

// Mentions of the test gazetteer's names, found by hand (every occurrence, whole words).
std::vector<EntityMention> Mentions(std::string_view text) {
  std::vector<EntityMention> mentions;
  for (auto [name, id] : std::vector<std::pair<std::string_view, std::string_view>>{
           {"United Nations", "un"}, {"UN", "un"}, {"Acme", "acme"}, {"Wang Yi", "wang-yi"}}) {
    for (size_t p = text.find(name); p != std::string_view::npos; p = text.find(name, p + 1)) {
      auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
      if (p > 0 && is_letter(text[p - 1])) continue;
      if (p + name.size() < text.size() && is_letter(text[p + name.size()])) continue;
      mentions.push_back({{p, p + name.size()}, std::string(id)});
    }
  }
  return mentions;
}

std::vector<Quote> Find(std::string_view text, bool with_entities = true) {
  auto document = Document::Read("t.md", std::string(text));
  EXPECT_TRUE(document.ok()) << document.status().message();
  if (!document.ok()) return {};
  static std::shared_ptr<const Document> kept;  // the quotes' spans are into its text
  kept = *document;
  return FindQuotes(*kept, with_entities ? Mentions(text) : std::vector<EntityMention>{},
                    with_entities ? &TestGazetteer() : nullptr);
}

std::string_view TextOf(std::string_view text, Span span) {
  return text.substr(span.begin, span.size());
}

// Invented sentences.
const QuoteCase kCases[] = {
    // Attribution after the quotation.
    {"“We will not back down,” Kim said.", 0, "“We will not back down,”", "We will not back down,",
     "Kim", "said"},
    {"“We will not back down,” said Foreign Minister Wang Yi.", 0, "“We will not back down,”",
     "We will not back down,", "Foreign Minister Wang Yi", "said", "wang-yi"},
    {"“Prices will fall,” Lee says.", 0, "“Prices will fall,”", "Prices will fall,", "Lee", "says"},
    {"“The vote was fair,” the election commission told reporters on Monday.", 0,
     "“The vote was fair,”", "The vote was fair,", "", "told reporters"},
    {"“We expect more,” Maria Ortega added.", 0, "“We expect more,”", "We expect more,",
     "Maria Ortega", "added"},
    {"“The bridge is unsafe,” engineer Tom Hardy wrote in his report.", 0,
     "“The bridge is unsafe,”", "The bridge is unsafe,", "Tom Hardy", "wrote"},
    {"“The budget is balanced,” the treasurer stated.", 0, "“The budget is balanced,”",
     "The budget is balanced,", "the treasurer", "stated"},
    {"“Storms are coming,” Dr. Ana Silva warned.", 0, "“Storms are coming,”", "Storms are coming,",
     "Dr. Ana Silva", "warned"},
    {"“Turnout rose sharply,” Professor Jones noted.", 0, "“Turnout rose sharply,”",
     "Turnout rose sharply,", "Professor Jones", "noted"},
    {"“The talks are over,” Kim, who leads the delegation, said.", 0, "“The talks are over,”",
     "The talks are over,", "Kim", "said"},
    {"“The talks are over,” Kim, the chief negotiator, said on Friday.", 0, "“The talks are over,”",
     "The talks are over,", "Kim", "said"},
    {"“Aid must reach the north,” say from the UN.", 0, "“Aid must reach the north,”",
     "Aid must reach the north,", "the UN", "say from", "un"},
    {"“Aid must reach the north,” said a spokesperson for the UN.", 0,
     "“Aid must reach the north,”", "Aid must reach the north,", "a spokesperson for the UN",
     "said", "un"},
    {"“Crime fell by a third,” according to the city police chief.", 0, "“Crime fell by a third,”",
     "Crime fell by a third,", "the city police chief", "according to"},
    {"“Nobody will be left behind,” officials said.", 0, "“Nobody will be left behind,”",
     "Nobody will be left behind,", "officials", "said"},
    // Attribution before the quotation.
    {"Kim said: “We will not back down.”", 0, "“We will not back down.”", "We will not back down.",
     "Kim", "said"},
    {"In a statement, Acme said, “Our products are safe.”", 0, "“Our products are safe.”",
     "Our products are safe.", "Acme", "said", "acme"},
    {"According to the United Nations, “the famine is over.”", 0, "“the famine is over.”",
     "the famine is over.", "the United Nations", "According to", "un"},
    {"Mayor Ruth Cole told reporters that “the roads will reopen soon.”", 0,
     "“the roads will reopen soon.”", "the roads will reopen soon.", "Mayor Ruth Cole",
     "told reporters"},
    {"Lee said the proposal was “dead on arrival” in its present form.", 0, "“dead on arrival”",
     "dead on arrival", "Lee", "said"},
    // Straight quotation marks.
    {"\"The river is rising,\" the mayor's office said. Ana Ruiz said so too.", 0,
     "\"The river is rising,\"", "The river is rising,", "the mayor's office", "said"},
    {"Ruiz wrote: \"We are ready for the flood.\"", 0, "\"We are ready for the flood.\"",
     "We are ready for the flood.", "Ruiz", "wrote"},
    // Pronouns and definite descriptions.
    {"Senator Kim spoke for an hour. “We will win,” he said.", 0, "“We will win,”", "We will win,",
     "Senator Kim", "said"},
    {"Acme announced a recall on Monday. “Safety comes first,” the company said.", 0,
     "“Safety comes first,”", "Safety comes first,", "Acme", "said", "acme"},
    {"“We will win,” she said.", 0, "“We will win,”", "We will win,", "", "said"},
    {"Maria Ortega said the plan would pass.\n\n“It is a good plan,” she added.", 0,
     "“It is a good plan,”", "It is a good plan,", "Maria Ortega", "added"},
    {"Acme said it was cutting jobs. “The market is weak,” it said.", 0, "“The market is weak,”",
     "The market is weak,", "Acme", "said", "acme"},
    // Several quotations, several sentences.
    {"“We are tired,” Lee said. “We want our pay.”", 1, "“We want our pay.”", "We want our pay.",
     "Lee", "said"},
    {"“We are tired,” Lee said, “and we want our pay.”", 1, "“and we want our pay.”",
     "and we want our pay.", "Lee", "said"},
    {"“The dam held. The town is safe. Nobody was hurt,” Ana Ruiz said.", 0,
     "“The dam held. The town is safe. Nobody was hurt,”",
     "The dam held. The town is safe. Nobody was hurt,", "Ana Ruiz", "said"},
    {"Lee spoke first. “We are tired.” Kim said nothing.", 0, "“We are tired.”", "We are tired.",
     "", ""},
    // Nested quotations and apostrophes.
    {"“He said ‘no’ twice,” Ruiz said.", 0, "“He said ‘no’ twice,”", "He said ‘no’ twice,", "Ruiz",
     "said"},
    {"“Don’t touch the UN’s funds from the ’90s,” Kim said.", 0,
     "“Don’t touch the UN’s funds from the ’90s,”", "Don’t touch the UN’s funds from the ’90s,",
     "Kim", "said"},
    {"It's the workers' union that rock 'n' roll fans don't like, Kim said.", 0, "", "", "", ""},
    {"‘We are ready,’ the captain said.", 0, "‘We are ready,’", "We are ready,", "the captain",
     "said"},
    // Scare quotes and quotations without a speaker.
    {"The so-called “experts” were wrong again.", 0, "“experts”", "experts", "", ""},
    {"Critics call it a “paper tiger” these days.", 0, "“paper tiger”", "paper tiger", "", ""},
    {"The sign read “Closed for the season until further notice” all winter.", 0,
     "“Closed for the season until further notice”", "Closed for the season until further notice",
     "", ""},
    // Unclosed quotations.
    {"“This never closes, Kim said.", 0, "", "", "", ""},
    {"“The first part goes on,” Lee said. “And on it goes\n\n“And it ends right here.”", 1,
     "“And on it goes", "And on it goes", "Lee", "said"},
    {"“The first part goes on,” Lee said. “And on it goes\n\n“And it ends right here.”", 2,
     "“And it ends right here.”", "And it ends right here.", "Lee", "said"},
    // Guillemets and other marks.
    {"«Nous restons,» Marie Dubois said.", 0, "«Nous restons,»", "Nous restons,", "Marie Dubois",
     "said"},
    {"Kim said: „We stay.“", 0, "„We stay.“", "We stay.", "Kim", "said"},
    // A previous paragraph that ends with a colon.
    {"The minister Wang Yi said:\n\n“Our position has not changed.”", 0,
     "“Our position has not changed.”", "Our position has not changed.", "Wang Yi", "said",
     "wang-yi"},
    // "United States" is not a cue.
    {"“Sanctions work,” the United States said.", 0, "“Sanctions work,”", "Sanctions work,",
     "the United States", "said"},
};

class QuoteCaseTest : public ::testing::TestWithParam<QuoteCase> {};

TEST_P(QuoteCaseTest, FindsQuotationAndSpeaker) {
  const QuoteCase& c = GetParam();
  std::vector<Quote> quotes = Find(c.input);
  if (c.span.empty()) {
    EXPECT_EQ(quotes.size(), c.index) << c.input;
    return;
  }
  ASSERT_GT(quotes.size(), c.index) << c.input;
  const Quote& q = quotes[c.index];
  EXPECT_EQ(TextOf(c.input, q.span), c.span) << c.input;
  EXPECT_EQ(TextOf(c.input, q.content), c.content) << c.input;
  EXPECT_EQ(q.speaker, c.speaker) << c.input;
  EXPECT_EQ(TextOf(c.input, q.speaker_span), c.speaker) << c.input;
  EXPECT_EQ(TextOf(c.input, q.cue_span), c.cue) << c.input;
  EXPECT_EQ(q.speaker_entity, c.entity) << c.input;
}

INSTANTIATE_TEST_SUITE_P(Cases, QuoteCaseTest, ::testing::ValuesIn(kCases));

TEST(QuoteTest, QuotationsComeInTextOrder) {
  std::vector<Quote> quotes = Find("“A b c d,” Kim said. “E f g h,” Lee said. “I j k l.”");
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_LT(quotes[0].span.begin, quotes[1].span.begin);
  EXPECT_LT(quotes[1].span.begin, quotes[2].span.begin);
  EXPECT_EQ(quotes[2].speaker, "Lee");
}

TEST(QuoteTest, NoEntitiesWithoutMentionsOrGazetteer) {
  std::vector<Quote> quotes = Find("“Aid must reach the north,” said a spokesperson for the UN.",
                                   /*with_entities=*/false);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "a spokesperson for the UN");
  EXPECT_EQ(quotes[0].speaker_entity, "");
}

TEST(QuoteTest, NothingInCode) {
  EXPECT_TRUE(Find("Run `echo \"hello world\"` now, Kim said.").empty());
}

TEST(QuoteTest, HostileInputs) {
  // 10,000 marks of every kind, unbalanced.
  std::string marks;
  for (int i = 0; i < 10000; ++i) {
    marks += i % 3 == 0 ? "“a " : i % 3 == 1 ? "\" said " : "’ ‘";
  }
  (void)Find(marks);
  // A 1 MB paragraph of quotations and attributions.
  std::string big;
  while (big.size() < (1u << 20)) big += "“We won,” he said, and she said “no” to Kim. ";
  std::vector<Quote> quotes = Find(big);
  EXPECT_GT(quotes.size(), 1000u);
  // Only opening marks; only closing marks.
  EXPECT_TRUE(Find(std::string(30000, '"').insert(0, "x ")).size() < 20000);
  std::string closing;
  for (int i = 0; i < 3000; ++i) closing += "”’» ";
  EXPECT_TRUE(Find(closing + "end").empty());
}

}  // namespace
}  // namespace factlint::extract_internal
