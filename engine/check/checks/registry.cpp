#include "check/checks/checks.h"

namespace toc {

std::span<const CheckInfo> all_checks() {
  using S = Severity;
  static constexpr CheckInfo checks[] = {
      {"level-inversion", S::error, "an arrow goes down the chain without feedback = true", checks::level_inversion},
      {"cycle", S::error, "arrows lead back to where they started without a feedback link", checks::cycle},
      {"orphan", S::warning, "a node with no links at all", checks::orphan},
      {"dead-end", S::warning, "a node below impact from which no impact can be reached", checks::dead_end},
      {"unsupported", S::warning, "an outcome or impact that no input or activity reaches", checks::unsupported},
      {"no-priority", S::warning, "an activity without a priority", checks::no_priority},
      {"empty-priority", S::warning, "a priority that no activity or outcome is under", checks::empty_priority},
      {"missing-indicator", S::warning, "an outcome or impact without an indicator", checks::missing_indicator},
      {"incomplete-indicator", S::warning, "an indicator without a baseline, target or source",
       checks::incomplete_indicator},
      {"target-outside-period", S::warning, "a target dated outside the strategy's start..end",
       checks::target_outside_period},
      {"missing-assumption", S::warning, "a link from an outcome to an outcome or impact states no assumption",
       checks::missing_assumption},
      {"unused-principle", S::warning, "a principle that no activity follows", checks::unused_principle},
      {"rule", S::warning, "a [rule.*] the model declares does not hold", checks::rule},
  };
  return checks;
}

}  // namespace toc
