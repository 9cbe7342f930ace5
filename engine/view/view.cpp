#include "view/view.h"

#include <algorithm>
#include <deque>
#include <set>

#include <fmt/format.h>

#include "base/suggest.h"

namespace toc {

namespace {

void unknown_option(Diagnostics& diagnostics, std::string_view option, const std::string& id,
                    std::vector<std::string_view> candidates, std::string_view what) {
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

}  // namespace

bool parse_levels(const std::string& text, std::vector<Kind>& levels, std::string& bad) {
  levels.clear();
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t comma = std::min(text.find(',', start), text.size());
    const std::string name = text.substr(start, comma - start);
    const auto kind = std::find_if(std::begin(all_kinds), std::end(all_kinds),
                                   [&](Kind k) { return to_string(k) == name; });
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
    const bool known = std::any_of(model.priorities.begin(), model.priorities.end(),
                                   [&](const Priority& p) { return p.id == options.priority; });
    if (!known) {
      std::vector<std::string_view> ids;
      for (const Priority& p : model.priorities) ids.push_back(p.id);
      unknown_option(diagnostics, "--priority", options.priority, ids, "a priority");
      view.shows.assign(count, 0);
      return view;
    }
    const auto serves = [&](NodeIndex n) {
      const Node& node = model.nodes[n];
      return node.kind == Kind::activity &&
             std::any_of(node.priorities.begin(), node.priorities.end(), [&](const Ref& r) { return r.id == options.priority; });
    };
    view.shows = graph.reachable_from(serves);
  }

  if (!options.focus.empty()) {
    const NodeIndex focus = graph.find(options.focus);
    if (focus == no_node) {
      std::vector<std::string_view> ids;
      for (const Node& node : model.nodes) ids.push_back(node.id);
      unknown_option(diagnostics, "--focus", options.focus, ids, "a node");
      view.shows.assign(count, 0);
      return view;
    }
    std::vector<char> around;
    if (options.depth) {
      around = near(model, graph, focus, *options.depth);
    } else {
      const std::vector<char> up = graph.can_reach([&](NodeIndex n) { return n == focus; });
      const std::vector<char> down = graph.reachable_from([&](NodeIndex n) { return n == focus; });
      around.resize(count);
      for (std::size_t n = 0; n < count; ++n) around[n] = up[n] || down[n];
    }
    for (std::size_t n = 0; n < count; ++n) view.shows[n] = view.shows[n] && around[n];
  }

  // Hidden levels: their nodes go, and arrows through them become arrows between what stays.
  std::vector<char> visible(count, 1);
  if (!options.levels.empty()) {
    for (std::size_t n = 0; n < count; ++n) {
      visible[n] = std::find(options.levels.begin(), options.levels.end(), model.nodes[n].kind) != options.levels.end();
    }
  }
  for (NodeIndex n = 0; n < count; ++n) {
    if (view.shows[n] && visible[n]) view.nodes.push_back(n);
  }

  std::set<std::pair<NodeIndex, NodeIndex>> paths;
  for (const NodeIndex from : view.nodes) {
    std::vector<NodeIndex> through;  // hidden nodes reached from `from`, still to expand
    std::set<NodeIndex> expanded;
    for (const LinkIndex l : graph.out_links(from)) {
      const Link& link = model.links[l];
      if (!view.shows[link.to_node]) continue;
      if (visible[link.to_node]) {
        view.links.push_back({from, link.to_node, l});
      } else if (!link.feedback) {
        through.push_back(link.to_node);
      }
    }
    while (!through.empty()) {
      const NodeIndex at = through.back();
      through.pop_back();
      if (!expanded.insert(at).second) continue;
      for (const LinkIndex l : graph.out_links(at)) {
        const Link& link = model.links[l];
        if (link.feedback || !view.shows[link.to_node]) continue;
        if (!visible[link.to_node]) {
          through.push_back(link.to_node);
        } else if (link.to_node != from) {
          paths.insert({from, link.to_node});
        }
      }
    }
  }
  for (const auto& [from, to] : paths) {
    // Captured by name: clang 14 cannot capture a structured binding implicitly.
    const bool direct = std::any_of(view.links.begin(), view.links.end(),
                                    [&from = from, &to = to](const ViewLink& v) { return v.from == from && v.to == to; });
    if (!direct) view.links.push_back({from, to});
  }
  return view;
}

}  // namespace toc
