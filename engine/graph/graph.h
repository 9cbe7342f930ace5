// Stage "graph": resolves ids, merges leads_to with [[link]] and builds the directed graph.
// Boost.Graph stays inside graph.cpp; the rest of the engine speaks node and link indices.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/diagnostic.h"
#include "model/model.h"

namespace toc {

using LinkIndex = std::uint32_t;

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
  friend Graph build_graph(Model& model, Diagnostics& diagnostics);
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Builds the graph of `model`. Reports duplicate-id, unknown-id and duplicate-link.
/// Afterwards Model::links holds one link per arrow (leads_to and [[link]] merged), each
/// with from_node/to_node set; links whose ends do not resolve are dropped.
Graph build_graph(Model& model, Diagnostics& diagnostics);

}  // namespace toc
