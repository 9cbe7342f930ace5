// Which priorities each node is under. A node is under the priorities it names; everything the
// partnership's activities lead to that names none (outputs, outcomes, the impact) is under the
// priorities of every activity that reaches it. One unit, so coverage, the checklist, the report
// and the checks place nodes alike.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "model/model.h"

namespace toc {

/// Why a node is under no priority.
enum class Unplaced : std::uint8_t {
  no,                    ///< it is under at least one priority
  no_priorities,         ///< the model declares no priority
  input,                 ///< an input: it comes before the activities that serve the priorities
  names_none,            ///< an activity that names no priority
  not_reached,           ///< no activity leads to it
  activities_name_none,  ///< activities lead to it, but none of them names a priority
};

/// Where every node of a model stands under its priorities.
struct Placement {
  /// Per node, the priorities it is under: positions in Model::priorities, ascending, each once.
  ///  - An activity is under the priorities it names; an outcome that names any is under those alone.
  ///  - An input is under none.
  ///  - Any other node (an output, an outcome naming none, an impact) is under the priorities of
  ///    every activity that reaches it, following arrows forward and never a feedback link.
  std::vector<std::vector<std::uint32_t>> priorities;
  std::vector<Unplaced> unplaced;  ///< per node: why it is under none, or Unplaced::no
};

/// Places every node of `model`. Ids that name no priority are ignored (the graph stage reports
/// them), so a model with errors is placed as far as it can be.
Placement place_under_priorities(const Model& model, const Graph& graph);

/// Why node `n` is under no priority, as a clause for a reader: "no activity leads to it", "the
/// activity that leads to it, 'x', names no priority", ...; empty when it is under one.
std::string why_unplaced(const Model& model, const Graph& graph, const Placement& placement, NodeIndex n);

}  // namespace toc
