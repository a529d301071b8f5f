#include "yaml_loader.h"

#include <vector>

#include "yaml_fields.h"

namespace factlint::corpus_internal {

void LoadYamlFile(const std::string& path, CorpusData* data, ErrorList* errors) {
  std::optional<std::string> text = ReadCorpusFile(path, errors);
  if (!text) return;
  FileErrors file_errors(path, errors);
  YAML::Node parsed;
  try {
    std::vector<YAML::Node> documents = YAML::LoadAll(*text);
    if (documents.size() > 1) {
      file_errors.Add(LineOf(documents[1], 1), "yaml",
                      "a corpus file holds one YAML document; this is a second one");
      return;
    }
    if (!documents.empty()) parsed = documents[0];
  } catch (const YAML::Exception& e) {
    const int line = e.mark.is_null() ? 1 : e.mark.line + 1;
    file_errors.Add(line, "yaml", e.msg);
    return;
  }
  // Only const access from here on: yaml-cpp's non-const operator[] adds the keys it looks up.
  const YAML::Node& root = parsed;
  // The readers below only walk parsed nodes, which does not throw; this is a safety net so that
  // no yaml-cpp exception ever leaves the corpus stage.
  try {
    if (!root.IsMap()) {
      file_errors.Add(LineOf(root, 1), "",
                      "not a corpus file: expected a map with 'entities', 'measures', "
                      "'terms'/'misspellings', or 'id' and 'title' at the top");
      return;
    }
    if (root["entities"]) {
      LoadEntitiesFile(root, path, data, &file_errors);
    } else if (root["measures"]) {
      LoadMeasuresFile(root, path, data, &file_errors);
    } else if (root["terms"] || root["misspellings"]) {
      LoadLexiconFile(root, path, data, &file_errors);
    } else if (root["id"] || root["title"]) {
      LoadSourceFile(root, path, data, &file_errors);
    } else {
      file_errors.Add(LineOf(root, 1), "",
                      "not a corpus file: expected 'entities', 'measures', "
                      "'terms'/'misspellings', or 'id' and 'title' at the top");
    }
  } catch (const YAML::Exception& e) {
    file_errors.Add(e.mark.is_null() ? 1 : e.mark.line + 1, "yaml", e.msg);
  }
}

}  // namespace factlint::corpus_internal
