// Claims: what the extract stage finds in a Document, normalized.
//
// Money and conversions, counts and other quantities, time expressions, quotations with their
// speakers, entity mentions, role and relation phrases, and which source each stretch of text is
// credited to. Each claim keeps its Span in Document::text() and its normalized form; what could
// not be resolved is marked so, never guessed.
#ifndef FACTLINT_CLAIMS_H_
#define FACTLINT_CLAIMS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "factlint/date.h"
#include "factlint/document.h"
#include "factlint/gazetteer.h"
#include "factlint/span.h"

namespace factlint {

// How a figure is hedged in the text.
enum class Qualifier {
  kExact,     // "50 million"
  kAbout,     // about, around, roughly, some, approximately, an estimated, ~
  kNearly,    // nearly, almost, close to, just under
  kUpTo,      // up to, as much as, as many as
  kAtLeast,   // at least, no fewer than, no less than, a minimum of
  kMoreThan,  // more than, over, in excess of, above, upwards of
  kLessThan,  // less than, under, fewer than, below
};

// "exact", "about", "nearly", "up-to", "at-least", "more-than", "less-than" (the corpus spelling).
std::string_view QualifierName(Qualifier qualifier);
// The qualifier QualifierName spells `name`, or nullopt.
std::optional<Qualifier> ParseQualifier(std::string_view name);

// The lemma Quantity::unit is written in: the singular of an English plural noun, lower-cased
// ("attacks" -> "attack", "launches" -> "launch", "countries" -> "country", "children" ->
// "child"); invariant plurals ("series", "aircraft", "people") and words that are no plural come
// back lower-cased. In a hyphenated word only the last part changes ("air-strikes" ->
// "air-strike"). Used to compare a record's unit with a quantity's.
std::string NounLemma(std::string_view noun);

// What a figure is about, who it is credited to and when: filled by the context pass after the
// claims are found. Empty strings and nullopt mean "not known", never a guess.
struct ClaimContext {
  std::string subject;         // entity id of the entity the figure is about ("north-korea")
  std::string measure;         // measure id whose cue words stand around it ("crypto-stolen")
  std::string attributed_to;   // entity id of the source the text credits it to ("un")
  std::optional<size_t> time;  // index into Claims::times of the period it is for
};

// A sum of money: "a whopping 50 million dollars", "US$4.7 billion", "€570m", "USD 200".
struct MoneyAmount {
  Span span;             // the whole expression, qualifier included ("about 44 million euros")
  Span number_span;      // the figure and its scale word ("44 million")
  double value = 0;      // in units of the currency: 44000000
  std::string currency;  // ISO 4217: "USD", "EUR", "GBP", "JPY"
  Qualifier qualifier = Qualifier::kExact;
  // The place value of the last digit the writer gave: 1e6 for "44 million", 1e4 for
  // "43.61 million", 1 for "$620". Rules use it to judge how precise the writer meant to be.
  double precision = 1;
  ClaimContext context;
};

// Two amounts stated as equal: "50 million dollars (about 44 million euros)", "$620m (€570m)",
// "£10m, or about $13m", "€5 million, equivalent to $5.6 million".
struct CurrencyConversion {
  Span span;         // from the first amount to the end of the second (closing bracket included)
  MoneyAmount from;  // the amount stated first
  MoneyAmount to;    // the amount given as its equivalent
};

// A count or measure with its noun: "nine trials", "at least seven attacks", "173,600 ether",
// "three cryptocurrency exchanges", "5-7 million people", "40%".
struct Quantity {
  Span span;                   // qualifier, figure and noun ("at least seven attacks")
  Span number_span;            // the figure ("seven", "5-7 million")
  double value = 0;            // 7; the low end of a range
  std::optional<double> high;  // the high end of a range ("between 5 and 7"), else nullopt
  double precision = 1;        // as MoneyAmount::precision
  Qualifier qualifier = Qualifier::kExact;
  std::string unit;  // the noun, lemmatized and lower-case: "trial", "attack", "exchange",
                     // "ether"; "percent" for "%"/"per cent"; empty when there is none
  Span unit_span;    // the noun as written ("cryptocurrency exchanges": the head noun and
                     // its modifiers), empty when there is none
  ClaimContext context;
};

// How fine a time expression is.
enum class Granularity { kDay, kWeek, kMonth, kQuarter, kHalfYear, kYear, kMultiYear };
// "day", "week", "month", "quarter", "half-year", "year", "multi-year".
std::string_view GranularityName(Granularity granularity);

// A date, a period or a relative expression, resolved to a closed interval of days:
// "in 2021" -> [2021-01-01, 2021-12-31] year; "between 2020 and mid-2021" -> [2020-01-01,
// 2021-06-30]; "on Friday" in an article of Monday 2022-02-07 -> [2022-02-04, 2022-02-04] day.
struct TimeExpr {
  Span span;
  bool resolved = false;  // false: kept, but not resolved (from/to are unset)
  Date from;              // first day, inclusive
  Date to;                // last day, inclusive
  Granularity granularity = Granularity::kDay;
  bool relative = false;  // resolved against the article date ("last year", "on Friday")
};

// A quotation and who says it.
struct Quote {
  Span span;                   // quotation marks included
  Span content;                // the words inside the marks
  std::string speaker;         // the speaker as written ("the UN", "Kim"); empty when none is found
  Span speaker_span;           // where that is written; empty when none
  std::string speaker_entity;  // the speaker's entity id when the gazetteer knows it, else empty
  Span cue_span;               // "said", "told reporters", "according to"; empty when none
};

// A name from the gazetteer: "DPRK", "APT 38", "Joe Biden".
struct EntityMention {
  Span span;
  std::string entity_id;
};

// "the country presided over by Joe Biden", "Binance chief executive Changpeng Zhao":
// `person` holds `role` of `organisation` according to the text.
struct RoleClaim {
  Span span;
  std::string person;        // entity id, or empty when the name is not in the gazetteer
  std::string person_text;   // the name as written
  std::string role;          // normalized: "president", "chief-executive", "prime-minister", ...
  std::string organisation;  // entity id of the organisation or country, or empty
  std::string organisation_text;
  ClaimContext context;
};

// "APT 38, which is believed to be part of ... Lazarus": `subject relation object`.
struct RelationClaim {
  Span span;
  std::string subject;   // entity id
  std::string relation;  // "part-of", "unit-of", "linked-to", "subsidiary-of"
  std::string object;    // entity id
  bool hedged = false;   // "is believed to be", "reportedly"
  ClaimContext context;
};

// A stretch of text the article credits to a source: "According to the UN, ...", "X said that
// ...", and the sentences that go on with it.
struct Attribution {
  Span span;                // the credited text
  Span source_span;         // where the source is named
  std::string source;       // entity id of the source, or empty when not in the gazetteer
  std::string source_text;  // the source as written ("the UN", "a study by Chainalysis")
};

struct Claims {
  std::vector<MoneyAmount> money;               // every amount, in text order (both sides of a
                                                // conversion included)
  std::vector<CurrencyConversion> conversions;  // in text order
  std::vector<Quantity> quantities;             // counts and measures that are not money
  std::vector<TimeExpr> times;
  std::vector<Quote> quotes;
  std::vector<EntityMention> entities;
  std::vector<RoleClaim> roles;
  std::vector<RelationClaim> relations;
  std::vector<Attribution> attributions;
};

struct ExtractOptions {
  // The article's date: relative time expressions resolve against it. Without one they stay
  // unresolved.
  std::optional<Date> date;
  // Names, aliases and measure cue words from the corpus. Without one, no entity mentions,
  // subjects, measures or credited sources are found.
  const Gazetteer* gazetteer = nullptr;
};

// Finds the claims in the prose of `document` (masked regions are skipped). Never fails: text
// that cannot be read as a claim is left out. Deterministic; safe to call from several threads.
// A claim never contains masked code, URLs or comments, but it may run across the block-quote
// marker of a continued line ("20 million\n> dollars"), so Document::IsProse(span) can be false
// for it.
Claims ExtractClaims(const Document& document, const ExtractOptions& options = {});

}  // namespace factlint

#endif  // FACTLINT_CLAIMS_H_
