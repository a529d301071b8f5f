// Reads the YAML corpus sources (entities, measures, lexicon and source documents) into
// CorpusData. yaml-cpp's exceptions are caught here and nowhere else.
#ifndef FACTLINT_ENGINE_CORPUS_YAML_LOADER_H_
#define FACTLINT_ENGINE_CORPUS_YAML_LOADER_H_

#include <yaml-cpp/yaml.h>

#include <string>

#include "errors.h"
#include "model.h"

namespace factlint::corpus_internal {

// Reads the YAML file at `path` (at most kMaxYamlFileBytes, checked by CheckYamlText first),
// tells its kind apart by its top-level keys (`entities:`, `measures:`, `terms:`/`misspellings:`,
// or `id:` + `title:`; a file named measures.yaml or measures.yml without any of them lists
// measures at its top), and appends its records to `data` (and the file to data->files).
// Problems, including YAML syntax errors ("path:line: yaml: ..."), go to `errors`; the records of
// a file with errors may be partial.
void LoadYamlFile(const std::string& path, CorpusData* data, ErrorList* errors);

// The readers of each kind of file, given the parsed top-level map. Each is in its own file.
void LoadEntitiesFile(const YAML::Node& root, const std::string& path, CorpusData* data,
                      FileErrors* errors);  // entities_yaml.cc
void LoadSourceFile(const YAML::Node& root, const std::string& path, CorpusData* data,
                    FileErrors* errors);  // source_yaml.cc
// `bare`: the measures are the top-level map itself, not under `measures:`.
void LoadMeasuresFile(const YAML::Node& root, const std::string& path, bool bare, CorpusData* data,
                      FileErrors* errors);  // measures_yaml.cc
void LoadLexiconFile(const YAML::Node& root, const std::string& path, CorpusData* data,
                     FileErrors* errors);  // lexicon_yaml.cc

}  // namespace factlint::corpus_internal

#endif  // FACTLINT_ENGINE_CORPUS_YAML_LOADER_H_
