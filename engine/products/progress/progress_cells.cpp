#include <algorithm>

#include <fmt/format.h>

#include "base/text.h"
#include "products/progress/progress_format.h"

namespace toc {

std::string show_number(double value) {
  // At most two decimals, no trailing zeros: 1104, 12.5, 67.92; never "-0".
  std::string text = fmt::format("{:.2f}", value);
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text == "-0" ? "0" : text;
}

namespace {

constexpr std::string_view none = "—";

std::string target_cell(const Indicator& indicator) {
  if (!indicator.target.present) {
    if (indicator.milestones.empty()) return std::string(none);
    const Milestone& last = indicator.milestones.back();
    return fmt::format("{} by {}", show_number(last.value), to_string(last.date));
  }
  const std::string value = shorten(indicator.target.value, 24);
  return indicator.target.date ? fmt::format("{} by {}", value, to_string(*indicator.target.date)) : value;
}

std::string variation_cell(const IndicatorProgress& judged) {
  if (judged.ordinal) {
    const OrdinalSummary& o = judged.ordinal.value();
    if (o.movement == Movement::single_period) return "one period";
    return fmt::format("{}: {} up, {} down", to_string(o.movement), o.moved_up, o.moved_down);
  }
  if (!judged.xmr) return std::string(none);
  const XmrChart& chart = *judged.xmr;
  if (!chart.has_limits) return fmt::format("needs {} points, has {}", chart.min_points, chart.points);
  if (chart.assurance == Assurance::none) return std::string(to_string(chart.latest));
  return fmt::format("{}; {}", to_string(chart.latest), to_string(chart.assurance));
}

std::string freshness_cell(const Freshness& freshness) {
  switch (freshness.state) {
    case FreshnessState::fresh:
      return "fresh";
    case FreshnessState::stale:
      return fmt::format("stale since {}", to_string(freshness.due));
    case FreshnessState::no_data:
      break;
  }
  return std::string(none);
}

}  // namespace

std::string latest_figure(const Model& model, const Measurements& data, const IndicatorProgress& judged,
                          std::size_t text_limit) {
  const auto latest = judged.latest();
  if (!latest) return std::string(none);
  const Observation& row = data.rows[*latest];
  const Indicator& indicator = model.indicators[judged.indicator];
  std::string value;
  if (indicator.measure == Measure::text)
    value = shorten(data.label(row.text), text_limit);
  else if (indicator.measure == Measure::ordinal && judged.ordinal) {
    std::size_t groups = 0;
    for (const std::uint32_t n : judged.ordinal->periods.back().counts) groups += n;
    value = count(groups, "group");
  } else
    value = show_number(row.value);
  return fmt::format("{} in {}{}", value, to_string(row.period),
                     row.status == RowStatus::provisional ? " (provisional)" : "");
}

IndicatorCells indicator_cells(const Model& model, const Measurements& data, const IndicatorProgress& judged) {
  const Indicator& indicator = model.indicators[judged.indicator];
  IndicatorCells cells;
  cells.indicator = indicator.id;
  cells.latest = latest_figure(model, data, judged, 24);
  cells.target = target_cell(indicator);
  cells.trajectory = judged.trajectory ? fmt::format("{} (expected {})", to_string(judged.trajectory->verdict),
                                                     show_number(judged.trajectory->expected))
                                       : std::string(none);
  cells.variation = variation_cell(judged);
  cells.status = std::string(to_string(judged.status));
  cells.method = std::string(to_string(judged.method));
  cells.freshness = freshness_cell(judged.freshness);
  return cells;
}

std::vector<const Rollup*> node_rollups_under(const Model& model, const Progress& progress, std::uint32_t priority) {
  std::vector<const Rollup*> rollups;
  for (const Rollup& rollup : progress.rollups) {
    if (rollup.scope != Rollup::Scope::node) continue;
    const auto& under = rollup.priorities;
    const bool in =
        priority == no_priority ? under.empty() : std::find(under.begin(), under.end(), priority) != under.end();
    if (in) rollups.push_back(&rollup);
  }
  std::stable_sort(rollups.begin(), rollups.end(), [&](const Rollup* a, const Rollup* b) {
    return chain_level(model.nodes[a->index]) < chain_level(model.nodes[b->index]);
  });
  return rollups;
}

}  // namespace toc
