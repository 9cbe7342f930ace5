// missing-indicator: an outcome or impact nobody can measure.
#include <unordered_set>

#include <fmt/format.h>

#include "check/checks/checks.h"

namespace toc::checks {

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

}  // namespace toc::checks
