// Measures the `spelling` rule (rules/language/spelling.yaml, default corpus). A measurement, not
// a test: it prints figures and exits 0 (1 only when the rule, the corpus or the data cannot be
// read). The shared data stays where it is.
//
// (1) Recall: misspellings from codespell's dictionary (every 10th usable entry, at most 2000)
//     and Wikipedia's list for machines (all usable entries). Usable: a lower-case ASCII wrong
//     form and a single-word correction that Hunspell knows. Each is planted in a sentence of
//     its own; it counts as found when a finding covers exactly it, and the first suggestion is
//     right when it equals the correction. Entries Hunspell itself accepts (valid words such as
//     "abd" or archaic forms) are counted apart: no dictionary checker can find them.
// (2) False alarms per 10,000 prose words on licence texts from /usr/share/common-licenses,
//     each finding printed.
#include <cstdio>
#include <fstream>
#include <hunspell/hunspell.hxx>
#include <map>
#include <string>
#include <vector>

#include "factlint/claims.h"
#include "factlint/corpus.h"
#include "factlint/document.h"
#include "factlint/rules.h"
#include "test_support.h"

namespace factlint {
namespace {

struct Pair {
  std::string wrong, right;
};

bool LowerAscii(const std::string& s) {
  if (s.size() < 3) return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || c == '\'')) return false;
  }
  return true;
}

// `wrong->right` lines after `skip` header lines; usable entries only.
std::vector<Pair> ReadPairs(const std::string& path, int skip, Hunspell& hunspell) {
  std::vector<Pair> out;
  std::ifstream in(path);
  std::string line;
  for (int i = 0; i < skip && std::getline(in, line); ++i) {
  }
  while (std::getline(in, line)) {
    size_t arrow = line.find("->");
    if (arrow == std::string::npos) continue;
    Pair p{line.substr(0, arrow), line.substr(arrow + 2)};
    if (!LowerAscii(p.wrong) || p.right.find_first_of(", ") != std::string::npos) continue;
    if (p.right.empty() || !hunspell.spell(p.right)) continue;
    out.push_back(std::move(p));
  }
  return out;
}

struct Checker {
  const RuleSet& rules;
  const Corpus* corpus;
  RuleOutput Run(const Document& doc) const {
    Claims claims = ExtractClaims(doc);
    return rules.Run(CheckInput{doc, claims, corpus, *ParseIsoDate("2022-01-01")});
  }
};

void Recall(const char* name, const std::vector<Pair>& pairs, const Checker& checker,
            Hunspell& hunspell) {
  std::string text;
  std::vector<size_t> offsets;
  for (const Pair& p : pairs) {
    text += "The report said the word ";
    offsets.push_back(text.size());
    text += p.wrong + " appeared in the draft.\n\n";
  }
  auto doc = Document::Read(name, text);
  if (!doc.ok()) {
    std::printf("%s: %s\n", name, doc.status().message().c_str());
    return;
  }
  std::map<size_t, std::string> found;  // offset -> first suggestion
  for (const Finding& f : checker.Run(**doc).findings) {
    found[f.span.begin] = f.suggestion.value_or("");
  }
  size_t hits = 0, right = 0, known = 0, known_hits = 0;
  std::vector<std::string> missed, wrong_first;
  for (size_t i = 0; i < pairs.size(); ++i) {
    bool accepted = hunspell.spell(pairs[i].wrong);
    known += accepted;
    auto it = found.find(offsets[i]);
    if (it == found.end()) {
      if (!accepted) missed.push_back(pairs[i].wrong + "->" + pairs[i].right);
      continue;
    }
    (accepted ? known_hits : hits)++;
    if (it->second == pairs[i].right) {
      ++right;
    } else {
      wrong_first.push_back(pairs[i].wrong + "->" + it->second + " (" + pairs[i].right + ")");
    }
  }
  size_t n = pairs.size(), unknown = n - known;
  std::printf("%s: %zu misspellings, %zu accepted by Hunspell itself\n", name, n, known);
  std::printf("  recall %.3f over all (%zu), %.3f over the %zu Hunspell rejects\n",
              static_cast<double>(hits + known_hits) / static_cast<double>(n), hits + known_hits,
              static_cast<double>(hits) / static_cast<double>(unknown), unknown);
  std::printf("  first suggestion right: %.3f of the %zu found\n",
              static_cast<double>(right) / static_cast<double>(hits + known_hits),
              hits + known_hits);
  std::printf("  missed (first 30 of %zu):", missed.size());
  for (size_t i = 0; i < missed.size() && i < 30; ++i) std::printf(" %s", missed[i].c_str());
  std::printf("\n  wrong first suggestion (first 30 of %zu):", wrong_first.size());
  for (size_t i = 0; i < wrong_first.size() && i < 30; ++i) {
    std::printf(" %s;", wrong_first[i].c_str());
  }
  std::printf("\n");
}

void FalseAlarms(const Checker& checker) {
  size_t words = 0, alarms = 0;
  for (const char* name : {"GPL-3", "Apache-2.0", "MPL-2.0", "LGPL-2.1", "Artistic", "GFDL-1.3"}) {
    std::string path = std::string("/usr/share/common-licenses/") + name;
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto doc = Document::Read(path, bytes);
    if (!doc.ok()) {
      std::printf("%s: %s\n", name, doc.status().message().c_str());
      continue;
    }
    size_t n = 0;
    for (const Word& w : (*doc)->words()) n += (*doc)->IsProse(w.span);
    words += n;
    RuleOutput out = checker.Run(**doc);
    alarms += out.findings.size();
    std::printf("%s: %zu prose words, %zu flagged:", name, n, out.findings.size());
    for (const Finding& f : out.findings) {
      std::printf(" %s->%s", std::string((*doc)->TextOf(f.span)).c_str(),
                  f.suggestion.value_or("").c_str());
    }
    std::printf("\n");
  }
  std::printf("false alarms: %zu in %zu words = %.2f per 10,000 words\n", alarms, words,
              1e4 * static_cast<double>(alarms) / static_cast<double>(words ? words : 1));
}

int Main() {
  auto rules =
      RuleSet::LoadFile((testing::SourceDir() / "rules" / "language" / "spelling.yaml").string());
  if (!rules.ok()) {
    std::printf("%s\n", rules.status().message().c_str());
    return 1;
  }
  auto corpus = Corpus::Open(testing::DefaultCorpus());
  if (!corpus.ok()) {
    std::printf("%s\n", corpus.status().message().c_str());
    return 1;
  }
  Checker checker{*rules, corpus->get()};
  Hunspell hunspell("/usr/share/hunspell/en_US.aff", "/usr/share/hunspell/en_US.dic");
  std::string shared = testing::SharedDir().string();
  std::vector<Pair> codespell = ReadPairs(shared + "/data/codespell/dictionary.txt", 0, hunspell);
  std::vector<Pair> wikipedia = ReadPairs(
      shared + "/data/wikipedia_misspellings/wikipedia_for_machines_2018-01-19.txt", 4, hunspell);
  if (codespell.empty() || wikipedia.empty()) {
    std::printf("cannot read the misspelling lists under %s/data\n", shared.c_str());
    return 1;
  }
  std::vector<Pair> sample;
  for (size_t i = 0; i < codespell.size() && sample.size() < 2000; i += 10) {
    sample.push_back(codespell[i]);
  }
  Recall("codespell", sample, checker, hunspell);
  Recall("wikipedia", wikipedia, checker, hunspell);
  FalseAlarms(checker);
  return 0;
}

}  // namespace
}  // namespace factlint

int main() { return factlint::Main(); }
