// A lexicon file: `terms:` (domain words the spelling check must accept, "altcoins") and
// `misspellings:` (known misspellings and their correction, "alcoints: altcoins").
#include <fmt/format.h>

#include "yaml_fields.h"
#include "yaml_loader.h"

namespace factlint::corpus_internal {

void LoadLexiconFile(const YAML::Node& root, const std::string& path, CorpusData* data,
                     FileErrors* errors) {
  data->files.push_back({path, FileKind::kLexicon, ""});
  MapReader top(root, "", {"terms", "misspellings"}, errors);
  ForEachItem(top.Get("terms"), "terms", top.LineOf("terms"), errors,
              [&](const YAML::Node& item, const std::string& field) {
                const int line = LineOf(item, top.line());
                if (auto term = ReadStringItem(item, field, line, errors)) {
                  data->lexicon.push_back({*term, "", Origin{path, line, field}});
                }
              });
  YAML::Node misspellings = top.Get("misspellings");
  if (!misspellings.IsDefined()) return;
  if (!misspellings.IsMap()) {
    top.Error("misspellings", fmt::format("expected a map of misspelling: correction, got {}",
                                          NodeKindName(misspellings)));
    return;
  }
  for (auto it = misspellings.begin(); it != misspellings.end(); ++it) {
    const int line = LineOf(it->first, top.line());
    std::optional<std::string> wrong = ReadStringItem(it->first, "misspellings", line, errors);
    if (!wrong) continue;
    std::optional<std::string> right =
        ReadStringItem(it->second, JoinField("misspellings", *wrong), line, errors);
    if (!right) continue;
    data->lexicon.push_back(
        {*wrong, *right, Origin{path, line, JoinField("misspellings", *wrong)}});
  }
}

}  // namespace factlint::corpus_internal
