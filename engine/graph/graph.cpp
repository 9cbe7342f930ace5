#include "graph/graph.h"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/reverse_graph.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/range/iterator_range.hpp>

#include <algorithm>
#include <deque>
#include <optional>

namespace toc {

namespace {

struct EdgeData {
  LinkIndex link = 0;
};
// The graph is built once and never changes, so a compressed sparse row layout fits: two
// flat arrays, built from the edge list in linear time.
using BoostGraph = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property, EdgeData>;
using Edge = BoostGraph::edge_descriptor;
using Vertex = BoostGraph::vertex_descriptor;

/// Keeps the edges whose link is not a feedback link (a deliberate loop back).
struct NotFeedback {
  const BoostGraph* graph = nullptr;
  const std::vector<char>* feedback = nullptr;
  bool operator()(Edge edge) const { return !(*feedback)[(*graph)[edge].link]; }
};

}  // namespace

struct Graph::Impl {
  BoostGraph graph;
  std::vector<char> feedback;  ///< per link
  Resolution resolution;

  /// What resolving learned about `node`; nothing for a node the graph does not hold.
  NodeFacts facts(NodeIndex node) const {
    return node < resolution.nodes.size() ? resolution.nodes[node] : NodeFacts{};
  }
};

Graph::Graph() : impl_(std::make_unique<Impl>()) {}
Graph::Graph(Graph&&) noexcept = default;
Graph& Graph::operator=(Graph&&) noexcept = default;
Graph::~Graph() = default;

std::size_t Graph::node_count() const { return boost::num_vertices(impl_->graph); }

NodeIndex Graph::find(std::string_view id) const {
  const auto it = impl_->resolution.ids.find(id);
  return it == impl_->resolution.ids.end() ? no_node : it->second.node;
}

std::size_t Graph::outside_references() const { return impl_->resolution.outside_references; }
bool Graph::leads_to_unknown(NodeIndex node) const { return impl_->facts(node).leads_to_unknown; }
bool Graph::leads_outside(NodeIndex node) const { return impl_->facts(node).leads_outside; }
bool Graph::supported_outside(NodeIndex node) const { return impl_->facts(node).supported_outside; }
std::size_t Graph::in_degree(NodeIndex node) const { return boost::in_degree(Vertex{node}, impl_->graph); }
std::size_t Graph::out_degree(NodeIndex node) const { return boost::out_degree(Vertex{node}, impl_->graph); }

std::vector<LinkIndex> Graph::out_links(NodeIndex node) const {
  std::vector<LinkIndex> links;
  for (const Edge edge : boost::make_iterator_range(boost::out_edges(Vertex{node}, impl_->graph))) {
    links.push_back(impl_->graph[edge].link);
  }
  return links;
}

std::vector<LinkIndex> Graph::in_links(NodeIndex node) const {
  std::vector<LinkIndex> links;
  for (const Edge edge : boost::make_iterator_range(boost::in_edges(Vertex{node}, impl_->graph))) {
    links.push_back(impl_->graph[edge].link);
  }
  return links;
}

namespace {

/// Marks every vertex a breadth-first search discovers.
class MarkVisitor : public boost::default_bfs_visitor {
 public:
  explicit MarkVisitor(std::vector<char>& seen) : seen_(&seen) {}
  template <typename Vertex, typename G>
  void discover_vertex(Vertex vertex, const G&) const {
    (*seen_)[vertex] = 1;
  }

 private:
  std::vector<char>* seen_;
};

template <typename G>
std::vector<char> search_from(const G& graph, std::size_t count, const std::function<bool(NodeIndex)>& is_start) {
  std::vector<char> seen(count, 0);
  std::vector<NodeIndex> starts;
  for (NodeIndex n = 0; n < count; ++n) {
    if (is_start(n)) starts.push_back(n);
  }
  if (starts.empty()) return seen;
  std::vector<boost::default_color_type> colors(count, boost::white_color);
  boost::queue<NodeIndex> queue;
  const auto color_map = boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, graph));
  boost::breadth_first_search(graph, starts.begin(), starts.end(), queue, MarkVisitor(seen), color_map);
  return seen;
}

}  // namespace

std::vector<char> Graph::can_reach(const std::function<bool(NodeIndex)>& is_target) const {
  const boost::filtered_graph<BoostGraph, NotFeedback> forward(impl_->graph, {&impl_->graph, &impl_->feedback});
  return search_from(boost::make_reverse_graph(forward), node_count(), is_target);
}

std::vector<char> Graph::reachable_from(const std::function<bool(NodeIndex)>& is_source) const {
  const boost::filtered_graph<BoostGraph, NotFeedback> forward(impl_->graph, {&impl_->graph, &impl_->feedback});
  return search_from(forward, node_count(), is_source);
}

namespace {

/// The graph with only the arrows whose links a caller follows.
using LinkGraph = boost::filtered_graph<BoostGraph, std::function<bool(Edge)>>;

/// The link of an arrow from `node` to itself, if there is one.
std::optional<LinkIndex> self_link(const LinkGraph& graph, NodeIndex node) {
  for (const Edge edge : boost::make_iterator_range(boost::out_edges(Vertex{node}, graph))) {
    if (boost::target(edge, graph) == node) return graph[edge].link;
  }
  return std::nullopt;
}

/// Shortest paths from a node back to itself inside its strongly connected component, by
/// breadth-first search. The scratch space is shared by all searches: only the touched entries
/// are reset after each.
class CycleFinder {
 public:
  CycleFinder(const LinkGraph& graph, const std::vector<std::size_t>& component)
      : graph_(graph), component_(component), via_(component.size()), seen_(component.size(), 0) {}

  /// The links of a shortest cycle through `start`, in order; empty when there is none. Every
  /// node of a component of two or more nodes lies on a cycle, so those always have one.
  std::vector<LinkIndex> through(NodeIndex start) {
    std::vector<LinkIndex> path;
    if (const std::optional<Edge> closing = search(start)) {
      path.push_back(graph_[*closing].link);
      for (NodeIndex at = source(*closing); at != start; at = source(via_[at])) path.push_back(graph_[via_[at]].link);
      std::reverse(path.begin(), path.end());
    }
    for (const NodeIndex n : touched_) seen_[n] = 0;
    touched_.clear();
    return path;
  }

 private:
  NodeIndex source(Edge edge) const { return static_cast<NodeIndex>(boost::source(edge, graph_)); }

  /// The arrow that closes a shortest path from `start` back to itself; via_ holds, for every
  /// node the search reached, the arrow it was reached by.
  std::optional<Edge> search(NodeIndex start) {
    std::deque<NodeIndex> queue{start};
    while (!queue.empty()) {
      const NodeIndex at = queue.front();
      queue.pop_front();
      for (const Edge edge : boost::make_iterator_range(boost::out_edges(Vertex{at}, graph_))) {
        const NodeIndex next = static_cast<NodeIndex>(boost::target(edge, graph_));
        if (component_[next] != component_[start]) continue;
        if (next == start) return edge;
        if (seen_[next]) continue;
        seen_[next] = 1;
        touched_.push_back(next);
        via_[next] = edge;
        queue.push_back(next);
      }
    }
    return std::nullopt;
  }

  const LinkGraph& graph_;
  const std::vector<std::size_t>& component_;
  std::vector<Edge> via_;
  std::vector<char> seen_;
  std::vector<NodeIndex> touched_;
};

}  // namespace

std::vector<std::vector<LinkIndex>> Graph::cycles(const std::function<bool(LinkIndex)>& follow) const {
  const BoostGraph& g = impl_->graph;
  const std::function<bool(Edge)> keep = [&](Edge edge) { return follow(g[edge].link); };
  const LinkGraph graph(g, keep);
  std::vector<std::size_t> component(node_count());
  const std::size_t components = boost::strong_components(
      graph, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, graph)));
  std::vector<std::size_t> size(components, 0);
  for (const std::size_t c : component) ++size[c];

  std::vector<std::vector<LinkIndex>> result;
  std::vector<char> reported(components, 0);
  CycleFinder finder(graph, component);
  for (NodeIndex start = 0; start < component.size(); ++start) {
    const std::size_t c = component[start];
    if (reported[c]) continue;
    reported[c] = 1;
    if (size[c] > 1) {
      result.push_back(finder.through(start));
    } else if (const std::optional<LinkIndex> link = self_link(graph, start)) {
      result.push_back({*link});  // a lone node is a cycle only when it leads to itself
    }
  }
  return result;
}

Graph build_graph(const Model& model, Resolution resolution) {
  Graph result;
  Graph::Impl& impl = *result.impl_;
  std::vector<std::pair<NodeIndex, NodeIndex>> edges;
  std::vector<EdgeData> data;
  edges.reserve(model.links.size());
  data.reserve(model.links.size());
  impl.feedback.reserve(model.links.size());
  for (LinkIndex l = 0; l < model.links.size(); ++l) {
    const Link& link = model.links[l];
    impl.feedback.push_back(link.feedback ? 1 : 0);
    // resolve_model gives every link its ends; a model it did not resolve has no arrows to draw.
    if (link.from_node >= model.nodes.size() || link.to_node >= model.nodes.size()) continue;
    edges.emplace_back(link.from_node, link.to_node);
    data.push_back({l});
  }
  impl.graph =
      BoostGraph(boost::edges_are_unsorted_multi_pass, edges.begin(), edges.end(), data.begin(), model.nodes.size());
  impl.resolution = std::move(resolution);
  return result;
}

}  // namespace toc
