// The HTML report: escaping, highlights of overlapping findings, links, and the page as headless
// Chromium renders it for the example articles and the seed article.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <optional>
#include <regex>
#include <set>
#include <sstream>

#include "factlint/report.h"
#include "report_fixture.h"
#include "test_support.h"

namespace factlint::testing {
namespace {

namespace fs = std::filesystem;
using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

std::string Html(const Report& report) {
  LocationOptions options;
  options.tool_version = "9.9.9-test";
  std::ostringstream out;
  WriteHtml(report, options, out);
  return out.str();
}

size_t Occurrences(std::string_view text, std::string_view needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string_view::npos;
       at = text.find(needle, at + needle.size())) {
    ++n;
  }
  return n;
}

// An article of our own words, with a decomposed "é" (so the file and the normalized text differ)
// and markup that must come out as text.
constexpr std::string_view kArticle =
    "# Harbour works\n\n"
    "The cafe\xCC\x81 owners said the <script>alert(1)</script> council & its board spent 12 "
    "million euros on repairs.\n";

class HandMadeReport : public ::testing::Test {
 protected:
  void SetUp() override {
    auto read = Document::Read("drafts/harbour.md", std::string(kArticle));
    ASSERT_TRUE(read.ok()) << read.status().message();
    FileResult file;
    file.path = "drafts/harbour.md";
    file.document = std::move(read).value();
    file.date = Date{year(2023), month(5), day(4)};
    report_.files.push_back(std::move(file));
  }

  // The span of `needle` in the document's normalized text.
  Span SpanOf(std::string_view needle) const {
    const std::string& text = report_.files[0].document->text();
    size_t at = text.find(needle);
    EXPECT_NE(at, std::string::npos) << needle;
    return Span{at, at + needle.size()};
  }

  void AddFinding(std::string rule, Severity severity, std::string message, Span span,
                  std::vector<Evidence> evidence = {}) {
    Finding finding;
    finding.rule = std::move(rule);
    finding.severity = severity;
    finding.message = std::move(message);
    finding.span = span;
    finding.evidence = std::move(evidence);
    std::vector<Finding>& findings = report_.files[0].findings;
    findings.push_back(std::move(finding));
    std::sort(findings.begin(), findings.end(), FindingLess);
  }

  // Four findings, three of them overlapping ("café owners said", "said", "said the <script>"),
  // and two overlapping claims, one of them under the fourth finding.
  void AddOverlappingFindingsAndClaims() {
    AddFinding("figure-mismatch", Severity::kWarning, "a", SpanOf("café owners said"));
    AddFinding("punctuation", Severity::kError, "b", SpanOf("said the <script>"));
    AddFinding("spelling", Severity::kInfo, "c", SpanOf("said"));
    AddFinding("figure-mismatch", Severity::kWarning, "d", SpanOf("12 million euros"));
    ClaimEntry spent, amount;
    spent.kind = amount.kind = "money";
    spent.span = SpanOf("spent 12 million");
    spent.status = ClaimStatus::kSupported;
    amount.span = SpanOf("12 million euros");
    amount.status = ClaimStatus::kContradicted;
    report_.files[0].claims = {spent, amount};
  }

  Report report_;
};

// What the article element holds, read without an HTML parser: its text with the character
// references decoded, and whether its tags nest properly with no <mark> inside another.
struct ArticleMarkup {
  std::string text;
  bool well_formed = true;
  int marks = 0;
};

ArticleMarkup ReadArticle(const std::string& html) {
  const std::string open = "<div class=\"article-text\">";
  size_t begin = html.find(open);
  size_t end = html.find("</div>", begin);
  EXPECT_NE(begin, std::string::npos);
  std::string_view inner =
      std::string_view(html).substr(begin + open.size(), end - begin - open.size());
  ArticleMarkup out;
  std::vector<std::string> open_tags;
  for (size_t i = 0; i < inner.size();) {
    if (inner[i] == '<') {
      size_t close = inner.find('>', i);
      std::string_view tag = inner.substr(i + 1, close - i - 1);
      i = close + 1;
      if (tag.starts_with('/')) {
        if (open_tags.empty() || open_tags.back() != tag.substr(1)) out.well_formed = false;
        if (!open_tags.empty()) open_tags.pop_back();
        continue;
      }
      std::string name(tag.substr(0, tag.find(' ')));
      if (name == "mark") {
        ++out.marks;
        if (std::find(open_tags.begin(), open_tags.end(), "mark") != open_tags.end()) {
          out.well_formed = false;
        }
      }
      open_tags.push_back(name);
    } else if (inner[i] == '&') {
      size_t semicolon = inner.find(';', i);
      std::string_view entity = inner.substr(i, semicolon - i + 1);
      if (entity == "&amp;")
        out.text += '&';
      else if (entity == "&lt;")
        out.text += '<';
      else if (entity == "&gt;")
        out.text += '>';
      else if (entity == "&quot;")
        out.text += '"';
      else if (entity == "&#39;")
        out.text += '\'';
      else
        ADD_FAILURE() << "unexpected entity " << entity;
      i = semicolon + 1;
    } else {
      out.text += inner[i++];
    }
  }
  if (!open_tags.empty()) out.well_formed = false;
  return out;
}

TEST_F(HandMadeReport, EscapesMarkupInTheArticleAndTheMessages) {
  AddFinding("spelling", Severity::kWarning, "say \"<script>\" & mean it", SpanOf("council"));
  std::string html = Html(report_);
  // The page's own script is the only one.
  EXPECT_EQ(Occurrences(html, "<script"), 1u);
  EXPECT_EQ(Occurrences(html, "</script"), 1u);
  EXPECT_NE(html.find("said the &lt;script&gt;alert(1)&lt;/script&gt; "), std::string::npos);
  EXPECT_NE(html.find("</mark> &amp; its board"), std::string::npos);
  // In the highlight's title, the reference's title and the card.
  EXPECT_EQ(Occurrences(html, "say &quot;&lt;script&gt;&quot; &amp; mean it"), 3u);
  EXPECT_NE(html.find("<p class=\"message\">say &quot;&lt;script&gt;&quot; &amp; mean it</p>"),
            std::string::npos);
}

TEST_F(HandMadeReport, OverlappingFindingsAreCutIntoPiecesThatDoNotNest) {
  AddOverlappingFindingsAndClaims();
  std::string html = Html(report_);

  ArticleMarkup article = ReadArticle(html);
  EXPECT_TRUE(article.well_formed) << html;
  EXPECT_EQ(article.text, kArticle);  // the file's bytes, the decomposed é included
  // Sorted: "café owners said" f1-1, "said" f1-2, "said the <script>" f1-3, "12 million" f1-4.
  EXPECT_NE(html.find("<mark class=\"finding sev-warning\" data-findings=\"f1-1\" "
                      "title=\"warning: a [figure-mismatch]\">cafe\xCC\x81 owners </mark>"),
            std::string::npos);
  EXPECT_NE(html.find("<mark class=\"finding sev-error\" data-findings=\"f1-1 f1-2 f1-3\" "
                      "title=\"warning: a [figure-mismatch]\ninfo: c [spelling]\n"
                      "error: b [punctuation]\">said</mark>"),
            std::string::npos);
  EXPECT_NE(html.find("<mark class=\"finding sev-error\" data-findings=\"f1-3\""),
            std::string::npos);
  // The claims: underlined alone, and combined with the finding where they overlap.
  EXPECT_NE(html.find("<span class=\"anchor\" id=\"k1-1\"></span><span class=\"claim "
                      "st-supported\" data-claims=\"k1-1\">spent </span>"),
            std::string::npos);
  EXPECT_NE(html.find("<mark class=\"finding sev-warning claim st-contradicted\" "
                      "data-claims=\"k1-1 k1-2\" data-findings=\"f1-4\""),
            std::string::npos);
  // One reference per finding, linking to its card; the card links back.
  EXPECT_EQ(Occurrences(html, "<li class=\"card sev-"), 4u);
  for (int n = 1; n <= 4; ++n) {
    EXPECT_EQ(Occurrences(html, fmt::format("id=\"f1-{}\" href=\"#c1-{}\"", n, n)), 1u) << n;
    EXPECT_NE(html.find(fmt::format("href=\"#f1-{}\" title=\"Show in the article\"", n)),
              std::string::npos);
  }
  // The ledger: one row per claim, the claim text linking to its place in the article.
  EXPECT_EQ(Occurrences(html, "<tr class=\"st-"), 2u);
  EXPECT_NE(html.find("<a href=\"#k1-2\">12 million euros</a>"), std::string::npos);
}

TEST_F(HandMadeReport, OnlyWebUrlsBecomeLinks) {
  Evidence script{
      "s<1>", "r&1", "Title <i>", "p. 3", "javascript:alert(1)", "ex <b>cerpt</b> & co"};
  Evidence web{"web", "page", "Web page", "", "HTTPS://example.org/a?b=1&c=\"2\"", ""};
  AddFinding("unsupported-claim", Severity::kWarning, "m", SpanOf("council"), {script, web});
  std::string html = Html(report_);
  EXPECT_EQ(html.find("javascript:"), std::string::npos);
  EXPECT_NE(html.find("<p class=\"source\">Title &lt;i&gt;, p. 3 <span class=\"ids mono\">"
                      "s&lt;1&gt;/r&amp;1</span></p>"),
            std::string::npos);
  EXPECT_NE(html.find("<blockquote class=\"excerpt\">ex &lt;b&gt;cerpt&lt;/b&gt; &amp; co"
                      "</blockquote>"),
            std::string::npos);
  EXPECT_NE(html.find("<a href=\"HTTPS://example.org/a?b=1&amp;c=&quot;2&quot;\" "
                      "rel=\"noopener noreferrer\">Web page</a>"),
            std::string::npos);
}

TEST_F(HandMadeReport, PageLoadsNothingAndReadsWithoutScript) {
  AddFinding("spelling", Severity::kInfo, "m", SpanOf("board"));
  std::string html = Html(report_);
  EXPECT_NE(html.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                      "'none';"),
            std::string::npos);
  EXPECT_EQ(html.find(" src="), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find("url("), std::string::npos);
  EXPECT_EQ(html.find("@import"), std::string::npos);
  // The filters do nothing without the script, so the script is what shows them.
  EXPECT_NE(html.find("<form id=\"filters\" class=\"filters\" hidden"), std::string::npos);
  EXPECT_EQ(html, Html(report_));  // deterministic
}

TEST_F(HandMadeReport, EmptySpanStillHasAHighlight) {
  Span at = SpanOf("board");
  AddFinding("punctuation", Severity::kError, "m", Span{at.begin, at.begin});
  std::string html = Html(report_);
  EXPECT_NE(html.find("data-findings=\"f1-1\" title=\"error: m [punctuation]\">b</mark>oard"),
            std::string::npos);
}

TEST(HtmlReport, UnreadableFileShowsItsError) {
  Report report;
  FileResult file;
  file.path = "drafts/<missing>.md";
  file.error = NotFoundError("drafts/<missing>.md: no such file");
  report.files.push_back(file);
  std::string html = Html(report);
  EXPECT_NE(html.find("<h2>drafts/&lt;missing&gt;.md</h2>\n<p class=\"error-box\">Could not be "
                      "checked: drafts/&lt;missing&gt;.md: no such file</p>"),
            std::string::npos);
  EXPECT_NE(html.find("<dd data-count=\"unreadable\">1</dd>"), std::string::npos);
}

// --- Headless Chromium --------------------------------------------------------------------

std::string ReadPipe(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return out;
  char buffer[65536];
  for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  pclose(pipe);
  return out;
}

std::optional<std::string> Chromium() {
  std::string path = ReadPipe("command -v chromium 2>/dev/null");
  while (!path.empty() && path.back() == '\n') path.pop_back();
  if (path.empty()) return std::nullopt;
  return path;
}

// The DOM of `page` after Chromium has loaded it and run its script.
std::string RenderedDom(const std::string& chromium, const fs::path& page) {
  TempDir profile;
  return ReadPipe(
      fmt::format("timeout 120 '{}' --headless --no-sandbox --disable-gpu --user-data-dir='{}' "
                  "--dump-dom 'file://{}' 2>/dev/null",
                  chromium, profile.path().string(), fs::absolute(page).string()));
}

#define REQUIRE_CHROMIUM(var)                                             \
  std::optional<std::string> var = Chromium();                            \
  if (!var) {                                                             \
    const char* ci = std::getenv("CI");                                   \
    if (ci != nullptr && std::string_view(ci) == "true") {                \
      FAIL() << "chromium is not installed (tools/dev test installs it)"; \
    }                                                                     \
    GTEST_SKIP() << "install chromium (tools/dev test does)";             \
  }

// What the rendered page must show of one file of the JSON report.
void ExpectFileRendered(const std::string& dom, int number, const nlohmann::json& file) {
  std::string start = fmt::format("<section class=\"file\" id=\"file-{}\">", number);
  size_t begin = dom.find(start);
  ASSERT_NE(begin, std::string::npos) << start;
  size_t end = dom.find("<section class=\"file\"", begin + start.size());
  std::string section = dom.substr(begin, end == std::string::npos ? end : end - begin);
  SCOPED_TRACE(file["path"].get<std::string>());

  // Every highlight, by the findings it carries.
  static const std::regex kMark(R"re(<mark\b[^>]*?data-findings="([^"]*)")re");
  std::set<std::string> highlighted;
  for (std::sregex_iterator it(section.begin(), section.end(), kMark), last; it != last; ++it) {
    std::istringstream ids((*it)[1].str());
    for (std::string id; ids >> id;) highlighted.insert(id);
  }
  size_t findings = file["findings"].size();
  EXPECT_EQ(highlighted.size(), findings);
  for (size_t n = 1; n <= findings; ++n) {
    std::string id = fmt::format("f{}-{}", number, n);
    EXPECT_TRUE(highlighted.contains(id)) << id;
    EXPECT_EQ(Occurrences(section, fmt::format("id=\"{}\"", id)), 1u) << id;
    EXPECT_EQ(Occurrences(section, fmt::format("data-finding=\"{}\"", id)), 1u) << id;
  }
  EXPECT_EQ(Occurrences(section, "<li class=\"card "), findings);
  EXPECT_EQ(Occurrences(section, "<tr class=\"st-"), file["claims"].size());
}

// Renders `html` and checks it against `json`, the same run as --format json.
void ExpectPageRendered(const std::string& chromium, const std::string& html,
                        const nlohmann::json& json) {
  TempDir dir;
  std::string page = dir.Write("report.html", html);
  std::string dom = RenderedDom(chromium, page);
  ASSERT_NE(dom.find("<h1>factlint report</h1>"), std::string::npos) << dom.substr(0, 2000);
  // The script ran (the content security policy lets the inline script through) and found
  // nothing to hide.
  if (html.find("id=\"filters\"") != std::string::npos) {
    EXPECT_NE(dom.find("<form id=\"filters\" class=\"filters\" aria-label"), std::string::npos);
  }
  EXPECT_EQ(dom.find("class=\"finding off\""), std::string::npos);
  const nlohmann::json& summary = json["summary"];
  for (const char* count : {"files", "errors", "warnings", "infos", "claims", "supported",
                            "contradicted", "unverified"}) {
    // The first occurrence is the summary at the top.
    std::regex pattern(fmt::format(R"re(data-count="{}">(\d+)<)re", count));
    std::smatch match;
    ASSERT_TRUE(std::regex_search(dom, match, pattern)) << count;
    EXPECT_EQ(std::stoi(match[1]), summary[count].get<int>()) << count;
  }
  ASSERT_EQ(Occurrences(dom, "<section class=\"file\""), json["files"].size());
  for (size_t i = 0; i < json["files"].size(); ++i) {
    ExpectFileRendered(dom, static_cast<int>(i) + 1, json["files"][i]);
  }
}

nlohmann::json JsonOf(const Report& report) {
  std::ostringstream out;
  WriteJson(report, out);
  return nlohmann::json::parse(out.str());
}

TEST(HtmlReportChromium, EachArticleRendersWithEveryFindingHighlighted) {
  REQUIRE_CHROMIUM(chromium);
  for (const fs::path& article : ReportArticles()) {
    SCOPED_TRACE(article.string());
    Report report = CheckForReport({article});
    ASSERT_TRUE(report.files[0].error.ok()) << report.files[0].error.message();
    EXPECT_FALSE(report.files[0].findings.empty());
    ExpectPageRendered(*chromium, Html(report), JsonOf(report));
  }
}

// The command line's report of every article at once, against its own JSON report.
TEST(HtmlReportChromium, CommandLineReportOfAllArticlesRenders) {
  REQUIRE_CHROMIUM(chromium);
  std::vector<std::string> paths;
  for (const fs::path& article : ReportArticles()) paths.push_back(article.string());
  std::vector<std::string> html_args = {"check", "--format", "html"};
  html_args.insert(html_args.end(), paths.begin(), paths.end());
  std::vector<std::string> json_args = {"check", "--format", "json"};
  json_args.insert(json_args.end(), paths.begin(), paths.end());
  CliResult html = RunCli(html_args);
  CliResult json = RunCli(json_args);
  ASSERT_LE(html.exit_code, 1) << html.err;
  ASSERT_EQ(json.exit_code, html.exit_code) << json.err;
  ExpectPageRendered(*chromium, html.out, nlohmann::json::parse(json.out));
}

// The script's filters, driven by a script of the test's own (the page allows inline scripts).
TEST_F(HandMadeReport, ChromiumFilterBySeverityHidesCardsAndRecoloursHighlights) {
  REQUIRE_CHROMIUM(chromium);
  AddOverlappingFindingsAndClaims();
  std::string html = Html(report_);
  size_t body_end = html.rfind("</body>");
  ASSERT_NE(body_end, std::string::npos);
  html.insert(body_end,
              "<script>var box = document.querySelector('input[name=severity][value=error]');"
              "box.checked = false;"
              "box.dispatchEvent(new Event('change', {bubbles: true}));</script>");
  TempDir dir;
  std::string dom = RenderedDom(*chromium, dir.Write("filtered.html", html));
  // "said" is under a warning, an info and the error: it turns to the warning's colour; the
  // piece under the error alone is no longer highlighted; the error's card and badge hide.
  EXPECT_NE(dom.find("<mark class=\"finding sev-warning\" data-findings=\"f1-1 f1-2 f1-3\""),
            std::string::npos)
      << dom;
  EXPECT_NE(dom.find("<mark class=\"finding off\" data-findings=\"f1-3\""), std::string::npos);
  EXPECT_NE(dom.find("id=\"c1-3\" data-finding=\"f1-3\" data-rule=\"punctuation\" "
                     "data-severity=\"error\" hidden=\"\""),
            std::string::npos);
  EXPECT_NE(dom.find("id=\"f1-3\" href=\"#c1-3\""), std::string::npos);
  EXPECT_EQ(Occurrences(dom, " hidden=\"\""), 2u);  // the card and the badge of the error
}

}  // namespace
}  // namespace factlint::testing
