// no-priority: every funded activity should serve one of the strategy's priorities.
#include <fmt/format.h>

#include "check/check.h"

namespace toc::checks {

namespace {

void no_priority(const CheckContext& context, Report& report) {
  for (const Node& node : context.model.nodes) {
    if (node.kind != Kind::activity || !node.priorities.empty()) continue;
    report(node.range, fmt::format("{} has no priority", describe(node)),
           context.model.priorities.empty()
               ? "declare a [priority.<id>] and add priority = \"<id>\""
               : fmt::format("add priority = \"{}\" (or another priority's id)", context.model.priorities.front().id));
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
