// Fuzzes Document::Read (engine/text) with arbitrary bytes: UTF-8 validation, YAML front matter,
// NFC normalization and its offset map, Markdown structure and masking (cmark-gfm), sentence and
// word segmentation, the line index. Beyond "no crash, no leak, no undefined behaviour":
//  * an error is kInvalidArgument or kResourceExhausted, never another code;
//  * on success every block, sentence, word and comment span lies inside text(), and the
//    sentences' blocks and words' sentences are valid indexes;
//  * Original() maps every such span inside original(), begin <= end, and text().size() maps to
//    original().size(); LineColumnOf and OriginalLineAt accept every mapped offset;
//  * normalization is idempotent: reading text() again succeeds and gives the same text().
#include <cstddef>
#include <cstdint>
#include <string>

#include "factlint/document.h"
#include "fuzz_util.h"

namespace {

using factlint::Document;
using factlint::Span;
using factlint::fuzz::Check;
using factlint::fuzz::CheckSpan;

void CheckMapped(const Document& doc, Span span, const char* what) {
  CheckSpan(span, doc.text().size(), what);
  const Span original = doc.Original(span);
  CheckSpan(original, doc.original().size(), std::string(what) + " (original)");
  doc.LineColumnOf(original.begin);
  doc.LineColumnOf(original.end);
  doc.OriginalLineAt(original.begin);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  auto read = Document::Read("fuzz.md", bytes);
  if (!read.ok()) {
    factlint::fuzz::CheckInputStatus(read.status(), "Document::Read");
    return 0;
  }
  const Document& doc = **read;
  Check(doc.original() == bytes, "original() is the input");
  const size_t text_size = doc.text().size();
  Check(doc.OriginalOffset(text_size) == doc.original().size(), "the end maps to the end");

  for (const auto& block : doc.blocks()) CheckMapped(doc, block.span, "block");
  for (const auto& sentence : doc.sentences()) {
    CheckMapped(doc, sentence.span, "sentence");
    Check(sentence.block < doc.blocks().size(), "sentence.block is an index into blocks()");
    Check(doc.SentenceAt(sentence.span.begin).has_value() || sentence.span.empty(),
          "SentenceAt finds a sentence at its own start");
  }
  for (const auto& word : doc.words()) {
    CheckMapped(doc, word.span, "word");
    Check(word.sentence < doc.sentences().size(), "word.sentence is an index into sentences()");
  }
  for (const auto& comment : doc.comments()) CheckMapped(doc, comment.span, "comment");
  for (size_t offset = 0; offset < text_size; ++offset) doc.IsProse(offset);

  auto again = Document::Read("fuzz.md", doc.text());
  if (!again.ok()) {
    factlint::fuzz::Fail("reading the normalized text again failed: " + again.status().ToString());
  }
  Check((*again)->text() == doc.text(), "normalization is idempotent");
  return 0;
}
