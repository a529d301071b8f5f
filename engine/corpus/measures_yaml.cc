// The measures file: `measures:` maps a measure id to the cue words that signal it in prose,
// either as a plain list (`crypto-stolen: [stole, stolen, theft]`) or as a map with `cues`,
// `unit_kind` (money | count) and `description`.
#include <fmt/format.h>

#include <algorithm>

#include "engine/base/ascii.h"
#include "yaml_fields.h"
#include "yaml_loader.h"

namespace factlint::corpus_internal {
namespace {

void ReadCues(const YAML::Node& list, const std::string& field, int line, Measure* measure,
              FileErrors* errors) {
  ForEachItem(list, field, line, errors, [&](const YAML::Node& item, const std::string& f) {
    std::optional<std::string> cue = ReadStringItem(item, f, line, errors);
    if (!cue) return;
    std::string folded = AsciiLower(*cue);
    if (std::find(measure->cues.begin(), measure->cues.end(), folded) == measure->cues.end()) {
      measure->cues.push_back(std::move(folded));
    }
  });
}

}  // namespace

void LoadMeasuresFile(const YAML::Node& root, const std::string& path, CorpusData* data,
                      FileErrors* errors) {
  data->files.push_back({path, FileKind::kMeasures, ""});
  MapReader top(root, "", {"measures"}, errors);
  YAML::Node measures = top.Get("measures");
  if (!measures.IsDefined()) return;
  if (!measures.IsMap()) {
    top.Error("measures",
              fmt::format("expected a map of measure ids, got {}", NodeKindName(measures)));
    return;
  }
  for (auto it = measures.begin(); it != measures.end(); ++it) {
    const int line = LineOf(it->first, top.line());
    const std::string id = it->first.IsScalar() ? it->first.Scalar() : "";
    const std::string field = JoinField("measures", id);
    if (!IsValidId(id)) {
      errors->Add(
          line, "measures",
          fmt::format("expected a measure id (letters, digits, '.', '_', '-'), got '{}'", id));
      continue;
    }
    Measure measure;
    measure.id = id;
    measure.origin = {path, line, field};
    const YAML::Node value = it->second;  // a copy: `it->` yields a temporary
    if (value.IsMap()) {
      MapReader in(value, field, {"cues", "unit_kind", "description"}, errors);
      measure.unit_kind = in.OneOf("unit_kind", {"money", "count"}, Need::kOptional).value_or("");
      measure.description = in.Text("description", Need::kOptional).value_or("");
      if (!in.Has("cues")) in.Error("cues", "required field is missing");
      ReadCues(in.Get("cues"), in.Field("cues"), in.LineOf("cues"), &measure, errors);
    } else if (value.IsSequence()) {
      ReadCues(value, field, line, &measure, errors);
    } else {
      errors->Add(LineOf(value, line), field,
                  fmt::format("expected a list of cue words or a map with 'cues', got {}",
                              NodeKindName(value)));
      continue;
    }
    data->measures.push_back(std::move(measure));
  }
}

}  // namespace factlint::corpus_internal
