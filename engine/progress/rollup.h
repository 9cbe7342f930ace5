// Rolling indicator statuses up the theory of change, and the pathway finding: delivery on track,
// the outcome it should move not moving (docs/progress.md, "Roll-up").
#pragma once

#include <vector>

#include "graph/graph.h"
#include "model/model.h"
#include "progress/progress.h"

namespace toc {

/// Whether a status says the indicator is going well (achieved, on track, improving) or badly
/// (off track, concern, not moving); `behind` and the unjudged statuses are neither.
bool going_well(Status status);
bool going_badly(Status status);

/// The priorities a node is under: its own; for an output, which names none, those of the
/// activities that lead to it.
std::vector<std::string_view> priorities_of(const Model& model, const Graph& graph, NodeIndex node);

/// One Rollup per node that indicators measure (model order), then one per priority with any.
std::vector<Rollup> roll_up(const Model& model, const Graph& graph, const Progress& progress);

/// Every step into an outcome or impact whose upstream indicators all go well while the
/// outcome's judged indicators all go badly (see PathwayFinding).
std::vector<PathwayFinding> find_failing_pathways(const Model& model, const Graph& graph, const Progress& progress);

}  // namespace toc
