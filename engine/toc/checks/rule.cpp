// rule: a [rule.*] the model declares does not hold, e.g. fewer than half of its prevention
// activities are primary prevention when the strategy says at least half should be.
#include <algorithm>

#include <fmt/format.h>

#include "toc/checks/checks.h"
#include "toc/rules.h"

namespace toc::checks {

namespace {

bool defined(const std::vector<Ref>& refs, const auto& entities) {
  return std::all_of(refs.begin(), refs.end(), [&](const Ref& ref) {
    return std::any_of(entities.begin(), entities.end(), [&](const auto& e) { return e.id == ref.id; });
  });
}

bool resolves(const Model& model, const Selection& selection) {
  return defined(selection.priorities, model.priorities) && defined(selection.principles, model.principles);
}

/// A rule the model stage already reported as broken (no bound, a share without `of`, bounds
/// the wrong way round, an unknown id) is not judged again: its figure would mean nothing.
bool well_defined(const Model& model, const Rule& rule) {
  const bool bounded = rule.min_count || rule.max_count || rule.min_share || rule.max_share;
  const bool shares_have_of = rule.of || (!rule.min_share && !rule.max_share);
  const bool ordered = !(rule.min_count && rule.max_count && *rule.min_count > *rule.max_count) &&
                       !(rule.min_share && rule.max_share && *rule.min_share > *rule.max_share);
  return bounded && shares_have_of && ordered && resolves(model, rule.select) &&
         (!rule.of || resolves(model, *rule.of));
}

}  // namespace

void rule(const CheckContext& context, Report& report) {
  const Model& model = context.model;
  for (const RuleResult& result : evaluate_rules(model)) {
    const Rule& rule = model.rules[result.rule];
    if (result.holds || !well_defined(model, rule)) continue;
    report(rule.range,
           fmt::format("rule '{}' does not hold: {}; it asks for {}", rule.id, describe_figure(model, result),
                       describe_bounds(rule)),
           rule.message);
  }
}

}  // namespace toc::checks
