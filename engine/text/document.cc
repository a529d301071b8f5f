// Document::Read: the text stage's pipeline, and the Document accessors.
#include "factlint/document.h"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

#include "front_matter.h"
#include "line_index.h"
#include "markdown.h"
#include "mask.h"
#include "normalize.h"
#include "segment.h"
#include "utf8.h"

namespace factlint {

using text_internal::Mask;
using text_internal::MaskKind;

// Fills a Document's private fields, one step of Read after another.
class DocumentBuilder {
 public:
  static StatusOr<std::shared_ptr<const Document>> Build(std::string path, std::string bytes,
                                                         const ReadOptions& options);
};

StatusOr<std::shared_ptr<const Document>> DocumentBuilder::Build(std::string path,
                                                                 std::string bytes,
                                                                 const ReadOptions& options) {
  if (bytes.size() > options.max_bytes) {
    return ResourceExhaustedError(fmt::format("{}: file is {} bytes, over the limit of {}", path,
                                              bytes.size(), options.max_bytes));
  }
  if (auto error = text_internal::FindUtf8Error(bytes)) {
    // Everything before the bad byte is valid, so its lines and code points can be counted.
    const std::string_view before = std::string_view(bytes).substr(0, error->offset);
    const std::vector<size_t> starts = text_internal::LineStarts(before);
    return InvalidArgumentError(fmt::format(
        "{}:{}:{}: {} at byte {}", path, starts.size(),
        text_internal::CountCodePoints(before.substr(starts.back())) + 1,
        error->kind == text_internal::Utf8Error::Kind::kNul ? "NUL byte" : "invalid UTF-8",
        error->offset));
  }

  std::shared_ptr<Document> doc(new Document());
  doc->path_ = std::move(path);
  doc->original_ = std::move(bytes);
  doc->line_starts_ = text_internal::LineStarts(doc->original_);
  Status status = text_internal::NormalizeNfc(doc->original_, &doc->text_, &doc->offset_map_);
  if (!status.ok()) return status.WithPrefix(doc->path_);

  // NFC never joins or splits a line terminator, so text_ has the same lines as original_; it
  // gets its own index only when normalization moved bytes.
  std::vector<size_t> text_line_starts;
  if (!doc->offset_map_.empty()) text_line_starts = text_internal::LineStarts(doc->text_);
  const text_internal::LineIndex lines(
      doc->text_, doc->offset_map_.empty() ? doc->line_starts_ : text_line_starts);

  std::vector<Mask> masks;
  size_t body = 0;
  if (doc->text_.starts_with("\xEF\xBB\xBF")) {  // a byte order mark stays in text() but masked
    body = 3;
    masks.push_back({{0, 3}, MaskKind::kObject});
  }
  if (auto front_matter = text_internal::FindFrontMatter(doc->text_, body, lines)) {
    FACTLINT_RETURN_IF_ERROR(text_internal::ParseFrontMatter(
        std::string_view(doc->text_)
            .substr(front_matter->yaml_begin, front_matter->yaml_end - front_matter->yaml_begin),
        front_matter->yaml_first_line, doc->path_, &doc->metadata_));
    masks.push_back({{body, front_matter->end}, MaskKind::kObject});
    body = front_matter->end;
  }

  auto markdown = text_internal::ParseMarkdown(doc->text_, body, lines);
  if (!markdown.ok()) return markdown.status().WithPrefix(doc->path_);
  doc->blocks_ = std::move(markdown->blocks);
  doc->comments_ = std::move(markdown->comments);
  masks.insert(masks.end(), markdown->masks.begin(), markdown->masks.end());
  text_internal::NormalizeMasks(&masks);
  doc->masked_ = text_internal::MaskSpans(masks);

  status =
      text_internal::SegmentBlocks(doc->text_, doc->blocks_, masks, &doc->sentences_, &doc->words_);
  if (!status.ok()) return status.WithPrefix(doc->path_);
  return std::shared_ptr<const Document>(std::move(doc));
}

StatusOr<std::shared_ptr<const Document>> Document::Read(std::string path, std::string bytes,
                                                         const ReadOptions& options) {
  return DocumentBuilder::Build(std::move(path), std::move(bytes), options);
}

std::optional<size_t> Document::SentenceAt(size_t offset) const {
  auto it = std::upper_bound(sentences_.begin(), sentences_.end(), offset,
                             [](size_t o, const Sentence& s) { return o < s.span.begin; });
  if (it == sentences_.begin() || !std::prev(it)->span.Contains(offset)) return std::nullopt;
  return static_cast<size_t>(std::prev(it) - sentences_.begin());
}

bool Document::IsProse(size_t offset) const { return IsProse(Span{offset, offset + 1}); }

bool Document::IsProse(Span span) const {
  // The block that starts at or before span.begin must reach span.end.
  auto block = std::upper_bound(blocks_.begin(), blocks_.end(), span.begin,
                                [](size_t value, const Block& b) { return value < b.span.begin; });
  if (block == blocks_.begin()) return false;
  --block;
  if (span.end > block->span.end || span.begin >= block->span.end) return false;
  auto mask = std::partition_point(masked_.begin(), masked_.end(),
                                   [&](const Span& m) { return m.end <= span.begin; });
  return mask == masked_.end() || mask->begin >= std::max(span.end, span.begin + 1);
}

std::span<const Span> Document::MaskedIn(Span span) const {
  auto first = std::partition_point(masked_.begin(), masked_.end(),
                                    [&](const Span& m) { return m.end <= span.begin; });
  auto last =
      std::partition_point(first, masked_.end(), [&](const Span& m) { return m.begin < span.end; });
  return {first, last};
}

size_t Document::OriginalOffset(size_t offset) const {
  if (offset >= text_.size()) return original_.size();
  return text_internal::MapToOriginal(offset_map_, offset);
}

LineColumn Document::LineColumnOf(size_t original_offset) const {
  size_t offset = std::min(original_offset, original_.size());
  const text_internal::LineIndex lines(original_, line_starts_);
  const size_t line = lines.LineOf(offset);
  const size_t begin = lines.Begin(line);
  // Inside a multi-byte character: that character's column.
  while (offset > begin && offset < original_.size() &&
         text_internal::IsContinuation(static_cast<unsigned char>(original_[offset]))) {
    --offset;
  }
  const size_t column =
      1 + text_internal::CountCodePoints(std::string_view(original_).substr(begin, offset - begin));
  return {static_cast<int>(line + 1), static_cast<int>(column)};
}

std::string_view Document::OriginalLineAt(size_t original_offset) const {
  const text_internal::LineIndex lines(original_, line_starts_);
  const size_t line = lines.LineOf(std::min(original_offset, original_.size()));
  return std::string_view(original_).substr(lines.Begin(line), lines.End(line) - lines.Begin(line));
}

}  // namespace factlint
