// Attribution: which source the article credits each stretch of text to.
//
// The pass reads Document::words() sentence by sentence, lower-cased, and looks for a handful of
// cue shapes (see attribution.h). Every cue gives a Candidate: the credited span, the source, and
// `cue_begin`, where the cue's own words start. Within a sentence an outer candidate is cut short
// where an inner one's cue begins ("This report refers to a study by X, which suggested that
// REST": the report is credited up to X, REST to X), identical spans keep the cue that names its
// source first, and overlaps keep the shorter span. Between sentences the pass keeps the last
// source named (for continued credit) and the last source named with each report noun (for
// "this report").
#include "engine/extract/attribution.h"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "engine/base/ascii.h"

namespace factlint::extract_internal {
namespace {

constexpr size_t kNone = static_cast<size_t>(-1);
// More cues in one sentence are ignored: hostile input ("said said said ...") stays linear.
constexpr size_t kMaxCuesPerSentence = 64;
// A subject longer than this many words is cut to its last words.
constexpr size_t kMaxSubjectWords = 30;
// A name in a title is looked up over at most this many words.
constexpr size_t kMaxTitleWords = 12;

template <size_t N>
bool In(std::string_view word, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// Verbs that credit what follows them to their subject.
constexpr std::string_view kReportingVerbs[] = {
    "said",         "says",     "say",       "told",      "tells",      "tell",
    "reported",     "reports",  "estimated", "estimates", "estimate",   "highlighted",
    "highlights",   "stated",   "states",    "warned",    "warns",      "noted",
    "notes",        "added",    "announced", "announces", "concluded",  "concludes",
    "revealed",     "reveals",  "argued",    "argues",    "wrote",      "writes",
    "explained",    "explains", "confirmed", "confirms",  "believes",   "believed",
    "suggested",    "suggests", "showed",    "shows",     "found",      "finds",
    "claimed",      "claims",   "indicated", "indicates", "predicted",  "predicts",
    "acknowledged", "admitted", "alleged",   "alleges",   "calculated", "calculates"};
// Of those, the ones that are as often nouns or plain verbs ("member states", "North Korea
// found ways"): they are cues only before "that" ("US states that ...").
constexpr std::string_view kNeedsThat[] = {"reports", "states", "estimates", "estimate",
                                           "notes",   "claims", "shows",     "showed",
                                           "finds",   "found",  "added"};
// Participles that introduce a study's content ("a study by X showing that ...").
constexpr std::string_view kParticiples[] = {"showing",    "suggesting", "finding",
                                             "estimating", "saying",     "indicating",
                                             "revealing",  "concluding", "claiming"};
// A word before the verb that makes it passive ("is believed") or a noun's modifier ("the
// reported theft", "an estimated $50 million"): no cue.
constexpr std::string_view kNotBeforeVerb[] = {
    "is",    "are", "was", "were", "be",    "been",  "being", "the",   "a",   "an", "its",
    "their", "his", "her", "this", "these", "those", "our",   "whose", "get", "got"};
// Auxiliaries and adverbs between a subject and its verb ("has also highlighted").
constexpr std::string_view kAuxiliaries[] = {
    "has",     "have",  "had",        "also",  "recently",  "previously", "reportedly", "further",
    "already", "again", "once",       "now",   "then",      "will",       "would",      "could",
    "may",     "might", "can",        "later", "earlier",   "publicly",   "separately", "did",
    "does",    "do",    "repeatedly", "just",  "initially", "officially"};
// Subjects that name no source ("it seems", "they said"): no cue without an entity.
constexpr std::string_view kPronouns[] = {"it",  "there", "this", "that",  "which",
                                          "who", "what",  "he",   "she",   "they",
                                          "we",  "i",     "you",  "these", "those"};
// A sentence that opens with one of these opens with an adverbial: its subject comes after the
// first comma ("Between 2020 and 2021, the UN said ...").
constexpr std::string_view kLeadWords[] = {
    "after",       "with",  "in",        "between", "during",    "following", "despite", "for",
    "on",          "since", "before",    "as",      "while",     "although",  "though",  "when",
    "if",          "under", "amid",      "however", "meanwhile", "moreover",  "also",    "still",
    "yet",         "now",   "last",      "earlier", "later",     "by",        "from",    "at",
    "furthermore", "thus",  "therefore", "besides", "according"};
// Objects of "told" that are not part of what was told.
constexpr std::string_view kToldObjects[] = {"reporters", "journalists", "lawmakers", "parliament",
                                             "congress",  "investors",   "officials", "analysts"};
// Words after the verb that may stand between it and "that" ("said on Friday that").
constexpr std::string_view kBeforeThat[] = {"on",        "in",     "last",    "this",    "earlier",
                                            "late",      "during", "at",      "through", "via",
                                            "yesterday", "today",  "recently"};
constexpr std::string_view kDemonstratives[] = {"these", "this", "those", "such"};
constexpr std::string_view kBackPronouns[] = {"it",  "they", "its", "their", "he",
                                              "she", "his",  "her", "the"};

// The report noun `word` stands for ("studies" -> "study"), or empty.
std::string_view ReportNoun(std::string_view word) {
  static constexpr std::string_view kNouns[][2] = {
      {"report", "report"},     {"reports", "report"},
      {"study", "study"},       {"studies", "study"},
      {"survey", "survey"},     {"analysis", "analysis"},
      {"research", "research"}, {"investigation", "investigation"},
      {"paper", "paper"},       {"assessment", "assessment"},
      {"estimate", "estimate"}, {"estimates", "estimate"},
      {"review", "review"}};
  for (const auto& noun : kNouns) {
    if (noun[0] == word) return noun[1];
  }
  return {};
}

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '>'; }

// The words of one sentence.
struct SentenceView {
  size_t index = 0;
  Span span;
  size_t block = 0;
  std::vector<Span> words;
  std::vector<std::string> lower;
};

// For each sentence, [first, last) into document.words(). Words of a sentence are contiguous.
std::vector<std::pair<size_t, size_t>> WordRanges(const Document& document) {
  std::vector<std::pair<size_t, size_t>> ranges(document.sentences().size(), {kNone, kNone});
  const std::vector<Word>& words = document.words();
  for (size_t i = 0; i < words.size(); ++i) {
    const size_t s = words[i].sentence;
    if (s >= ranges.size()) continue;
    if (ranges[s].first == kNone) ranges[s].first = i;
    ranges[s].second = i + 1;
  }
  return ranges;
}

SentenceView MakeView(const Document& document, size_t index,
                      const std::pair<size_t, size_t>& range) {
  SentenceView view;
  view.index = index;
  const Sentence& sentence = document.sentences()[index];
  const size_t size = document.text().size();
  view.span = {std::min(sentence.span.begin, size), std::min(sentence.span.end, size)};
  if (view.span.end < view.span.begin) view.span.end = view.span.begin;
  view.block = sentence.block;
  if (range.first == kNone) return view;
  for (size_t i = range.first; i < range.second; ++i) {
    const Word& word = document.words()[i];
    if (word.sentence != index || word.span.begin >= word.span.end || word.span.end > size) {
      continue;
    }
    if (!view.words.empty() && word.span.begin < view.words.back().end) continue;
    view.words.push_back(word.span);
    view.lower.push_back(AsciiLower(document.TextOf(word.span)));
  }
  return view;
}

struct Candidate {
  Attribution attribution;
  size_t cue_begin = 0;  // where the cue's own words begin; an outer span is cut there
  std::string noun;      // report noun named with the source ("study"), or empty
};

class Finder {
 public:
  Finder(const Document& document, const std::vector<EntityMention>& entities,
         const Gazetteer* gazetteer)
      : document_(document), text_(document.text()), gazetteer_(gazetteer) {
    for (const EntityMention& mention : entities) {
      if (mention.span.begin < mention.span.end && mention.span.end <= text_.size()) {
        mentions_.push_back(mention);
      }
    }
    std::stable_sort(mentions_.begin(), mentions_.end(),
                     [](const auto& a, const auto& b) { return a.span < b.span; });
  }

  std::vector<Attribution> Run();

 private:
  // The cues of one sentence, resolved (see the file comment), in text order.
  std::vector<Candidate> SentenceCues(const SentenceView& s);
  void AccordingTo(const SentenceView& s, size_t k, std::vector<Candidate>* out);
  void ReportingVerb(const SentenceView& s, size_t k, std::vector<Candidate>* out);
  void StudyBy(const SentenceView& s, size_t k, std::vector<Candidate>* out);
  void BackReferenceSubject(const SentenceView& s, std::vector<Candidate>* out);
  std::vector<Candidate> Resolve(std::vector<Candidate> candidates);
  size_t ClauseStart(const SentenceView& s, size_t p) const;

  // The source a title's "According to X," names, if any.
  std::optional<Attribution> TitleSource() const;
  std::string LookupName(std::string_view name) const;

  bool CommaBefore(const SentenceView& s, size_t k) const { return GapHas(s, k, ","); }
  bool GapHas(const SentenceView& s, size_t k, std::string_view chars) const;
  Span Trim(Span span) const;
  bool IsCurrency(const EntityMention& mention) const;
  const EntityMention* FirstMentionIn(Span region) const;
  const EntityMention* LastMentionBefore(size_t offset, size_t floor) const;
  static size_t WordAtOrAfter(const SentenceView& s, size_t offset);
  Span WithThe(const SentenceView& s, Span span) const;
  void SetSource(const EntityMention* mention, Span source_span, Attribution* out) const;
  std::optional<Attribution> BackReference(std::string_view noun) const;

  const Document& document_;
  const std::string& text_;
  const Gazetteer* gazetteer_;
  std::vector<EntityMention> mentions_;
  mutable std::map<std::string, bool, std::less<>> currency_;  // entity id -> is a currency

  // The last source credited, and the last one named with each report noun.
  std::optional<Attribution> last_source_;
  std::map<std::string, Attribution, std::less<>> last_by_noun_;
};

bool Finder::GapHas(const SentenceView& s, size_t k, std::string_view chars) const {
  if (k == 0 || k >= s.words.size()) return false;
  const size_t from = s.words[k - 1].end;
  const size_t to = s.words[k].begin;
  for (size_t i = from; i < to; ++i) {
    if (chars.find(text_[i]) != std::string_view::npos) return true;
  }
  return false;
}

// Without blanks, commas, semicolons and colons at either end, and without the closing
// sentence punctuation.
Span Finder::Trim(Span span) const {
  size_t b = span.begin;
  size_t e = std::min(span.end, text_.size());
  while (b < e && (IsBlank(text_[b]) || text_[b] == ',' || text_[b] == ';' || text_[b] == ':')) {
    ++b;
  }
  while (e > b && (IsBlank(text_[e - 1]) || text_[e - 1] == ',' || text_[e - 1] == ';' ||
                   text_[e - 1] == ':' || text_[e - 1] == '.' || text_[e - 1] == '!' ||
                   text_[e - 1] == '?')) {
    --e;
  }
  return {b, e};
}

bool Finder::IsCurrency(const EntityMention& mention) const {
  if (gazetteer_ == nullptr) return false;
  auto it = currency_.find(mention.entity_id);
  if (it == currency_.end()) {
    it = currency_.emplace(mention.entity_id, gazetteer_->TypeOf(mention.entity_id) == "currency")
             .first;
  }
  return it->second;
}

// The first mention (not of a currency) wholly inside `region`.
const EntityMention* Finder::FirstMentionIn(Span region) const {
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), region.begin,
                             [](const EntityMention& m, size_t b) { return m.span.begin < b; });
  for (; it != mentions_.end() && it->span.begin < region.end; ++it) {
    if (it->span.end <= region.end && !IsCurrency(*it)) return &*it;
  }
  return nullptr;
}

// The last mention (not of a currency) that ends by `offset` and begins at or after `floor`.
const EntityMention* Finder::LastMentionBefore(size_t offset, size_t floor) const {
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), offset,
                             [](const EntityMention& m, size_t b) { return m.span.begin < b; });
  for (int steps = 0; it != mentions_.begin() && steps < 8; ++steps) {
    --it;
    if (it->span.begin < floor) break;
    if (it->span.end <= offset && !IsCurrency(*it)) return &*it;
  }
  return nullptr;
}

size_t Finder::WordAtOrAfter(const SentenceView& s, size_t offset) {
  return static_cast<size_t>(std::lower_bound(s.words.begin(), s.words.end(), offset,
                                              [](Span w, size_t b) { return w.begin < b; }) -
                             s.words.begin());
}

// `span` with a "the" right before it taken in ("the UN").
Span Finder::WithThe(const SentenceView& s, Span span) const {
  const size_t i = WordAtOrAfter(s, span.begin);
  if (i == 0 || i > s.words.size() || s.lower[i - 1] != "the") return span;
  for (size_t j = s.words[i - 1].end; j < span.begin; ++j) {
    if (text_[j] != ' ') return span;
  }
  return {s.words[i - 1].begin, span.end};
}

void Finder::SetSource(const EntityMention* mention, Span source_span, Attribution* out) const {
  out->source_span = source_span;
  out->source_text = std::string(document_.TextOf(source_span));
  out->source = mention != nullptr ? mention->entity_id : std::string();
}

// "this report": the source last named with a report, else the last source named.
std::optional<Attribution> Finder::BackReference(std::string_view noun) const {
  auto it = last_by_noun_.find(noun);
  if (it != last_by_noun_.end()) return it->second;
  return last_source_;
}

// "According to X, REST" / "REST, according to X".
void Finder::AccordingTo(const SentenceView& s, size_t k, std::vector<Candidate>* out) {
  const size_t n = s.words.size();
  const size_t np_begin = k + 2;
  size_t np_last = kNone;
  // The source is the noun phrase up to the next comma (at most 10 words) ...
  for (size_t j = np_begin + 1; j < n && j <= np_begin + 10; ++j) {
    if (CommaBefore(s, j)) {
      np_last = j - 1;
      break;
    }
  }
  const bool comma_ended = np_last != kNone;
  if (!comma_ended) {
    if (k > 0 && n - np_begin <= 10) {
      np_last = n - 1;  // "..., according to the UN."
    } else {
      // ... or, without a comma, up to the end of a name among its first four words.
      const EntityMention* m =
          FirstMentionIn({s.words[np_begin].begin, s.words[std::min(np_begin + 3, n - 1)].end});
      if (m == nullptr) return;
      np_last = WordAtOrAfter(s, m->span.end);
      if (np_last == 0) return;
      --np_last;
    }
  }
  Candidate c;
  const Span np = {s.words[np_begin].begin, s.words[np_last].end};
  const EntityMention* m = FirstMentionIn(np);
  for (size_t j = np_begin; j <= np_last && c.noun.empty(); ++j) c.noun = ReportNoun(s.lower[j]);
  if (m == nullptr && np_last > np_begin &&
      (s.lower[np_begin] == "this" || s.lower[np_begin] == "the" || s.lower[np_begin] == "that") &&
      !ReportNoun(s.lower[np_begin + 1]).empty()) {
    std::optional<Attribution> back = BackReference(ReportNoun(s.lower[np_begin + 1]));
    if (!back) return;
    c.attribution = *back;
    c.noun.clear();
  } else {
    SetSource(m, np, &c.attribution);
  }
  // "According to X, REST" opens the sentence, or follows a leading adverbial ("In 2021,
  // according to X, REST"); else it closes the credited text ("REST, according to X").
  bool opens = k == 0;
  if (k > 0 && In(s.lower[0], kLeadWords) && CommaBefore(s, k)) {
    opens = true;
    for (size_t j = 1; j < k && opens; ++j) opens = !CommaBefore(s, j);
  }
  if (opens) {
    if (!comma_ended || np_last + 1 >= n) return;
    c.attribution.span = Trim({s.words[np_last + 1].begin, s.span.end});
    c.cue_begin = s.words[k].begin;
  } else {
    c.attribution.span = Trim({s.span.begin, s.words[k].begin});
    c.cue_begin = c.attribution.span.begin;
  }
  out->push_back(std::move(c));
}

// Where the clause whose verb follows word `p` begins: after a leading adverbial's comma, after
// the last "that", ";", ":" or ", and" before `p`.
size_t Finder::ClauseStart(const SentenceView& s, size_t p) const {
  size_t s0 = 0;
  if (In(s.lower[0], kLeadWords)) {
    for (size_t j = 1; j < p; ++j) {
      if (CommaBefore(s, j)) {
        s0 = j;
        break;
      }
    }
  }
  if (p > kMaxSubjectWords) s0 = std::max(s0, p - kMaxSubjectWords);
  for (size_t j = s0 + 1; j < p; ++j) {
    if (s.lower[j - 1] == "that" || GapHas(s, j, ";:") ||
        ((s.lower[j - 1] == "and" || s.lower[j - 1] == "but") && CommaBefore(s, j - 1))) {
      s0 = j;
    }
  }
  return s0;
}

// "X said that REST", "X, which suggested that REST", "REST, X said.", "REST, said X.",
// "REST, say from X."
void Finder::ReportingVerb(const SentenceView& s, size_t k, std::vector<Candidate>* out) {
  const size_t n = s.words.size();
  const std::string& verb = s.lower[k];
  if (k > 0 && In(s.lower[k - 1], kNotBeforeVerb)) return;
  const bool that_next = k + 1 < n && s.lower[k + 1] == "that";
  if (In(verb, kNeedsThat) && !that_next) return;
  size_t p = k;  // the first auxiliary before the verb (or the verb)
  while (p > 0 && k - p < 4 && In(s.lower[p - 1], kAuxiliaries)) --p;

  // Where what is credited begins, after the verb: past the object of "told", past "that".
  auto content_begin = [&]() -> size_t {
    size_t q = k + 1;
    const bool told = verb == "told" || verb == "tells" || verb == "tell";
    if (told && q < n) {
      if (In(s.lower[q], kToldObjects)) {
        ++q;
      } else if (s.lower[q] == "the" && q + 1 < n &&
                 (s.lower[q + 1] == "press" || s.lower[q + 1] == "media")) {
        q += 2;
      } else if (const EntityMention* object = FirstMentionIn({s.words[q].begin, s.words[q].end});
                 object != nullptr && object->span.begin == s.words[q].begin) {
        q = WordAtOrAfter(s, object->span.end);
      }
    }
    if (q < n && (told || In(s.lower[q], kBeforeThat))) {
      for (size_t j = q; j < n && j < q + 5; ++j) {
        if (s.lower[j] == "that") {
          q = j + 1;
          break;
        }
      }
    } else if (q < n && s.lower[q] == "that") {
      ++q;
    }
    return q;
  };

  Candidate c;
  // A relative clause: the source is the name right before "which"/"who"/"that".
  if (p > 0 && (s.lower[p - 1] == "which" || s.lower[p - 1] == "who" || s.lower[p - 1] == "that")) {
    const size_t rel = p - 1;
    const EntityMention* m = LastMentionBefore(s.words[rel].begin, s.span.begin);
    if (m == nullptr || rel - std::min(rel, WordAtOrAfter(s, m->span.end)) > 2) return;
    const size_t q = content_begin();
    if (q >= n) return;
    SetSource(m, WithThe(s, m->span), &c.attribution);
    c.attribution.span = Trim({s.words[q].begin, s.span.end});
    c.cue_begin = s.words[rel].begin;
    out->push_back(std::move(c));
    return;
  }
  // A source after the verb: "REST, say from the UN." / "REST, said the UN."
  if (p > 0 && k + 1 < n) {
    const size_t from = s.lower[k + 1] == "from" ? k + 2 : k + 1;
    if (from < n && (from == k + 2 || CommaBefore(s, p))) {
      const EntityMention* m =
          FirstMentionIn({s.words[from].begin, s.words[std::min(from + 1, n - 1)].end});
      if (m != nullptr && n - WordAtOrAfter(s, m->span.end) <= 2) {
        SetSource(m, WithThe(s, m->span), &c.attribution);
        c.attribution.span = Trim({s.span.begin, s.words[p].begin});
        c.cue_begin = c.attribution.span.begin;
        if (!c.attribution.span.empty()) out->push_back(std::move(c));
        return;
      }
    }
  }
  // A source between a comma and the verb, with little or nothing after the verb: "REST,
  // Chainalysis said." / "REST, the company said on Friday."
  bool that_after = false;
  for (size_t j = k + 1; j < n && j < k + 6; ++j) that_after = that_after || s.lower[j] == "that";
  if (!that_after && p > 0 && n - k - 1 <= 3) {
    size_t j = p;
    while (j > 0 && p - j < 6 && !CommaBefore(s, j)) --j;
    if (j > 0 && j < p && CommaBefore(s, j)) {
      const Span region = {s.words[j].begin, s.words[p - 1].end};
      const EntityMention* m = FirstMentionIn(region);
      if (m == nullptr && (p - j > 4 || In(s.lower[j], kPronouns))) return;
      SetSource(m, m != nullptr ? WithThe(s, m->span) : region, &c.attribution);
      c.attribution.span = Trim({s.span.begin, s.words[j].begin});
      c.cue_begin = c.attribution.span.begin;
      if (!c.attribution.span.empty()) out->push_back(std::move(c));
      return;
    }
  }
  // The subject before the verb: "X said (that) REST".
  if (p == 0) return;
  const size_t s0 = ClauseStart(s, p);
  if (s0 >= p) return;
  const Span region = {s.words[s0].begin, s.words[p - 1].end};
  const EntityMention* m = FirstMentionIn(region);
  for (size_t j = s0; j < p && c.noun.empty(); ++j) c.noun = ReportNoun(s.lower[j]);
  if (m == nullptr && s0 + 1 < p &&
      (s.lower[s0] == "this" || s.lower[s0] == "the" || s.lower[s0] == "that") &&
      !ReportNoun(s.lower[s0 + 1]).empty()) {
    // "The report said that ...": its publisher.
    std::optional<Attribution> back = BackReference(ReportNoun(s.lower[s0 + 1]));
    if (!back) return;
    c.attribution = *back;
    c.noun.clear();
  } else if (m == nullptr) {
    // A subject that is no name ("Researchers said that ..."): only a short one, not a pronoun,
    // and only with a verb that cannot be anything else.
    if (!that_next && verb != "said" && verb != "says" && verb != "told") return;
    if (p - s0 > 6 || In(s.lower[s0], kPronouns)) return;
    SetSource(nullptr, region, &c.attribution);
  } else {
    SetSource(m, WithThe(s, m->span), &c.attribution);
  }
  const size_t q = content_begin();
  if (q >= n) return;
  c.attribution.span = Trim({s.words[q].begin, s.span.end});
  c.cue_begin = s.words[s0].begin;
  out->push_back(std::move(c));
}

// "a study (published ...) by X, which suggested that REST" / "... by X showing that REST" /
// "a report by X found that REST": REST is the study's content, credited to X. Without such a
// clause after X the study's content is not in the sentence, and nothing is credited.
void Finder::StudyBy(const SentenceView& s, size_t k, std::vector<Candidate>* out) {
  const size_t n = s.words.size();
  const EntityMention* m = nullptr;
  for (size_t j = k + 1; j + 1 < n && j <= k + 9; ++j) {
    // A nearer report noun ("This report cites an analysis by X") is the one by X.
    if (CommaBefore(s, j) || !ReportNoun(s.lower[j]).empty()) return;
    if (s.lower[j] != "by" && s.lower[j] != "from") continue;
    m = FirstMentionIn({s.words[j + 1].begin, s.words[std::min(j + 4, n - 1)].end});
    break;
  }
  if (m == nullptr) return;
  size_t q = WordAtOrAfter(s, m->span.end);
  const bool relative =
      q < n && (s.lower[q] == "which" || s.lower[q] == "who" || s.lower[q] == "that");
  if (relative) ++q;
  while (q < n && In(s.lower[q], kAuxiliaries)) ++q;
  if (q >= n || !(In(s.lower[q], kReportingVerbs) || In(s.lower[q], kParticiples))) return;
  ++q;
  if (q < n && s.lower[q] == "that") ++q;
  if (q >= n) return;
  Candidate c;
  size_t det = k;
  if (k > 0 && (s.lower[k - 1] == "a" || s.lower[k - 1] == "an" || s.lower[k - 1] == "the" ||
                s.lower[k - 1] == "this" || s.lower[k - 1] == "its" || s.lower[k - 1] == "one")) {
    det = k - 1;
  }
  SetSource(m, {s.words[det].begin, m->span.end}, &c.attribution);
  c.attribution.span = Trim({s.words[q].begin, s.span.end});
  c.cue_begin = m->span.end;
  c.noun = ReportNoun(s.lower[k]);
  out->push_back(std::move(c));
}

// "This report also refers to ...": the whole sentence, credited to the report's publisher,
// when no verb cue took "This report" as its subject.
void Finder::BackReferenceSubject(const SentenceView& s, std::vector<Candidate>* out) {
  const size_t n = s.words.size();
  size_t s0 = 0;
  if (n > 0 && (s.lower[0] == "however" || s.lower[0] == "also" || s.lower[0] == "moreover" ||
                s.lower[0] == "meanwhile" || s.lower[0] == "furthermore")) {
    s0 = 1;
  } else if (n > 1 && s.lower[0] == "in" && s.lower[1] == "addition") {
    s0 = 2;
  }
  if (s0 + 1 >= n) return;
  if (s.lower[s0] != "this" && s.lower[s0] != "the" && s.lower[s0] != "that") return;
  const std::string_view noun = ReportNoun(s.lower[s0 + 1]);
  if (noun.empty()) return;
  for (const Candidate& c : *out) {
    if (c.cue_begin == s.words[s0].begin) return;
  }
  std::optional<Attribution> back = BackReference(noun);
  if (!back) return;
  Candidate c;
  c.attribution = *back;
  c.attribution.span = Trim({s.words[s0].begin, s.span.end});
  c.cue_begin = s.words[s0].begin;
  out->push_back(std::move(c));
}

std::vector<Candidate> Finder::Resolve(std::vector<Candidate> candidates) {
  // Cut each span where a cue nested in it begins.
  std::vector<Span> original;
  for (const Candidate& c : candidates) original.push_back(c.attribution.span);
  for (size_t i = 0; i < candidates.size(); ++i) {
    Span& span = candidates[i].attribution.span;
    for (size_t j = 0; j < candidates.size(); ++j) {
      const Span inner = original[j];
      if (j == i || inner == original[i] || inner.begin < original[i].begin ||
          inner.end > original[i].end) {
        continue;
      }
      span.end = std::min(span.end, std::max(span.begin, candidates[j].cue_begin));
    }
    span = Trim(span);
  }
  std::erase_if(candidates, [](const Candidate& c) { return c.attribution.span.empty(); });
  // Same span: the cue that names its source first. Overlap: the shorter span.
  std::stable_sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
    return std::tie(a.attribution.span, a.attribution.source_span.begin) <
           std::tie(b.attribution.span, b.attribution.source_span.begin);
  });
  std::vector<Candidate> kept;
  for (Candidate& c : candidates) {
    if (!kept.empty() && kept.back().attribution.span.Overlaps(c.attribution.span)) {
      if (c.attribution.span.size() < kept.back().attribution.span.size()) {
        kept.back() = std::move(c);
      }
      continue;
    }
    kept.push_back(std::move(c));
  }
  return kept;
}

std::vector<Candidate> Finder::SentenceCues(const SentenceView& s) {
  std::vector<Candidate> out;
  const size_t n = s.words.size();
  for (size_t k = 0; k < n && out.size() < kMaxCuesPerSentence; ++k) {
    const std::string& word = s.lower[k];
    if (word == "according" && k + 2 < n && s.lower[k + 1] == "to") {
      AccordingTo(s, k, &out);
    } else if (In(word, kReportingVerbs)) {
      ReportingVerb(s, k, &out);
    }
    if (!ReportNoun(word).empty()) StudyBy(s, k, &out);
  }
  BackReferenceSubject(s, &out);
  // Remember the sources named with a report noun, whichever cue wins the span.
  std::vector<Candidate> kept = Resolve(out);
  for (const Candidate& c : out) {
    if (!c.noun.empty()) last_by_noun_[c.noun] = c.attribution;
  }
  for (const Candidate& c : kept) {  // the cue that won names the source as the text shows it
    if (!c.noun.empty()) last_by_noun_[c.noun] = c.attribution;
  }
  return kept;
}

std::string Finder::LookupName(std::string_view name) const {
  if (gazetteer_ == nullptr) return {};
  std::vector<Span> words;  // offsets into `name`
  for (size_t i = 0; i < name.size() && words.size() < kMaxTitleWords;) {
    while (i < name.size() && name[i] == ' ') ++i;
    const size_t b = i;
    while (i < name.size() && name[i] != ' ') ++i;
    if (i > b) words.push_back({b, i});
  }
  // The longest run of words that is one entity's name, leftmost first.
  for (size_t i = 0; i < words.size(); ++i) {
    for (size_t j = words.size(); j > i; --j) {
      std::string_view run = name.substr(words[i].begin, words[j - 1].end - words[i].begin);
      if (run.ends_with("'s")) run.remove_suffix(2);
      if (run.ends_with("\u2019s")) run.remove_suffix(4);
      if (std::none_of(run.begin(), run.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
        continue;
      }
      std::vector<const GazetteerEntry*> found = gazetteer_->Find(run);
      if (found.empty()) continue;
      const bool one = std::all_of(found.begin(), found.end(), [&](const GazetteerEntry* e) {
        return e->entity_id == found.front()->entity_id;
      });
      if (one) return found.front()->entity_id;
    }
  }
  return {};
}

// "According to the UN, ..." as a front-matter title.
std::optional<Attribution> Finder::TitleSource() const {
  const std::string& title = document_.metadata().title;
  constexpr std::string_view kCue = "according to ";
  if (title.size() <= kCue.size() || AsciiLower(title.substr(0, kCue.size())) != kCue) return {};
  const size_t comma = title.find(',', kCue.size());
  if (comma == std::string::npos) return {};
  std::string_view name = std::string_view(title).substr(kCue.size(), comma - kCue.size());
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
  if (name.empty()) return {};
  Attribution a;
  a.source_text = std::string(name);
  a.source = LookupName(name);
  return a;
}

std::vector<Attribution> Finder::Run() {
  std::vector<Attribution> result;
  const std::vector<Sentence>& sentences = document_.sentences();
  const std::vector<Block>& blocks = document_.blocks();
  const std::vector<std::pair<size_t, size_t>> ranges = WordRanges(document_);

  // The headline's source, and the lede it carries into.
  std::optional<Attribution> headline = TitleSource();
  const bool heading_title = document_.metadata().title.empty() && !blocks.empty() &&
                             blocks[0].kind == BlockKind::kHeading;
  size_t lede = kNone;
  for (size_t b = 0; b < blocks.size(); ++b) {
    if (blocks[b].kind == BlockKind::kParagraph) {
      lede = b;
      break;
    }
  }
  bool lede_checked = false;
  bool lede_carries = false;

  bool chain = false;  // the sentence before was credited
  for (size_t i = 0; i < sentences.size(); ++i) {
    const SentenceView s = MakeView(document_, i, ranges[i]);
    if (s.block == lede && !lede_checked) {
      // The headline carries into the lede only if no sentence of the lede names a source. The
      // check runs on a copy, so that it leaves no trace in the state.
      lede_checked = true;
      if (headline && lede < blocks.size()) {
        Finder probe = *this;
        bool own = false;
        for (size_t j = i; j < sentences.size() && sentences[j].block == lede && !own; ++j) {
          own = !probe.SentenceCues(MakeView(document_, j, ranges[j])).empty();
        }
        lede_carries = !own;
      }
    }
    std::vector<Candidate> cues = s.words.empty() ? std::vector<Candidate>() : SentenceCues(s);
    if (!cues.empty()) {
      for (Candidate& c : cues) result.push_back(std::move(c.attribution));
      last_source_ = result.back();
      chain = true;
      if (heading_title && s.block == 0 && !headline) {
        headline = result.back();
      }
      continue;
    }
    const Span span = Trim(s.span);
    if (span.empty()) {
      chain = false;
      continue;
    }
    if (lede_carries && s.block == lede && headline) {
      Attribution a = *headline;
      a.span = span;
      a.source_span = {blocks[lede].span.begin, blocks[lede].span.begin};
      result.push_back(a);
      last_source_ = a;
      chain = true;
      continue;
    }
    if (chain && last_source_ && GoesOnFromPrevious(document_, i)) {
      Attribution a = *last_source_;
      a.span = span;
      result.push_back(a);
      continue;
    }
    chain = false;
  }
  return result;
}

}  // namespace

std::vector<Attribution> FindAttributions(const Document& document,
                                          const std::vector<EntityMention>& entities,
                                          const Gazetteer* gazetteer) {
  return Finder(document, entities, gazetteer).Run();
}

bool GoesOnFromPrevious(const Document& document, size_t index) {
  const std::vector<Sentence>& sentences = document.sentences();
  if (index == 0 || index >= sentences.size()) return false;
  const Sentence& current = sentences[index];
  const Sentence& previous = sentences[index - 1];
  const std::vector<Word>& words = document.words();
  auto it = std::lower_bound(words.begin(), words.end(), current.span.begin,
                             [](const Word& w, size_t b) { return w.span.begin < b; });
  if (it == words.end() || it->sentence != index || it->span.end > document.text().size()) {
    return false;
  }
  const std::string first = AsciiLower(document.TextOf(it->span));
  const bool demonstrative = In(first, kDemonstratives);
  if (!demonstrative && !In(first, kBackPronouns)) return false;
  if (first == "it" && std::next(it) != words.end() && std::next(it)->sentence == index &&
      std::next(it)->span.end <= document.text().size()) {
    const std::string second = AsciiLower(document.TextOf(std::next(it)->span));
    if (second == "seems" || second == "appears") return false;
  }
  if (current.block == previous.block) return true;
  const std::vector<Block>& blocks = document.blocks();
  return demonstrative && current.block == previous.block + 1 && current.block < blocks.size() &&
         blocks[current.block].kind == BlockKind::kParagraph &&
         blocks[previous.block].kind == BlockKind::kParagraph;
}

}  // namespace factlint::extract_internal
