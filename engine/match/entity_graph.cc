#include "entity_graph.h"

#include <vector>

#include "factlint/match.h"

namespace factlint::match_internal {

const std::set<std::string>& EntityGraph::Ancestors(const std::string& entity) {
  if (auto it = ancestors_.find(entity); it != ancestors_.end()) return it->second;
  std::set<std::string> found = {entity};
  std::vector<std::string> queue = {entity};
  while (!queue.empty() && found.size() < 64) {  // bounded: a cycle or a deep chain stops here
    std::string next = std::move(queue.back());
    queue.pop_back();
    StatusOr<std::vector<RelationInfo>> relations = corpus_.RelationsOf(next);
    if (!relations.ok()) continue;
    for (const RelationInfo& relation : *relations) {
      // Only relations of record (entities.yaml) count; a relation a source asserts is a claim.
      if (relation.subject != next || relation.relation != "part-of" ||
          !relation.source_id.empty()) {
        continue;
      }
      if (found.insert(relation.object).second) queue.push_back(relation.object);
    }
  }
  return ancestors_.emplace(entity, std::move(found)).first->second;
}

bool EntityGraph::Credits(const std::string& credited, const std::string& publisher) {
  if (credited.empty() || publisher.empty()) return false;
  if (IsPartOf(publisher, credited)) return true;
  StatusOr<std::vector<RoleInfo>> roles = corpus_.RolesOf(credited);
  if (!roles.ok()) return false;
  for (const RoleInfo& role : *roles) {
    if (!role.of_entity.empty() &&
        (role.of_entity == publisher || IsPartOf(publisher, role.of_entity))) {
      return true;
    }
  }
  return false;
}

}  // namespace factlint::match_internal

namespace factlint {

bool IsPartOf(const Corpus& corpus, const std::string& entity, const std::string& ancestor) {
  return match_internal::EntityGraph(corpus).IsPartOf(entity, ancestor);
}

bool SourceIsCredited(const Corpus& corpus, const SourceInfo& source, const std::string& credited) {
  return match_internal::EntityGraph(corpus).Credits(credited, source.publisher_entity);
}

}  // namespace factlint
