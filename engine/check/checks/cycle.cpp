// cycle: arrows that lead back to where they started, reported as the path a -> b -> a.
// Feedback links are deliberate loops; level inversions are reported by their own check.
#include <vector>

#include <fmt/format.h>

#include "check/checks/level_inversion.h"

namespace toc::checks {

namespace {

void cycle(const CheckContext& context, Report& report) {
  const Model& model = context.model;
  // Decided once per link here: the search asks again each time it passes an arrow, and
  // is_level_inversion reads both end nodes, scattered across a large model.
  std::vector<char> followed(model.links.size());
  for (LinkIndex l = 0; l < model.links.size(); ++l) {
    followed[l] = !model.links[l].feedback && !is_level_inversion(model, model.links[l]);
  }
  const auto follow = [&](LinkIndex l) { return followed[l] != 0; };
  for (const std::vector<LinkIndex>& path : context.graph.cycles(follow)) {
    std::string shown = model.links[path.front()].from.id;
    for (const LinkIndex l : path) shown += " -> " + model.links[l].to.id;
    const Link& closing = model.links[path.back()];
    report(model.links[path.front()].range, fmt::format("cycle: {}", shown),
           "if the loop is deliberate, add a [[link]] for one of its arrows with feedback = true",
           {{closing.range, fmt::format("the cycle closes here: '{}' leads to '{}'", closing.from.id, closing.to.id)}});
  }
}

const CheckRegistration registered{{.code = "cycle",
                                    .severity = Severity::error,
                                    .summary = "arrows lead back to where they started without a feedback link",
                                    .anchor = "cycle",
                                    .run = cycle,
                                    .order = 20}};

}  // namespace
}  // namespace toc::checks
