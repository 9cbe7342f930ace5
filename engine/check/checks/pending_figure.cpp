// pending-figure: a baseline or target given in words ("to be set from the first cohort") is not a
// figure yet. It is honest to say so, but it must not look complete: the checklist shows it as
// pending and coverage does not count the indicator as complete, and this check names it.
#include <vector>

#include <fmt/format.h>

#include "base/text.h"
#include "check/check.h"

namespace toc::checks {

namespace {

void pending_figure(const CheckContext& context, Report& report) {
  for (const Indicator& indicator : context.model.indicators) {
    std::vector<std::string_view> pending;
    const SourceRange* first = nullptr;
    for (const auto& [name, measurement] :
         {std::pair{"baseline", &indicator.baseline}, {"target", &indicator.target}}) {
      if (!is_pending(indicator, *measurement)) continue;
      pending.push_back(name);
      if (!first) first = &measurement->range;
    }
    if (!first) continue;
    report(*first, fmt::format("indicator '{}' has no {} figure yet, only words", indicator.id, join_or(pending)),
           "write the figure once it is known (value = 40); if words are what the indicator reports, say so with "
           "measure = \"text\" or \"ordinal\"");
  }
}

const CheckRegistration registered{{.code = "pending-figure",
                                    .severity = Severity::warning,
                                    .summary = "a baseline or target given in words, not yet a figure",
                                    .anchor = "pending-figure",
                                    .run = pending_figure,
                                    .order = 95}};

}  // namespace
}  // namespace toc::checks
