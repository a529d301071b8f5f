// Fuzzes the corpus YAML loader (engine/corpus, what `factlint corpus build` reads) with arbitrary
// bytes as one .yaml file: LoadYamlFile tells the file's kind apart (entities, measures,
// lexicon, source document) and reads its records, then Validate checks references and resolves
// names, as BuildCorpus does before it writes the database (the SQLite writer is not fuzzed: it
// would make each run a hundred times slower for code the inputs barely steer). Checks:
//  * no crash, no exception out of the loader (yaml-cpp's must be caught there);
//  * every error names the file ("path:line: ..." or "path: ..."), and ToStatus() is OK exactly
//    when no error was found, kInvalidArgument otherwise;
//  * every record's origin line lies inside the file.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "engine/corpus/errors.h"
#include "engine/corpus/model.h"
#include "engine/corpus/validate.h"
#include "engine/corpus/yaml_loader.h"
#include "fuzz_util.h"

namespace {

using namespace factlint;                   // NOLINT: a harness, not a library
using namespace factlint::corpus_internal;  // NOLINT
using fuzz::Check;

void CheckOrigin(const Origin& origin, int lines, const char* what) {
  Check(origin.line >= 1 && origin.line <= lines, what);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string path = fuzz::WriteScratchFile(data, size, "source.yaml");
  int lines = 1;
  for (size_t i = 0; i < size; ++i) lines += data[i] == '\n' || data[i] == '\r';
  CorpusData corpus;
  ErrorList errors;
  LoadYamlFile(path, &corpus, &errors);
  Validate(&corpus, &errors);
  const Status status = errors.ToStatus();
  Check(status.ok() == (errors.size() == 0), "ToStatus() is OK exactly when there is no error");
  if (!status.ok()) {
    Check(status.code() == StatusCode::kInvalidArgument, "corpus errors are kInvalidArgument");
    Check(status.message().starts_with(path), "an error names the file");
  }
  for (const auto& e : corpus.entities) CheckOrigin(e.origin, lines, "entity origin line");
  for (const auto& s : corpus.sources) CheckOrigin(s.origin, lines, "source origin line");
  for (const auto& s : corpus.statements) CheckOrigin(s.origin, lines, "statement origin line");
  for (const auto& q : corpus.quotes) CheckOrigin(q.origin, lines, "quote origin line");
  return 0;
}
