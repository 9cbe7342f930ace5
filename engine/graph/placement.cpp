#include "graph/placement.h"

#include <algorithm>
#include <deque>
#include <unordered_map>

#include <fmt/format.h>

#include "base/reading_order.h"

namespace toc {

namespace {

/// A set of priorities as bits, one word per 64, with one more bit after them that says an
/// activity reaches the node at all.
class PrioritySets {
 public:
  PrioritySets(std::size_t nodes, std::size_t priorities)
      : reached_bit_(priorities), words_(priorities / 64 + 1), bits_(nodes * words_, 0) {}

  void add(NodeIndex n, std::size_t bit) { bits_[n * words_ + bit / 64] |= std::uint64_t{1} << (bit % 64); }
  bool has(NodeIndex n, std::size_t bit) const { return (bits_[n * words_ + bit / 64] >> (bit % 64)) & 1u; }
  void mark_reached(NodeIndex n) { add(n, reached_bit_); }
  bool reached(NodeIndex n) const { return has(n, reached_bit_); }
  /// Adds `from`'s set to `to`'s; true when `to`'s grew.
  bool merge(NodeIndex from, NodeIndex to) {
    bool grew = false;
    for (std::size_t w = 0; w < words_; ++w) {
      const std::uint64_t before = bits_[to * words_ + w];
      bits_[to * words_ + w] |= bits_[from * words_ + w];
      grew = grew || bits_[to * words_ + w] != before;
    }
    return grew;
  }
  std::size_t priorities() const { return reached_bit_; }

 private:
  std::size_t reached_bit_;
  std::size_t words_;
  std::vector<std::uint64_t> bits_;
};

/// The positions in Model::priorities of the priorities `node` names, ascending, each once.
std::vector<std::uint32_t> named(const Node& node, const std::unordered_map<std::string_view, std::uint32_t>& index) {
  std::vector<std::uint32_t> result;
  for (const Ref& ref : node.priorities) {
    if (const auto it = index.find(ref.id); it != index.end()) result.push_back(it->second);
  }
  std::sort(result.begin(), result.end());
  result.erase(std::unique(result.begin(), result.end()), result.end());
  return result;
}

/// What the activities carry forward (their priorities, and that an activity reaches a node at
/// all), spread along the arrows, never feedback, until nothing grows. An activity passes on what
/// reaches it as well as its own. Each node's set only grows, so this ends, after at most one
/// visit per node and bit.
PrioritySets spread_from_activities(const Model& model, const Graph& graph,
                                    const std::vector<std::vector<std::uint32_t>>& names) {
  PrioritySets carried(model.nodes.size(), model.priorities.size());
  std::deque<NodeIndex> queue;
  std::vector<char> queued(model.nodes.size(), 0);
  for (NodeIndex n = 0; n < model.nodes.size(); ++n) {
    if (model.nodes[n].kind != Kind::activity) continue;
    carried.mark_reached(n);
    for (const std::uint32_t p : names[n]) carried.add(n, p);
    queue.push_back(n);
    queued[n] = 1;
  }
  while (!queue.empty()) {
    const NodeIndex n = queue.front();
    queue.pop_front();
    queued[n] = 0;
    for (const LinkIndex l : graph.out_links(n)) {
      const Link& link = model.links[l];
      if (link.feedback || link.to_node == no_node) continue;
      if (carried.merge(n, link.to_node) && !queued[link.to_node]) {
        queue.push_back(link.to_node);
        queued[link.to_node] = 1;
      }
    }
  }
  return carried;
}

}  // namespace

Placement place_under_priorities(const Model& model, const Graph& graph) {
  std::unordered_map<std::string_view, std::uint32_t> index;
  for (std::uint32_t p = 0; p < model.priorities.size(); ++p) index.emplace(model.priorities[p].id, p);
  std::vector<std::vector<std::uint32_t>> names(model.nodes.size());
  for (NodeIndex n = 0; n < model.nodes.size(); ++n) names[n] = named(model.nodes[n], index);
  const PrioritySets carried = spread_from_activities(model, graph, names);

  Placement placement;
  placement.priorities.resize(model.nodes.size());
  placement.unplaced.assign(model.nodes.size(), Unplaced::no);
  for (NodeIndex n = 0; n < model.nodes.size(); ++n) {
    const Kind kind = model.nodes[n].kind;
    std::vector<std::uint32_t>& under = placement.priorities[n];
    if (kind == Kind::activity || !names[n].empty()) {
      under = std::move(names[n]);
    } else if (kind != Kind::input) {
      for (std::uint32_t p = 0; p < carried.priorities(); ++p) {
        if (carried.has(n, p)) under.push_back(p);
      }
    }
    if (!under.empty()) continue;
    placement.unplaced[n] = model.priorities.empty() ? Unplaced::no_priorities
                            : kind == Kind::input    ? Unplaced::input
                            : kind == Kind::activity ? Unplaced::names_none
                            : carried.reached(n)     ? Unplaced::activities_name_none
                                                     : Unplaced::not_reached;
  }
  return placement;
}

namespace {

/// The activities with a path to `n` (feedback not followed), in reading order.
std::vector<NodeIndex> activities_reaching(const Model& model, const Graph& graph, NodeIndex n) {
  std::vector<char> seen(model.nodes.size(), 0);
  std::vector<NodeIndex> stack{n};
  std::vector<NodeIndex> activities;
  seen[n] = 1;
  while (!stack.empty()) {
    const NodeIndex at = stack.back();
    stack.pop_back();
    for (const LinkIndex l : graph.in_links(at)) {
      const NodeIndex from = model.links[l].from_node;
      if (model.links[l].feedback || from == no_node || seen[from]) continue;
      seen[from] = 1;
      if (model.nodes[from].kind == Kind::activity) activities.push_back(from);
      stack.push_back(from);
    }
  }
  sort_as_written(activities, [&](NodeIndex a) { return model.nodes[a].range; });
  return activities;
}

/// "'a'", "'a' and 'b'", "'a', 'b', 'c' and 2 more".
std::string some_ids(const Model& model, const std::vector<NodeIndex>& nodes) {
  constexpr std::size_t shown = 3;
  std::string out;
  for (std::size_t i = 0; i < nodes.size() && i < shown; ++i) {
    const bool last = i + 1 == nodes.size() || i + 1 == shown;
    out += fmt::format("{}'{}'",
                       i == 0                          ? ""
                       : last && nodes.size() <= shown ? " and "
                                                       : ", ",
                       model.nodes[nodes[i]].id);
  }
  if (nodes.size() > shown) out += fmt::format(" and {} more", nodes.size() - shown);
  return out;
}

}  // namespace

std::string why_unplaced(const Model& model, const Graph& graph, const Placement& placement, NodeIndex n) {
  switch (placement.unplaced[n]) {
    case Unplaced::no:
      return "";
    case Unplaced::no_priorities:
      return "the model declares no priority";
    case Unplaced::input:
      return "an input comes before the activities that serve the priorities";
    case Unplaced::names_none:
      return "it names no priority";
    case Unplaced::not_reached:
      return "no activity leads to it";
    case Unplaced::activities_name_none:
      break;
  }
  const std::vector<NodeIndex> activities = activities_reaching(model, graph, n);
  if (activities.size() == 1) {
    return fmt::format("the activity that leads to it, '{}', names no priority", model.nodes[activities[0]].id);
  }
  return fmt::format("the activities that lead to it ({}) name no priority", some_ids(model, activities));
}

}  // namespace toc
