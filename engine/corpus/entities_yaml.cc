// The entities file: `entities:` — a list of named things with their aliases, relations to other
// entities, roles (with validity intervals) and dated history.
#include <fmt/format.h>

#include "yaml_fields.h"
#include "yaml_loader.h"

namespace factlint::corpus_internal {
namespace {

void ReadEntity(MapReader& in, const std::string& path, CorpusData* data, FileErrors* errors) {
  Entity entity;
  entity.origin = {path, in.line(), in.field()};
  std::optional<std::string> id = in.Id("id", Need::kRequired);
  std::optional<std::string> name = in.Text("name", Need::kRequired);
  entity.name_line = in.LineOf("name");
  std::optional<std::string> type =
      in.OneOf("type", {"country", "organisation", "group", "person", "company", "currency"},
               Need::kRequired);
  entity.url = in.Url("url", Need::kOptional).value_or("");
  entity.note = in.Text("note", Need::kOptional).value_or("");
  ForEachItem(in.Get("aliases"), in.Field("aliases"), in.LineOf("aliases"), errors,
              [&](const YAML::Node& item, const std::string& field) {
                if (auto alias = ReadStringItem(item, field, in.line(), errors)) {
                  entity.aliases.push_back({*alias, LineOf(item, in.line()), field});
                }
              });
  // An entity without a usable id cannot be referred to; its other fields were still checked.
  if (!id) return;
  entity.id = *id;
  entity.name = name.value_or("");
  entity.type = type.value_or("");

  ForEachMap(in.Get("relations"), in.Field("relations"), in.LineOf("relations"),
             {"relation", "object", "source", "note"}, errors, [&](MapReader& r) {
               Relation relation;
               relation.origin = {path, r.line(), r.field()};
               relation.subject = Ref{*id, r.line(), r.Field("relation")};
               relation.relation = r.Id("relation", Need::kRequired).value_or("");
               relation.object = r.Reference("object", Need::kRequired);
               relation.source = r.Reference("source", Need::kOptional);
               relation.note = r.Text("note", Need::kOptional).value_or("");
               if (!relation.relation.empty() && !relation.object.id.empty()) {
                 data->relations.push_back(std::move(relation));
               }
             });
  ForEachMap(in.Get("roles"), in.Field("roles"), in.LineOf("roles"),
             {"role", "of", "from", "to", "source", "note"}, errors, [&](MapReader& r) {
               Role role;
               role.origin = {path, r.line(), r.field()};
               role.entity_id = *id;
               role.role = r.Text("role", Need::kRequired).value_or("");
               role.of = r.Reference("of", Need::kRequired);
               role.from = r.DateValue("from", Need::kOptional);
               role.to = r.DateValue("to", Need::kOptional);
               role.source = r.Reference("source", Need::kOptional);
               role.note = r.Text("note", Need::kOptional).value_or("");
               if (role.from && role.to && *role.to < *role.from) {
                 r.Error("to", fmt::format("ends ({}) before it starts ({})",
                                           FormatIsoDate(*role.to), FormatIsoDate(*role.from)));
               }
               if (!role.role.empty() && !role.of.id.empty()) {
                 data->roles.push_back(std::move(role));
               }
             });
  ForEachMap(in.Get("history"), in.Field("history"), in.LineOf("history"), {"date", "note"}, errors,
             [&](MapReader& h) {
               std::optional<Date> date = h.DateValue("date", Need::kRequired);
               std::optional<std::string> note = h.Text("note", Need::kRequired);
               if (date && note) {
                 data->history.push_back({*id, *date, *note, Origin{path, h.line(), h.field()}});
               }
             });
  data->entities.push_back(std::move(entity));
}

}  // namespace

void LoadEntitiesFile(const YAML::Node& root, const std::string& path, CorpusData* data,
                      FileErrors* errors) {
  data->files.push_back({path, FileKind::kEntities, ""});
  MapReader top(root, "", {"entities"}, errors);
  ForEachMap(top.Get("entities"), "entities", top.LineOf("entities"),
             {"id", "name", "type", "aliases", "relations", "roles", "history", "url", "note"},
             errors, [&](MapReader& in) { ReadEntity(in, path, data, errors); });
}

}  // namespace factlint::corpus_internal
