// The stylesheet and script inlined into the HTML report (the page loads nothing else).
#ifndef FACTLINT_ENGINE_REPORT_HTML_ASSETS_H_
#define FACTLINT_ENGINE_REPORT_HTML_ASSETS_H_

#include <string_view>

namespace factlint {

// The page's CSS: screen (two columns, one below 980px wide) and print.
std::string_view HtmlReportStyle();

// The page's JavaScript: shows the filter form (hidden without JavaScript) and, as its boxes
// change, hides the cards and references of the findings filtered out and recolours or clears
// their highlights. Contains no "</script".
std::string_view HtmlReportScript();

}  // namespace factlint

#endif  // FACTLINT_ENGINE_REPORT_HTML_ASSETS_H_
