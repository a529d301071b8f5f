#include "yaml_loader.h"

#include <yaml-cpp/eventhandler.h>

#include <filesystem>
#include <sstream>
#include <vector>

#include "engine/base/yaml_text.h"
#include "yaml_fields.h"

namespace factlint::corpus_internal {
namespace {

// Where the root node of each document of a YAML stream starts, without building the nodes.
// YAML::LoadAll is not used: on a token that cannot start a node (a ',' at the top) yaml-cpp 0.7
// makes an empty document without moving on, so LoadAll adds empty documents until memory runs
// out (yaml-cpp issue #1040, fixed after 0.8.0). Asking for the next document only twice cannot
// loop, and a second document found where the first began is that stray token.
class DocumentRoots : public YAML::EventHandler {
 public:
  std::vector<YAML::Mark> roots;  // one per document, the mark of its first node

  void OnDocumentStart(const YAML::Mark&) override { in_root_ = false; }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { Node(mark); }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { Node(mark); }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                const std::string&) override {
    Node(mark);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    Node(mark);
  }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    Node(mark);
  }
  void OnMapEnd() override {}

 private:
  void Node(const YAML::Mark& mark) {
    if (!in_root_) roots.push_back(mark);
    in_root_ = true;
  }
  bool in_root_ = false;
};

}  // namespace

void LoadYamlFile(const std::string& path, CorpusData* data, ErrorList* errors) {
  std::optional<std::string> text = ReadCorpusFile(path, kMaxYamlFileBytes, errors);
  if (!text) return;
  FileErrors file_errors(path, errors);
  if (std::optional<YamlProblem> problem = CheckYamlText(*text)) {
    file_errors.Add(problem->line, "yaml", problem->message);
    return;
  }
  YAML::Node parsed;
  try {
    std::istringstream stream(*text);
    YAML::Parser parser(stream);
    DocumentRoots documents;
    if (parser.HandleNextDocument(documents) && parser.HandleNextDocument(documents)) {
      const bool two = documents.roots.size() == 2;
      const YAML::Mark second = two ? documents.roots[1] : YAML::Mark::null_mark();
      const bool stuck = two && second.pos == documents.roots[0].pos;
      file_errors.Add(second.is_null() ? 1 : second.line + 1, "yaml",
                      stuck ? "no YAML node can start here"
                            : "a corpus file holds one YAML document; this is a second one");
      return;
    }
    parsed = YAML::Load(*text);
  } catch (const YAML::Exception& e) {
    const YamlProblem problem = YamlExceptionProblem(e, *text);
    file_errors.Add(problem.line, "yaml", problem.message);
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
      LoadMeasuresFile(root, path, /*bare=*/false, data, &file_errors);
    } else if (root["terms"] || root["misspellings"]) {
      LoadLexiconFile(root, path, data, &file_errors);
    } else if (root["id"] || root["title"]) {
      LoadSourceFile(root, path, data, &file_errors);
    } else if (std::filesystem::path(path).stem() == "measures") {
      LoadMeasuresFile(root, path, /*bare=*/true, data, &file_errors);
    } else {
      file_errors.Add(LineOf(root, 1), "",
                      "not a corpus file: expected 'entities', 'measures', "
                      "'terms'/'misspellings', or 'id' and 'title' at the top");
    }
  } catch (const YAML::Exception& e) {
    const YamlProblem problem = YamlExceptionProblem(e, *text);
    file_errors.Add(problem.line, "yaml", problem.message);
  }
}

}  // namespace factlint::corpus_internal
