// empty-priority: a priority that no activity or outcome is under has nothing delivering it.
#include <unordered_set>

#include <fmt/format.h>

#include "check/check.h"

namespace toc::checks {

namespace {

void empty_priority(const CheckContext& context, Report& report) {
  std::unordered_set<std::string_view> used;
  for (const Node& node : context.model.nodes) {
    for (const Ref& priority : node.priorities) used.insert(priority.id);
  }
  for (const Priority& priority : context.model.priorities) {
    if (used.count(priority.id)) continue;
    report(priority.range, fmt::format("priority '{}' has no activities", priority.id),
           fmt::format("add priority = \"{}\" to the activities that deliver it", priority.id));
  }
}

const CheckRegistration registered{{.code = "empty-priority",
                                    .severity = Severity::warning,
                                    .summary = "a priority that no activity or outcome is under",
                                    .anchor = "empty-priority",
                                    .run = empty_priority,
                                    .order = 70}};

}  // namespace
}  // namespace toc::checks
