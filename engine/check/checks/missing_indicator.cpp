// missing-indicator: an outcome or impact nobody can measure.
#include <unordered_set>

#include <fmt/format.h>

#include "check/check.h"

namespace toc::checks {

namespace {

void missing_indicator(const CheckContext& context, Report& report) {
  std::unordered_set<std::string_view> measured;
  for (const Indicator& indicator : context.model.indicators) {
    for (const Ref& ref : indicator.measures) measured.insert(ref.id);
  }
  for (const Node& node : context.model.nodes) {
    if ((node.kind != Kind::outcome && node.kind != Kind::impact) || measured.count(node.id)) continue;
    report(node.range, fmt::format("{} has no indicator", describe(node)),
           fmt::format("add an [indicator.<id>] with measures = \"{}\"", node.id));
  }
}

const CheckRegistration registered{{.code = "missing-indicator",
                                    .severity = Severity::warning,
                                    .summary = "an outcome or impact without an indicator",
                                    .anchor = "missing-indicator",
                                    .run = missing_indicator,
                                    .order = 80}};

}  // namespace
}  // namespace toc::checks
