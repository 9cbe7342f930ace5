#include "products/paths/paths.h"

#include <algorithm>
#include <functional>

#include <fmt/format.h>

#include "base/reading_order.h"
#include "base/suggest.h"

namespace toc {

namespace {

using Count = std::uint64_t;
constexpr Count count_cap = UINT64_MAX;

/// Which nodes a pathway may step into: chains that start before any activity stop at
/// activities (the activity's own pathways cover the rest), except at the node asked about.
using Enters = std::function<bool(NodeIndex)>;

/// Where a listing starts and which nodes its pathways may step into.
struct Start {
  NodeIndex node = no_node;
  bool stops_at_activities = false;
};

/// Pathway counts per node: how many pathways run from the node to an end, found by one
/// depth-first pass that is linear in the model however many pathways there are. Iterative,
/// so a chain of 100,000 nodes cannot overflow the stack.
class PathCounter {
 public:
  PathCounter(const Model& model, const Graph& graph, std::function<bool(NodeIndex)> ends, Enters enters)
      : model_(model),
        graph_(graph),
        ends_(std::move(ends)),
        enters_(std::move(enters)),
        counts_(model.nodes.size(), 0),
        state_(model.nodes.size(), unvisited) {}

  /// The pathways from `node` to an end (counting `node` itself when it is an end).
  Count count(NodeIndex node) {
    if (state_[node] == unvisited) visit(node);
    return counts_[node];
  }
  /// The links a pathway may take out of `node`, in reading order: not feedback, into a node it
  /// may enter, and on towards an end. Only valid after count(node).
  std::vector<LinkIndex> onward(NodeIndex node) const {
    std::vector<LinkIndex> result;
    for (const LinkIndex l : graph_.out_links(node)) {
      const Link& link = model_.links[l];
      if (!link.feedback && enters_(link.to_node) && counts_[link.to_node] > 0) result.push_back(l);
    }
    sort_as_written(result, [&](LinkIndex l) { return model_.links[l].range; });
    return result;
  }
  bool ends(NodeIndex node) const { return ends_(node); }
  bool capped() const { return capped_; }
  /// A node met again while its own pathways were being counted, or no_node.
  NodeIndex cycle() const { return cycle_; }

 private:
  enum State : char { unvisited, counting, counted };
  struct Frame {
    NodeIndex node;
    std::vector<LinkIndex> out;
    std::size_t next = 0;
  };

  void visit(NodeIndex root) {
    std::vector<Frame> stack;
    push(stack, root);
    while (!stack.empty()) {
      Frame& top = stack.back();
      if (top.next < top.out.size()) {
        const Link& link = model_.links[top.out[top.next++]];
        if (link.feedback || !enters_(link.to_node)) continue;
        if (state_[link.to_node] == counting && cycle_ == no_node) cycle_ = link.to_node;
        if (state_[link.to_node] == unvisited) push(stack, link.to_node);
        continue;
      }
      finish(top);
      stack.pop_back();
    }
  }
  void push(std::vector<Frame>& stack, NodeIndex node) {
    state_[node] = counting;
    stack.push_back({node, graph_.out_links(node)});
  }
  void finish(const Frame& frame) {
    Count total = ends_(frame.node) ? 1 : 0;
    for (const LinkIndex l : frame.out) {
      const Link& link = model_.links[l];
      // A node still being counted closes a cycle; it adds nothing (the cycle is reported).
      if (link.feedback || !enters_(link.to_node) || state_[link.to_node] != counted) continue;
      total = add(total, counts_[link.to_node]);
    }
    counts_[frame.node] = total;
    state_[frame.node] = counted;
  }
  Count add(Count a, Count b) {
    if (a > count_cap - b) {
      capped_ = true;
      return count_cap;
    }
    return a + b;
  }

  const Model& model_;
  const Graph& graph_;
  std::function<bool(NodeIndex)> ends_;
  Enters enters_;
  std::vector<Count> counts_;
  std::vector<State> state_;
  bool capped_ = false;
  NodeIndex cycle_ = no_node;
};

/// Resolves an id given on the command line, reporting an unknown one with a suggestion.
NodeIndex resolve(const Model& model, const Graph& graph, std::string_view option, const std::string& id,
                  Diagnostics& diagnostics) {
  if (id.empty()) return no_node;
  const NodeIndex node = graph.find(id);
  if (node != no_node) return node;
  std::vector<std::string_view> ids;
  ids.reserve(model.nodes.size());
  for (const Node& n : model.nodes) ids.push_back(n.id);
  diagnostics.error("unknown-id", {}, fmt::format("{} '{}' is not a node of the model", option, id),
                    did_you_mean(id, ids));
  return no_node;
}

bool has_incoming_arrow(const Model& model, const Graph& graph, NodeIndex node) {
  const std::vector<LinkIndex> in = graph.in_links(node);
  return std::any_of(in.begin(), in.end(), [&](LinkIndex l) { return !model.links[l].feedback; });
}

/// With `from`: that node alone. Otherwise every activity, and every other node with no
/// incoming arrow (whose pathways then stop at activities), in reading order.
std::vector<Start> starts(const Model& model, const Graph& graph, NodeIndex from) {
  if (from != no_node) return {{from, false}};
  std::vector<Start> result;
  for (NodeIndex n = 0; n < model.nodes.size(); ++n) {
    if (model.nodes[n].kind == Kind::activity) {
      result.push_back({n, false});
    } else if (!has_incoming_arrow(model, graph, n)) {
      result.push_back({n, true});
    }
  }
  sort_as_written(result, [&](const Start& start) { return model.nodes[start.node].range; });
  return result;
}

Pathway make_pathway(const Model& model, std::vector<LinkIndex> links) {
  Pathway pathway;
  pathway.links = std::move(links);
  // Strength's enum order runs weakest first; unspecified (stated nowhere) is not ranked.
  const auto strength = [&](std::size_t i) { return model.links[pathway.links[i]].strength; };
  for (std::size_t i = 0; i < pathway.links.size(); ++i) {
    const bool outcome_step = is_outcome_step(model, model.links[pathway.links[i]]);
    pathway.outcome_steps += outcome_step ? 1 : 0;
    if (strength(i) == Strength::unspecified) {
      pathway.unstated += outcome_step ? 1 : 0;
    } else if (pathway.weakest == Pathway::no_step || strength(i) < strength(pathway.weakest)) {
      pathway.weakest = i;
      pathway.weakest_ties = 1;
    } else if (strength(i) == strength(pathway.weakest)) {
      ++pathway.weakest_ties;
    }
  }
  return pathway;
}

/// Lists pathways from `start` depth-first until `paths` holds `limit`. Only links with
/// pathways beyond them are followed, so every step taken leads to a pathway: listing costs
/// time in proportion to what is listed, never to what is left out.
void list_pathways(const Model& model, PathCounter& counter, NodeIndex start, std::size_t limit, Paths& paths) {
  struct Frame {
    std::vector<LinkIndex> out;
    std::size_t next = 0;
  };
  std::vector<Frame> stack{{counter.onward(start)}};
  std::vector<LinkIndex> steps;
  while (!stack.empty() && paths.pathways.size() < limit) {
    Frame& top = stack.back();
    if (top.next == top.out.size()) {
      stack.pop_back();
      if (!steps.empty()) steps.pop_back();
      continue;
    }
    const LinkIndex l = top.out[top.next++];
    const NodeIndex next = model.links[l].to_node;
    steps.push_back(l);
    if (counter.ends(next)) paths.pathways.push_back(make_pathway(model, steps));
    stack.push_back({counter.onward(next)});
  }
}

}  // namespace

std::string_view describe_strength(Strength strength) {
  return strength == Strength::unspecified ? "unspecified" : to_string(strength);
}

Paths find_paths(const Model& model, const Graph& graph, const PathsQuery& query, Diagnostics& diagnostics) {
  Paths paths;
  paths.from = resolve(model, graph, "--from", query.from, diagnostics);
  paths.to = resolve(model, graph, "--to", query.to, diagnostics);
  if (diagnostics.has_errors()) return paths;

  const NodeIndex to = paths.to;
  const auto ends = [&model, to](NodeIndex n) { return to == no_node ? model.nodes[n].kind == Kind::impact : n == to; };
  PathCounter open(model, graph, ends, [](NodeIndex) { return true; });
  PathCounter before_activities(model, graph, ends,
                                [&model, to](NodeIndex n) { return n == to || model.nodes[n].kind != Kind::activity; });

  const std::vector<Start> from = starts(model, graph, paths.from);
  for (const Start& start : from) {
    PathCounter& counter = start.stops_at_activities ? before_activities : open;
    const Count found = counter.count(start.node);
    // A start that is itself an end is not a pathway: a pathway takes at least one step.
    const Count beyond = found == count_cap ? found : found - (counter.ends(start.node) ? 1 : 0);
    if (paths.total > count_cap - beyond) paths.total_capped = true;
    paths.total = paths.total_capped ? count_cap : paths.total + beyond;
  }
  paths.total_capped = paths.total_capped || open.capped() || before_activities.capped();

  for (const PathCounter* counter : {&open, &before_activities}) {
    if (counter->cycle() == no_node) continue;
    const Node& node = model.nodes[counter->cycle()];
    diagnostics.error(
        "cycle", node.range,
        fmt::format("'{}' leads back to itself without a feedback link, so its pathways cannot be listed", node.id),
        "run 'toc check' to see the cycle");
    paths.total = 0;
    return paths;
  }

  for (const Start& start : from) {
    PathCounter& counter = start.stops_at_activities ? before_activities : open;
    if (counter.count(start.node) > 0) list_pathways(model, counter, start.node, query.limit, paths);
  }
  return paths;
}

}  // namespace toc
