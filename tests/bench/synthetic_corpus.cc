// The synthetic corpus: records generated into the engine's own model (CorpusData) and stored by
// the engine's own writer (corpus_internal::WriteRecords, RebuildFullText), so that the database
// has exactly the schema a `factlint corpus build` writes; no SQL is written here.
//
// The entities, measures and sources are made first and kept (statements and quotes refer to
// them); statements and quotes are then made and written 50,000 at a time, all in one
// transaction, so that memory does not grow with their number.
#include "synthetic_corpus.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <filesystem>
#include <iterator>
#include <random>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "engine/corpus/model.h"
#include "engine/corpus/schema.h"
#include "engine/corpus/sqlite_util.h"
#include "engine/corpus/text_util.h"
#include "engine/corpus/writer.h"
#include "factlint/date.h"

namespace factlint {
namespace {

namespace ci = corpus_internal;
using std::string_view;

constexpr int64_t kChunk = 50000;
constexpr int kFirstYear = 1995, kLastYear = 2024;
constexpr char kEntitiesFile[] = "synthetic/entities.yaml";
constexpr char kMeasuresFile[] = "synthetic/measures.yaml";

// mt19937_64 with reductions of our own: the std:: distributions differ between standard
// libraries, and a seed must give the same corpus everywhere.
class Random {
 public:
  explicit Random(uint64_t seed) : engine_(seed) {}
  // REQUIRES: n > 0. The modulo bias is below 2^-40 for every n used here.
  uint64_t Below(uint64_t n) { return engine_() % n; }
  int64_t Between(int64_t lo, int64_t hi) {
    return lo + static_cast<int64_t>(Below(static_cast<uint64_t>(hi - lo + 1)));
  }
  double Unit() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
  bool Chance(double p) { return Unit() < p; }
  // Index below n, small ones far more often (density ~ 1/sqrt): a few entities and publishers
  // are in many records, as in the news.
  size_t Skewed(size_t n) {
    const double u = Unit();
    return std::min(n - 1, static_cast<size_t>(u * u * static_cast<double>(n)));
  }
  template <typename C>
  const auto& Pick(const C& items) {
    return items[Below(std::size(items))];
  }
  // Fisher-Yates, for the same reason as above (std::shuffle's order is the library's own).
  template <typename T>
  void Shuffle(std::vector<T>* items) {
    for (size_t i = items->size(); i > 1; --i) std::swap((*items)[i - 1], (*items)[Below(i)]);
  }

 private:
  std::mt19937_64 engine_;
};

// --- Vocabulary -------------------------------------------------------------------------------

constexpr string_view kOnsets[] = {"b",  "br", "d", "dr", "f",  "g",  "gr", "h", "j",  "k",
                                   "kr", "l",  "m", "n",  "p",  "pr", "r",  "s", "sh", "st",
                                   "t",  "tr", "v", "z",  "ch", "th", "w",  "",  "c",  "sl"};
constexpr string_view kVowels[] = {"a", "e", "i", "o", "u", "a", "e", "o", "ai", "ea", "io", "ou"};
constexpr string_view kCodas[] = {"", "", "", "n", "r", "l", "s", "m", "nd", "rk", "th", "x", "v"};

constexpr string_view kCountrySuffixes[] = {"ia", "land", "stan", "ova", "ania", "ea", "ar", "is"};
constexpr string_view kOrgNouns[] = {
    "Development Agency", "Monitoring Commission",      "Institute for Economic Research",
    "Statistics Office",  "Health Authority",           "Research Centre",
    "Trade Federation",   "Council on Foreign Affairs", "Central Bank",
    "Energy Regulator",   "Human Rights Observatory",   "Audit Office"};
constexpr string_view kCompanyNouns[] = {"Holdings", "Systems",  "Energy",   "Logistics", "Bank",
                                         "Pharma",   "Mining",   "Motors",   "Telecom",   "Capital",
                                         "Foods",    "Airlines", "Robotics", "Shipping",  "Media"};
constexpr string_view kCompanyForms[] = {"Inc.", "Ltd", "Group", "plc", "AG", "Corporation"};
constexpr string_view kGroupNouns[] = {"Collective", "Front", "Brigade",  "Movement",
                                       "Alliance",   "Team",  "Syndicate"};
constexpr string_view kTitles[] = {"President", "Minister", "Dr.",        "Ms.",      "Mr.",
                                   "General",   "Senator",  "Ambassador", "Professor"};

enum class Kind { kMoney, kCount };

// A field of figures: what is counted or summed, the verbs and nouns that say it (the cue words of
// its measures), and for counts the unit stored and the words written before the noun, if any.
struct Domain {
  string_view stem;
  string_view title;
  Kind kind;
  string_view unit;     // count noun; empty for money
  string_view measure;  // "tonnes of": written between the number and the noun; usually empty
  std::array<string_view, 4> verbs;
  std::array<string_view, 3> nouns;
};

// A table reads best one row a line.
// clang-format off
constexpr Domain kDomains[] = {
    {"military-spending", "Military Expenditure", Kind::kMoney, "", "", {"spent", "allocated", "budgeted", "earmarked"}, {"defence", "military spending", "arms"}},
    {"crypto-stolen", "Cryptocurrency Crime", Kind::kMoney, "", "", {"stole", "extracted", "siphoned", "looted"}, {"cryptocurrency", "digital assets", "crypto"}},
    {"exports", "Trade", Kind::kMoney, "", "", {"exported", "shipped", "sold", "delivered"}, {"exports", "goods", "commodities"}},
    {"imports", "Trade", Kind::kMoney, "", "", {"imported", "bought", "purchased", "brought in"}, {"imports", "fuel", "machinery"}},
    {"revenue", "Corporate Results", Kind::kMoney, "", "", {"earned", "generated", "booked", "reported"}, {"revenue", "sales", "turnover"}},
    {"profit", "Corporate Results", Kind::kMoney, "", "", {"made", "posted", "recorded", "reported"}, {"profit", "earnings", "net income"}},
    {"aid", "Humanitarian Assistance", Kind::kMoney, "", "", {"pledged", "donated", "provided", "sent"}, {"aid", "humanitarian aid", "assistance"}},
    {"debt", "Public Finance", Kind::kMoney, "", "", {"borrowed", "owed", "issued", "raised"}, {"debt", "bonds", "loans"}},
    {"investment", "Investment", Kind::kMoney, "", "", {"invested", "committed", "poured", "channelled"}, {"investment", "infrastructure", "capital"}},
    {"fines", "Enforcement", Kind::kMoney, "", "", {"paid", "was fined", "was ordered to pay", "owed"}, {"fines", "penalties", "damages"}},
    {"tax", "Public Finance", Kind::kMoney, "", "", {"collected", "levied", "raised", "took in"}, {"taxes", "tax revenue", "duties"}},
    {"losses", "Corporate Results", Kind::kMoney, "", "", {"lost", "wrote off", "incurred", "absorbed"}, {"losses", "write-downs", "impairments"}},
    {"laundering", "Financial Crime", Kind::kMoney, "", "", {"laundered", "moved", "concealed", "hid"}, {"illicit funds", "proceeds", "dirty money"}},
    {"jobs", "Labour Market", Kind::kCount, "jobs", "", {"created", "added", "cut", "shed"}, {"jobs", "positions", "posts"}},
    {"refugees", "Migration", Kind::kCount, "refugees", "", {"hosted", "registered", "received", "sheltered"}, {"refugees", "asylum seekers", "migrants"}},
    {"arrests", "Public Order", Kind::kCount, "people", "", {"arrested", "detained", "held", "charged"}, {"suspects", "protesters", "detainees"}},
    {"missile-launches", "Security", Kind::kCount, "missiles", "", {"launched", "fired", "tested", "test-fired"}, {"missiles", "rockets", "projectiles"}},
    {"cyberattacks", "Cyber Security", Kind::kCount, "attacks", "", {"carried out", "launched", "mounted", "conducted"}, {"cyberattacks", "hacks", "intrusions"}},
    {"casualties", "Conflict", Kind::kCount, "people", "", {"killed", "wounded", "injured", "displaced"}, {"civilians", "people", "residents"}},
    {"vaccinations", "Public Health", Kind::kCount, "doses", "", {"administered", "delivered", "distributed", "received"}, {"vaccine doses", "vaccinations", "jabs"}},
    {"emissions", "Climate", Kind::kCount, "tonnes", "tonnes of", {"emitted", "released", "produced", "cut"}, {"carbon dioxide", "emissions", "greenhouse gases"}},
    {"vehicles", "Industry", Kind::kCount, "vehicles", "", {"produced", "sold", "delivered", "recalled"}, {"vehicles", "cars", "trucks"}},
    {"housing", "Housing", Kind::kCount, "homes", "", {"built", "completed", "approved", "demolished"}, {"homes", "housing units", "dwellings"}},
    {"patients", "Public Health", Kind::kCount, "patients", "", {"treated", "admitted", "hospitalised", "discharged"}, {"patients", "outpatients", "cases"}},
    {"students", "Education", Kind::kCount, "students", "", {"enrolled", "graduated", "admitted", "trained"}, {"students", "pupils", "graduates"}},
    {"visitors", "Tourism", Kind::kCount, "visitors", "", {"welcomed", "attracted", "received", "recorded"}, {"tourists", "visitors", "arrivals"}},
    {"troops", "Defence", Kind::kCount, "troops", "", {"deployed", "stationed", "mobilised", "withdrew"}, {"troops", "soldiers", "personnel"}},
    {"protests", "Civil Society", Kind::kCount, "protests", "", {"staged", "held", "organised", "banned"}, {"protests", "demonstrations", "rallies"}},
};
// clang-format on

constexpr string_view kScopes[] = {"domestic",     "foreign", "regional", "annual",
                                   "public",       "private", "rural",    "urban",
                                   "cross-border", "online",  "illegal",  "federal"};

struct Currency {
  string_view code;
  string_view symbol;  // written before the number; empty: use the name after it
  string_view name;    // plural, written after the number
};
constexpr Currency kCurrencies[] = {{"USD", "$", "dollars"}, {"USD", "US$", "US dollars"},
                                    {"USD", "$", "dollars"}, {"EUR", "€", "euros"},
                                    {"EUR", "€", "euros"},   {"GBP", "£", "pounds"},
                                    {"JPY", "¥", "yen"},     {"CHF", "CHF ", "Swiss francs"},
                                    {"CNY", "", "yuan"},     {"INR", "", "rupees"}};

struct QualifierWords {
  string_view qualifier;
  std::array<string_view, 3> words;  // "" is a valid choice (exact)
};
constexpr QualifierWords kQualifiers[] = {
    {"exact", {"", "", ""}},
    {"exact", {"", "", ""}},
    {"about", {"about", "around", "roughly"}},
    {"about", {"some", "approximately", "an estimated"}},
    {"at-least", {"at least", "at least", "no fewer than"}},
    {"more-than", {"more than", "over", "upwards of"}},
    {"up-to", {"up to", "as many as", "up to"}},
    {"nearly", {"nearly", "almost", "close to"}},
    {"less-than", {"less than", "under", "below"}},
};

constexpr string_view kIntros[] = {"According to the latest figures,",
                                   "Official data show that",
                                   "In a statement released on Monday,",
                                   "Analysts estimate that",
                                   "New figures indicate that",
                                   "The report found that",
                                   "Records reviewed by investigators show that",
                                   "Government statistics suggest that",
                                   "In its annual review, the agency said that",
                                   "Preliminary estimates published this week show that"};
constexpr string_view kTails[] = {", the highest level since records began",
                                  ", a figure disputed by independent observers",
                                  ", officials said",
                                  ", compared with the previous year",
                                  ", the report said",
                                  ", well above earlier forecasts",
                                  ", according to people familiar with the matter",
                                  ", a sharp increase on the year before",
                                  ", despite repeated warnings from regulators",
                                  ", roughly in line with expectations"};
constexpr string_view kTextOnlyVerbs[] = {"denied",   "confirmed", "acknowledged", "announced",
                                          "rejected", "disclosed", "investigated", "condemned"};
constexpr string_view kTextOnlyObjects[] = {"any involvement in the attacks on its neighbours",
                                            "a plan to restructure its operations",
                                            "reports of a breach affecting millions of customers",
                                            "the findings of the independent panel",
                                            "an agreement to share intelligence with its partners",
                                            "the allegations made in the leaked documents",
                                            "new restrictions on exports of sensitive technology",
                                            "that talks with the creditors had stalled"};
constexpr string_view kMonths[] = {"January",   "February", "March",    "April",
                                   "May",       "June",     "July",     "August",
                                   "September", "October",  "November", "December"};
constexpr string_view kQuarters[] = {"first", "second", "third", "fourth"};
constexpr string_view kSmallNumbers[] = {"",    "one",   "two",   "three", "four", "five",
                                         "six", "seven", "eight", "nine",  "ten"};

// Plural or first-person openers, so that every modal below agrees with them.
constexpr string_view kQuoteOpeners[] = {"We",
                                         "My colleagues and I",
                                         "Our partners",
                                         "Our investigators",
                                         "The people of this country",
                                         "Ministers",
                                         "Our engineers",
                                         "The member states"};
constexpr string_view kQuoteModals[] = {"will",     "will not", "cannot",    "must",
                                        "should",   "have to",  "intend to", "are determined to",
                                        "refuse to"};
constexpr string_view kQuoteVerbs[] = {"accept",  "support",    "review", "defend",      "expand",
                                       "protect", "reconsider", "fund",   "investigate", "abandon"};
constexpr string_view kQuoteObjects[] = {
    "these cuts",  "the agreement", "our workers", "the new sanctions", "this programme",
    "the reforms", "the ceasefire", "the budget",  "our borders",       "the investigation"};
constexpr string_view kQuoteAdjuncts[] = {"under any circumstances",
                                          "until the end of the year",
                                          "whatever it costs",
                                          "in the coming months",
                                          "as long as it takes",
                                          "without further delay",
                                          "for the sake of our children",
                                          "at this stage"};
constexpr string_view kQuoteSecondClauses[] = {"and the figures speak for themselves",
                                               "because the evidence is overwhelming",
                                               "but we remain open to dialogue",
                                               "and I want to be very clear about that",
                                               "even if our critics say otherwise",
                                               "and we expect our partners to do the same",
                                               "because the situation on the ground has changed"};

constexpr string_view kSourceKinds[] = {"report",  "report",    "article", "article",
                                        "article", "statement", "dataset"};
constexpr string_view kTitleForms[] = {"Annual Report on {} {}",       "{} Review {}",
                                       "Statistical Bulletin: {}, {}", "{} Outlook {}",
                                       "Press Release on {} ({})",     "{} in Figures, {}"};

// --- Helpers ----------------------------------------------------------------------------------

std::string Capitalized(std::string word) {
  if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 32);
  return word;
}

// "Karvonia Holdings" -> "karvonia-holdings".
std::string Slug(string_view text) {
  std::string out;
  for (char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += c;
    } else if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

int CountWords(string_view text) {
  int words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

Date YearStart(int year) {
  return Date{std::chrono::year(year), std::chrono::January, std::chrono::day(1)};
}
Date YearEnd(int year) {
  return Date{std::chrono::year(year), std::chrono::December, std::chrono::day(31)};
}

// "12,400".
std::string WithCommas(int64_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// A figure and the words it is written in.
struct Figure {
  double value = 0;
  std::string words;  // "$4.2 billion", "12,400"
  std::string unit;   // ISO 4217 code or count noun
};

// --- The generator ----------------------------------------------------------------------------

struct MeasureSpec {
  const Domain* domain = nullptr;
  string_view scope;
  std::vector<string_view> verbs, nouns;  // the measure's cue words, by role in a sentence
};

class Generator {
 public:
  explicit Generator(const SyntheticCorpusOptions& options)
      : options_(options), random_(options.seed) {}

  // The records statements and quotes refer to: files, entities, measures and sources.
  void MakeBase(ci::CorpusData* data) {
    data->files.push_back({kEntitiesFile, ci::FileKind::kEntities, ""});
    data->files.push_back({kMeasuresFile, ci::FileKind::kMeasures, ""});
    MakeEntities(data);
    entities_ = &data->entities;  // `data` is not changed after this, but for its sources
    MakeMeasures(data);
    MakeSources(data);
    sources_ = &data->sources;
    for (const ci::Source& s : data->sources) {
      data->files.push_back({s.origin.file, ci::FileKind::kSource, s.id});
    }
  }

  void MakeStatements(int64_t count, ci::CorpusData* data) {
    data->statements.reserve(static_cast<size_t>(count));
    for (int64_t i = 0; i < count; ++i) data->statements.push_back(MakeStatement());
  }

  void MakeQuotes(int64_t count, ci::CorpusData* data) {
    data->quotes.reserve(static_cast<size_t>(count));
    for (int64_t i = 0; i < count; ++i) data->quotes.push_back(MakeQuote());
  }

 private:
  struct SourceState {
    int year = kLastYear;
    int statements = 0, quotes = 0;
  };

  std::string Syllable() {
    std::string s(random_.Pick(kOnsets));
    s += random_.Pick(kVowels);
    s += random_.Pick(kCodas);
    return s;
  }
  std::string Word(int min_syllables, int max_syllables) {
    std::string word;
    const int n = static_cast<int>(random_.Between(min_syllables, max_syllables));
    for (int i = 0; i < n; ++i) word += Syllable();
    return Capitalized(std::move(word));
  }

  // A name and aliases of an entity of `type`; the name may still clash with an earlier one.
  void NameEntity(string_view type, std::string* name, std::vector<std::string>* aliases) {
    const std::string base = Word(2, 3);
    if (type == "country") {
      *name = base + std::string(random_.Pick(kCountrySuffixes));
      aliases->push_back("Republic of " + *name);
      aliases->push_back(*name + "n");                          // the demonym, more or less
      if (random_.Chance(0.5)) aliases->push_back(Word(2, 3));  // its capital
    } else if (type == "organisation") {
      *name = base + " " + std::string(random_.Pick(kOrgNouns));
      std::string acronym;
      for (size_t i = 0; i < name->size(); ++i) {
        if ((i == 0 || (*name)[i - 1] == ' ') && (*name)[i] >= 'A' && (*name)[i] <= 'Z') {
          acronym += (*name)[i];
        }
      }
      aliases->push_back(acronym);
      aliases->push_back("the " + *name);
    } else if (type == "company") {
      *name = base + " " + std::string(random_.Pick(kCompanyNouns));
      aliases->push_back(*name + " " + std::string(random_.Pick(kCompanyForms)));
      if (random_.Chance(0.6)) aliases->push_back(base);
    } else if (type == "person") {
      const std::string last = Word(2, 3);
      *name = Word(1, 2) + " " + last;
      aliases->push_back(std::string(random_.Pick(kTitles)) + " " + last);
      if (random_.Chance(0.3)) aliases->push_back(last);
    } else {
      *name = random_.Chance(0.2) ? fmt::format("APT{}", random_.Between(1, 999))
                                  : base + " " + std::string(random_.Pick(kGroupNouns));
      aliases->push_back(base);
    }
  }

  void MakeEntities(ci::CorpusData* data) {
    std::unordered_set<std::string> names, ids;
    data->entities.reserve(static_cast<size_t>(options_.entities));
    for (int64_t i = 0; i < options_.entities; ++i) {
      const uint64_t roll = random_.Below(100);
      const string_view type = roll < 3    ? "country"
                               : roll < 20 ? "organisation"
                               : roll < 50 ? "company"
                               : roll < 90 ? "person"
                                           : "group";
      ci::Entity e;
      std::vector<std::string> aliases;
      // Names are unique (aliases need not be); after a few clashes, a number makes it so.
      for (int attempt = 0;; ++attempt) {
        aliases.clear();
        NameEntity(type, &e.name, &aliases);
        if (attempt >= 8) e.name += fmt::format(" {}", i);
        if (names.insert(ci::FoldName(e.name)).second) break;
      }
      e.id = Slug(e.name);
      if (!ids.insert(e.id).second) {
        e.id += fmt::format("-{}", i);
        ids.insert(e.id);
      }
      e.type = std::string(type);
      e.origin = {kEntitiesFile, static_cast<int>(6 + 5 * i), fmt::format("entities[{}]", i)};
      std::unordered_set<std::string> seen = {ci::FoldName(e.name)};
      for (std::string& alias : aliases) {
        if (seen.insert(ci::FoldName(alias)).second) {
          e.aliases.push_back({std::move(alias), e.origin.line + 3,
                               fmt::format("{}.aliases[{}]", e.origin.field, e.aliases.size())});
        }
      }
      for (const std::string& folded : seen) {
        auto [it, inserted] = names_.try_emplace(folded, i);
        if (!inserted) it->second = -1;
      }
      (type == "person" ? people_ : type == "group" ? groups_ : publishers_).push_back(i);
      if (type == "organisation") organisations_.push_back(i);
      data->entities.push_back(std::move(e));
    }
  }

  void MakeMeasures(ci::CorpusData* data) {
    // Every (scope, domain) pair in a seeded order; past their number, pairs come round again
    // with a numbered id.
    std::vector<std::pair<size_t, size_t>> pairs;
    for (size_t d = 0; d < std::size(kDomains); ++d) {
      for (size_t s = 0; s < std::size(kScopes); ++s) pairs.emplace_back(s, d);
    }
    random_.Shuffle(&pairs);
    for (int64_t i = 0; i < options_.measures; ++i) {
      const auto [s, d] = pairs[static_cast<size_t>(i) % pairs.size()];
      MeasureSpec spec;
      spec.domain = &kDomains[d];
      spec.scope = kScopes[s];
      ci::Measure m;
      m.id = fmt::format("{}-{}", spec.scope, spec.domain->stem);
      if (static_cast<size_t>(i) >= pairs.size()) {
        m.id += fmt::format("-{}", static_cast<size_t>(i) / pairs.size() + 1);
      }
      m.unit_kind = spec.domain->kind == Kind::kMoney ? "money" : "count";
      m.description = fmt::format("{} ({}), synthetic.", spec.domain->title, spec.scope);
      m.origin = {kMeasuresFile, static_cast<int>(3 + 5 * i), m.id};
      // 1-3 verbs and 1-3 nouns of the domain and the scope word: 3 to 7 cues, plus at times the
      // "scope noun" phrase: up to 8.
      auto take = [&](const auto& words, std::vector<string_view>* out) {
        std::vector<string_view> pool(words.begin(), words.end());
        random_.Shuffle(&pool);
        pool.resize(static_cast<size_t>(random_.Between(1, 3)));
        *out = pool;
      };
      take(spec.domain->verbs, &spec.verbs);
      take(spec.domain->nouns, &spec.nouns);
      auto add_cue = [&](std::string cue) {
        if (std::find(m.cues.begin(), m.cues.end(), cue) == m.cues.end()) {
          m.cues.push_back(std::move(cue));
        }
      };
      for (string_view v : spec.verbs) add_cue(std::string(v));
      for (string_view n : spec.nouns) add_cue(std::string(n));
      add_cue(std::string(spec.scope));
      if (random_.Chance(0.5)) add_cue(fmt::format("{} {}", spec.scope, spec.nouns[0]));
      data->measures.push_back(std::move(m));
      measures_.push_back(std::move(spec));
    }
    for (const ci::Measure& m : data->measures) measure_ids_.push_back(m.id);
  }

  void MakeSources(ci::CorpusData* data) {
    std::unordered_set<std::string> ids;
    data->sources.reserve(static_cast<size_t>(options_.sources));
    for (int64_t i = 0; i < options_.sources; ++i) {
      const ci::Entity& publisher =
          EntityAt(publishers_.empty() ? random_.Below(static_cast<uint64_t>(options_.entities))
                                       : publishers_[random_.Skewed(publishers_.size())]);
      const int year = static_cast<int>(random_.Between(kFirstYear, kLastYear));
      const Date published = AddDays(YearStart(year), static_cast<int>(random_.Below(365)));
      ci::Source s;
      s.id = fmt::format("{}-{}", publisher.id, FormatIsoDate(published));
      if (!ids.insert(s.id).second) {
        s.id += fmt::format("-{}", i);
        ids.insert(s.id);
      }
      const Domain& domain = random_.Pick(kDomains);
      s.title = fmt::format(fmt::runtime(random_.Pick(kTitleForms)), domain.title, year);
      s.kind = std::string(random_.Pick(kSourceKinds));
      s.url = fmt::format("https://{}.example/{}/{}", Slug(publisher.name), year, s.id);
      s.published = published;
      s.origin = {fmt::format("synthetic/sources/{}.yaml", s.id), 1, ""};
      s.publisher = Named(publisher.name, 3, "publisher");
      data->sources.push_back(std::move(s));
      source_states_.push_back({year, 0, 0});
    }
  }

  const ci::Entity& EntityAt(uint64_t index) const { return (*entities_)[index]; }

  // `text` as a name reference, resolved the way Validate() resolves it: to the one entity with
  // that name or alias, to none when several have it.
  ci::NameRef Named(const std::string& text, int line, const char* field) {
    ci::NameRef ref;
    ref.text = text;
    ref.line = line;
    ref.field = field;
    auto it = names_.find(ci::FoldName(text));
    if (it != names_.end() && it->second >= 0) ref.entity_id = EntityAt(it->second).id;
    return ref;
  }

  Figure MoneyFigure() {
    const Currency& currency = random_.Pick(kCurrencies);
    static constexpr std::pair<int64_t, string_view> kScales[] = {
        {1000000, "million"}, {1000000, "million"}, {1000000000, "billion"}, {1000, "thousand"}};
    const auto& [scale, scale_word] = random_.Pick(kScales);
    // Tenths, so that the value is an exact integer: 4.2 billion is 42 * 10^8.
    const int64_t tenths =
        random_.Chance(0.5) ? random_.Between(1, 99) * 10 : random_.Between(11, 999);
    Figure f;
    f.value = static_cast<double>(tenths * (scale / 10));
    f.unit = std::string(currency.code);
    const std::string number = tenths % 10 == 0 ? std::to_string(tenths / 10)
                                                : fmt::format("{}.{}", tenths / 10, tenths % 10);
    if (scale == 1000) {
      // Thousands are written out: "$64,800", "64,800 yuan".
      const std::string digits = WithCommas(tenths * (scale / 10));
      f.words = currency.symbol.empty() ? fmt::format("{} {}", digits, currency.name)
                                        : fmt::format("{}{}", currency.symbol, digits);
    } else if (!currency.symbol.empty() && random_.Chance(0.7)) {
      f.words = fmt::format("{}{} {}", currency.symbol, number, scale_word);
    } else {
      f.words = fmt::format("{} {} {}", number, scale_word, currency.name);
    }
    return f;
  }

  Figure CountFigure(const Domain& domain) {
    Figure f;
    f.unit = std::string(domain.unit);
    const uint64_t form = random_.Below(10);
    if (form == 0) {
      const int64_t n = random_.Between(2, 10);
      f.value = static_cast<double>(n);
      f.words = std::string(kSmallNumbers[n]);
    } else if (form <= 2) {
      const int64_t tenths = random_.Between(11, 99);
      f.value = static_cast<double>(tenths * 100000);
      f.words = fmt::format("{}.{} million", tenths / 10, tenths % 10);
    } else {
      const int64_t digits = random_.Between(2, 6);
      int64_t n = random_.Between(1, 9);
      for (int64_t k = 1; k < digits; ++k) n = n * 10 + (k < 3 ? random_.Between(0, 9) : 0);
      f.value = static_cast<double>(n);
      f.words = WithCommas(n);
    }
    return f;
  }

  // The words of a period in `year` (or ending in it) and its first and last days.
  std::string Period(int year, std::optional<Date>* from, std::optional<Date>* to) {
    using namespace std::chrono;
    const uint64_t form = random_.Below(10);
    if (form < 5) {
      *from = YearStart(year);
      *to = YearEnd(year);
      return form == 0 ? fmt::format("during the {} fiscal year", year)
                       : fmt::format("in {}", year);
    }
    if (form < 7) {
      const unsigned q = static_cast<unsigned>(random_.Below(4));
      *from = Date{std::chrono::year(year), month(3 * q + 1), day(1)};
      const year_month_day_last last{std::chrono::year(year), month_day_last(month(3 * q + 3))};
      *to = Date{last};
      return fmt::format("in the {} quarter of {}", kQuarters[q], year);
    }
    if (form < 9) {
      const unsigned m = static_cast<unsigned>(random_.Below(12));
      *from = Date{std::chrono::year(year), month(m + 1), day(1)};
      *to = Date{year_month_day_last{std::chrono::year(year), month_day_last(month(m + 1))}};
      return fmt::format("in {} {}", kMonths[m], year);
    }
    const int start = year - static_cast<int>(random_.Between(2, 6));
    *from = YearStart(start);
    *to = YearEnd(year);
    return fmt::format("between {} and {}", start, year);
  }

  // A subject among the entities, mostly by name, at times by an alias (which may be ambiguous).
  ci::NameRef Subject(int line) {
    const ci::Entity& e = EntityAt(random_.Skewed(entities_->size()));
    const std::string& text =
        !e.aliases.empty() && random_.Chance(0.25) ? random_.Pick(e.aliases).text : e.name;
    return Named(text, line, "subject");
  }

  ci::Statement MakeStatement() {
    const size_t source_index = random_.Below(sources_->size());
    const ci::Source& source = (*sources_)[source_index];
    SourceState& state = source_states_[source_index];
    ci::Statement s;
    s.source_id = source.id;
    s.id = fmt::format("s{}", ++state.statements);
    s.origin = {source.origin.file, 10 + 9 * state.statements, ""};
    s.subject = Subject(s.origin.line + 4);
    if (random_.Chance(0.3)) s.locator = fmt::format("p. {}", random_.Between(1, 240));

    std::string core;
    if (random_.Chance(0.1)) {
      // Text only: no measure, no figure, no period.
      core = fmt::format("{} {} {}", s.subject.text, random_.Pick(kTextOnlyVerbs),
                         random_.Pick(kTextOnlyObjects));
    } else {
      const size_t m = random_.Skewed(measures_.size());
      const MeasureSpec& spec = measures_[m];
      const Figure figure =
          spec.domain->kind == Kind::kMoney ? MoneyFigure() : CountFigure(*spec.domain);
      const QualifierWords& q = random_.Pick(kQualifiers);
      const string_view qualifier_words = random_.Pick(q.words);
      const int year = state.year - static_cast<int>(random_.Below(4));
      const std::string period = Period(year, &s.period_from, &s.period_to);
      s.measure.id = measure_ids_[m];
      s.value = figure.value;
      s.unit = figure.unit;
      s.qualifier = std::string(q.qualifier);
      const std::string amount = qualifier_words.empty()
                                     ? figure.words
                                     : fmt::format("{} {}", qualifier_words, figure.words);
      const string_view verb = random_.Pick(spec.verbs);
      const string_view noun = random_.Pick(spec.nouns);
      if (spec.domain->kind == Kind::kMoney) {
        core = fmt::format("{} {} {} {} {} {} {}", s.subject.text, verb, amount,
                           random_.Chance(0.5) ? "in" : "worth of", spec.scope, noun, period);
      } else {
        const std::string measured = spec.domain->measure.empty()
                                         ? std::string(spec.scope)
                                         : fmt::format("{} {}", spec.domain->measure, spec.scope);
        core =
            fmt::format("{} {} {} {} {} {}", s.subject.text, verb, amount, measured, noun, period);
      }
    }
    s.text = Sentence(core, source);
    return s;
  }

  // `core` with an introduction and closing phrases until it is 12 to 30 words long.
  std::string Sentence(const std::string& core, const ci::Source& source) {
    std::string intro = random_.Chance(0.35) ? std::string(random_.Pick(kIntros)) : "";
    std::vector<std::string> tails;
    if (random_.Chance(0.4)) tails.emplace_back(random_.Pick(kTails));
    if (random_.Chance(0.15)) tails.push_back(", according to " + source.publisher.text);
    auto assemble = [&] {
      std::string text = intro.empty() ? core : intro + " " + core;
      for (const std::string& tail : tails) text += tail;
      return text;
    };
    std::string text = assemble();
    for (int n = CountWords(text); n < 12 && tails.size() < 4; n = CountWords(text)) {
      if (intro.empty()) {
        intro = std::string(random_.Pick(kIntros));
      } else {
        tails.emplace_back(random_.Pick(kTails));
      }
      text = assemble();
    }
    while (CountWords(text) > 30 && !tails.empty()) {
      tails.pop_back();
      text = assemble();
    }
    if (CountWords(text) > 30) {
      intro.clear();
      text = assemble();
    }
    return Capitalized(std::move(text)) + ".";
  }

  ci::Quote MakeQuote() {
    const size_t source_index = random_.Below(sources_->size());
    const ci::Source& source = (*sources_)[source_index];
    SourceState& state = source_states_[source_index];
    ci::Quote q;
    q.source_id = source.id;
    q.id = fmt::format("q{}", ++state.quotes);
    q.origin = {source.origin.file, 20000 + 6 * state.quotes, ""};
    const std::vector<int64_t>& pool =
        !people_.empty() && (organisations_.empty() || random_.Chance(0.8)) ? people_
                                                                            : organisations_;
    const ci::Entity& speaker = EntityAt(pool.empty() ? random_.Below(entities_->size())
                                                      : pool[random_.Skewed(pool.size())]);
    const std::string& speaker_text =
        !speaker.aliases.empty() && random_.Chance(0.3) ? speaker.aliases[0].text : speaker.name;
    q.speaker = Named(speaker_text, q.origin.line + 2, "speaker");
    q.text = fmt::format("{} {} {} {} {}", random_.Pick(kQuoteOpeners), random_.Pick(kQuoteModals),
                         random_.Pick(kQuoteVerbs), random_.Pick(kQuoteObjects),
                         random_.Pick(kQuoteAdjuncts));
    if (random_.Chance(0.5)) q.text += fmt::format(", {}", random_.Pick(kQuoteSecondClauses));
    q.text += random_.Chance(0.8) ? "." : "!";
    if (source.published) q.said = AddDays(*source.published, -static_cast<int>(random_.Below(30)));
    if (random_.Chance(0.2)) q.locator = fmt::format("para. {}", random_.Between(1, 60));
    return q;
  }

  const SyntheticCorpusOptions& options_;
  Random random_;
  const std::vector<ci::Entity>* entities_ = nullptr;
  const std::vector<ci::Source>* sources_ = nullptr;
  std::vector<int64_t> people_, groups_, organisations_, publishers_;
  // Folded name or alias -> the index of the one entity that has it, or -1 when several have it.
  std::unordered_map<std::string, int64_t> names_;
  std::vector<MeasureSpec> measures_;
  std::vector<std::string> measure_ids_;
  std::vector<SourceState> source_states_;
};

Status CheckOptions(const SyntheticCorpusOptions& o) {
  if (o.statements < 0 || o.quotes < 0) {
    return InvalidArgumentError("synthetic corpus: statements and quotes must not be negative");
  }
  if (o.entities < 10 || o.entities > 100000000) {
    return InvalidArgumentError("synthetic corpus: entities must be 10 to 100,000,000");
  }
  if (o.sources < 1 || o.measures < 1) {
    return InvalidArgumentError("synthetic corpus: sources and measures must be at least 1");
  }
  return OkStatus();
}

void RemoveIfExists(const std::string& path) {
  std::error_code ignored;
  std::filesystem::remove(path, ignored);
}

}  // namespace

Status WriteSyntheticCorpus(const std::string& path, const SyntheticCorpusOptions& options) {
  FACTLINT_RETURN_IF_ERROR(CheckOptions(options));
  const std::string temp = path + ".tmp";
  RemoveIfExists(temp);
  try {
    SQLite::Database db(temp, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    // As BuildCorpus: the file is renamed into place only once complete.
    db.exec("PRAGMA journal_mode = OFF");
    db.exec("PRAGMA cache_size = -65536");
    SQLite::Transaction transaction(db);
    ci::ApplySchema(db);
    Generator generator(options);
    ci::CorpusData base;
    generator.MakeBase(&base);
    ci::WriteRecords(db, base);
    // WriteRecords writes whatever a CorpusData holds; a chunk holds only statements (or quotes).
    for (int64_t done = 0; done < options.statements; done += kChunk) {
      ci::CorpusData chunk;
      generator.MakeStatements(std::min(kChunk, options.statements - done), &chunk);
      ci::WriteRecords(db, chunk);
    }
    for (int64_t done = 0; done < options.quotes; done += kChunk) {
      ci::CorpusData chunk;
      generator.MakeQuotes(std::min(kChunk, options.quotes - done), &chunk);
      ci::WriteRecords(db, chunk);
    }
    ci::RebuildFullText(db);
    transaction.commit();
  } catch (const SQLite::Exception& e) {
    RemoveIfExists(temp);
    return ci::SqliteError(e, path);
  }
  std::error_code ec;
  std::filesystem::rename(temp, path, ec);
  if (ec) {
    RemoveIfExists(temp);
    return PermissionDeniedError(fmt::format("{}: cannot replace: {}", path, ec.message()));
  }
  return OkStatus();
}

}  // namespace factlint
