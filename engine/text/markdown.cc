#include "markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>

#include "engine/base/ascii.h"
#include "inline_scan.h"
#include "link_reference.h"

namespace factlint::text_internal {
namespace {

constexpr size_t kNoLine = static_cast<size_t>(-1);

struct Extensions {
  cmark_syntax_extension* table;
  cmark_syntax_extension* strikethrough;
  cmark_syntax_extension* autolink;
};

// Registration mutates cmark-gfm's global plugin list, so it happens once (a magic static).
const Extensions& GetExtensions() {
  static const Extensions extensions = [] {
    cmark_gfm_core_extensions_ensure_registered();
    return Extensions{cmark_find_syntax_extension("table"),
                      cmark_find_syntax_extension("strikethrough"),
                      cmark_find_syntax_extension("autolink")};
  }();
  return extensions;
}

std::mutex& CmarkMutex() {
  static std::mutex mutex;
  return mutex;
}

struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct ParserDeleter {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};
struct IterDeleter {
  void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};

size_t CountLines(const char* literal) {
  if (literal == nullptr || *literal == '\0') return 0;
  const std::string_view s(literal);
  return static_cast<size_t>(std::count(s.begin(), s.end(), '\n')) + (s.back() != '\n');
}

// What the text stage keeps of one cmark-gfm block node (phase 1), so that the tree can be freed
// and the extents worked out with the whole list in hand (phase 2).
struct BlockNode {
  enum class Kind { kParagraph, kHeading, kCodeBlock, kHtmlBlock, kTable, kOther };
  Kind kind = Kind::kOther;
  size_t line = kNoLine;  // 0-based line of `text`, kNoLine when cmark-gfm gave none
  size_t column = 1;      // cmark-gfm's 1-based byte column on that line
  int quote_depth = 0;    // enclosing block quotes
  unsigned inline_kinds = 0;
  int heading_level = 0;
  size_t literal_lines = 0;          // code and HTML blocks
  bool fenced = false;               // code blocks
  size_t columns = 0;                // tables
  std::vector<size_t> row_cells;     // tables: cmark-gfm's cells per row, header row first
  std::vector<unsigned> cell_kinds;  // tables: inline kinds of each cell, row after row
};

// A block's inline content, which may be several pieces of `text` when container markers sit
// between its lines (then the pieces are copied into one string).
class Content {
 public:
  Content(std::string_view text, const std::vector<Span>& pieces) {
    bool contiguous = true;
    for (size_t k = 1; k < pieces.size(); ++k) contiguous &= pieces[k].begin == pieces[k - 1].end;
    if (contiguous) {
      pieces_.push_back({0, pieces.front().begin, pieces.back().end - pieces.front().begin});
      view_ = text.substr(pieces.front().begin, pieces_.front().size);
      return;
    }
    for (const Span& p : pieces) {
      pieces_.push_back({joined_.size(), p.begin, p.size()});
      joined_.append(text.substr(p.begin, p.size()));
    }
    view_ = joined_;
  }

  std::string_view view() const { return view_; }

  // The offset in `text` of content byte `offset` (offset < view().size()).
  size_t ToText(size_t offset) const {
    auto it = std::upper_bound(pieces_.begin(), pieces_.end(), offset,
                               [](size_t value, const Piece& p) { return value < p.content; });
    const Piece& piece = *(it - 1);
    return piece.text + (offset - piece.content);
  }

  // The parts of `text` that content[begin, end) covers, one per piece it touches.
  template <typename F>
  void ForEachTextRange(size_t begin, size_t end, F f) const {
    for (const Piece& p : pieces_) {
      const size_t b = std::max(begin, p.content), e = std::min(end, p.content + p.size);
      if (b < e) f(Span{p.text + (b - p.content), p.text + (e - p.content)});
    }
  }

 private:
  struct Piece {
    size_t content;  // offset in the content
    size_t text;     // offset in `text`
    size_t size;
  };
  std::vector<Piece> pieces_;
  std::string joined_;
  std::string_view view_;
};

// cmark-gfm 0.29 scans from every "<?", "<![CDATA[" and "<!X" to the end of its input when
// nothing closes the construct, which is quadratic in the number of such openers (a 700 KB line of
// "<![CDATA[" takes 17 s; fixed upstream after 0.29.0.gfm.6). An opener that nothing closes can
// never be raw HTML, so in the copy handed to cmark-gfm its '<' becomes '%': like '<' an ASCII
// punctuation character (emphasis flanking is unchanged), but special to neither cmark-gfm nor its
// extensions. Lengths, lines and every other construct stay the same. The one visible difference:
// an unclosed "<?" or "<!X" at the start of a line no longer opens an HTML block that masks the
// rest of the document.
// Returns `body` itself when there is nothing to defuse, else a view of *storage.
std::string_view DefuseUnclosedHtml(std::string_view body, std::string* storage) {
  const size_t last_cdata_close = body.rfind("]]>");
  const size_t last_gt = body.rfind('>');
  size_t gt = 0;  // the first '>' at or after the current opener's body, memoized
  bool copied = false;
  for (size_t i = body.find('<'); i != std::string_view::npos; i = body.find('<', i + 1)) {
    if (i + 2 >= body.size()) break;
    bool unclosed = false;
    if (body[i + 1] == '?') {
      // The processing instruction ends at the first '>'; it must be the '>' of a "?>".
      if (gt != std::string_view::npos && gt < i + 2) gt = body.find('>', i + 2);
      unclosed = gt == std::string_view::npos || body[gt - 1] != '?' || gt - 1 < i + 2;
    } else if (body[i + 1] == '!' && body.substr(i + 2).starts_with("[CDATA[")) {
      unclosed = last_cdata_close == std::string_view::npos || last_cdata_close < i + 9;
    } else if (body[i + 1] == '!' && IsAsciiLetter(body[i + 2])) {
      unclosed = last_gt == std::string_view::npos || last_gt < i + 2;
    }
    if (!unclosed) continue;
    if (!copied) {
      storage->assign(body);
      copied = true;
    }
    (*storage)[i] = '%';
  }
  return copied ? std::string_view(*storage) : body;
}

std::string_view TrimAscii(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && IsAsciiSpace(s[b])) ++b;
  while (e > b && IsAsciiSpace(s[e - 1])) --e;
  return s.substr(b, e - b);
}

class Builder {
 public:
  Builder(std::string_view text, size_t body_begin, const LineIndex& lines)
      : text_(text),
        body_begin_(body_begin),
        lines_(lines),
        first_line_(lines.LineOf(body_begin)) {}

  Status Parse();
  MarkdownResult Build();

 private:
  size_t TextLine(int cmark_line) const;
  size_t LineOffset(size_t line, size_t column) const;
  size_t ContentBegin(size_t line, int quote_depth, bool record_marker);
  bool IsBlank(size_t begin, size_t end) const;
  Span TrimSpaceTab(size_t begin, size_t end) const;
  std::vector<Span> CollectLines(size_t first, size_t first_begin, size_t bound, int quote_depth);
  void AddProse(BlockKind kind, int level, const std::vector<Span>& lines, unsigned inline_kinds,
                bool allow_definitions);
  void AddHeading(const BlockNode& node, size_t bound);
  void AddCodeBlock(const BlockNode& node, size_t bound);
  void AddHtmlBlock(const BlockNode& node, size_t bound);
  void AddTable(const BlockNode& node, size_t bound, unsigned paragraph_kinds);
  std::vector<Span> SplitRow(size_t begin, size_t end) const;
  bool IsDelimiterRow(size_t begin, size_t end, size_t columns) const;

  std::string_view text_;
  size_t body_begin_;
  const LineIndex& lines_;
  size_t first_line_;  // the line of body_begin: cmark-gfm's line 1
  std::vector<BlockNode> nodes_;
  MarkdownResult result_;
};

size_t Builder::TextLine(int cmark_line) const {
  if (cmark_line <= 0) return kNoLine;
  const size_t line = first_line_ + static_cast<size_t>(cmark_line) - 1;
  return line < lines_.size() ? line : kNoLine;
}

size_t Builder::LineOffset(size_t line, size_t column) const {
  const size_t begin = line == first_line_ ? body_begin_ : lines_.Begin(line);
  return std::min(begin + (column > 0 ? column - 1 : 0), lines_.End(line));
}

// Where a continuation line's content begins once up to `quote_depth` block quote markers ("> ")
// are stripped. Without a '>' the line is left whole (its indentation is harmless white space).
size_t Builder::ContentBegin(size_t line, int quote_depth, bool record_marker) {
  const size_t begin = lines_.Begin(line), end = lines_.End(line);
  size_t content = begin;
  for (int depth = 0; depth < quote_depth; ++depth) {
    size_t p = content;
    while (p < end && IsSpaceOrTab(text_[p])) ++p;
    if (p >= end || text_[p] != '>') break;
    ++p;
    if (p < end && IsSpaceOrTab(text_[p])) ++p;
    content = p;
  }
  if (record_marker && content > begin) {
    result_.masks.push_back({{begin, content}, MaskKind::kMarker});
  }
  return content;
}

bool Builder::IsBlank(size_t begin, size_t end) const {
  for (size_t p = begin; p < end; ++p) {
    if (!IsSpaceOrTab(text_[p])) return false;
  }
  return true;
}

// text[begin, end) without the spaces and tabs at either end.
Span Builder::TrimSpaceTab(size_t begin, size_t end) const {
  while (begin < end && IsSpaceOrTab(text_[begin])) ++begin;
  while (end > begin && IsSpaceOrTab(text_[end - 1])) --end;
  return {begin, end};
}

// The lines of a paragraph-like block from `first` (whose content begins at first_begin): up to
// the first blank line or line `bound`, whichever comes first. Returns each line's content range.
std::vector<Span> Builder::CollectLines(size_t first, size_t first_begin, size_t bound,
                                        int quote_depth) {
  std::vector<Span> out;
  for (size_t line = first; line < bound && line < lines_.size(); ++line) {
    const size_t end = lines_.End(line);
    const size_t begin = line == first ? first_begin : ContentBegin(line, quote_depth, false);
    if (IsBlank(begin, end)) break;
    if (line != first) {
      ContentBegin(line, quote_depth, true);
      // Every line but the last keeps its terminator, so that the content reads as it did.
      out.back().end = lines_.Next(line - 1);
    }
    out.push_back({begin, end});
  }
  return out;
}

void Builder::AddProse(BlockKind kind, int level, const std::vector<Span>& lines,
                       unsigned inline_kinds, bool allow_definitions) {
  if (lines.empty()) return;
  const Content content(text_, lines);
  const std::string_view s = content.view();
  size_t begin = 0, end = s.size();
  if (allow_definitions) {
    size_t p = 0;
    while (p < 3 && p < s.size() && s[p] == ' ') ++p;
    if (p < s.size() && s[p] == '[') {
      begin = SkipLinkReferenceDefinitions(s);
      content.ForEachTextRange(0, begin, [&](Span span) {
        result_.masks.push_back({span, MaskKind::kObject});
      });
    }
  }
  while (begin < end && IsAsciiSpace(s[begin])) ++begin;
  while (end > begin && IsAsciiSpace(s[end - 1])) --end;
  if (begin == end) return;
  result_.blocks.push_back({kind, Span{content.ToText(begin), content.ToText(end - 1) + 1}, level});

  for (const InlineMark& mark : ScanInlines(s.substr(begin, end - begin), inline_kinds)) {
    const size_t b = begin + mark.begin, e = begin + mark.end;
    content.ForEachTextRange(b, e, [&](Span span) {
      result_.masks.push_back({span, MaskKind::kObject});
    });
    if (mark.kind == InlineMark::Kind::kComment) {
      const std::string_view body =
          s.substr(begin + mark.body_begin, mark.body_end - mark.body_begin);
      result_.comments.push_back(
          {Span{content.ToText(b), content.ToText(e - 1) + 1}, std::string(TrimAscii(body))});
    }
  }
}

void Builder::AddHeading(const BlockNode& node, size_t bound) {
  const size_t begin = LineOffset(node.line, node.column);
  const size_t line_end = lines_.End(node.line);
  size_t b = begin;
  while (b < line_end && b - begin < 7 && text_[b] == '#') ++b;
  // ATX: "## Title ##", 1 to 6 '#' then a space or the end of the line. (A setext heading's text
  // may start with '#', as in "#hashtag" over "===".)
  if (b > begin && b - begin <= 6 && (b == line_end || IsSpaceOrTab(text_[b]))) {
    // The opening and optional closing sequences are not content.
    Span title = TrimSpaceTab(b, line_end);
    size_t closing = title.end;
    while (closing > title.begin && text_[closing - 1] == '#') --closing;
    if (closing == title.begin || (closing < title.end && IsSpaceOrTab(text_[closing - 1]))) {
      title = TrimSpaceTab(title.begin, closing);
    }
    AddProse(BlockKind::kHeading, node.heading_level, {title}, node.inline_kinds, false);
    return;
  }
  // Setext: the text lines, then the "===" or "---" underline, which is not content.
  std::vector<Span> lines = CollectLines(node.line, begin, bound, node.quote_depth);
  if (lines.size() >= 2) {
    lines.pop_back();
    lines.back().end = lines_.End(lines_.LineOf(lines.back().begin));
  }
  AddProse(BlockKind::kHeading, node.heading_level, lines, node.inline_kinds, true);
}

void Builder::AddCodeBlock(const BlockNode& node, size_t bound) {
  size_t last = node.line + node.literal_lines + (node.fenced ? 1 : 0);
  if (!node.fenced && last > node.line) --last;
  last = std::min({last, bound > node.line ? bound - 1 : node.line, lines_.size() - 1});
  result_.masks.push_back(
      {{LineOffset(node.line, node.column), lines_.End(last)}, MaskKind::kObject});
}

// Masks the HTML block and records every comment in it, such as
// "<!-- factlint-disable repeated-word -->" on a line of its own.
void Builder::AddHtmlBlock(const BlockNode& node, size_t bound) {
  size_t last = node.line + std::max<size_t>(node.literal_lines, 1) - 1;
  last = std::min({last, bound > node.line ? bound - 1 : node.line, lines_.size() - 1});
  const size_t begin = LineOffset(node.line, node.column), end = lines_.End(last);
  result_.masks.push_back({{begin, end}, MaskKind::kObject});
  const std::string_view html = text_.substr(begin, end - begin);
  for (size_t p = html.find("<!--"); p != std::string_view::npos; p = html.find("<!--", p)) {
    const size_t close = html.find("-->", p + 4);
    if (close == std::string_view::npos) break;  // unterminated: no directive to read
    result_.comments.push_back({Span{begin + p, begin + close + 3},
                                std::string(TrimAscii(html.substr(p + 4, close - p - 4)))});
    p = close + 3;
  }
}

// GFM splits a row at every '|' not escaped by a backslash, even inside code spans; the outer
// pipes are optional. Returns each cell's range, trimmed.
std::vector<Span> Builder::SplitRow(size_t begin, size_t end) const {
  const Span row = TrimSpaceTab(begin, end);
  size_t cell = row.begin < row.end && text_[row.begin] == '|' ? row.begin + 1 : row.begin;
  std::vector<Span> cells;
  for (size_t p = cell; p < row.end; ++p) {
    if (text_[p] == '\\' && p + 1 < row.end) {
      ++p;
    } else if (text_[p] == '|') {
      cells.push_back(TrimSpaceTab(cell, p));
      cell = p + 1;
    }
  }
  if (cell < row.end) cells.push_back(TrimSpaceTab(cell, row.end));
  return cells;
}

bool Builder::IsDelimiterRow(size_t begin, size_t end, size_t columns) const {
  const std::vector<Span> cells = SplitRow(begin, end);
  if (cells.size() != columns) return false;
  for (const Span& cell : cells) {
    std::string_view s = text_.substr(cell.begin, cell.size());
    if (!s.empty() && s.front() == ':') s.remove_prefix(1);
    if (!s.empty() && s.back() == ':') s.remove_suffix(1);
    if (s.empty() || s.find_first_not_of('-') != std::string_view::npos) return false;
  }
  return true;
}

// A table's rows are found around its delimiter row: the header is the line before it and the
// body rows the lines after it. When the table took the last line of a paragraph, cmark-gfm 0.29
// gives the table the paragraph's start line and the paragraph no position at all, so the lines
// from the table's start line to the header are that paragraph, with `paragraph_kinds`.
void Builder::AddTable(const BlockNode& node, size_t bound, unsigned paragraph_kinds) {
  auto row_begin = [&](size_t line) {
    return line == node.line ? LineOffset(line, node.column)
                             : ContentBegin(line, node.quote_depth, false);
  };
  // The delimiter row is the first one whose previous line has as many cells as it has: a line
  // such as "|---|---|" can itself be the header of the table.
  size_t delimiter = kNoLine;
  for (size_t line = node.line + 1; line < bound && line < lines_.size(); ++line) {
    const size_t begin = row_begin(line);
    if (IsBlank(begin, lines_.End(line))) break;
    if (IsDelimiterRow(begin, lines_.End(line), node.columns) &&
        SplitRow(row_begin(line - 1), lines_.End(line - 1)).size() == node.columns) {
      delimiter = line;
      break;
    }
  }
  if (delimiter == kNoLine) return;
  const size_t header = delimiter - 1;
  if (header > node.line) {
    // cmark-gfm 0.29 does not take link reference definitions out of such a paragraph.
    AddProse(BlockKind::kParagraph, 0,
             CollectLines(node.line, LineOffset(node.line, node.column), header, node.quote_depth),
             paragraph_kinds, false);
  }
  size_t first_cell = 0;
  for (size_t row = 0; row < node.row_cells.size(); ++row) {
    const size_t line = row == 0 ? header : delimiter + row;
    if (line >= bound || line >= lines_.size()) break;
    const std::vector<Span> cells = SplitRow(row_begin(line), lines_.End(line));
    for (size_t c = 0; c < cells.size() && c < node.columns; ++c) {
      const unsigned kinds = c < node.row_cells[row] ? node.cell_kinds[first_cell + c] : 0;
      AddProse(BlockKind::kTableCell, 0, {cells[c]}, kinds, false);
    }
    first_cell += node.row_cells[row];
  }
}

Status Builder::Parse() {
  const Extensions& extensions = GetExtensions();
  std::unique_ptr<cmark_node, NodeDeleter> root;
  std::string defused;
  const std::string_view body = DefuseUnclosedHtml(text_.substr(body_begin_), &defused);
  {
    std::lock_guard<std::mutex> lock(CmarkMutex());
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_SOURCEPOS));
    if (parser == nullptr) return InternalError("cmark-gfm: cannot create a parser");
    for (cmark_syntax_extension* extension :
         {extensions.table, extensions.strikethrough, extensions.autolink}) {
      if (extension != nullptr) cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    cmark_parser_feed(parser.get(), body.data(), body.size());
    root.reset(cmark_parser_finish(parser.get()));
  }
  if (root == nullptr) return InternalError("cmark-gfm: parsing failed");

  std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(root.get()));
  int quote_depth = 0;
  size_t leaf = kNoLine, leaf_cell = kNoLine, table = kNoLine;
  auto mark_leaf = [&](unsigned kind) {
    if (leaf == kNoLine) return;
    if (leaf_cell != kNoLine) {
      nodes_[leaf].cell_kinds[leaf_cell] |= kind;
    } else {
      nodes_[leaf].inline_kinds |= kind;
    }
  };
  for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    const cmark_node_type type = cmark_node_get_type(node);
    if (event == CMARK_EVENT_EXIT) {
      if (type == CMARK_NODE_BLOCK_QUOTE) --quote_depth;
      continue;
    }
    if (type == CMARK_NODE_CODE) {
      mark_leaf(kInlineCode);
      continue;
    }
    if (type == CMARK_NODE_HTML_INLINE) {
      mark_leaf(kInlineHtml);
      continue;
    }
    if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) {
      mark_leaf(kInlineLink);
      continue;
    }
    if ((type & CMARK_NODE_TYPE_MASK) != CMARK_NODE_TYPE_BLOCK || type == CMARK_NODE_DOCUMENT) {
      continue;
    }
    BlockNode block;
    block.line = TextLine(cmark_node_get_start_line(node));
    block.column = static_cast<size_t>(std::max(1, cmark_node_get_start_column(node)));
    block.quote_depth = quote_depth;
    switch (type) {
      case CMARK_NODE_BLOCK_QUOTE:
        ++quote_depth;
        break;
      case CMARK_NODE_PARAGRAPH:
        block.kind = BlockNode::Kind::kParagraph;
        leaf = nodes_.size();
        leaf_cell = kNoLine;
        break;
      case CMARK_NODE_HEADING:
        block.kind = BlockNode::Kind::kHeading;
        block.heading_level = cmark_node_get_heading_level(node);
        leaf = nodes_.size();
        leaf_cell = kNoLine;
        break;
      case CMARK_NODE_CODE_BLOCK: {
        block.kind = BlockNode::Kind::kCodeBlock;
        block.literal_lines = CountLines(cmark_node_get_literal(node));
        int length = 0, offset = 0;
        char fence = 0;
        block.fenced = cmark_node_get_fenced(node, &length, &offset, &fence) != 0;
        break;
      }
      case CMARK_NODE_HTML_BLOCK:
        block.kind = BlockNode::Kind::kHtmlBlock;
        block.literal_lines = CountLines(cmark_node_get_literal(node));
        break;
      default: {
        // Extension blocks: the table and its rows and cells.
        const char* name = cmark_node_get_type_string(node);
        if (name == nullptr) break;
        if (std::strcmp(name, "table") == 0) {
          block.kind = BlockNode::Kind::kTable;
          block.columns = cmark_gfm_extensions_get_table_columns(node);
          table = nodes_.size();
          leaf = kNoLine;
        } else if (std::strcmp(name, "table_header") == 0 || std::strcmp(name, "table_row") == 0) {
          if (table != kNoLine) nodes_[table].row_cells.push_back(0);
          continue;  // rows and cells are placed by AddTable, not by their (wrong) lines
        } else if (std::strcmp(name, "table_cell") == 0) {
          if (table != kNoLine && !nodes_[table].row_cells.empty()) {
            ++nodes_[table].row_cells.back();
            nodes_[table].cell_kinds.push_back(0);
            leaf = table;
            leaf_cell = nodes_[table].cell_kinds.size() - 1;
          }
          continue;
        }
        break;
      }
    }
    nodes_.push_back(std::move(block));
  }
  return OkStatus();
}

MarkdownResult Builder::Build() {
  // bound[i]: the first line of the next block node in document order, which ends node i at the
  // latest. Start lines never decrease in document order, so that is the minimum over the rest.
  std::vector<size_t> bound(nodes_.size());
  size_t next = lines_.size();
  for (size_t i = nodes_.size(); i-- > 0;) {
    bound[i] = next;
    if (nodes_[i].line != kNoLine) next = std::min(next, nodes_[i].line);
  }
  for (size_t i = 0; i < nodes_.size(); ++i) {
    const BlockNode& node = nodes_[i];
    if (node.line == kNoLine) continue;  // a paragraph a table interrupted: see AddTable
    const size_t end = bound[i] > node.line ? bound[i] : lines_.size();
    switch (node.kind) {
      case BlockNode::Kind::kParagraph:
        AddProse(BlockKind::kParagraph, 0,
                 CollectLines(node.line, LineOffset(node.line, node.column), end, node.quote_depth),
                 node.inline_kinds, true);
        break;
      case BlockNode::Kind::kHeading:
        AddHeading(node, end);
        break;
      case BlockNode::Kind::kCodeBlock:
        AddCodeBlock(node, end);
        break;
      case BlockNode::Kind::kHtmlBlock:
        AddHtmlBlock(node, end);
        break;
      case BlockNode::Kind::kTable: {
        const bool interrupted = i > 0 && nodes_[i - 1].kind == BlockNode::Kind::kParagraph &&
                                 nodes_[i - 1].line == kNoLine;
        AddTable(
            node, end,
            interrupted ? nodes_[i - 1].inline_kinds : kInlineCode | kInlineHtml | kInlineLink);
        break;
      }
      case BlockNode::Kind::kOther:
        break;
    }
  }
  // Blocks come out in document order, which is text order; sorting and dropping any overlap
  // keeps IsProse's binary search sound even if cmark-gfm's lines were off somewhere.
  auto& blocks = result_.blocks;
  std::stable_sort(blocks.begin(), blocks.end(),
                   [](const Block& a, const Block& b) { return a.span.begin < b.span.begin; });
  size_t kept = 0;
  for (const Block& block : blocks) {
    if (kept > 0 && block.span.begin < blocks[kept - 1].span.end) continue;
    blocks[kept++] = block;
  }
  blocks.resize(kept);
  std::sort(result_.comments.begin(), result_.comments.end(),
            [](const Comment& a, const Comment& b) { return a.span < b.span; });
  return std::move(result_);
}

}  // namespace

StatusOr<MarkdownResult> ParseMarkdown(std::string_view text, size_t body_begin,
                                       const LineIndex& lines) {
  Builder builder(text, body_begin, lines);
  FACTLINT_RETURN_IF_ERROR(builder.Parse());
  return builder.Build();
}

}  // namespace factlint::text_internal
