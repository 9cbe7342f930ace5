// unused-principle: a principle no activity follows is a commitment nothing in the model carries out.
#include <unordered_set>

#include <fmt/format.h>

#include "toc/checks/checks.h"

namespace toc::checks {

void unused_principle(const CheckContext& context, Report& report) {
  std::unordered_set<std::string_view> followed;
  for (const Node& node : context.model.nodes) {
    for (const Ref& principle : node.principles) followed.insert(principle.id);
  }
  for (const Principle& principle : context.model.principles) {
    if (followed.count(principle.id)) continue;
    report(principle.range, fmt::format("principle '{}' is followed by no activity", principle.id),
           fmt::format("add principles = [\"{}\"] to the activities that follow it", principle.id));
  }
}

}  // namespace toc::checks
