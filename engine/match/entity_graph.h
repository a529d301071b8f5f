// Part-of relations between entities, looked up once per entity and cached: which bodies an entity
// belongs to ("the UN Panel of Experts" is part of "the UN"), and which bodies a person speaks for
// through a role.
#ifndef FACTLINT_ENGINE_MATCH_ENTITY_GRAPH_H_
#define FACTLINT_ENGINE_MATCH_ENTITY_GRAPH_H_

#include <map>
#include <set>
#include <string>

#include "factlint/corpus.h"

namespace factlint::match_internal {

class EntityGraph {
 public:
  explicit EntityGraph(const Corpus& corpus) : corpus_(corpus) {}

  // `entity` itself and every body it is part of, transitively.
  const std::set<std::string>& Ancestors(const std::string& entity);

  bool IsPartOf(const std::string& entity, const std::string& ancestor) {
    return !entity.empty() && Ancestors(entity).count(ancestor) > 0;
  }

  // Whether a source published by `publisher` counts as credited to `credited`: the publisher is
  // the credited entity or part of it, or the credited person holds a role in the publisher (or
  // in a body the publisher is part of).
  bool Credits(const std::string& credited, const std::string& publisher);

  // Whether two speakers are the same: the same entity or one part of the other.
  bool SameSpeaker(const std::string& a, const std::string& b) {
    return !a.empty() && !b.empty() && (IsPartOf(a, b) || IsPartOf(b, a));
  }

 private:
  const Corpus& corpus_;
  std::map<std::string, std::set<std::string>, std::less<>> ancestors_;
};

}  // namespace factlint::match_internal

#endif  // FACTLINT_ENGINE_MATCH_ENTITY_GRAPH_H_
