#include "progress/rollup.h"

#include <algorithm>
#include <map>

namespace toc {

namespace {

/// Per node, the indicators (indices into Progress::indicators) that measure it.
std::vector<std::vector<std::uint32_t>> indicators_by_node(const Model& model, const Graph& graph) {
  std::vector<std::vector<std::uint32_t>> by_node(model.nodes.size());
  for (std::uint32_t i = 0; i < model.indicators.size(); ++i) {
    for (const Ref& measured : model.indicators[i].measures) {
      const NodeIndex node = graph.find(measured.id);
      if (node < by_node.size() && std::find(by_node[node].begin(), by_node[node].end(), i) == by_node[node].end()) {
        by_node[node].push_back(i);
      }
    }
  }
  return by_node;
}

Rollup make_rollup(Rollup::Scope scope, std::uint32_t index, std::vector<std::uint32_t> indicators,
                   const Progress& progress) {
  Rollup rollup{scope, index, std::move(indicators), {}, {}};
  for (const std::uint32_t i : rollup.indicators)
    ++rollup.counts[static_cast<std::size_t>(progress.indicators[i].status)];
  return rollup;
}

bool judged(Status status) { return going_well(status) || going_badly(status) || status == Status::behind; }

}  // namespace

bool going_well(Status status) {
  return status == Status::achieved || status == Status::on_track || status == Status::improving;
}

bool going_badly(Status status) {
  return status == Status::off_track || status == Status::concern || status == Status::not_moving;
}

std::vector<std::string_view> priorities_of(const Model& model, const Graph& graph, NodeIndex node) {
  std::vector<std::string_view> result;
  const auto add = [&](const Node& from) {
    for (const Ref& priority : from.priorities) {
      if (std::find(result.begin(), result.end(), priority.id) == result.end()) result.push_back(priority.id);
    }
  };
  add(model.nodes[node]);
  if (model.nodes[node].kind != Kind::output) return result;
  for (const LinkIndex l : graph.in_links(node)) {
    const NodeIndex from = model.links[l].from_node;
    if (from < model.nodes.size() && model.nodes[from].kind == Kind::activity && !model.links[l].feedback) {
      add(model.nodes[from]);
    }
  }
  return result;
}

std::vector<Rollup> roll_up(const Model& model, const Graph& graph, const Progress& progress) {
  const auto by_node = indicators_by_node(model, graph);
  std::vector<Rollup> rollups;
  for (NodeIndex n = 0; n < by_node.size(); ++n) {
    if (by_node[n].empty()) continue;
    Rollup rollup = make_rollup(Rollup::Scope::node, n, by_node[n], progress);
    for (const std::string_view id : priorities_of(model, graph, n)) {
      for (std::uint32_t p = 0; p < model.priorities.size(); ++p) {
        if (model.priorities[p].id == id) rollup.priorities.push_back(p);
      }
    }
    rollups.push_back(std::move(rollup));
  }
  std::map<std::string_view, std::vector<std::uint32_t>> by_priority;
  for (NodeIndex n = 0; n < model.nodes.size(); ++n) {
    if (by_node[n].empty()) continue;
    for (const std::string_view priority : priorities_of(model, graph, n)) {
      auto& list = by_priority[priority];
      for (const std::uint32_t i : by_node[n]) {
        if (std::find(list.begin(), list.end(), i) == list.end()) list.push_back(i);
      }
    }
  }
  for (std::uint32_t p = 0; p < model.priorities.size(); ++p) {
    const auto it = by_priority.find(model.priorities[p].id);
    if (it == by_priority.end() || it->second.empty()) continue;
    std::sort(it->second.begin(), it->second.end());
    rollups.push_back(make_rollup(Rollup::Scope::priority, p, it->second, progress));
  }
  return rollups;
}

std::vector<PathwayFinding> find_failing_pathways(const Model& model, const Graph& graph, const Progress& progress) {
  const auto by_node = indicators_by_node(model, graph);
  const auto status = [&](std::uint32_t i) { return progress.indicators[i].status; };
  std::vector<PathwayFinding> findings;
  std::map<NodeIndex, std::vector<std::uint32_t>> upstream_of;  // computed once per source node
  for (LinkIndex l = 0; l < model.links.size(); ++l) {
    const Link& link = model.links[l];
    if (link.feedback || link.from_node >= by_node.size() || link.to_node >= by_node.size()) continue;
    const Kind to = model.nodes[link.to_node].kind;
    if (to != Kind::outcome && to != Kind::impact) continue;
    std::vector<std::uint32_t> downstream;
    for (const std::uint32_t i : by_node[link.to_node]) {
      if (judged(status(i))) downstream.push_back(i);
    }
    if (downstream.empty() ||
        !std::all_of(downstream.begin(), downstream.end(), [&](auto i) { return going_badly(status(i)); })) {
      continue;
    }
    auto [it, added] = upstream_of.try_emplace(link.from_node);
    if (added) {
      const std::vector<char> reaches = graph.can_reach([&](NodeIndex n) { return n == link.from_node; });
      for (NodeIndex n = 0; n < model.nodes.size(); ++n) {
        const bool delivery = model.nodes[n].kind == Kind::activity || model.nodes[n].kind == Kind::output;
        if (n != link.from_node && !(reaches[n] && delivery)) continue;
        for (const std::uint32_t i : by_node[n]) {
          if (judged(status(i)) && std::find(it->second.begin(), it->second.end(), i) == it->second.end()) {
            it->second.push_back(i);
          }
        }
      }
    }
    const auto& upstream = it->second;
    if (upstream.empty() ||
        !std::all_of(upstream.begin(), upstream.end(), [&](auto i) { return going_well(status(i)); })) {
      continue;
    }
    findings.push_back({l, upstream, std::move(downstream)});
  }
  return findings;
}

}  // namespace toc
