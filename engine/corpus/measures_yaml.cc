// The measures file: `measures:` maps a measure id to the cue words that signal it in prose,
// either as a plain list (`crypto-stolen: [stole, stolen, theft]`) or as a map with `cues`,
// `unit_kind` (money | count), `description` and `can_be_negative`. A file named measures.yaml
// may also list them at its top, without `measures:`.
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
    std::optional<std::string> cue = ReadStringItem(item, f, LineOf(item, line), errors);
    if (!cue) return;
    std::string folded = AsciiLower(*cue);
    if (std::find(measure->cues.begin(), measure->cues.end(), folded) == measure->cues.end()) {
      measure->cues.push_back(std::move(folded));
    }
  });
}

// One measure: `id: [cue, ...]` or `id: {unit_kind: ..., description: ..., cues: [...]}`.
void ReadMeasure(const std::string& id, int line, const YAML::Node& value,
                 const std::string& prefix, const std::string& path, CorpusData* data,
                 FileErrors* errors) {
  const std::string field = JoinField(prefix, id);
  if (!IsValidId(id)) {
    errors->Add(
        line, prefix.empty() ? "measures" : prefix,
        fmt::format("expected a measure id (letters, digits, '.', '_', '-'), got '{}'", id));
    return;
  }
  Measure measure;
  measure.id = id;
  measure.origin = {path, line, field};
  int cues_line = line;
  std::string cues_field = field;
  bool cues_given = true;
  if (value.IsMap()) {
    MapReader in(value, field, {"cues", "unit_kind", "description", "can_be_negative"}, errors);
    measure.unit_kind = in.OneOf("unit_kind", {"money", "count"}, Need::kOptional).value_or("");
    measure.description = in.Text("description", Need::kOptional).value_or("");
    measure.can_be_negative = in.Bool("can_be_negative", Need::kOptional).value_or(false);
    cues_given = in.Has("cues");
    if (!cues_given) in.Error("cues", "required field is missing");
    cues_line = in.LineOf("cues");
    cues_field = in.Field("cues");
    ReadCues(in.Get("cues"), cues_field, cues_line, &measure, errors);
  } else if (value.IsSequence()) {
    cues_line = LineOf(value, line);
    ReadCues(value, field, line, &measure, errors);
  } else {
    errors->Add(LineOf(value, line), field,
                fmt::format("expected a list of cue words or a map with 'cues', got {}",
                            NodeKindName(value)));
    return;
  }
  // A measure no word signals is never found in a draft, so its statements could never match.
  if (cues_given && measure.cues.empty()) {
    errors->Add(cues_line, cues_field, "a measure needs at least one cue word");
  }
  data->measures.push_back(std::move(measure));
}

}  // namespace

void LoadMeasuresFile(const YAML::Node& root, const std::string& path, bool bare, CorpusData* data,
                      FileErrors* errors) {
  data->files.push_back({path, FileKind::kMeasures, ""});
  YAML::Node measures = root;
  std::string prefix;
  if (!bare) {
    MapReader top(root, "", {"measures"}, errors);
    measures = top.Get("measures");
    prefix = "measures";
    if (!measures.IsDefined()) return;
    if (!measures.IsMap()) {
      top.Error("measures",
                fmt::format("expected a map of measure ids, got {}", NodeKindName(measures)));
      return;
    }
  }
  for (auto it = measures.begin(); it != measures.end(); ++it) {
    const int line = LineOf(it->first, LineOf(measures, 1));
    const std::string id = it->first.IsScalar() ? it->first.Scalar() : "";
    const YAML::Node value = it->second;  // a copy: `it->` yields a temporary
    ReadMeasure(id, line, value, prefix, path, data, errors);
  }
}

}  // namespace factlint::corpus_internal
