// target-outside-period: a target dated before the strategy starts or after it ends.
#include <fmt/format.h>

#include "check/check.h"

namespace toc::checks {

namespace {

void target_outside_period(const CheckContext& context, Report& report) {
  const Strategy& strategy = context.model.strategy;
  for (const Indicator& indicator : context.model.indicators) {
    if (!indicator.target.date) continue;
    const Date& date = *indicator.target.date;
    if (strategy.start && date < *strategy.start) {
      report(indicator.target.date_range, fmt::format("the target of '{}' is dated {}, before the strategy starts ({})",
                                                      indicator.id, to_string(date), to_string(*strategy.start)));
    } else if (strategy.end && date > *strategy.end) {
      report(indicator.target.date_range, fmt::format("the target of '{}' is dated {}, after the strategy ends ({})",
                                                      indicator.id, to_string(date), to_string(*strategy.end)));
    }
  }
}

const CheckRegistration registered{{.code = "target-outside-period",
                                    .severity = Severity::warning,
                                    .summary = "a target dated outside the strategy's start..end",
                                    .anchor = "target-outside-period",
                                    .run = target_outside_period,
                                    .order = 100}};

}  // namespace
}  // namespace toc::checks
