// missing-assumption: the step from one outcome to the next (or to impact) is where a theory of
// change makes its claims; it should say what it assumes.
#include <fmt/format.h>

#include "check/checks/level_inversion.h"

namespace toc::checks {

namespace {

void missing_assumption(const CheckContext& context, Report& report) {
  const Model& model = context.model;
  for (const Link& link : model.links) {
    if (!is_outcome_step(model, link) || !link.assumption.empty() || is_level_inversion(model, link)) continue;
    const Node& from = model.nodes[link.from_node];
    const Node& to = model.nodes[link.to_node];
    report(link.range, fmt::format("the link from '{}' to '{}' states no assumption", from.id, to.id),
           fmt::format("add [[link]] from = \"{}\", to = \"{}\", assumption = \"...\"", from.id, to.id));
  }
}

const CheckRegistration registered{{.code = "missing-assumption",
                                    .severity = Severity::warning,
                                    .summary = "a link from an outcome to an outcome or impact states no assumption",
                                    .anchor = "missing-assumption",
                                    .run = missing_assumption,
                                    .order = 110}};

}  // namespace
}  // namespace toc::checks
