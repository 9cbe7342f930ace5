// The order a reader meets things in: the root file first, then the included files as they are
// loaded, and within a file by line and column. Products list entities this way because the
// model's own vectors follow TOML's table order (sorted by key), which no author chose.
#pragma once

#include <algorithm>
#include <tuple>
#include <vector>

#include "base/source.h"

namespace toc {

/// True when `a` comes before `b` in reading order (file load order, then line, then column).
inline bool written_before(const SourceRange& a, const SourceRange& b) {
  return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
}

/// Sorts `items` into reading order by the range `range_of(item)` returns; ties keep their order.
/// Example: `sort_as_written(nodes, [&](NodeIndex n) { return model.nodes[n].range; });`
template <typename T, typename RangeOf>
void sort_as_written(std::vector<T>& items, RangeOf range_of) {
  std::stable_sort(items.begin(), items.end(),
                   [&](const T& a, const T& b) { return written_before(range_of(a), range_of(b)); });
}

/// Pointers to `entities` (priorities, principles, ... anything with a `range`) in reading order.
template <typename Entity>
std::vector<const Entity*> as_written(const std::vector<Entity>& entities) {
  std::vector<const Entity*> result;
  result.reserve(entities.size());
  for (const Entity& entity : entities) result.push_back(&entity);
  sort_as_written(result, [](const Entity* e) { return e->range; });
  return result;
}

}  // namespace toc
