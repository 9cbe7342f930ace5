#include "view/view.h"

#include <algorithm>
#include <deque>
#include <optional>
#include <set>

#include <fmt/format.h>

#include "base/suggest.h"

namespace toc {

namespace {

/// Reports the id given to `option` that names none of `entities` (what the id should be).
template <typename Entities>
void unknown_option(Diagnostics& diagnostics, std::string_view option, const std::string& id, const Entities& entities,
                    std::string_view what) {
  std::vector<std::string_view> candidates;
  for (const auto& entity : entities) candidates.push_back(entity.id);
  diagnostics.error("unknown-id", {}, fmt::format("{} '{}' is not {} of the model", option, id, what),
                    did_you_mean(id, candidates));
}

/// Nodes at most `depth` arrows from `focus`, following arrows both ways (feedback ignored).
/// Upstream and downstream are searched separately: a sibling reached by going up and then
/// down is not on a pathway through the focus.
std::vector<char> near(const Model& model, const Graph& graph, NodeIndex focus, int depth) {
  std::vector<char> seen(model.nodes.size(), 0);
  seen[focus] = 1;
  for (const bool downstream : {true, false}) {
    std::vector<char> side(model.nodes.size(), 0);
    std::deque<std::pair<NodeIndex, int>> todo{{focus, 0}};
    while (!todo.empty()) {
      const auto [at, distance] = todo.front();
      todo.pop_front();
      if (distance == depth) continue;
      for (const LinkIndex l : downstream ? graph.out_links(at) : graph.in_links(at)) {
        const Link& link = model.links[l];
        const NodeIndex next = downstream ? link.to_node : link.from_node;
        if (link.feedback || side[next]) continue;
        side[next] = seen[next] = 1;
        todo.emplace_back(next, distance + 1);
      }
    }
  }
  return seen;
}

/// A view that shows nothing: the answer to an option that names an unknown id.
View nothing(std::size_t count) {
  View view;
  view.shows.assign(count, 0);
  return view;
}

/// The activities under `priority` and all they lead to; nothing after reporting an unknown priority.
std::optional<std::vector<char>> priority_nodes(const Model& model, const Graph& graph, const std::string& priority,
                                                Diagnostics& diagnostics) {
  const bool known = std::any_of(model.priorities.begin(), model.priorities.end(),
                                 [&](const Priority& p) { return p.id == priority; });
  if (!known) {
    unknown_option(diagnostics, "--priority", priority, model.priorities, "a priority");
    return std::nullopt;
  }
  return graph.reachable_from([&](NodeIndex n) {
    const Node& node = model.nodes[n];
    return node.kind == Kind::activity &&
           std::any_of(node.priorities.begin(), node.priorities.end(), [&](const Ref& r) { return r.id == priority; });
  });
}

/// The focus node, all that leads to it and all it leads to (with a depth, only that near);
/// nothing after reporting an unknown node.
std::optional<std::vector<char>> focus_nodes(const Model& model, const Graph& graph, const ViewOptions& options,
                                             Diagnostics& diagnostics) {
  const NodeIndex focus = graph.find(options.focus);
  if (focus == no_node) {
    unknown_option(diagnostics, "--focus", options.focus, model.nodes, "a node");
    return std::nullopt;
  }
  if (options.depth) return near(model, graph, focus, *options.depth);
  const std::vector<char> up = graph.can_reach([&](NodeIndex n) { return n == focus; });
  const std::vector<char> down = graph.reachable_from([&](NodeIndex n) { return n == focus; });
  std::vector<char> around(model.nodes.size());
  for (std::size_t n = 0; n < around.size(); ++n) around[n] = up[n] || down[n];
  return around;
}

/// Per node: its kind is one of `levels`, or `levels` is empty (every level is shown).
std::vector<char> visible_levels(const Model& model, const std::vector<Kind>& levels) {
  std::vector<char> visible(model.nodes.size(), 1);
  if (levels.empty()) return visible;
  for (std::size_t n = 0; n < visible.size(); ++n) {
    visible[n] = std::find(levels.begin(), levels.end(), model.nodes[n].kind) != levels.end();
  }
  return visible;
}

/// The model links between the nodes the view shows.
void add_direct_links(const Model& model, const Graph& graph, const std::vector<char>& visible, View& view) {
  for (const NodeIndex from : view.nodes) {
    for (const LinkIndex l : graph.out_links(from)) {
      const NodeIndex to = model.links[l].to_node;
      if (view.shows[to] && visible[to]) view.links.push_back({from, to, l});
    }
  }
}

/// The visible nodes other than `from` that `from` reaches through hidden levels only,
/// following arrows forward (feedback ignored) among the nodes the view shows.
std::set<NodeIndex> reached_through_hidden(const Model& model, const Graph& graph, const std::vector<char>& visible,
                                           const View& view, NodeIndex from) {
  std::set<NodeIndex> reached;
  std::vector<NodeIndex> todo{from};  // `from`, then hidden nodes still to expand
  std::set<NodeIndex> expanded;
  while (!todo.empty()) {
    const NodeIndex at = todo.back();
    todo.pop_back();
    if (!expanded.insert(at).second) continue;
    for (const LinkIndex l : graph.out_links(at)) {
      const Link& link = model.links[l];
      if (link.feedback || !view.shows[link.to_node]) continue;
      if (!visible[link.to_node]) {
        todo.push_back(link.to_node);
      } else if (at != from && link.to_node != from) {
        reached.insert(link.to_node);  // from `from` itself, a visible node is a direct link
      }
    }
  }
  return reached;
}

/// Hidden levels: arrows through their nodes become arrows between the nodes that stay, unless
/// a model link already joins the two.
void add_paths(const Model& model, const Graph& graph, const std::vector<char>& visible, View& view) {
  std::set<std::pair<NodeIndex, NodeIndex>> paths;
  for (const NodeIndex from : view.nodes) {
    for (const NodeIndex to : reached_through_hidden(model, graph, visible, view, from)) paths.insert({from, to});
  }
  for (const auto& [from, to] : paths) {
    // Captured by name: clang 14 cannot capture a structured binding implicitly.
    const bool direct = std::any_of(view.links.begin(), view.links.end(), [&from = from, &to = to](const ViewLink& v) {
      return v.from == from && v.to == to;
    });
    if (!direct) view.links.push_back({from, to});
  }
}

}  // namespace

bool parse_levels(const std::string& text, std::vector<Kind>& levels, std::string& bad) {
  levels.clear();
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t comma = std::min(text.find(',', start), text.size());
    const std::string name = text.substr(start, comma - start);
    const auto kind =
        std::find_if(std::begin(all_kinds), std::end(all_kinds), [&](Kind k) { return to_string(k) == name; });
    if (kind == std::end(all_kinds)) {
      bad = name;
      return false;
    }
    levels.push_back(*kind);
    start = comma + 1;
  }
  return true;
}

View make_view(const Model& model, const Graph& graph, const ViewOptions& options, Diagnostics& diagnostics) {
  const std::size_t count = model.nodes.size();
  View view;
  view.shows.assign(count, 1);
  if (!options.priority.empty()) {
    std::optional<std::vector<char>> serving = priority_nodes(model, graph, options.priority, diagnostics);
    if (!serving) return nothing(count);
    view.shows = std::move(*serving);
  }
  if (!options.focus.empty()) {
    const std::optional<std::vector<char>> around = focus_nodes(model, graph, options, diagnostics);
    if (!around) return nothing(count);
    for (std::size_t n = 0; n < count; ++n) view.shows[n] = view.shows[n] && (*around)[n];
  }
  if (options.only.size() == count) {
    for (std::size_t n = 0; n < count; ++n) view.shows[n] = view.shows[n] && options.only[n];
  }
  // Hidden levels: their nodes go, and arrows through them become arrows between what stays.
  const std::vector<char> visible = visible_levels(model, options.levels);
  for (NodeIndex n = 0; n < count; ++n) {
    if (view.shows[n] && visible[n]) view.nodes.push_back(n);
  }
  add_direct_links(model, graph, visible, view);
  add_paths(model, graph, visible, view);
  return view;
}

}  // namespace toc
