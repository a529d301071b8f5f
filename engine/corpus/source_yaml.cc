// A source document file: the source's metadata (`id`, `title`, `publisher`, ...) and the
// records it supports: `statements` (facts, with a normalized figure when there is one), `quotes`
// (exact wording and speaker) and `relations` (claims about how two entities relate).
#include <fmt/format.h>

#include <filesystem>
#include <map>

#include "yaml_fields.h"
#include "yaml_loader.h"

namespace factlint::corpus_internal {
namespace {

// Record ids are unique within a source, across statements, quotes and relations, because
// evidence names a record by (source id, record id).
class RecordIds {
 public:
  // False (and reported) when `id` was used before in this source.
  bool Claim(MapReader& in, const std::string& id) {
    auto [it, inserted] = lines_.emplace(id, in.LineOf("id"));
    if (!inserted) {
      in.Error("id", fmt::format("record id '{}' is used twice in this source (first on line {})",
                                 id, it->second));
    }
    return inserted;
  }

 private:
  std::map<std::string, int> lines_;
};

void ReadStatement(MapReader& in, const std::string& source_id, const std::string& path,
                   RecordIds* ids, CorpusData* data) {
  Statement s;
  s.origin = {path, in.line(), in.field()};
  s.source_id = source_id;
  std::optional<std::string> id = in.Id("id", Need::kRequired);
  std::optional<std::string> text = in.Text("text", Need::kRequired);
  s.locator = in.Text("locator", Need::kOptional).value_or("");
  s.note = in.Text("note", Need::kOptional).value_or("");
  s.subject = in.Name("subject", Need::kOptional);
  s.measure = in.Reference("measure", Need::kOptional);
  s.value = in.Number("value", Need::kOptional);
  s.value_line = in.LineOf("value");
  s.unit = in.Text("unit", Need::kOptional).value_or("");
  s.unit_line = in.LineOf("unit");
  s.qualifier =
      in.OneOf("qualifier",
               {"exact", "about", "at-least", "more-than", "up-to", "nearly", "less-than"},
               Need::kOptional)
          .value_or("");
  // A figure is a value, its unit and the measure it counts, together or not at all: a record
  // with a part missing could never be compared with a claim.
  if (in.Has("value")) {
    if (!in.Has("unit")) {
      in.Error("unit", "required when a value is given (an ISO 4217 code or a count noun)");
    } else if (s.unit.empty()) {
      in.Error("unit", "must not be empty");
    }
    if (!in.Has("measure")) {
      in.errors()->Add(in.LineOf("value"), in.Field("measure"),
                       "required when a value is given (the measure the value counts)");
    }
  } else if (in.Has("unit")) {
    if (in.Given("value")) {
      in.Error("value", "is empty, but a unit is given: write the number, or remove the unit");
    } else {
      in.Error("unit", "given without a value");
    }
  }
  if (!s.qualifier.empty() && !in.Has("value")) {
    in.Error("qualifier", "given without a value");
  }
  if (s.value && s.qualifier.empty()) s.qualifier = "exact";

  if (const YAML::Node period = in.Get("period"); period.IsDefined()) {
    const std::string field = in.Field("period");
    const int line = in.LineOf("period");
    if (!period.IsSequence() || period.size() != 2) {
      in.Error("period", fmt::format("expected [from, to], two dates; got {}",
                                     period.IsSequence() ? fmt::format("{} items", period.size())
                                                         : std::string(NodeKindName(period))));
    } else {
      s.period_from = ReadDate(period[0], field + "[0]", line, in.errors());
      s.period_to = ReadDate(period[1], field + "[1]", line, in.errors());
      if (s.period_from && s.period_to && *s.period_to < *s.period_from) {
        in.Error("period", fmt::format("ends ({}) before it starts ({})",
                                       FormatIsoDate(*s.period_to), FormatIsoDate(*s.period_from)));
      }
    }
  }
  if (!id || !text || !ids->Claim(in, *id)) return;
  s.id = *id;
  s.text = *text;
  data->statements.push_back(std::move(s));
}

void ReadQuote(MapReader& in, const std::string& source_id, const std::string& path, RecordIds* ids,
               CorpusData* data) {
  Quote q;
  q.origin = {path, in.line(), in.field()};
  q.source_id = source_id;
  std::optional<std::string> id = in.Id("id", Need::kRequired);
  q.speaker = in.Name("speaker", Need::kRequired);
  std::optional<std::string> text = in.Text("text", Need::kRequired);
  q.locator = in.Text("locator", Need::kOptional).value_or("");
  q.said = in.DateValue("said", Need::kOptional);
  q.note = in.Text("note", Need::kOptional).value_or("");
  if (!id || !text || q.speaker.text.empty() || !ids->Claim(in, *id)) return;
  q.id = *id;
  q.text = *text;
  data->quotes.push_back(std::move(q));
}

void ReadRelation(MapReader& in, const std::string& source_id, const std::string& path,
                  RecordIds* ids, CorpusData* data) {
  Relation r;
  r.origin = {path, in.line(), in.field()};
  std::optional<std::string> id = in.Id("id", Need::kOptional);
  r.subject = in.Reference("subject", Need::kRequired);
  r.relation = in.Id("relation", Need::kRequired).value_or("");
  r.object = in.Reference("object", Need::kRequired);
  r.text = in.Text("text", Need::kOptional).value_or("");
  r.locator = in.Text("locator", Need::kOptional).value_or("");
  r.note = in.Text("note", Need::kOptional).value_or("");
  r.source = Ref{source_id, in.line(), in.field()};
  if (id && !ids->Claim(in, *id)) return;
  if (r.subject.id.empty() || r.relation.empty() || r.object.id.empty()) return;
  r.record_id = id.value_or("");
  data->relations.push_back(std::move(r));
}

}  // namespace

void LoadSourceFile(const YAML::Node& root, const std::string& path, CorpusData* data,
                    FileErrors* errors) {
  MapReader in(root, "",
               {"id", "title", "publisher", "kind", "published", "url", "locator", "note",
                "statements", "quotes", "relations"},
               errors);
  Source source;
  source.origin = {path, in.line(), in.field()};
  std::optional<std::string> id = in.Id("id", Need::kRequired);
  std::optional<std::string> title = in.Text("title", Need::kRequired);
  source.publisher = in.Name("publisher", Need::kRequired);
  std::optional<std::string> kind =
      in.OneOf("kind", {"report", "article", "statement", "dataset"}, Need::kRequired);
  source.published = in.DateValue("published", Need::kOptional);
  source.url = in.Url("url", Need::kOptional).value_or("");
  source.locator = in.Text("locator", Need::kOptional).value_or("");
  source.note = in.Text("note", Need::kOptional).value_or("");
  data->files.push_back({path, FileKind::kSource, id.value_or("")});
  // Evidence names a source by id, and a person finds its record by the file name: they agree.
  if (const std::string stem = std::filesystem::path(path).stem().string(); id && *id != stem) {
    in.Error("id", fmt::format("'{}' differs from the file name '{}'", *id, stem));
  }

  // Records are read (and checked) even when the source's own id is unusable; they are kept only
  // with a usable one.
  const std::string source_id = id.value_or("");
  CorpusData scratch;
  CorpusData* out = id ? data : &scratch;
  RecordIds ids;
  ForEachMap(in.Get("statements"), "statements", in.LineOf("statements"),
             {"id", "text", "locator", "subject", "measure", "value", "unit", "qualifier", "period",
              "note"},
             errors, [&](MapReader& r) { ReadStatement(r, source_id, path, &ids, out); });
  ForEachMap(in.Get("quotes"), "quotes", in.LineOf("quotes"),
             {"id", "speaker", "text", "locator", "said", "note"}, errors,
             [&](MapReader& r) { ReadQuote(r, source_id, path, &ids, out); });
  ForEachMap(in.Get("relations"), "relations", in.LineOf("relations"),
             {"id", "subject", "relation", "object", "text", "locator", "note"}, errors,
             [&](MapReader& r) { ReadRelation(r, source_id, path, &ids, out); });
  if (!id || !title || !kind || source.publisher.text.empty()) return;
  source.id = *id;
  source.title = *title;
  source.kind = *kind;
  data->sources.push_back(std::move(source));
}

}  // namespace factlint::corpus_internal
