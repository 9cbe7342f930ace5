// orphan: a node with no arrows in or out is not part of the theory of change.
#include <fmt/format.h>

#include "check/checks/orphan.h"

namespace toc::checks {

bool is_orphan(const Graph& graph, NodeIndex node) { return graph.in_degree(node) == 0 && graph.out_degree(node) == 0; }

namespace {

void orphan(const CheckContext& context, Report& report) {
  const Graph& graph = context.graph;
  for (NodeIndex n = 0; n < graph.node_count(); ++n) {
    const Node& node = context.model.nodes[n];
    // An arrow to an unknown id or to another model is an arrow all the same.
    const bool unresolved_arrow = graph.leads_to_unknown(n) || graph.leads_outside(n) || graph.supported_outside(n);
    if (!is_orphan(graph, n) || unresolved_arrow) continue;
    report(node.range, fmt::format("{} is not linked to anything", describe(node)),
           node.kind == Kind::impact ? "something should lead to it: add its id to an outcome's leads_to"
                                     : "add leads_to = [...] to say what it contributes to");
  }
}

const CheckRegistration registered{{.code = "orphan",
                                    .severity = Severity::warning,
                                    .summary = "a node with no links at all",
                                    .anchor = "orphan",
                                    .run = orphan,
                                    .order = 30}};

}  // namespace
}  // namespace toc::checks
