// dead-end: a node below impact from which no impact can be reached (orphans are reported as such).
#include <algorithm>

#include <fmt/format.h>

#include "check/checks/orphan.h"

namespace toc::checks {

namespace {

void dead_end(const CheckContext& context, Report& report) {
  const Model& model = context.model;
  const bool has_impact =
      std::any_of(model.nodes.begin(), model.nodes.end(), [](const Node& node) { return node.kind == Kind::impact; });
  if (!has_impact) {
    if (!model.nodes.empty()) {
      report(model.strategy.range, "the model has no impact, so no pathway can end anywhere",
             "add an [impact.<id>] table for the change the strategy exists to make");
    }
    return;
  }
  const std::vector<char> reaches = context.graph.can_reach([&](NodeIndex n) {
    return model.nodes[n].kind == Kind::impact || context.graph.leads_to_unknown(n) || context.graph.leads_outside(n);
  });
  for (NodeIndex n = 0; n < model.nodes.size(); ++n) {
    const Node& node = model.nodes[n];
    if (node.kind == Kind::impact || reaches[n] || is_orphan(context.graph, n))
      continue;  // orphans have their own check
    report(node.range, fmt::format("{} leads to no impact", describe(node)),
           context.graph.out_degree(n) == 0 ? "add leads_to = [...] towards an outcome or impact"
                                            : "none of the nodes it leads to reaches an impact either");
  }
}

const CheckRegistration registered{{.code = "dead-end",
                                    .severity = Severity::warning,
                                    .summary = "a node below impact from which no impact can be reached",
                                    .anchor = "dead-end",
                                    .run = dead_end,
                                    .order = 40}};

}  // namespace
}  // namespace toc::checks
