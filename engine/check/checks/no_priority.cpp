// no-priority: every funded activity should serve one of the strategy's priorities. What it leads
// to counts under the priorities of the activities that reach it (graph/placement.h), so the help
// names the outcomes and impacts that stay under no priority until the activity names one.
#include <unordered_set>

#include <fmt/format.h>

#include "base/reading_order.h"
#include "check/check.h"
#include "graph/placement.h"

namespace toc::checks {

namespace {

/// How many of the outcomes and impacts an activity leaves under no priority its help names.
constexpr std::size_t named_at_most = 3;

/// The outcomes and impacts `activity` leads to that are under no priority because no activity
/// that reaches them names one: the first `named_at_most` + 1 met depth first. Only arrows towards
/// such nodes (`towards`) are followed, so each is found in a few steps, however large the model.
std::vector<NodeIndex> left_out_by(const Model& model, const Graph& graph, const Placement& placement,
                                   const std::vector<char>& towards, NodeIndex activity) {
  std::vector<NodeIndex> found;
  std::unordered_set<NodeIndex> seen{activity};
  std::vector<NodeIndex> stack{activity};
  while (!stack.empty() && found.size() <= named_at_most) {
    const NodeIndex n = stack.back();
    stack.pop_back();
    if (placement.unplaced[n] == Unplaced::activities_name_none && model.nodes[n].kind != Kind::output) {
      found.push_back(n);
    }
    std::vector<LinkIndex> out = graph.out_links(n);
    sort_as_written(out, [&](LinkIndex l) { return model.links[l].range; });
    for (auto l = out.rbegin(); l != out.rend(); ++l) {  // reversed: the first written is taken first
      const NodeIndex next = model.links[*l].to_node;
      if (!model.links[*l].feedback && next != no_node && towards[next] && seen.insert(next).second) {
        stack.push_back(next);
      }
    }
  }
  return found;
}

/// "; until then the outcomes and impacts it leads to ('a', 'b') are under no priority", or "".
std::string until_then(const Model& model, const std::vector<NodeIndex>& left_out) {
  if (left_out.empty()) return "";
  std::string ids;
  for (std::size_t i = 0; i < left_out.size() && i < named_at_most; ++i) {
    ids += fmt::format("{}'{}'", i ? ", " : "", model.nodes[left_out[i]].id);
  }
  if (left_out.size() > named_at_most) ids += ", …";
  return fmt::format("; until then the outcomes and impacts it leads to ({}) are under no priority", ids);
}

void no_priority(const CheckContext& context, Report& report) {
  const Model& model = context.model;
  const Placement placement = place_under_priorities(model, context.graph);
  const std::vector<char> towards = context.graph.can_reach([&](NodeIndex n) {
    return placement.unplaced[n] == Unplaced::activities_name_none && model.nodes[n].kind != Kind::output;
  });
  for (NodeIndex n = 0; n < model.nodes.size(); ++n) {
    const Node& node = model.nodes[n];
    if (node.kind != Kind::activity || !node.priorities.empty()) continue;
    const std::string left_out =
        towards[n] ? until_then(model, left_out_by(model, context.graph, placement, towards, n)) : "";
    report(node.range, fmt::format("{} has no priority", describe(node)),
           model.priorities.empty() ? "declare a [priority.<id>] and add priority = \"<id>\""
                                    : fmt::format("add priority = \"{}\" (or another priority's id){}",
                                                  model.priorities.front().id, left_out));
  }
}

const CheckRegistration registered{{.code = "no-priority",
                                    .severity = Severity::warning,
                                    .summary = "an activity without a priority",
                                    .anchor = "no-priority",
                                    .run = no_priority,
                                    .order = 60}};

}  // namespace
}  // namespace toc::checks
