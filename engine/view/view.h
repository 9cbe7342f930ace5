// Stage "view": a projection of the model — which nodes and arrows a product shows. A view
// holds indices into the model, never copies of it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "graph/graph.h"
#include "model/model.h"

namespace toc {

/// What to show. Empty options show the whole model.
struct ViewOptions {
  std::string priority;      ///< that priority's activities and all they lead to
  std::string focus;         ///< the node, all that leads to it and all it leads to
  std::optional<int> depth;  ///< with `focus`: at most this many arrows away
  std::vector<Kind> levels;  ///< only these kinds; arrows through hidden nodes are kept
  /// Per node: may be shown (1) or not (0); empty: every node may. For a part of a bigger view
  /// (a printed page); arrows through the nodes it leaves out are not drawn.
  std::vector<char> only = {};
};

/// An arrow of a view: a model link, or (when levels are hidden) a path through hidden nodes.
struct ViewLink {
  NodeIndex from = no_node;
  NodeIndex to = no_node;
  /// The model link this arrow is, or no_link for an arrow that stands for a path through
  /// hidden nodes.
  LinkIndex link = UINT32_MAX;
  bool is_path() const { return link == UINT32_MAX; }
};

struct View {
  std::vector<char> shows;       ///< per node: shown or not
  std::vector<NodeIndex> nodes;  ///< the shown nodes, in model order
  std::vector<ViewLink> links;   ///< arrows between shown nodes
};

/// Builds the view of `model` that `options` asks for. Unknown ids in the options are reported
/// as unknown-id errors (with a suggestion) and give an empty view.
View make_view(const Model& model, const Graph& graph, const ViewOptions& options, Diagnostics& diagnostics);

/// Parses "outcome,impact" into kinds; returns false (and the bad name) on an unknown kind.
bool parse_levels(const std::string& text, std::vector<Kind>& levels, std::string& bad);

}  // namespace toc
