// unsupported: an outcome or impact that nothing the partnership does (an input or activity) reaches.
#include <fmt/format.h>

#include "check/checks/orphan.h"

namespace toc::checks {

namespace {

void unsupported(const CheckContext& context, Report& report) {
  const Model& model = context.model;
  // An arrow whose target is a typo (reported as unknown-id) leaves its real target looking
  // unsupported; which node was meant is unknown, so wait until the arrows resolve.
  for (NodeIndex n = 0; n < model.nodes.size(); ++n) {
    if (context.graph.leads_to_unknown(n)) return;
  }
  const std::vector<char> supported = context.graph.reachable_from([&](NodeIndex n) {
    const Node& node = model.nodes[n];
    return node.kind == Kind::input || node.kind == Kind::activity || context.graph.supported_outside(n);
  });
  for (NodeIndex n = 0; n < model.nodes.size(); ++n) {
    const Node& node = model.nodes[n];
    if ((node.kind != Kind::outcome && node.kind != Kind::impact) || supported[n] || is_orphan(context.graph, n))
      continue;
    report(node.range, fmt::format("{} is not supported by any activity or input", describe(node)),
           "an activity should lead to it, directly or through outputs and earlier outcomes");
  }
}

const CheckRegistration registered{{.code = "unsupported",
                                    .severity = Severity::warning,
                                    .summary = "an outcome or impact that no input or activity reaches",
                                    .anchor = "unsupported",
                                    .run = unsupported,
                                    .order = 50}};

}  // namespace
}  // namespace toc::checks
