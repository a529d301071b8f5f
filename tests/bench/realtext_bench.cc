// False alarms on real published text: the whole rule set, with the default corpus and the shipped
// rules, over ../shared/data/realnews-dev/articles/*.md (real news and press releases, front
// matter with date and lang) and the PolNeAR texts ../shared/data/polnear/*/text/*.txt (2016 US
// news; the date is in the file name). A measurement, not a test: it prints figures and exits 0
// (1 only when the corpus or the rules cannot be loaded). The texts stay where they are.
//
// Every finding at warning or error, and every `supported` or `contradicted` claim of the ledger,
// is looked up in the labels file (tests/realtext/labels.tsv: path, line, rule, text, verdict,
// note; see tests/realtext/README.md) by (path, line, rule, text). A finding judged `false` is a
// false alarm; one with no verdict is "unjudged" and listed with --unjudged, ready to be judged
// and pasted into the labels file. Figures per rule and per language variety: findings, judged
// right, judged wrong, unjudged, and false alarms per 1,000 words (words as `wc -w` counts them
// on the body).
//
//   realtext_bench [--unjudged] [--list] [--set realnews|polnear] [--rule ID]
//     --unjudged  print the findings and claims with no verdict as label lines (verdict "?")
//     --list      print every finding and claim with its verdict
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "factlint/check.h"
#include "factlint/report.h"
#include "test_support.h"

namespace factlint {
namespace {

namespace fs = std::filesystem;

struct Article {
  std::string label_path;  // relative to the shared data folder
  std::string set;         // "realnews" | "polnear"
  std::string file;
  std::optional<Date> date;  // PolNeAR: from the file name
};

// What a label file line says of one finding or claim.
struct Verdict {
  std::string verdict;  // "true" | "false"
  std::string note;
};

using LabelKey = std::tuple<std::string, int, std::string, std::string>;

// The span text as the labels file keeps it: white space collapsed, at most 40 bytes (cut at a
// character boundary), tabs never.
std::string LabelText(std::string_view text) {
  std::string out;
  for (char c : text) {
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.size() > 40) {
    size_t cut = 40;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
  }
  return out;
}

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  std::stringstream in(line);
  std::string field;
  while (std::getline(in, field, '\t')) fields.push_back(field);
  return fields;
}

std::map<LabelKey, Verdict> ReadLabels(const fs::path& path) {
  std::map<LabelKey, Verdict> labels;
  std::ifstream in(path);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (number == 1 || line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = SplitTabs(line);
    if (f.size() < 5 || (f[4] != "true" && f[4] != "false")) {
      std::fprintf(stderr, "%s:%d: expected path, line, rule, text, verdict (true|false), note\n",
                   path.c_str(), number);
      continue;
    }
    labels[{f[0], std::atoi(f[1].c_str()), f[2], f[3]}] = {f[4], f.size() > 5 ? f[5] : ""};
  }
  return labels;
}

std::vector<Article> FindArticles(const fs::path& shared, const std::string& only_set) {
  std::vector<Article> articles;
  std::error_code error;
  if (only_set.empty() || only_set == "realnews") {
    fs::path dir = shared / "realnews-dev" / "articles";
    for (auto it = fs::directory_iterator(dir, error); !error && it != fs::directory_iterator();
         it.increment(error)) {
      if (it->path().extension() != ".md") continue;
      articles.push_back({fs::relative(it->path(), shared).string(), "realnews",
                          it->path().string(), std::nullopt});
    }
  }
  if (only_set.empty() || only_set == "polnear") {
    for (const char* split : {"dev", "test"}) {
      fs::path dir = shared / "polnear" / split / "text";
      for (auto it = fs::directory_iterator(dir, error); !error && it != fs::directory_iterator();
           it.increment(error)) {
        if (it->path().extension() != ".txt") continue;
        // publisher_YYYY-MM-DD_slug.txt
        std::string name = it->path().filename().string();
        size_t under = name.find('_');
        std::optional<Date> date;
        if (under != std::string::npos) date = ParseIsoDate(name.substr(under + 1, 10));
        articles.push_back(
            {fs::relative(it->path(), shared).string(), "polnear", it->path().string(), date});
      }
    }
  }
  std::sort(articles.begin(), articles.end(),
            [](const Article& a, const Article& b) { return a.label_path < b.label_path; });
  return articles;
}

// Words of the body, as `wc -w` counts them: runs of non-space bytes after the front matter.
size_t CountWords(const Document& document) {
  std::string_view text = document.original();
  if (text.starts_with("---\n")) {
    size_t end = text.find("\n---", 3);
    if (end != std::string_view::npos) {
      size_t next = text.find('\n', end + 4);
      text = next == std::string_view::npos ? std::string_view() : text.substr(next + 1);
    }
  }
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

struct Tally {
  size_t findings = 0, right = 0, wrong = 0, unjudged = 0;
};

struct Group {
  size_t articles = 0, words = 0;
  std::map<std::string, Tally> by_rule;  // rule id, or "claim:supported" / "claim:contradicted"
};

void PrintGroup(const std::string& name, const Group& group) {
  std::printf("\n%s: %zu texts, %zu words\n", name.c_str(), group.articles, group.words);
  std::printf("  %-24s %8s %6s %6s %9s %12s\n", "rule", "findings", "right", "wrong", "unjudged",
              "wrong/1000w");
  Tally facts, all;
  for (const auto& [rule, t] : group.by_rule) {
    double per_k = group.words ? 1000.0 * t.wrong / group.words : 0;
    std::printf("  %-24s %8zu %6zu %6zu %9zu %12.3f\n", rule.c_str(), t.findings, t.right, t.wrong,
                t.unjudged, per_k);
    if (rule.starts_with("claim:")) continue;
    Tally* sums[] = {&all, rule == "spelling" || rule == "spelling-variant" ||
                                   rule == "repeated-word" || rule == "punctuation" ||
                                   rule == "stray-line" || rule == "name-consistency"
                               ? nullptr
                               : &facts};
    for (Tally* s : sums) {
      if (s == nullptr) continue;
      s->findings += t.findings, s->right += t.right, s->wrong += t.wrong,
          s->unjudged += t.unjudged;
    }
  }
  auto line = [&](const char* label, const Tally& t) {
    double per_k = group.words ? 1000.0 * t.wrong / group.words : 0;
    double worst = group.words ? 1000.0 * (t.wrong + t.unjudged) / group.words : 0;
    std::printf("  %-24s %8zu %6zu %6zu %9zu %12.3f  (%.3f counting unjudged as wrong)\n", label,
                t.findings, t.right, t.wrong, t.unjudged, per_k, worst);
  };
  line("(fact rules)", facts);
  line("(all rules)", all);
}

int Main(int argc, char** argv) {
  bool unjudged_only = false, list = false;
  std::string only_set, only_rule;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--unjudged") {
      unjudged_only = true;
    } else if (arg == "--list") {
      list = true;
    } else if (arg == "--set" && i + 1 < argc) {
      only_set = argv[++i];
    } else if (arg == "--rule" && i + 1 < argc) {
      only_rule = argv[++i];
    } else {
      std::fprintf(stderr,
                   "usage: realtext_bench [--unjudged] [--list] [--set realnews|polnear] "
                   "[--rule ID]\n");
      return 2;
    }
  }
  const fs::path shared = testing::SharedDir() / "data";
  std::vector<Article> articles = FindArticles(shared, only_set);
  if (articles.empty()) {
    std::printf("realtext_bench: no texts under %s (realnews-dev, polnear): skipped\n",
                shared.c_str());
    return 0;
  }
  const fs::path labels_path = testing::SourceDir() / "tests" / "realtext" / "labels.tsv";
  std::map<LabelKey, Verdict> labels = ReadLabels(labels_path);

  CheckOptions options;
  options.corpus_path = testing::DefaultCorpus();
  options.rule_folders = {(testing::SourceDir() / "rules").string()};
  StatusOr<std::unique_ptr<Checker>> checker = Checker::Create(options);
  if (!checker.ok()) {
    std::fprintf(stderr, "realtext_bench: %s\n", checker.status().message().c_str());
    return 1;
  }

  std::map<std::string, Group> groups;  // "realnews", "polnear", "realnews en-GB", ...
  std::set<LabelKey> seen;
  for (const Article& article : articles) {
    FileResult result;
    if (article.date) {
      std::ifstream in(article.file, std::ios::binary);
      std::string bytes((std::istreambuf_iterator<char>(in)), {});
      result = (*checker)->CheckBytes(article.file, std::move(bytes), article.date);
    } else {
      result = (*checker)->CheckFile(article.file);
    }
    if (!result.error.ok()) {
      std::fprintf(stderr, "%s: %s\n", article.label_path.c_str(), result.error.message().c_str());
      continue;
    }
    const Document& doc = *result.document;
    std::string lang = doc.metadata().lang.empty() ? std::string("en-US") : doc.metadata().lang;
    size_t words = CountWords(doc);
    std::vector<Group*> into = {&groups[article.set], &groups[article.set + " " + lang]};
    for (Group* g : into) g->articles += 1, g->words += words;

    auto judge = [&](const std::string& rule, Span span, const std::string& message) {
      if (!only_rule.empty() && rule != only_rule) return;
      int line = doc.LineColumnOf(doc.OriginalOffset(span.begin)).line;
      std::string text = LabelText(doc.TextOf(span));
      LabelKey key{article.label_path, line, rule, text};
      seen.insert(key);
      auto it = labels.find(key);
      for (Group* g : into) {
        Tally& t = g->by_rule[rule];
        ++t.findings;
        if (it == labels.end()) {
          ++t.unjudged;
        } else if (it->second.verdict == "true") {
          ++t.right;
        } else {
          ++t.wrong;
        }
      }
      if (list || (unjudged_only && it == labels.end())) {
        std::printf("%s\t%d\t%s\t%s\t%s\t%s\n", article.label_path.c_str(), line, rule.c_str(),
                    text.c_str(), it == labels.end() ? "?" : it->second.verdict.c_str(),
                    it == labels.end() ? message.c_str() : it->second.note.c_str());
      }
    };
    for (const Finding& finding : result.findings) {
      if (finding.severity < Severity::kWarning) continue;
      judge(finding.rule, finding.span, finding.message);
    }
    for (const ClaimEntry& claim : result.claims) {
      if (claim.status == ClaimStatus::kUnverified) continue;
      std::string evidence = claim.evidence.empty() ? std::string()
                                                    : claim.evidence.front().source + "/" +
                                                          claim.evidence.front().record;
      judge(fmt::format("claim:{}", ClaimStatusName(claim.status)), claim.span, evidence);
    }
  }
  if (list || unjudged_only) return 0;

  std::printf("realtext_bench: %zu texts; labels: %s (%zu verdicts)\n", articles.size(),
              labels_path.c_str(), labels.size());
  for (const auto& [name, group] : groups) {
    if (name.find(' ') == std::string::npos) PrintGroup(name, group);
  }
  std::printf("\nby variety (realnews-dev front matter `lang`; PolNeAR is US news):\n");
  for (const auto& [name, group] : groups) {
    if (name.find(' ') != std::string::npos) PrintGroup(name, group);
  }
  size_t stale = 0;
  for (const auto& [key, verdict] : labels) {
    bool in_scope = only_set.empty() || std::get<0>(key).starts_with(
                                            only_set == "realnews" ? "realnews-dev" : "polnear");
    if (in_scope && (only_rule.empty() || std::get<2>(key) == only_rule) && !seen.contains(key)) {
      ++stale;
    }
  }
  std::printf("\nverdicts with no finding this run (fixed, or moved): %zu\n", stale);
  return 0;
}

}  // namespace
}  // namespace factlint

int main(int argc, char** argv) { return factlint::Main(argc, argv); }
