// Measures FindQuotes against the PolNeAR dev split (news attribution annotations, brat standoff)
// in ../shared/data/polnear/dev. A measurement, not a test: it prints figures and exits 0 (1
// only when the data cannot be read). The texts are research data and stay where they are.
//
// Gold direct quotations: the Content spans of PolNeAR attributions, cut into pieces (a Content
// may be discontinuous: fragments separated only by white space are joined), keeping the pieces
// that start with a quotation mark after white space. Each keeps its attribution's Source span.
// One annotation file per text (the first by name; a few texts were annotated twice).
//
// Content, matched one to one in text order:
//   strict:  the same text once white space, quotation marks and , . ; : ! ? … are stripped
//            from both ends of the gold piece and of Quote::span;
//   lenient: overlap >= 50% of the longer of the two spans.
// A found quotation lying wholly inside a gold Content that is not a direct quotation (a quoted
// phrase inside reported speech: `said the plan would "keep the details under wraps"`) is left
// out of precision: PolNeAR annotates the reported speech, not the phrase, and factlint keeps
// such phrases on purpose (they are checked as quotations). The raw precision is printed too.
// Speakers, over the leniently matched pairs: a found speaker is right when speaker_span
// overlaps the gold Source span. FindQuotes replaces a pronoun by its antecedent, which PolNeAR
// does not annotate; the "with antecedents" figure also counts as right a found speaker whose
// span overlaps another gold Source span of the same text when the gold Source is a pronoun or
// a definite description. Precision is over matched quotations with a speaker, recall over gold
// direct quotations with a Source.
//
// Offsets in the .ann files count Unicode code points of the .txt file (checked: every span's
// text equals the code-point slice); they are converted to bytes, then to Document::text().
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "engine/extract/quote.h"
#include "factlint/claims.h"
#include "factlint/document.h"
#include "test_support.h"

namespace factlint {
namespace {

namespace fs = std::filesystem;

struct GoldAttribution {
  std::vector<Span> content;  // pieces, document offsets
  std::vector<Span> source;
};

struct Counts {
  size_t gold = 0, found = 0, found_counted = 0, strict_tp = 0, lenient_tp = 0;
  size_t gold_with_source = 0, speaker_found = 0, speaker_tp = 0, speaker_tp_ante = 0;
};

// Byte offset of each code point of `text`, plus text.size() at the end.
std::vector<size_t> CodePointOffsets(std::string_view text) {
  std::vector<size_t> offsets;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) offsets.push_back(i);
  }
  offsets.push_back(text.size());
  return offsets;
}

// The smallest offset of document.text() whose original offset is >= `original`.
size_t TextOffset(const Document& document, size_t original) {
  size_t lo = 0, hi = document.text().size();
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (document.OriginalOffset(mid) < original) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

bool IsQuoteStart(std::string_view s) {
  for (std::string_view q :
       {"\"", "'", "\xE2\x80\x9C", "\xE2\x80\x98", "\xC2\xAB", "\xE2\x80\x9E"}) {
    if (s.starts_with(q)) return true;
  }
  return false;
}

bool IsBlank(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r') {
      ++i;
    } else if (s.substr(i, 2) == "\xC2\xA0") {
      i += 2;
    } else {
      return false;
    }
  }
  return true;
}

// `span` without white space, quotation marks and end punctuation at either end.
std::string_view Core(std::string_view s) {
  static const std::vector<std::string_view> kTrim = {" ",
                                                      "\n",
                                                      "\t",
                                                      "\r",
                                                      "\"",
                                                      "'",
                                                      ",",
                                                      ".",
                                                      ";",
                                                      ":",
                                                      "!",
                                                      "?",
                                                      "\xC2\xA0",
                                                      "\xE2\x80\x9C",
                                                      "\xE2\x80\x9D",
                                                      "\xE2\x80\x98",
                                                      "\xE2\x80\x99",
                                                      "\xC2\xAB",
                                                      "\xC2\xBB",
                                                      "\xE2\x80\xA6",
                                                      "\xE2\x80\x94",
                                                      "\xE2\x80\x93"};
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    for (std::string_view t : kTrim) {
      if (s.starts_with(t)) s.remove_prefix(t.size()), changed = true;
      if (s.ends_with(t)) s.remove_suffix(t.size()), changed = true;
    }
  }
  return s;
}

size_t Overlap(Span a, Span b) {
  size_t begin = std::max(a.begin, b.begin), end = std::min(a.end, b.end);
  return end > begin ? end - begin : 0;
}

bool IsPronounOrDefinite(std::string_view s) {
  std::string lower;
  for (char c : s) lower.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  for (std::string_view p : {"he", "she", "they", "it", "we", "i", "him", "her"}) {
    if (lower == p) return true;
  }
  return lower.starts_with("the ") &&
         lower.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos &&
         std::none_of(s.begin() + 4, s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Reads one .ann file; T lines may be discontinuous ("Content 1 5;7 9").
std::vector<GoldAttribution> ReadGold(const std::string& ann, const Document& document,
                                      const std::vector<size_t>& cp) {
  struct Entity {
    std::string kind;
    std::vector<Span> spans;
  };
  std::map<std::string, Entity> entities;
  std::vector<std::map<std::string, std::string>> events;
  std::istringstream in(ann);
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> fields;
    std::istringstream ls(line);
    for (std::string f; std::getline(ls, f, '\t');) fields.push_back(f);
    if (fields.size() < 2) continue;
    if (fields[0][0] == 'T') {
      Entity e;
      std::istringstream spec(fields[1]);
      spec >> e.kind;
      std::string rest;
      std::getline(spec, rest);
      std::istringstream ranges(rest);
      for (std::string r; std::getline(ranges, r, ';');) {
        size_t a = 0, b = 0;
        if (std::sscanf(r.c_str(), "%zu %zu", &a, &b) != 2 || a > b || b + 1 > cp.size()) continue;
        e.spans.push_back({TextOffset(document, cp[a]), TextOffset(document, cp[b])});
      }
      entities[fields[0]] = std::move(e);
    } else if (fields[0][0] == 'E') {
      std::map<std::string, std::string> roles;
      std::istringstream ls2(fields[1]);
      for (std::string part; ls2 >> part;) {
        size_t colon = part.find(':');
        if (colon != std::string::npos) roles[part.substr(0, colon)] = part.substr(colon + 1);
      }
      events.push_back(std::move(roles));
    }
  }
  std::vector<GoldAttribution> gold;
  for (const auto& event : events) {
    auto content = event.find("Content");
    if (content == event.end() || !entities.count(content->second)) continue;
    std::vector<Span> pieces = entities[content->second].spans;
    std::sort(pieces.begin(), pieces.end());
    std::vector<Span> joined;
    for (Span p : pieces) {
      if (!joined.empty() && p.begin >= joined.back().end &&
          IsBlank(document.TextOf({joined.back().end, p.begin}))) {
        joined.back().end = p.end;
      } else {
        joined.push_back(p);
      }
    }
    GoldAttribution g;
    g.content = joined;
    auto source = event.find("Source");
    if (source != event.end() && entities.count(source->second)) {
      g.source = entities[source->second].spans;
    }
    gold.push_back(std::move(g));
  }
  return gold;
}

int Run() {
  fs::path dir = testing::SharedDir() / "data" / "polnear" / "dev";
  if (!fs::is_directory(dir / "text")) {
    std::printf("PolNeAR dev split not found at %s\n", dir.string().c_str());
    return 1;
  }
  std::vector<fs::path> texts, anns;
  for (const auto& e : fs::directory_iterator(dir / "text")) texts.push_back(e.path());
  for (const auto& e : fs::directory_iterator(dir / "attributions")) anns.push_back(e.path());
  std::sort(texts.begin(), texts.end());
  std::sort(anns.begin(), anns.end());
  Counts c;
  size_t documents = 0;
  bool verbose = std::getenv("POLNEAR_VERBOSE") != nullptr;
  for (const fs::path& text_path : texts) {
    std::string stem = text_path.stem().string();
    auto ann = std::find_if(anns.begin(), anns.end(), [&](const fs::path& p) {
      std::string name = p.filename().string();
      return name.size() == stem.size() + 9 && name.starts_with(stem + "_");
    });
    if (ann == anns.end()) continue;
    std::string bytes = testing::ReadFile(text_path);
    auto document = Document::Read(text_path.filename().string(), bytes);
    if (!document.ok()) {
      std::printf("%s: %s\n", stem.c_str(), std::string(document.status().message()).c_str());
      continue;
    }
    const Document& doc = **document;
    ++documents;
    std::vector<GoldAttribution> gold =
        ReadGold(testing::ReadFile(*ann), doc, CodePointOffsets(bytes));
    struct GoldQuote {
      Span span;
      const GoldAttribution* attribution;
      bool matched = false;
    };
    std::vector<GoldQuote> direct;
    std::vector<Span> indirect;
    std::vector<Span> all_sources;
    for (const GoldAttribution& g : gold) {
      for (Span s : g.source) all_sources.push_back(s);
      for (Span piece : g.content) {
        std::string_view t = doc.TextOf(piece);
        while (!t.empty() && (t.front() == ' ' || t.front() == '\n')) t.remove_prefix(1);
        if (IsQuoteStart(t)) {
          direct.push_back({piece, &g});
        } else {
          indirect.push_back(piece);
        }
      }
    }
    std::vector<Quote> found = extract_internal::FindQuotes(doc, {}, nullptr);
    c.gold += direct.size();
    for (const GoldQuote& g : direct) c.gold_with_source += !g.attribution->source.empty();
    for (const Quote& q : found) {
      ++c.found;
      bool strict = false, lenient = false;
      GoldQuote* match = nullptr;
      for (GoldQuote& g : direct) {
        if (g.matched) continue;
        size_t overlap = Overlap(g.span, q.span);
        if (overlap == 0) continue;
        bool s = Core(doc.TextOf(g.span)) == Core(doc.TextOf(q.span));
        bool l = 2 * overlap >= std::max(g.span.size(), q.span.size());
        if (s || l) {
          strict = s, lenient = s || l, match = &g;
          break;
        }
      }
      bool inside_indirect = std::any_of(indirect.begin(), indirect.end(), [&](Span s) {
        return s.begin <= q.span.begin && q.span.end <= s.end;
      });
      if (match == nullptr && inside_indirect) continue;
      ++c.found_counted;
      c.strict_tp += strict;
      c.lenient_tp += lenient;
      if (match == nullptr) {
        if (verbose) {
          std::printf("FP %s: %.*s\n", stem.c_str(),
                      static_cast<int>(std::min<size_t>(q.span.size(), 100)),
                      doc.TextOf(q.span).data());
        }
        continue;
      }
      match->matched = true;
      if (q.speaker.empty() || match->attribution->source.empty()) {
        if (verbose && !match->attribution->source.empty()) {
          std::printf("NOSPK %s: [%.*s] gold=%.*s\n", stem.c_str(),
                      static_cast<int>(std::min<size_t>(q.span.size(), 80)),
                      doc.TextOf(q.span).data(),
                      static_cast<int>(match->attribution->source[0].size()),
                      doc.TextOf(match->attribution->source[0]).data());
        }
        continue;
      }
      ++c.speaker_found;
      bool right = std::any_of(match->attribution->source.begin(), match->attribution->source.end(),
                               [&](Span s) { return s.Overlaps(q.speaker_span); });
      bool ante = false;
      if (!right && IsPronounOrDefinite(doc.TextOf(match->attribution->source[0]))) {
        ante = std::any_of(all_sources.begin(), all_sources.end(),
                           [&](Span s) { return s.Overlaps(q.speaker_span); });
      }
      c.speaker_tp += right;
      c.speaker_tp_ante += right || ante;
      if (verbose && !right) {
        std::printf("SPK %s: found=%s gold=%.*s%s\n", stem.c_str(), q.speaker.c_str(),
                    static_cast<int>(match->attribution->source[0].size()),
                    doc.TextOf(match->attribution->source[0]).data(), ante ? " (antecedent)" : "");
      }
    }
    if (verbose) {
      for (const GoldQuote& g : direct) {
        if (!g.matched) {
          std::printf("FN %s: %.*s\n", stem.c_str(),
                      static_cast<int>(std::min<size_t>(g.span.size(), 100)),
                      doc.TextOf(g.span).data());
        }
      }
    }
  }
  auto prf = [](const char* name, size_t tp, size_t found, size_t gold) {
    double p = found ? static_cast<double>(tp) / static_cast<double>(found) : 0;
    double r = gold ? static_cast<double>(tp) / static_cast<double>(gold) : 0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    std::printf("%-34s P %.3f  R %.3f  F1 %.3f  (tp %zu, found %zu, gold %zu)\n", name, p, r, f, tp,
                found, gold);
  };
  std::printf(
      "PolNeAR dev: %zu documents, %zu gold direct quotations (%zu with a source), %zu "
      "quotations found (%zu counted)\n",
      documents, c.gold, c.gold_with_source, c.found, c.found_counted);
  prf("content strict", c.strict_tp, c.found_counted, c.gold);
  prf("content lenient", c.lenient_tp, c.found_counted, c.gold);
  prf("content lenient, raw precision", c.lenient_tp, c.found, c.gold);
  prf("speaker", c.speaker_tp, c.speaker_found, c.gold_with_source);
  prf("speaker with antecedents", c.speaker_tp_ante, c.speaker_found, c.gold_with_source);
  return 0;
}

}  // namespace
}  // namespace factlint

int main() { return factlint::Run(); }
