// The Markdown report (exact, and rendered by cmark-gfm as GitHub renders a comment) and the
// text report's colours and closing summary.
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>
#include <sstream>

#include "factlint/report.h"
#include "report_fixture.h"
#include "test_support.h"

namespace factlint {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

std::string Markdown(const Report& report, const LocationOptions& options = {}) {
  std::ostringstream out;
  WriteMarkdown(report, options, out);
  return out.str();
}

// The HTML GitHub would show for `markdown` (GFM with tables).
std::string RenderGfm(const std::string& markdown) {
  cmark_gfm_core_extensions_ensure_registered();
  std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)> parser(
      cmark_parser_new(CMARK_OPT_DEFAULT), &cmark_parser_free);
  cmark_syntax_extension* table = cmark_find_syntax_extension("table");
  cmark_parser_attach_syntax_extension(parser.get(), table);
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  std::unique_ptr<cmark_node, decltype(&cmark_node_free)> root(cmark_parser_finish(parser.get()),
                                                               &cmark_node_free);
  char* html = cmark_render_html(root.get(), CMARK_OPT_UNSAFE,
                                 cmark_parser_get_syntax_extensions(parser.get()));
  std::string out(html);
  free(html);
  return out;
}

size_t Count(const std::string& text, const std::string& needle) {
  size_t count = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
    ++count;
  }
  return count;
}

constexpr char kHarbourDraft[] =
    "---\n"
    "date: 2024-03-01\n"
    "---\n"
    "# Harbour levy\n"
    "\n"
    "The the council voted to keep the levy at *3 per cent* | unchanged.\n";

TEST(MarkdownReport, IsExactForASmallDraft) {
  Report report = testing::CheckTextForReport("drafts/harbour|levy.md", kHarbourDraft);
  EXPECT_EQ(Markdown(report, {.root = {}, .tool_version = "9.9", .link_base = ""}),
            "### factlint: 1 file checked: 1 error, 0 warnings, 0 infos; 1 claim: 0 supported, 0 "
            "contradicted, 1 unverified\n"
            "\n"
            "| Severity | Where | Rule | Finding |\n"
            "|---|---|---|---|\n"
            "| **error** | [drafts/harbour\\|levy.md:6:1](drafts/harbour%7Clevy.md#L6) | "
            "`repeated-word` | “The the”: repeated word \"The\"<br>Suggestion: The |\n"
            "\n"
            "<details><summary>Claims ledger: 1 claim (0 supported, 0 contradicted, 1 "
            "unverified)</summary>\n"
            "\n"
            "#### drafts/harbour\\|levy.md, dated 2024-03-01\n"
            "\n"
            "| Line | Claim | Kind | Normalized | Status | Evidence |\n"
            "|---:|---|---|---|---|---|\n"
            "| 6 | 3 per cent | quantity | 3 percent | unverified |  |\n"
            "\n"
            "</details>\n"
            "\n"
            "<sub>factlint 9.9</sub>\n");
}

TEST(MarkdownReport, LinksLeadIntoTheHostedRepository) {
  Report report = testing::CheckTextForReport("drafts/levy.md", kHarbourDraft);
  std::string markdown = Markdown(
      report, {.root = {}, .tool_version = "", .link_base = "https://example.org/r/blob/abc/"});
  EXPECT_THAT(markdown,
              HasSubstr("[drafts/levy.md:6:1](https://example.org/r/blob/abc/drafts/levy.md#L6)"));
  EXPECT_THAT(markdown, Not(HasSubstr("<sub>")));
}

TEST(MarkdownReport, TableCellsSurviveMarkdownInTheArticle) {
  // A pipe, emphasis, a tag and an entity in the text must neither split the cell nor render.
  Report report = testing::CheckTextForReport(
      "draft.md", "The the <b>levy</b> | *rose* &amp; fell by 3 per cent.\n");
  std::string html = RenderGfm(Markdown(report));
  EXPECT_THAT(html, Not(HasSubstr("<b>levy")));
  EXPECT_THAT(html, Not(HasSubstr("<em>")));
  // The ledger row: six cells, the claim's text intact.
  EXPECT_THAT(html, HasSubstr("<td>3 per cent</td>"));
}

TEST(MarkdownReport, EveryArticleRendersOneRowPerFindingAndPerClaim) {
  std::vector<fs::path> articles = testing::ReportArticles();
  Report report = testing::CheckForReport(articles);
  Summary summary = report.Summarize();
  ASSERT_GT(summary.errors + summary.warnings + summary.infos, 0);
  std::string html = RenderGfm(Markdown(report));
  // Two header rows (findings, one ledger per file) plus one row per finding and per claim.
  EXPECT_EQ(Count(html, "<tr>"), 1 + summary.errors + summary.warnings + summary.infos +
                                     articles.size() + summary.claims);
  for (const FileResult& file : report.files) {
    for (const Finding& finding : file.findings) {
      EXPECT_THAT(html, HasSubstr("<code>" + finding.rule + "</code>"));
    }
  }
}

TEST(MarkdownReport, NamesUnreadableFiles) {
  Report report = testing::CheckForReport({"/nonexistent/draft.md"});
  EXPECT_EQ(Markdown(report),
            "### factlint: 1 file checked (1 unreadable): 0 errors, 0 warnings, 0 infos; 0 "
            "claims: 0 supported, 0 contradicted, 0 unverified\n"
            "\n"
            "- **unreadable**: /nonexistent/draft.md: cannot open the file: No such file or "
            "directory\n"
            "\n"
            "No findings.\n");
}

TEST(TextReport, ColoursOnlyWhenAsked) {
  std::string article = (testing::SourceDir() / "examples" / "binance-resolution.md").string();
  auto always = testing::RunCli({"check", article, "--color", "always"});
  EXPECT_THAT(always.out, HasSubstr("\x1b[1;33mwarning:\x1b[0m"));
  for (const char* mode : {"never", "auto"}) {  // auto: stdout is a pipe here
    auto run = testing::RunCli({"check", article, "--color", mode});
    EXPECT_THAT(run.out, Not(HasSubstr("\x1b["))) << mode;
  }
}

TEST(TextReport, TheExitCodeIsTheWorstAcrossFiles) {
  testing::TempDir dir;
  std::string clean = dir.Write("drafts/a-clean.md", "The council met on Monday.\n");
  dir.Write("drafts/b-typo.md", "The the council met on Monday.\n");
  auto run = testing::RunCli({"check", (dir.path() / "drafts").string(), "--color", "never"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.out, HasSubstr("2 files checked: 1 error, 0 warnings, 0 infos"));
  EXPECT_EQ(testing::RunCli({"check", clean, "--color", "never"}).exit_code, 0);
  // The progress bar is for terminals only: nothing on a piped stderr.
  EXPECT_EQ(run.err, "");
}

}  // namespace
}  // namespace factlint
