// How the fact rules word what they found: names, periods, values and where a record of the
// corpus was written.
#ifndef FACTLINT_ENGINE_RULES_DESCRIBE_H_
#define FACTLINT_ENGINE_RULES_DESCRIBE_H_

#include <string>
#include <string_view>

#include "factlint/corpus.h"
#include "factlint/date.h"
#include "factlint/document.h"
#include "factlint/finding.h"

namespace factlint::rules_internal {

// The entity's preferred name ("Chainalysis" for "chainalysis"), or the id when unknown.
std::string EntityName(const Corpus* corpus, const std::string& id);

// "January 2022", "2021", "2020 to mid-2021", "2022-02-04".
std::string DescribePeriod(Date from, Date to);

// "more than 50 million USD", "7 launches", "at least 3 exchanges", "1,234,567 USD".
std::string DescribeValue(const StatementInfo& record);

// A figure as written: the number in digits at its start ("43.6" of "43.6 million", commas
// dropped; 0 when it starts with a word) and what follows it (" million", "m", "").
struct WrittenNumber {
  double shown = 0;
  std::string_view rest;
};
WrittenNumber ReadWrittenNumber(std::string_view number);

// The evidence that cites a statement or a quotation (`Record` is StatementInfo or QuoteInfo) of
// `source`: title, locator, excerpt, URL.
template <typename Record>
Evidence RecordEvidence(const SourceInfo& source, const Record& record) {
  return Evidence{.source = record.source_id,
                  .record = record.id,
                  .title = source.title,
                  .locator = record.locator,
                  .url = source.url,
                  .excerpt = record.text};
}

// "part-of" -> "part of", "chief-executive" -> "chief executive".
std::string HyphensToSpaces(std::string_view id);

// "entities.yaml:83": the file (without its folder) and line a record was read from.
std::string OriginLocator(const RecordOrigin& origin);

}  // namespace factlint::rules_internal

#endif  // FACTLINT_ENGINE_RULES_DESCRIBE_H_
