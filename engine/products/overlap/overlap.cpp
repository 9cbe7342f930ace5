#include "products/overlap/overlap.h"

#include <algorithm>
#include <map>

namespace toc {

namespace {

class OverlapFinder {
 public:
  OverlapFinder(const Model& model, const Graph& graph) : model_(model), graph_(graph), member_(model.nodes.size()) {
    for (NodeIndex n = 0; n < model.nodes.size(); ++n) member_[n] = model.member_of(model.nodes[n].range.file);
  }

  std::vector<SharedOutcome> shared() const {
    std::map<NodeIndex, std::map<std::size_t, std::vector<NodeIndex>>> by_outcome;
    for (NodeIndex a = 0; a < model_.nodes.size(); ++a) {
      if (model_.nodes[a].kind != Kind::activity) continue;
      for (const NodeIndex outcome : first_outcomes(a)) by_outcome[outcome][member_[a]].push_back(a);
    }
    std::vector<SharedOutcome> result;
    for (auto& [outcome, members] : by_outcome) {
      if (members.size() < 2) continue;
      SharedOutcome shared{outcome, {}};
      for (auto& [member, activities] : members) shared.activities.push_back({member, sorted(std::move(activities))});
      result.push_back(std::move(shared));
    }
    return sorted_by_id(std::move(result), &SharedOutcome::outcome);
  }

  std::vector<CountedOutcome> counted_on() const {
    std::map<NodeIndex, CountedOutcome> by_outcome;
    for (LinkIndex l = 0; l < model_.links.size(); ++l) {
      const Link& link = model_.links[l];
      if (link.feedback || member_[link.from_node] == member_[link.to_node]) continue;
      for (const auto& [outcome, other] :
           {std::pair{link.to_node, link.from_node}, std::pair{link.from_node, link.to_node}}) {
        if (model_.nodes[outcome].kind != Kind::outcome) continue;
        CountedOutcome& counted = by_outcome[outcome];
        counted.outcome = outcome;
        if (counted.members.empty()) counted.members.push_back(member_[outcome]);
        if (std::find(counted.members.begin(), counted.members.end(), member_[other]) == counted.members.end()) {
          counted.members.push_back(member_[other]);
        }
        counted.links.push_back(l);
      }
    }
    std::vector<CountedOutcome> result;
    for (auto& [outcome, counted] : by_outcome) {
      std::sort(counted.members.begin() + 1, counted.members.end());
      result.push_back(std::move(counted));
    }
    return sorted_by_id(std::move(result), &CountedOutcome::outcome);
  }

  std::vector<SupportedImpact> supported_impacts() const {
    std::vector<SupportedImpact> result;
    for (NodeIndex impact = 0; impact < model_.nodes.size(); ++impact) {
      if (model_.nodes[impact].kind != Kind::impact) continue;
      const std::vector<char> reaches = graph_.can_reach([&](NodeIndex n) { return n == impact; });
      std::map<std::size_t, std::vector<NodeIndex>> by_member;
      for (NodeIndex a = 0; a < model_.nodes.size(); ++a) {
        if (model_.nodes[a].kind == Kind::activity && reaches[a] && member_[a] != member_[impact]) {
          by_member[member_[a]].push_back(a);
        }
      }
      for (auto& [member, activities] : by_member) result.push_back({impact, {member, sorted(std::move(activities))}});
    }
    std::stable_sort(result.begin(), result.end(), [&](const SupportedImpact& a, const SupportedImpact& b) {
      return model_.nodes[a.impact].id < model_.nodes[b.impact].id;
    });
    return result;
  }

  std::vector<std::vector<NodeIndex>> unsupported() const {
    const std::vector<char> supported = graph_.reachable_from(
        [&](NodeIndex n) { return model_.nodes[n].kind == Kind::input || model_.nodes[n].kind == Kind::activity; });
    std::vector<std::vector<NodeIndex>> result(model_.members.size());
    for (NodeIndex n = 0; n < model_.nodes.size(); ++n) {
      const Kind kind = model_.nodes[n].kind;
      if ((kind == Kind::outcome || kind == Kind::impact) && !supported[n] && member_[n] != no_member) {
        result[member_[n]].push_back(n);
      }
    }
    for (auto& nodes : result) nodes = sorted(std::move(nodes));
    return result;
  }

 private:
  /// The outcomes activity `a` leads to directly or through outputs only (feedback ignored).
  std::vector<NodeIndex> first_outcomes(NodeIndex a) const {
    std::vector<NodeIndex> outcomes;
    std::vector<NodeIndex> stack{a};
    std::vector<NodeIndex> seen{a};
    while (!stack.empty()) {
      const NodeIndex at = stack.back();
      stack.pop_back();
      for (const LinkIndex l : graph_.out_links(at)) {
        const Link& link = model_.links[l];
        const NodeIndex to = link.to_node;
        if (link.feedback || std::find(seen.begin(), seen.end(), to) != seen.end()) continue;
        seen.push_back(to);
        if (model_.nodes[to].kind == Kind::outcome) outcomes.push_back(to);
        if (model_.nodes[to].kind == Kind::output) stack.push_back(to);
      }
    }
    return outcomes;
  }

  std::vector<NodeIndex> sorted(std::vector<NodeIndex> nodes) const {
    std::sort(nodes.begin(), nodes.end(),
              [&](NodeIndex a, NodeIndex b) { return model_.nodes[a].id < model_.nodes[b].id; });
    return nodes;
  }

  template <typename T>
  std::vector<T> sorted_by_id(std::vector<T> items, NodeIndex T::*node) const {
    std::sort(items.begin(), items.end(),
              [&](const T& a, const T& b) { return model_.nodes[a.*node].id < model_.nodes[b.*node].id; });
    return items;
  }

  const Model& model_;
  const Graph& graph_;
  std::vector<std::size_t> member_;  ///< per node
};

}  // namespace

Overlap compute_overlap(const Model& model, const Graph& graph) {
  if (!model.is_workspace()) return {};
  const OverlapFinder finder(model, graph);
  return {finder.shared(), finder.counted_on(), finder.supported_impacts(), finder.unsupported()};
}

}  // namespace toc
