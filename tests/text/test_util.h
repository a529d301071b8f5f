// Helpers shared by the text stage's tests.
#ifndef FACTLINT_TESTS_TEXT_TEST_UTIL_H_
#define FACTLINT_TESTS_TEXT_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "factlint/document.h"

namespace factlint::testing {

inline std::shared_ptr<const Document> MustRead(std::string text, std::string path = "a.md") {
  auto doc = Document::Read(std::move(path), std::move(text));
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  return doc.ok() ? *doc : nullptr;
}

inline std::vector<std::string> BlockTexts(const Document& doc) {
  std::vector<std::string> out;
  for (const Block& b : doc.blocks()) out.emplace_back(doc.TextOf(b.span));
  return out;
}

inline std::vector<std::string> SentenceTexts(const Document& doc) {
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences()) out.emplace_back(doc.TextOf(s.span));
  return out;
}

inline std::vector<std::string> WordTexts(const Document& doc) {
  std::vector<std::string> out;
  for (const Word& w : doc.words()) out.emplace_back(doc.TextOf(w.span));
  return out;
}

// The offset of the first occurrence of `needle` in the document's text; fails the test if absent.
inline size_t Find(const Document& doc, std::string_view needle) {
  const size_t at = doc.text().find(needle);
  EXPECT_NE(at, std::string::npos) << "not in text: " << needle;
  return at;
}

}  // namespace factlint::testing

#endif  // FACTLINT_TESTS_TEXT_TEST_UTIL_H_
