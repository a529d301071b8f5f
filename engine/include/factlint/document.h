// Document: an article read from bytes, ready for extraction.
//
// Reading does, in order: UTF-8 validation (invalid UTF-8 or a NUL byte is an error naming the
// byte offset), YAML front matter into Metadata, NFC normalization with a map back to the original
// byte offsets, Markdown structure with cmark-gfm (code blocks, inline code, link and image URLs,
// autolinks, HTML blocks and comments are masked: they are not prose), ICU sentence and word
// segmentation of the prose blocks, and a byte offset -> line:column index.
//
// Every offset and Span handed out by a Document is into text(), the normalized text; Original()
// and LineColumnOf() map back to the file as it was read. A Document is immutable after Read and
// safe to share between threads.
#ifndef FACTLINT_DOCUMENT_H_
#define FACTLINT_DOCUMENT_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "factlint/date.h"
#include "factlint/span.h"
#include "factlint/status.h"

namespace factlint {

struct Metadata {
  std::string title;         // front matter `title`, or empty
  std::optional<Date> date;  // front matter `date` (publication date), if present and valid
  std::string lang;          // front matter `lang`, or empty
  // Front matter `factlint-disable`: a list of rule ids switched off for the whole file, or
  // `true` (disable_all) for every rule.
  std::vector<std::string> disabled_rules;
  bool disable_all = false;
};

// A block of prose found by cmark-gfm.
enum class BlockKind { kParagraph, kHeading, kTableCell };

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  Span span;              // the block's text, without Markdown markers ("## ", "> ", "- ")
                          // (a block quote's lines after the first keep their "> " inside the
                          // span; those bytes are masked, so IsProse() is false there)
  int heading_level = 0;  // 1..6 for a heading, else 0
};

struct Sentence {
  Span span;         // trailing white space excluded
  size_t block = 0;  // index into Document::blocks()
};

struct Word {
  Span span;  // letters, digits, apostrophes and inner hyphens as ICU's word breaker sees them
  size_t sentence = 0;  // index into Document::sentences()
};

// An HTML comment (`<!-- ... -->`), kept for inline directives such as `factlint-disable`.
struct Comment {
  Span span;         // the whole comment, delimiters included
  std::string body;  // the text between the delimiters, trimmed
};

struct LineColumn {
  int line = 1;    // 1-based
  int column = 1;  // 1-based, counted in Unicode code points
};

struct ReadOptions {
  // Larger inputs are refused with kResourceExhausted. Default 16 MiB.
  size_t max_bytes = 16u << 20;
};

class Document {
 public:
  // Reads `bytes` (the whole file). `path` is used only in error messages, which have the form
  // "<path>:4:17: invalid UTF-8 at byte 123" / "<path>:1:8: NUL byte at byte 7" (line, column
  // in code points, byte offset of the bad byte) /
  // "<path>:2: front matter: ..." (kInvalidArgument), or "<path>: file is N bytes, over the
  // limit of M" (kResourceExhausted). Front matter that is not valid YAML, or a `date` that is not
  // YYYY-MM-DD, is an error naming its line.
  static StatusOr<std::shared_ptr<const Document>> Read(std::string path, std::string bytes,
                                                        const ReadOptions& options = {});

  const std::string& path() const { return path_; }
  const Metadata& metadata() const { return metadata_; }

  // The whole file, NFC-normalized (front matter included, so that offsets stay simple).
  const std::string& text() const { return text_; }
  std::string_view TextOf(Span span) const {
    return std::string_view(text_).substr(span.begin, span.size());
  }
  // The file as it was read.
  const std::string& original() const { return original_; }

  // Prose structure, in text order.
  const std::vector<Block>& blocks() const { return blocks_; }
  const std::vector<Sentence>& sentences() const { return sentences_; }
  const std::vector<Word>& words() const { return words_; }
  const std::vector<Comment>& comments() const { return comments_; }
  // The index in sentences() of the sentence whose span holds `offset`, or nullopt (white space
  // between sentences, markup, front matter).
  std::optional<size_t> SentenceAt(size_t offset) const;

  // True when text()[offset] is prose: inside a block and not masked (code, URL, comment, ...).
  bool IsProse(size_t offset) const;
  // True when no byte of `span` is masked and the whole span lies inside prose blocks.
  // An empty span is prose when IsProse(span.begin) is.
  bool IsProse(Span span) const;
  // The masked ranges (code, URL, comment, markers, ...) that overlap `span`, in text order.
  std::span<const Span> MaskedIn(Span span) const;

  // Maps an offset in text() to the offset in original() of the same character. An offset at a
  // character boundary maps to that character's first original byte; text().size() maps to
  // original().size().
  size_t OriginalOffset(size_t offset) const;
  Span Original(Span span) const { return {OriginalOffset(span.begin), OriginalOffset(span.end)}; }

  // Line and column of an offset into original().
  LineColumn LineColumnOf(size_t original_offset) const;
  // The line containing `original_offset`, without its line terminator.
  std::string_view OriginalLineAt(size_t original_offset) const;

 private:
  Document() = default;
  friend class DocumentBuilder;

  std::string path_;
  Metadata metadata_;
  std::string original_;
  std::string text_;
  // For each normalization segment: (offset in text_, offset in original_), ascending.
  std::vector<std::pair<size_t, size_t>> offset_map_;
  std::vector<size_t> line_starts_;  // offsets in original_ where each line begins
  std::vector<Block> blocks_;
  std::vector<Sentence> sentences_;
  std::vector<Word> words_;
  std::vector<Comment> comments_;
  std::vector<Span> masked_;  // sorted, disjoint ranges of text_ that are not prose
};

}  // namespace factlint

#endif  // FACTLINT_DOCUMENT_H_
