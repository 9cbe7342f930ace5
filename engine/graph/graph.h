// Stage "graph": the resolved model's arrows as a directed graph, with what resolving learned
// (model/resolve.h). The graph never changes the model. Boost.Graph stays inside graph.cpp; the
// rest of the engine speaks node and link indices.
#pragma once

#include <functional>
#include <memory>
#include <string_view>
#include <vector>

#include "model/model.h"
#include "model/resolve.h"

namespace toc {

/// The model's arrows as a directed graph over node indices (positions in Model::nodes).
class Graph {
 public:
  Graph();
  Graph(Graph&&) noexcept;
  Graph& operator=(Graph&&) noexcept;
  ~Graph();

  std::size_t node_count() const;
  /// The node with `id`, or no_node.
  NodeIndex find(std::string_view id) const;

  std::size_t in_degree(NodeIndex node) const;
  std::size_t out_degree(NodeIndex node) const;
  /// References to another model's nodes (`<model-id>:<node-id>`) that a model checked on its
  /// own left unresolved; a workspace resolves them.
  std::size_t outside_references() const;
  /// A leads_to entry of `node` names an unknown id (NodeFacts::leads_to_unknown).
  bool leads_to_unknown(NodeIndex node) const;
  /// `node` leads to, or is supported from, another model's node (NodeFacts).
  bool leads_outside(NodeIndex node) const;
  bool supported_outside(NodeIndex node) const;

  /// Links leaving / entering `node`, as indices into Model::links.
  std::vector<LinkIndex> out_links(NodeIndex node) const;
  std::vector<LinkIndex> in_links(NodeIndex node) const;

  /// Which nodes can reach a node for which `is_target` holds, following links forward
  /// and ignoring feedback links. result[n] != 0 when node n can.
  std::vector<char> can_reach(const std::function<bool(NodeIndex)>& is_target) const;
  /// Which nodes are reachable from a node for which `is_source` holds (feedback ignored).
  std::vector<char> reachable_from(const std::function<bool(NodeIndex)>& is_source) const;

  /// One closed path per group of nodes that lead back to themselves, following only
  /// links for which `follow` holds; each path starts and ends at the same node.
  std::vector<std::vector<LinkIndex>> cycles(const std::function<bool(LinkIndex)>& follow) const;

 private:
  friend Graph build_graph(const Model& model, Resolution resolution);
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// The graph of `model`'s links, once resolve_model(model) has given `resolution`. The graph
/// keeps the resolution's id index and node facts; it never changes the model.
Graph build_graph(const Model& model, Resolution resolution);

}  // namespace toc
