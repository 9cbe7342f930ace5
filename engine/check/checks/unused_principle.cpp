// unused-principle: a principle no activity follows is a commitment nothing in the model carries out.
#include <algorithm>
#include <unordered_set>

#include <fmt/format.h>

#include "check/check.h"

namespace toc::checks {

namespace {

void unused_principle(const CheckContext& context, Report& report) {
  std::unordered_set<std::string_view> followed;
  for (const Node& node : context.model.nodes) {
    for (const Ref& principle : node.principles) followed.insert(principle.id);
  }
  // A misspelt reference is already an unknown-id error, usually naming the very principle
  // that would be reported here: wait until every reference resolves.
  const auto& principles = context.model.principles;
  for (const std::string_view id : followed) {
    if (std::none_of(principles.begin(), principles.end(), [&](const Principle& p) { return p.id == id; })) return;
  }
  for (const Principle& principle : principles) {
    if (followed.count(principle.id)) continue;
    report(principle.range, fmt::format("principle '{}' is followed by no activity", principle.id),
           fmt::format("add principles = [\"{}\"] to the activities that follow it", principle.id));
  }
}

const CheckRegistration registered{{.code = "unused-principle",
                                    .severity = Severity::warning,
                                    .summary = "a principle that no activity follows",
                                    .anchor = "unused-principle",
                                    .run = unused_principle,
                                    .order = 120}};

}  // namespace
}  // namespace toc::checks
