// The context pass: for each figure, role and relation, who it is about (subject), what it
// measures, who it is credited to and when. See context.h for the contract; the heuristics are
// documented where they live below.
//
// Everything is looked up by sentence: claims, mentions and times are sorted once, and each
// claim finds its sentence, the mentions and times of that sentence, and the nearest measure cue
// by binary search. Sentences are walked in order so that a sentence with no subject of its own
// can take the one of the sentence before.
#include "engine/extract/context.h"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "engine/base/ascii.h"
#include "engine/extract/attribution.h"

namespace factlint::extract_internal {
namespace {

constexpr size_t kNone = static_cast<size_t>(-1);
// Walks back over mentions or forward over cues stop after this many steps (hostile input).
constexpr int kMaxSteps = 64;

enum class Kind { kMoney, kCount, kOther };

// One claim whose context is filled.
struct Ref {
  Span span;
  ClaimContext* context = nullptr;
  Kind kind = Kind::kOther;
  std::string own_subject;  // a role's person, a relation's subject: taken as is
};

// Entity types that can be what a figure is about (a person: "Zhao agreed to pay a $50 million
// fine").
bool IsSubjectType(std::string_view type) {
  return type == "country" || type == "organisation" || type == "organization" || type == "group" ||
         type == "company" || type == "person";
}

// A crude stem, applied alike to cue words and text words, so that inflections meet: irregular
// forms first ("stole", "stolen", "theft" -> "steal"; "made" -> "make"), then the regular
// suffixes -ies, -ing, -ed, -es, -s, then a final -e and a doubled final consonant. It may merge
// words that are not related; a measure cue still has to stand in the figure's sentence.
std::string Stem(std::string word) {
  static constexpr std::string_view kIrregular[][2] = {
      {"stole", "steal"},   {"stolen", "steal"},  {"steals", "steal"}, {"stealing", "steal"},
      {"theft", "steal"},   {"thefts", "steal"},  {"thief", "steal"},  {"thieves", "steal"},
      {"made", "make"},     {"makes", "make"},    {"making", "make"},  {"took", "take"},
      {"taken", "take"},    {"paid", "pay"},      {"spent", "spend"},  {"lost", "lose"},
      {"sold", "sell"},     {"bought", "buy"},    {"won", "win"},      {"held", "hold"},
      {"seizure", "seize"}, {"seizures", "seize"}};
  for (const auto& pair : kIrregular) {
    if (pair[0] == word) {
      word = std::string(pair[1]);
      break;
    }
  }
  auto ends = [&](std::string_view suffix) { return std::string_view(word).ends_with(suffix); };
  const size_t n = word.size();
  if (ends("ies") && n > 4) {
    word.replace(n - 3, 3, "y");
  } else if (ends("ing") && n > 5) {
    word.resize(n - 3);
  } else if (ends("ed") && n > 4) {
    word.resize(n - 2);
  } else if (ends("es") && n > 4 &&
             (word[n - 3] == 's' || word[n - 3] == 'x' || word[n - 3] == 'z' || ends("ches") ||
              ends("shes"))) {
    word.resize(n - 2);
  } else if (ends("s") && !ends("ss") && n > 3) {
    word.resize(n - 1);
  }
  if (word.size() > 3 && word.back() == 'e') word.pop_back();
  const size_t m = word.size();
  if (m > 3 && word[m - 1] == word[m - 2] &&
      std::string_view("aeiouls").find(word[m - 1]) == std::string_view::npos) {
    word.pop_back();
  }
  return word;
}

struct Cue {
  size_t measure = 0;
  std::vector<std::string> rest;  // stems of the cue's words after the first
};

struct CueMatch {
  Span span;
  size_t measure = 0;
};

class ContextPass {
 public:
  ContextPass(const Document& document, const Gazetteer* gazetteer, Claims* claims);
  void Run();

 private:
  size_t SentenceOf(Span span) const;
  const Attribution* AttributionOf(Span span) const;
  bool InSourceSpan(Span span) const;
  std::string Subject(const Ref& ref, size_t sentence, const Attribution* attribution,
                      const std::string& carried) const;
  std::string Measure(const Ref& ref, const std::vector<CueMatch>& matches) const;
  std::optional<size_t> Time(const Ref& ref, size_t sentence,
                             const std::vector<size_t>& boundaries) const;
  std::vector<CueMatch> CueMatches(size_t sentence) const;
  std::vector<size_t> Boundaries(size_t sentence) const;
  // [first, last) of the items of `sorted` (by span.begin) that begin inside sentence `s`.
  template <typename T, typename Get>
  std::pair<size_t, size_t> RangeIn(const std::vector<T>& sorted, size_t s, Get get) const;
  bool SameParagraphOrGoesOn(size_t sentence) const;

  const Document& document_;
  const std::string& text_;
  const Gazetteer* gazetteer_;
  Claims* claims_;
  std::vector<Ref> refs_;
  std::vector<EntityMention> eligible_;    // subject-type mentions not naming a source, sorted
  std::vector<size_t> times_;              // indices of resolved times, sorted by span
  std::vector<Attribution> attributions_;  // valid ones, sorted by span
  std::vector<Span> source_spans_;         // sorted by begin
  std::vector<size_t> source_max_end_;     // prefix maximum of source_spans_[i].end
  std::unordered_map<std::string, std::vector<Cue>> cues_;  // by the stem of the first word
};

ContextPass::ContextPass(const Document& document, const Gazetteer* gazetteer, Claims* claims)
    : document_(document), text_(document.text()), gazetteer_(gazetteer), claims_(claims) {
  auto valid = [&](Span span) { return span.begin <= span.end && span.end <= text_.size(); };
  for (MoneyAmount& money : claims->money) {
    if (valid(money.span)) refs_.push_back({money.span, &money.context, Kind::kMoney, {}});
  }
  for (Quantity& quantity : claims->quantities) {
    if (valid(quantity.span)) refs_.push_back({quantity.span, &quantity.context, Kind::kCount, {}});
  }
  for (RoleClaim& role : claims->roles) {
    if (!valid(role.span)) continue;
    refs_.push_back({role.span, &role.context, Kind::kOther,
                     role.person.empty() ? role.organisation : role.person});
  }
  for (RelationClaim& relation : claims->relations) {
    if (valid(relation.span)) {
      refs_.push_back({relation.span, &relation.context, Kind::kOther, relation.subject});
    }
  }
  std::stable_sort(refs_.begin(), refs_.end(),
                   [](const Ref& a, const Ref& b) { return a.span < b.span; });

  for (const Attribution& a : claims->attributions) {
    if (!valid(a.span) || !valid(a.source_span)) continue;
    attributions_.push_back(a);
    if (!a.source_span.empty()) source_spans_.push_back(a.source_span);
  }
  std::stable_sort(attributions_.begin(), attributions_.end(),
                   [](const auto& a, const auto& b) { return a.span < b.span; });
  std::sort(source_spans_.begin(), source_spans_.end());
  size_t max_end = 0;
  for (Span span : source_spans_) {
    max_end = std::max(max_end, span.end);
    source_max_end_.push_back(max_end);
  }

  // Mentions that can be a subject: of a subject type, and not where a source is named.
  if (gazetteer_ != nullptr) {
    std::map<std::string, bool, std::less<>> subject_type;
    for (const EntityMention& m : claims->entities) {
      if (!valid(m.span) || m.span.empty() || InSourceSpan(m.span)) continue;
      auto it = subject_type.find(m.entity_id);
      if (it == subject_type.end()) {
        it =
            subject_type.emplace(m.entity_id, IsSubjectType(gazetteer_->TypeOf(m.entity_id))).first;
      }
      if (it->second) eligible_.push_back(m);
    }
    std::stable_sort(eligible_.begin(), eligible_.end(),
                     [](const auto& a, const auto& b) { return a.span < b.span; });
    for (size_t i = 0; i < gazetteer_->measures().size(); ++i) {
      for (const std::string& words : gazetteer_->measures()[i].cues) {
        std::vector<std::string> stems;
        size_t b = 0;
        while (b < words.size()) {
          while (b < words.size() && words[b] == ' ') ++b;
          size_t e = b;
          while (e < words.size() && words[e] != ' ') ++e;
          if (e > b) stems.push_back(Stem(AsciiLower(words.substr(b, e - b))));
          b = e;
        }
        if (stems.empty()) continue;
        Cue entry{i, std::vector<std::string>(stems.begin() + 1, stems.end())};
        cues_[stems.front()].push_back(std::move(entry));
      }
    }
  }

  for (size_t i = 0; i < claims->times.size(); ++i) {
    if (claims->times[i].resolved && valid(claims->times[i].span)) times_.push_back(i);
  }
  std::stable_sort(times_.begin(), times_.end(), [&](size_t a, size_t b) {
    return claims->times[a].span < claims->times[b].span;
  });
}

// The sentence whose span holds the claim's first byte, or kNone.
size_t ContextPass::SentenceOf(Span span) const {
  return document_.SentenceAt(span.begin).value_or(kNone);
}

// The smallest attribution whose span holds the whole claim.
const Attribution* ContextPass::AttributionOf(Span span) const {
  auto it = std::upper_bound(attributions_.begin(), attributions_.end(), span.begin,
                             [](size_t b, const Attribution& a) { return b < a.span.begin; });
  const Attribution* best = nullptr;
  for (int steps = 0; it != attributions_.begin() && steps < kMaxSteps; ++steps) {
    --it;
    if (it->span.begin <= span.begin && span.end <= it->span.end &&
        (best == nullptr || it->span.size() < best->span.size())) {
      best = &*it;
    }
  }
  return best;
}

bool ContextPass::InSourceSpan(Span span) const {
  auto it = std::upper_bound(source_spans_.begin(), source_spans_.end(), span.begin,
                             [](size_t b, Span s) { return b < s.begin; });
  if (it == source_spans_.begin()) return false;
  return source_max_end_[static_cast<size_t>(it - source_spans_.begin()) - 1] >= span.end;
}

template <typename T, typename Get>
std::pair<size_t, size_t> ContextPass::RangeIn(const std::vector<T>& sorted, size_t s,
                                               Get get) const {
  const Span sentence = document_.sentences()[s].span;
  auto lo = std::lower_bound(sorted.begin(), sorted.end(), sentence.begin,
                             [&](const T& item, size_t b) { return get(item).begin < b; });
  auto hi = std::lower_bound(lo, sorted.end(), sentence.end,
                             [&](const T& item, size_t b) { return get(item).begin < b; });
  return {static_cast<size_t>(lo - sorted.begin()), static_cast<size_t>(hi - sorted.begin())};
}

// A sentence may take the subject (or the time) of the one before when both are in the same
// paragraph, or when it goes on from it across a paragraph break (see GoesOnFromPrevious).
bool ContextPass::SameParagraphOrGoesOn(size_t sentence) const {
  if (sentence == 0 || sentence == kNone) return false;
  const std::vector<Sentence>& sentences = document_.sentences();
  return sentences[sentence].block == sentences[sentence - 1].block ||
         GoesOnFromPrevious(document_, sentence);
}

// Subject: the nearest mention of a country, organisation, group or company before the figure in
// its sentence (the subject of the clause in the usual "X stole $N" / "North Korean hackers
// obtained $N" order), skipping the credited source where it is named outside the credited
// text; else `carried`, the subject of the sentence before.
std::string ContextPass::Subject(const Ref& ref, size_t sentence, const Attribution* attribution,
                                 const std::string& carried) const {
  if (!ref.own_subject.empty()) return ref.own_subject;
  if (sentence == kNone) return {};
  const Span bounds = document_.sentences()[sentence].span;
  auto it = std::lower_bound(eligible_.begin(), eligible_.end(), ref.span.begin,
                             [](const EntityMention& m, size_t b) { return m.span.begin < b; });
  for (int steps = 0; it != eligible_.begin() && steps < kMaxSteps; ++steps) {
    --it;
    if (it->span.begin < bounds.begin) break;
    if (attribution != nullptr && it->entity_id == attribution->source &&
        !attribution->span.Contains(it->span.begin)) {
      continue;
    }
    return it->entity_id;
  }
  return carried;
}

// The cue words of every measure in sentence `s`, in text order.
std::vector<CueMatch> ContextPass::CueMatches(size_t s) const {
  std::vector<CueMatch> matches;
  if (cues_.empty()) return matches;
  const Span sentence = document_.sentences()[s].span;
  const std::vector<Word>& words = document_.words();
  auto first = std::lower_bound(words.begin(), words.end(), sentence.begin,
                                [](const Word& w, size_t b) { return w.span.begin < b; });
  std::vector<Span> spans;
  std::vector<std::string> stems;
  for (auto it = first; it != words.end() && it->span.begin < sentence.end; ++it) {
    if (it->span.end > text_.size() || it->span.begin >= it->span.end) continue;
    spans.push_back(it->span);
    stems.push_back(Stem(AsciiLower(document_.TextOf(it->span))));
  }
  for (size_t i = 0; i < stems.size(); ++i) {
    auto found = cues_.find(stems[i]);
    if (found == cues_.end()) continue;
    for (const Cue& cue : found->second) {
      if (i + cue.rest.size() >= stems.size() ||
          !std::equal(cue.rest.begin(), cue.rest.end(),
                      stems.begin() + static_cast<std::ptrdiff_t>(i + 1))) {
        continue;
      }
      matches.push_back({{spans[i].begin, spans[i + cue.rest.size()].end}, cue.measure});
    }
  }
  std::stable_sort(matches.begin(), matches.end(), [](const CueMatch& a, const CueMatch& b) {
    return std::tie(a.span.begin, a.measure) < std::tie(b.span.begin, b.measure);
  });
  return matches;
}

// Measure: the cue nearest to the figure (0 when inside it), a cue as written before one that only
// shares its stem, then the measure whose unit kind fits the figure (an empty unit kind between a
// fit and a misfit), then gazetteer order.
std::string ContextPass::Measure(const Ref& ref, const std::vector<CueMatch>& matches) const {
  if (ref.kind == Kind::kOther || matches.empty()) return {};
  const std::vector<GazetteerMeasure>& measures = gazetteer_->measures();
  auto rank = [&](const CueMatch& m) {
    const size_t distance = m.span.end <= ref.span.begin   ? ref.span.begin - m.span.end
                            : m.span.begin >= ref.span.end ? m.span.begin - ref.span.end
                                                           : 0;
    const std::string& kind = measures[m.measure].unit_kind;
    const int fit = kind.empty()                                             ? 1
                    : kind == (ref.kind == Kind::kMoney ? "money" : "count") ? 0
                                                                             : 2;
    // A cue written as listed beats one that only shares its stem ("launches" is a cue of
    // missile launches; "launched", a cue of attacks, only stems alike).
    std::string written(text_.substr(m.span.begin, m.span.size()));
    for (char& c : written) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    const std::vector<std::string>& cues = measures[m.measure].cues;
    const bool verbatim = std::find(cues.begin(), cues.end(), written) != cues.end();
    return std::make_tuple(distance, !verbatim, fit, m.measure);
  };
  const CueMatch* best = nullptr;
  auto consider = [&](const CueMatch& m) {
    if (best == nullptr || rank(m) < rank(*best)) best = &m;
  };
  auto it = std::lower_bound(matches.begin(), matches.end(), ref.span.begin,
                             [](const CueMatch& m, size_t b) { return m.span.begin < b; });
  // Before the figure: the cues that begin where the nearest one does.
  if (it != matches.begin()) {
    const size_t begin = std::prev(it)->span.begin;
    auto back = it;
    for (int steps = 0; back != matches.begin() && steps < kMaxSteps; ++steps) {
      --back;
      if (back->span.begin != begin) break;
      consider(*back);
    }
  }
  // Inside the figure, then the first cues after it.
  auto forward = it;
  for (int steps = 0; forward != matches.end() && steps < kMaxSteps; ++steps, ++forward) {
    if (forward->span.begin >= ref.span.end) break;
    consider(*forward);
  }
  if (forward != matches.end()) {
    const size_t begin = forward->span.begin;
    for (int steps = 0; forward != matches.end() && steps < kMaxSteps; ++steps, ++forward) {
      if (forward->span.begin != begin) break;
      consider(*forward);
    }
  }
  return best != nullptr ? measures[best->measure].id : std::string();
}

// Where clauses break in sentence `s`: punctuation ( , ; : ( ) and dashes) and the words that
// open a new clause ("which", "while", "but", ...). "and" is not one: "between 2020 and 2021".
std::vector<size_t> ContextPass::Boundaries(size_t s) const {
  std::vector<size_t> out;
  const Span sentence = document_.sentences()[s].span;
  for (size_t i = sentence.begin; i < sentence.end && i < text_.size(); ++i) {
    const char c = text_[i];
    if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') {
      out.push_back(i);
    } else if (c == '\xE2' && i + 2 < text_.size() && text_[i + 1] == '\x80' &&
               (text_[i + 2] == '\x93' || text_[i + 2] == '\x94')) {
      out.push_back(i);  // en and em dashes
    }
  }
  const std::vector<Word>& words = document_.words();
  auto it = std::lower_bound(words.begin(), words.end(), sentence.begin,
                             [](const Word& w, size_t b) { return w.span.begin < b; });
  for (; it != words.end() && it->span.begin < sentence.end; ++it) {
    if (it->span.end > text_.size() || it->span.size() > 8) continue;
    const std::string word = AsciiLower(document_.TextOf(it->span));
    if (word == "which" || word == "while" || word == "whereas" || word == "but" ||
        word == "although" || word == "because") {
      out.push_back(it->span.begin);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Time: the resolved time after the figure in the same clause ("$400 million ... last year"),
// else the nearest one before it ("Between 2020 and 2021, ... 50 million dollars"), else the
// nearest after it, else the last one of the sentence before in the same paragraph.
std::optional<size_t> ContextPass::Time(const Ref& ref, size_t s,
                                        const std::vector<size_t>& boundaries) const {
  if (s == kNone) return std::nullopt;
  auto span_of = [&](size_t index) { return claims_->times[index].span; };
  const auto [lo, hi] = RangeIn(times_, s, span_of);
  // Binary searches over the sentence's times (sorted by begin), so that a sentence with many
  // figures and times stays O(n log n).
  auto begins_before = [&](size_t index, size_t offset) { return span_of(index).begin < offset; };
  const auto first = times_.begin() + static_cast<std::ptrdiff_t>(lo);
  const auto last = times_.begin() + static_cast<std::ptrdiff_t>(hi);
  auto it = std::lower_bound(first, last, ref.span.end, begins_before);
  const size_t after = it != last ? *it : kNone;
  size_t before = kNone;
  it = std::lower_bound(first, last, ref.span.begin, begins_before);
  for (int steps = 0; it != first && steps < kMaxSteps; ++steps) {
    --it;
    if (span_of(*it).end <= ref.span.begin) {
      before = *it;
      break;
    }
  }
  if (after != kNone) {
    auto boundary = std::lower_bound(boundaries.begin(), boundaries.end(), ref.span.end);
    if (boundary == boundaries.end() || *boundary >= span_of(after).begin) return after;
  }
  if (before != kNone) return before;
  if (after != kNone) return after;
  if (s > 0 && document_.sentences()[s - 1].block == document_.sentences()[s].block) {
    const auto [plo, phi] = RangeIn(times_, s - 1, span_of);
    if (phi > plo) return times_[phi - 1];
  }
  return std::nullopt;
}

void ContextPass::Run() {
  const std::vector<Sentence>& sentences = document_.sentences();
  // Claims outside every sentence get only their attribution.
  std::vector<std::pair<size_t, size_t>> by_sentence;  // (sentence, ref index)
  for (size_t i = 0; i < refs_.size(); ++i) {
    Ref& ref = refs_[i];
    const Attribution* attribution = AttributionOf(ref.span);
    *ref.context = ClaimContext();
    ref.context->attributed_to = attribution != nullptr ? attribution->source : std::string();
    const size_t s = SentenceOf(ref.span);
    if (s != kNone) {
      by_sentence.emplace_back(s, i);
    } else {
      ref.context->subject = ref.own_subject;
    }
  }
  std::stable_sort(by_sentence.begin(), by_sentence.end());

  // Walk the sentences in order, carrying the subject of each to the next.
  std::string carried;  // the subject of the sentence before
  size_t next = 0;      // into by_sentence
  for (size_t s = 0; s < sentences.size(); ++s) {
    const std::string from_before = SameParagraphOrGoesOn(s) ? carried : std::string();
    std::string subject_here;
    if (next < by_sentence.size() && by_sentence[next].first == s) {
      const std::vector<CueMatch> matches = CueMatches(s);
      const std::vector<size_t> boundaries = Boundaries(s);
      for (; next < by_sentence.size() && by_sentence[next].first == s; ++next) {
        Ref& ref = refs_[by_sentence[next].second];
        const Attribution* attribution = AttributionOf(ref.span);
        if (gazetteer_ != nullptr || !ref.own_subject.empty()) {
          ref.context->subject = Subject(ref, s, attribution, from_before);
        }
        if (gazetteer_ != nullptr) ref.context->measure = Measure(ref, matches);
        ref.context->time = Time(ref, s, boundaries);
        if (ref.kind != Kind::kOther && !ref.context->subject.empty()) {
          subject_here = ref.context->subject;
        }
      }
    }
    if (subject_here.empty()) {
      const auto [lo, hi] = RangeIn(eligible_, s, [](const EntityMention& m) { return m.span; });
      subject_here = hi > lo ? eligible_[lo].entity_id : from_before;
    }
    carried = std::move(subject_here);
  }
}

}  // namespace

void AssignContext(const Document& document, const Gazetteer* gazetteer, Claims* claims) {
  if (claims == nullptr) return;
  ContextPass(document, gazetteer, claims).Run();
}

}  // namespace factlint::extract_internal
