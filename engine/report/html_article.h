// The article of the HTML report: the file as written, with every finding and claim marked in
// place.
#ifndef FACTLINT_ENGINE_REPORT_HTML_ARTICLE_H_
#define FACTLINT_ENGINE_REPORT_HTML_ARTICLE_H_

#include <ostream>
#include <string>
#include <vector>

#include "factlint/document.h"
#include "factlint/finding.h"

namespace factlint {

// The element ids of the page, for file `file` (1-based) and finding or claim `n` (1-based, in
// the order of FileResult::findings and ::claims): "f<file>-<n>" is a finding's place in the
// article, "c<file>-<n>" its card in the panel, "k<file>-<n>" a claim's place in the article.
std::string FindingAnchor(int file, int n);
std::string FindingCard(int file, int n);
std::string ClaimAnchor(int file, int n);

// Writes doc.original() escaped, for an element with `white-space: pre-wrap`. The text is cut at
// every boundary of a finding or claim, so highlights never nest even when findings overlap:
//   - a piece inside findings is <mark class="finding sev-S" data-findings="f1-2 f1-3"
//     title="..."> (S the most severe of them; the title lists their messages), with
//     " claim st-T" added when claims cover it too;
//   - a piece inside claims only is <span class="claim st-T" data-claims="k1-4"> (T the status
//     that needs the most attention: contradicted, unverified, supported);
//   - where a finding begins, <a class="ref sev-S" id="f1-2" href="#c1-2" data-n="2"></a> (empty:
//     the stylesheet draws its number, so the article's text content stays the file's text);
//     where a claim begins, <span class="anchor" id="k1-4"></span>.
// An empty finding span is widened to the character after it, so each finding has a highlight.
// REQUIRES: the spans of `findings` and `claims` lie in doc.text().
void WriteArticleHtml(const Document& doc, const std::vector<Finding>& findings,
                      const std::vector<ClaimEntry>& claims, int file, std::ostream& out);

}  // namespace factlint

#endif  // FACTLINT_ENGINE_REPORT_HTML_ARTICLE_H_
