// rule: a [rule.*] the model declares does not hold, e.g. fewer than half of its prevention
// activities are primary prevention when the strategy says at least half should be.
#include <fmt/format.h>

#include "check/check.h"
#include "check/rules.h"

namespace toc::checks {

namespace {

void rule(const CheckContext& context, Report& report) {
  const Model& model = context.model;
  for (const RuleResult& result : evaluate_rules(model)) {
    const Rule& rule = model.rules[result.rule];
    if (result.holds || !result.well_defined) continue;
    report(rule.range,
           fmt::format("rule '{}' does not hold: {}; it asks for {}", rule.id, describe_figure(model, result),
                       describe_bounds(rule)),
           rule.message);
  }
}

const CheckRegistration registered{{.code = "rule",
                                    .severity = Severity::warning,
                                    .summary = "a [rule.*] the model declares does not hold",
                                    .anchor = "rule",
                                    .run = rule,
                                    .order = 130}};

}  // namespace
}  // namespace toc::checks
