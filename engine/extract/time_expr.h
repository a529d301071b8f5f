// Finding time expressions in a stretch of prose and resolving them to intervals of days.
//
// Private to the extract stage.
#ifndef FACTLINT_EXTRACT_TIME_EXPR_H_
#define FACTLINT_EXTRACT_TIME_EXPR_H_

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "factlint/claims.h"
#include "factlint/date.h"

namespace factlint::extract_internal {

// Every time expression in `text` (whose first byte is at offset `base` of the Document text), in
// text order, non-overlapping: where two candidates overlap, the longer one wins (then the
// earlier). Every Span is an offset into `text` plus `base`.
//
// What is found, and how it resolves (A is `article_date`):
//  - dates: "February 4, 2022", "Feb. 4, 2022", "4 February 2022", "2022-02-04", "Friday, Feb 4";
//    without a year ("Feb 4"), the latest such day not after A;
//  - months: "January 2022", "Jan. 2022"; a month alone after a time preposition ("in June"),
//    the latest such month not after A's month (never a later one); "January this year",
//    "January last year", "last January" (the latest January before A's month), "this January"
//    (A's year), "next January" (the first after A's month); parts of a month ("early June"
//    days 1-10, "mid-June" 11-20 (as a range end the 15th, as a start the 16th), "late June"
//    21-end, granularity week);
//  - years: "2021" when it reads as a year (after a time preposition, or followed by punctuation,
//    a verb such as "was", or a capitalised word; never after a currency sign, "#", "page",
//    "No.", nor before a lower-case noun: "2021 attacks" is a count); parts of a year: "early
//    2021" (Jan-Apr), "mid-2021" (Apr-Sep; as the end of a range Jun 30, as its start Jul 1),
//    "late 2021" (Sep-Dec), "the beginning / middle / end of 2021" the same, granularity
//    half-year; decades ("the 1990s", "the early 2000s"), multi-year;
//  - quarters and halves: "the second quarter of 2021", "Q3 2021", "2021 Q3", "the first half of
//    2022", "H2 2021"; without a year, the latest not after A;
//  - ranges: "between X and Y", "from X to Y" (also until, through, a dash), "since X" (to A),
//    "2020-2021", "2020-21", "January-March 2022", "February 4-6, 2022", "4-6 February",
//    "between 4 and 6 February 2022". An end written without a year takes the other end's year
//    ("between January and March 2022"; "between November and February 2022" starts in 2021).
//    A range over more than one calendar year whose coarser end is a year or half-year is
//    multi-year; otherwise it has the granularity of its coarser end. A range whose start is
//    after its end is kept unresolved;
//  - relative to A (`relative` set): "today", "yesterday", "tomorrow"; "last / this / next year,
//    month, week (ISO Mon-Sun), quarter"; "earlier this month" [first day, A], "later this year"
//    [A, last day]; weekdays: "Friday", "on Friday", "last Friday", "past Friday" are the latest
//    such day strictly before A (so "on Monday" in a Monday article is the Monday before: only
//    "today" means A itself), "next Friday" the first strictly after, "this Friday" the one in
//    A's ISO week ("Black Friday", "Good Friday" are names, not weekdays); "two weeks ago" (day,
//    ISO week, month or year, after the unit);
//  - relative to the previous expression resolved to a single day in `text`: "six days later",
//    "two weeks earlier", "the next day", "the following day", "the previous day"; with none
//    before it, unresolved;
//  - kept unresolved (too vague): "recent months", "the past few years", "the coming weeks",
//    "the past year", "summer 2021".
// Spans leave out a plain preposition ("in", "on", "during", "by") but keep a leading "the" and
// the words that make a range ("between", "from", "since").
// Anything that needs A when `article_date` is nullopt is kept with `resolved` false. A written
// date that does not exist ("February 30, 2022") is not a time expression.
//
// Never fails; text may be any bytes. Runs in time linear in text.size().
std::vector<TimeExpr> FindTimes(std::string_view text, size_t base,
                                std::optional<Date> article_date);

}  // namespace factlint::extract_internal

#endif  // FACTLINT_EXTRACT_TIME_EXPR_H_
