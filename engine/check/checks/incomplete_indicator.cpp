// incomplete-indicator: an indicator a board cannot track without a baseline, a target and a source.
#include <vector>

#include <fmt/format.h>

#include "check/check.h"

namespace toc::checks {

namespace {

void incomplete_indicator(const CheckContext& context, Report& report) {
  for (const Indicator& indicator : context.model.indicators) {
    std::vector<std::string_view> missing;
    if (!indicator.baseline.present) missing.push_back("baseline");
    if (!indicator.target.present) missing.push_back("target");
    if (indicator.source.empty()) missing.push_back("source");
    if (missing.empty()) continue;
    std::string list(missing.front());
    for (std::size_t i = 1; i < missing.size(); ++i)
      list += fmt::format("{}{}", i + 1 == missing.size() ? " or " : ", ", missing[i]);
    report(indicator.range, fmt::format("indicator '{}' has no {}", indicator.id, list),
           "add what the partnership knows; leave it out where no figure exists yet");
  }
}

const CheckRegistration registered{{.code = "incomplete-indicator",
                                    .severity = Severity::warning,
                                    .summary = "an indicator without a baseline, target or source",
                                    .anchor = "incomplete-indicator",
                                    .run = incomplete_indicator,
                                    .order = 90}};

}  // namespace
}  // namespace toc::checks
