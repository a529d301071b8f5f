// Text made safe for an HTML page: the escaping every piece of the HTML report goes through.
#ifndef FACTLINT_ENGINE_REPORT_HTML_MARKUP_H_
#define FACTLINT_ENGINE_REPORT_HTML_MARKUP_H_

#include <string>
#include <string_view>

namespace factlint {

// `text` with & < > " ' as character references: safe as element content and as a quoted
// attribute value. Other bytes (UTF-8, line breaks) are kept.
std::string EscapeHtml(std::string_view text);

// True when `url` may become an <a href>: it starts with "http://" or "https://" (ASCII case
// ignored). Everything else (javascript:, data:, relative or empty) is shown as text only.
bool IsWebUrl(std::string_view url);

// `text` cut to at most `max_code_points` Unicode code points, with "…" appended when cut.
// REQUIRES: `text` is valid UTF-8.
std::string Abbreviate(std::string_view text, size_t max_code_points);

}  // namespace factlint

#endif  // FACTLINT_ENGINE_REPORT_HTML_MARKUP_H_
