#include "graph/graph.h"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/range/iterator_range.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/reverse_graph.hpp>
#include <boost/graph/strong_components.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <deque>

#include "base/flat_map.h"
#include "base/suggest.h"

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

/// Every id of the model: what it names (for messages like "'x' is a priority, not a node"),
/// where it is defined, and for nodes their index.
struct IdEntry {
  std::string_view what;
  SourceRange range;
  NodeIndex node = no_node;
};
using IdMap = IdTable<IdEntry>;

}  // namespace

struct Graph::Impl {
  BoostGraph graph;
  std::vector<char> feedback;  ///< per link
  IdMap ids;
  std::size_t outside = 0;
};

Graph::Graph() : impl_(std::make_unique<Impl>()) {}
Graph::Graph(Graph&&) noexcept = default;
Graph& Graph::operator=(Graph&&) noexcept = default;
Graph::~Graph() = default;

std::size_t Graph::node_count() const { return boost::num_vertices(impl_->graph); }

NodeIndex Graph::find(std::string_view id) const {
  const auto it = impl_->ids.find(id);
  return it == impl_->ids.end() ? no_node : it->second.node;
}

std::size_t Graph::outside_references() const { return impl_->outside; }
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
  void discover_vertex(Vertex vertex, const G&) const { (*seen_)[vertex] = 1; }

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

std::vector<std::vector<LinkIndex>> Graph::cycles(const std::function<bool(LinkIndex)>& follow) const {
  const BoostGraph& g = impl_->graph;
  const std::function<bool(Edge)> keep = [&](Edge edge) { return follow(g[edge].link); };
  const boost::filtered_graph<BoostGraph, std::function<bool(Edge)>> graph(g, keep);
  const std::size_t count = node_count();
  std::vector<std::size_t> component(count);
  const std::size_t components = boost::strong_components(
      graph, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, graph)));

  std::vector<std::size_t> size(components, 0);
  for (const std::size_t c : component) ++size[c];

  std::vector<std::vector<LinkIndex>> result;
  std::vector<char> reported(components, 0);
  // Scratch space for the searches, shared by all of them: only the touched entries are reset.
  std::vector<Edge> via(count);
  std::vector<char> seen(count, 0);
  std::vector<NodeIndex> touched;
  for (NodeIndex start = 0; start < count; ++start) {
    const std::size_t c = component[start];
    if (reported[c]) continue;
    if (size[c] == 1) {
      // A lone node is a cycle only when it leads to itself.
      for (const Edge edge : boost::make_iterator_range(boost::out_edges(Vertex{start}, graph))) {
        if (boost::target(edge, graph) == start) {
          result.push_back({g[edge].link});
          reported[c] = 1;
          break;
        }
      }
      continue;
    }
    // Shortest path from `start` back to itself inside its component, by breadth-first search;
    // every node of a component of two or more nodes lies on a cycle, so one is always found.
    std::deque<NodeIndex> queue{start};
    bool closed = false;
    Edge closing{};
    while (!queue.empty() && !closed) {
      const NodeIndex at = queue.front();
      queue.pop_front();
      for (const Edge edge : boost::make_iterator_range(boost::out_edges(Vertex{at}, graph))) {
        const NodeIndex next = static_cast<NodeIndex>(boost::target(edge, graph));
        if (component[next] != c) continue;
        if (next == start) {
          closing = edge;
          closed = true;
          break;
        }
        if (!seen[next]) {
          seen[next] = 1;
          touched.push_back(next);
          via[next] = edge;
          queue.push_back(next);
        }
      }
    }
    reported[c] = 1;
    std::vector<LinkIndex> path{g[closing].link};
    for (NodeIndex at = static_cast<NodeIndex>(boost::source(closing, graph)); at != start;
         at = static_cast<NodeIndex>(boost::source(via[at], graph))) {
      path.push_back(g[via[at]].link);
    }
    std::reverse(path.begin(), path.end());
    result.push_back(std::move(path));
    for (const NodeIndex n : touched) seen[n] = 0;
    touched.clear();
  }
  return result;
}

namespace {

class Resolver {
 public:
  Resolver(Model& model, Diagnostics& diagnostics, IdMap& ids) : model_(model), diagnostics_(diagnostics), ids_(ids) {}

  /// Registers every id, reporting duplicates with a note at the first definition. A node
  /// that repeats an id is dropped from the model: its arrows would be attributed to the
  /// wrong node, and its own warnings would only repeat the duplicate-id error.
  void register_ids() {
    std::vector<char> duplicate(model_.nodes.size(), 0);
    define_all(&duplicate);
    if (std::find(duplicate.begin(), duplicate.end(), 1) != duplicate.end()) {
      std::size_t n = 0;
      std::erase_if(model_.nodes, [&](const Node&) { return duplicate[n++] != 0; });
      ids_.clear();  // its views pointed into nodes that have moved
      define_all(nullptr);
    }
  }

  /// Reports `ref` unless it names an entity that is `what` ("priority", "principle").
  template <typename Context>
  void expect(const Ref& ref, std::string_view what, const Context& context) {
    const auto it = ids_.find(ref.id);
    if (it == ids_.end() || it->second.what != what) unknown(ref, context(), fmt::format("{} {}", article(what), what));
  }

  /// Reports an unknown reference. `context` reads like "'training' leads to".
  void unknown(const Ref& ref, std::string_view context, std::string_view expected) {
    const auto it = ids_.find(ref.id);
    if (it != ids_.end()) {
      diagnostics_.add({Severity::error, "unknown-id",
                        fmt::format("{} '{}', which is {} {}, not {}", context, ref.id, article(it->second.what),
                                    it->second.what, expected),
                        ref.range, {{it->second.range, fmt::format("'{}' is defined here", ref.id)}}, {}});
      return;
    }
    diagnostics_.error("unknown-id", ref.range, fmt::format("{} '{}', which is not defined", context, ref.id),
                       did_you_mean(ref.id, candidates(expected)));
  }

 private:
  static std::string_view article(std::string_view word) {
    return word.find_first_of("aeiou") == 0 ? "an" : "a";
  }

  /// Defines every id; with `duplicates`, reports repeats and marks repeated nodes in it.
  void define_all(std::vector<char>* duplicates) {
    ids_.reserve(model_.nodes.size() + model_.priorities.size() + model_.principles.size() + model_.indicators.size());
    const bool report = duplicates != nullptr;
    for (const Priority& priority : model_.priorities) define(priority.id, "priority", priority.range, report);
    for (const Principle& principle : model_.principles) define(principle.id, "principle", principle.range, report);
    for (NodeIndex n = 0; n < model_.nodes.size(); ++n) {
      const Node& node = model_.nodes[n];
      const bool added = define(node.id, to_string(node.kind), node.range, report, n);
      if (duplicates) (*duplicates)[n] = added ? 0 : 1;
    }
    for (const Indicator& indicator : model_.indicators) define(indicator.id, "indicator", indicator.range, report);
  }

  bool define(const std::string& id, std::string_view what, SourceRange range, bool report, NodeIndex node = no_node) {
    const auto [it, added] = ids_.emplace(id, IdEntry{what, range, node});
    if (!added && report) {
      diagnostics_.add({Severity::error, "duplicate-id",
                        fmt::format("'{}' is already defined as {} {}", id, article(it->second.what), it->second.what),
                        range, {{it->second.range, "first defined here"}},
                        "ids must be unique across the whole model, all files and kinds"});
    }
    return added;
  }

  /// Ids of the expected kind ("a node", "a priority", "a principle"), for suggestions.
  std::vector<std::string_view> candidates(std::string_view expected) const {
    std::vector<std::string_view> result;
    const std::string_view want = expected.substr(expected.find(' ') + 1);
    for (const auto& [id, entry] : ids_) {
      const bool is_node = entry.node != no_node;
      if (want == "node" ? is_node : entry.what == want) result.push_back(id);
    }
    return result;
  }

  Model& model_;
  Diagnostics& diagnostics_;
  IdMap& ids_;
};

}  // namespace

Graph build_graph(Model& model, Diagnostics& diagnostics) {
  Graph result;
  Graph::Impl& impl = *result.impl_;
  // A model checked on its own cannot see another model's nodes (`<model-id>:<node-id>`); only
  // a workspace, where every id is qualified, resolves them. A model may also name its own
  // entities that way, as other models do: those references are made bare.
  const std::string own_prefix = model.strategy.id + ":";
  const auto outside = [&](const Ref& ref) {
    const bool elsewhere = !model.is_workspace() && is_qualified(ref.id);
    impl.outside += elsewhere ? 1 : 0;
    return elsewhere;
  };
  if (!model.is_workspace()) {
    visit_ids(model, {}, nullptr, [&](Ref& ref) {
      if (ref.id.starts_with(own_prefix)) ref.id.erase(0, own_prefix.size());
    });
  }
  Resolver resolver(model, diagnostics, impl.ids);
  resolver.register_ids();

  // `context` is only called to word the message when the id is unknown (the rare case).
  const auto lookup = [&](const Ref& ref, const auto& context) {
    const NodeIndex n = result.find(ref.id);
    if (n == no_node) resolver.unknown(ref, context(), "a node");
    return n;
  };

  // One link per (from, to): leads_to entries first, then [[link]] tables annotate or add.
  std::vector<Link> annotations = std::move(model.links);
  std::vector<Link> links;
  std::size_t arrows = annotations.size();
  for (const Node& node : model.nodes) arrows += node.leads_to.size();
  links.reserve(arrows);
  FlatMap<std::uint64_t, LinkIndex> by_ends;  // key: from << 32 | to
  by_ends.reserve(model.nodes.size() * 2);
  const auto ends = [](NodeIndex from, NodeIndex to) { return std::uint64_t{from} << 32 | to; };
  std::vector<char> annotated;
  for (NodeIndex n = 0; n < model.nodes.size(); ++n) {
    Node& node = model.nodes[n];
    for (const Ref& target : node.leads_to) {
      if (outside(target)) {
        node.leads_outside = true;
        continue;
      }
      const NodeIndex to = lookup(target, [&] { return fmt::format("'{}' leads to", node.id); });
      if (to == no_node) {
        node.has_unknown_target = true;
        continue;
      }
      const auto [it, added] = by_ends.emplace(ends(n, to), static_cast<LinkIndex>(links.size()));
      if (!added) {
        diagnostics.add({Severity::warning, "duplicate-link", fmt::format("'{}' lists '{}' twice in leads_to", node.id, target.id),
                         target.range, {{links[it->second].range, "first listed here"}}, {}});
        continue;
      }
      Link link;
      link.from = {node.id, node.range};
      link.to = target;
      link.range = target.range;
      link.from_node = n;
      link.to_node = to;
      links.push_back(std::move(link));
      annotated.push_back(0);
    }
  }
  for (Link& link : annotations) {
    const bool from_outside = outside(link.from);
    const bool to_outside = outside(link.to);
    const NodeIndex from = from_outside ? no_node : lookup(link.from, [] { return std::string("a [[link]] comes from"); });
    const NodeIndex to = to_outside ? no_node : lookup(link.to, [] { return std::string("a [[link]] goes to"); });
    if (from_outside && to != no_node) model.nodes[to].supported_outside = true;
    if (to_outside && from != no_node) model.nodes[from].leads_outside = true;
    if (from == no_node || to == no_node) continue;
    link.from_node = from;
    link.to_node = to;
    const auto [it, added] = by_ends.emplace(ends(from, to), static_cast<LinkIndex>(links.size()));
    if (added) {
      links.push_back(std::move(link));
      annotated.push_back(1);
    } else if (annotated[it->second]) {
      diagnostics.add({Severity::warning, "duplicate-link",
                       fmt::format("a second [[link]] from '{}' to '{}'; only the first is used", link.from.id, link.to.id),
                       link.range, {{links[it->second].range, "first [[link]] here"}},
                       "merge the two [[link]] tables into one"});
    } else {
      // The [[link]] annotates an arrow listed in leads_to; diagnostics about it point at the table.
      links[it->second] = std::move(link);
      annotated[it->second] = 1;
    }
  }
  model.links = std::move(links);

  std::vector<std::pair<NodeIndex, NodeIndex>> edges;
  std::vector<EdgeData> data;
  edges.reserve(model.links.size());
  data.reserve(model.links.size());
  impl.feedback.reserve(model.links.size());
  for (LinkIndex l = 0; l < model.links.size(); ++l) {
    const Link& link = model.links[l];
    edges.emplace_back(link.from_node, link.to_node);
    data.push_back({l});
    impl.feedback.push_back(link.feedback ? 1 : 0);
  }
  impl.graph = BoostGraph(boost::edges_are_unsorted_multi_pass, edges.begin(), edges.end(), data.begin(),
                          model.nodes.size());

  // References that are not arrows: priorities, principles, rule selections and what indicators measure.
  for (const Node& node : model.nodes) {
    const auto is_under = [&] { return fmt::format("{} '{}' is under priority", to_string(node.kind), node.id); };
    const auto follows = [&] { return fmt::format("{} '{}' follows principle", to_string(node.kind), node.id); };
    for (const Ref& priority : node.priorities) {
      if (!outside(priority)) resolver.expect(priority, "priority", is_under);
    }
    for (const Ref& principle : node.principles) {
      if (!outside(principle)) resolver.expect(principle, "principle", follows);
    }
  }
  for (const Rule& rule : model.rules) {
    const auto selects = [&](std::string_view what) { return fmt::format("rule '{}' selects {}", rule.id, what); };
    for (const Selection* selection : {&rule.select, rule.of ? &*rule.of : nullptr}) {
      if (!selection) continue;
      const auto priority = [&] { return selects("priority"); };
      const auto principle = [&] { return selects("principle"); };
      for (const Ref& ref : selection->priorities) resolver.expect(ref, "priority", priority);
      for (const Ref& ref : selection->principles) resolver.expect(ref, "principle", principle);
    }
  }
  for (const Indicator& indicator : model.indicators) {
    for (const Ref& measured : indicator.measures) {
      if (!outside(measured)) lookup(measured, [&] { return fmt::format("indicator '{}' measures", indicator.id); });
    }
  }
  return result;
}

}  // namespace toc
