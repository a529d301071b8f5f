#include "engine/report/html_article.h"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>
#include <set>

#include "engine/report/html_markup.h"

namespace factlint {
namespace {

// How much attention a claim's status asks for, when claims overlap.
int Attention(ClaimStatus status) {
  switch (status) {
    case ClaimStatus::kContradicted:
      return 2;
    case ClaimStatus::kUnverified:
      return 1;
    case ClaimStatus::kSupported:
      return 0;
  }
  return 0;
}

size_t NextCodePoint(const std::string& text, size_t offset) {
  ++offset;
  while (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) {
    ++offset;
  }
  return offset;
}

// The indices of `ranges` by where they begin (ties in list order).
std::vector<size_t> ByBegin(const std::vector<Span>& ranges) {
  std::vector<size_t> order(ranges.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return ranges[a].begin < ranges[b].begin; });
  return order;
}

class ArticleWriter {
 public:
  ArticleWriter(const Document& doc, const std::vector<Finding>& findings,
                const std::vector<ClaimEntry>& claims, int file, std::ostream& out)
      : text_(doc.original()), findings_(findings), claims_(claims), file_(file), out_(out) {
    for (const Finding& finding : findings) {
      Span range = doc.Original(finding.span);
      if (range.empty() && range.begin < text_.size())
        range.end = NextCodePoint(text_, range.begin);
      finding_ranges_.push_back(range);
    }
    for (const ClaimEntry& claim : claims) claim_ranges_.push_back(doc.Original(claim.span));
  }

  // One pass over the cuts (every boundary of a range): at each cut the ranges that end leave
  // the active sets, those that begin write their anchor and join them, then the piece up to the
  // next cut is written with the active sets' markup.
  void Write() {
    std::vector<size_t> cuts = {0, text_.size()};
    for (Span range : finding_ranges_) cuts.insert(cuts.end(), {range.begin, range.end});
    for (Span range : claim_ranges_) cuts.insert(cuts.end(), {range.begin, range.end});
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    std::vector<size_t> finding_order = ByBegin(finding_ranges_);
    std::vector<size_t> claim_order = ByBegin(claim_ranges_);
    size_t next_finding = 0, next_claim = 0;
    for (size_t i = 0; i < cuts.size(); ++i) {
      size_t at = cuts[i];
      std::erase_if(active_findings_, [&](size_t f) { return finding_ranges_[f].end <= at; });
      std::erase_if(active_claims_, [&](size_t c) { return claim_ranges_[c].end <= at; });
      for (; next_claim < claim_order.size() && claim_ranges_[claim_order[next_claim]].begin == at;
           ++next_claim) {
        size_t c = claim_order[next_claim];
        out_ << fmt::format(R"(<span class="anchor" id="{}"></span>)",
                            ClaimAnchor(file_, static_cast<int>(c) + 1));
        if (!claim_ranges_[c].empty()) active_claims_.insert(c);
      }
      for (; next_finding < finding_order.size() &&
             finding_ranges_[finding_order[next_finding]].begin == at;
           ++next_finding) {
        size_t f = finding_order[next_finding];
        WriteRef(f);
        // Only an empty file leaves a span empty; its finding still gets a highlight.
        if (finding_ranges_[f].empty())
          WritePiece({}, {f}, {});
        else
          active_findings_.insert(f);
      }
      if (i + 1 < cuts.size()) {
        WritePiece(std::string_view(text_).substr(at, cuts[i + 1] - at), active_findings_,
                   active_claims_);
      }
    }
  }

 private:
  std::string SeverityClass(size_t f) const {
    return fmt::format("sev-{}", SeverityName(findings_[f].severity));
  }

  void WriteRef(size_t f) {
    int n = static_cast<int>(f) + 1;
    out_ << fmt::format(
        R"(<a class="ref {}" id="{}" href="#{}" data-n="{}" title="{}" aria-label="finding {}"></a>)",
        SeverityClass(f), FindingAnchor(file_, n), FindingCard(file_, n), n,
        EscapeHtml(findings_[f].message), n);
  }

  void WritePiece(std::string_view piece, const std::set<size_t>& findings,
                  const std::set<size_t>& claims) {
    std::string claim_class;
    if (!claims.empty()) {
      size_t most = *std::max_element(claims.begin(), claims.end(), [&](size_t a, size_t b) {
        return Attention(claims_[a].status) < Attention(claims_[b].status);
      });
      claim_class = fmt::format("claim st-{}", ClaimStatusName(claims_[most].status));
    }
    std::string claim_ids;
    for (size_t c : claims) {
      claim_ids += (claim_ids.empty() ? "" : " ") + ClaimAnchor(file_, static_cast<int>(c) + 1);
    }
    if (findings.empty() && claims.empty()) {
      out_ << EscapeHtml(piece);
    } else if (findings.empty()) {
      out_ << fmt::format(R"(<span class="{}" data-claims="{}">{}</span>)", claim_class, claim_ids,
                          EscapeHtml(piece));
    } else {
      size_t worst = *std::max_element(findings.begin(), findings.end(), [&](size_t a, size_t b) {
        return findings_[a].severity < findings_[b].severity;
      });
      std::string ids, titles;
      for (size_t f : findings) {
        ids += (ids.empty() ? "" : " ") + FindingAnchor(file_, static_cast<int>(f) + 1);
        titles += fmt::format("{}{}: {} [{}]", titles.empty() ? "" : "\n",
                              SeverityName(findings_[f].severity), findings_[f].message,
                              findings_[f].rule);
      }
      out_ << fmt::format(R"(<mark class="finding {}{}"{} data-findings="{}" title="{}">{}</mark>)",
                          SeverityClass(worst), claim_class.empty() ? "" : " " + claim_class,
                          claim_ids.empty() ? "" : fmt::format(R"( data-claims="{}")", claim_ids),
                          ids, EscapeHtml(titles), EscapeHtml(piece));
    }
  }

  const std::string& text_;
  const std::vector<Finding>& findings_;
  const std::vector<ClaimEntry>& claims_;
  int file_;
  std::ostream& out_;
  std::vector<Span> finding_ranges_, claim_ranges_;   // in doc.original()
  std::set<size_t> active_findings_, active_claims_;  // indices, covering the current piece
};

}  // namespace

std::string FindingAnchor(int file, int n) { return fmt::format("f{}-{}", file, n); }
std::string FindingCard(int file, int n) { return fmt::format("c{}-{}", file, n); }
std::string ClaimAnchor(int file, int n) { return fmt::format("k{}-{}", file, n); }

void WriteArticleHtml(const Document& doc, const std::vector<Finding>& findings,
                      const std::vector<ClaimEntry>& claims, int file, std::ostream& out) {
  ArticleWriter(doc, findings, claims, file, out).Write();
}

}  // namespace factlint
