// Reports of real runs for the report tests: the example articles (and the seed article, when
// ../shared is there) checked with the default corpus and the shipped rules.
#ifndef FACTLINT_TESTS_REPORT_REPORT_FIXTURE_H_
#define FACTLINT_TESTS_REPORT_REPORT_FIXTURE_H_

#include <filesystem>
#include <string>
#include <vector>

#include "factlint/report.h"

namespace factlint::testing {

// The articles every format is tried on: examples/*.md, then ../shared's seed article when it
// exists.
std::vector<std::filesystem::path> ReportArticles();

// `paths` checked as `factlint check` does: default corpus, shipped rules, the report's rules
// filled in.
Report CheckForReport(const std::vector<std::filesystem::path>& paths);

// A report of one article given as text (checked with the default corpus and rules), with the
// path it is reported under.
Report CheckTextForReport(const std::string& path, const std::string& text);

}  // namespace factlint::testing

#endif  // FACTLINT_TESTS_REPORT_REPORT_FIXTURE_H_
