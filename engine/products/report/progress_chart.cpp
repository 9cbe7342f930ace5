// The charts' geometry: where each figure, line, label and tick goes. SVG is written by
// progress_chart_svg.cpp from this.
#include <algorithm>
#include <cmath>

#include "products/progress/progress_format.h"
#include "products/report/progress_chart.h"

namespace toc {

ChartData chart_data(const Model& model, const Measurements& data, const IndicatorProgress& judged) {
  ChartData chart;
  const bool limits = judged.xmr && judged.xmr->has_limits;
  for (std::size_t k = 0; k < judged.series.size(); ++k) {
    const Observation& row = data.rows[judged.series[k]];
    if (std::isnan(row.value)) continue;
    chart.figures.push_back({row.period, row.value, row.status == RowStatus::provisional,
                             limits && k < judged.xmr->flags.size() ? judged.xmr->flags[k] : XmrPoint{}});
  }
  chart.xmr = judged.xmr;
  const Indicator& indicator = model.indicators[judged.indicator];
  if (judged.trajectory) chart.trajectory = judged.trajectory->line;
  for (const Milestone& milestone : indicator.milestones) chart.milestones.push_back({milestone.date, milestone.value});
  if (const std::optional<double> target = numeric_value(indicator.target.value);
      target && indicator.target.present && !chart.trajectory.empty()) {
    chart.target = TrajectoryPoint{chart.trajectory.back().date, *target};
  }
  return chart;
}

double ChartGeometry::y_of(double value) const {
  const double span = high - low;
  return box.plot_bottom() - (value - low) / span * (box.plot_bottom() - box.plot_top());
}

namespace {

/// Least room between two labels at the right of the plot.
constexpr double label_spacing = 12;

/// A round step near a quarter of `span`: 1, 2, 2.5 or 5 times a power of ten.
double tick_step(double span) {
  const double raw = span / 4;
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  for (const double nice : {1.0, 2.0, 2.5, 5.0}) {
    if (nice * magnitude >= raw) return nice * magnitude;
  }
  return 10 * magnitude;
}

/// Maps dates to x: the first figure's period end on the left, the last one's on the right, with a
/// little room at each end; a single figure sits in the middle.
struct DateScale {
  Date first;
  int days = 0;
  double left = 0, right = 0;

  double x_of(const Date& date) const {
    if (days == 0) return (left + right) / 2;
    const double pad = (right - left) * 0.03;
    return left + pad + days_between(first, date) * (right - left - 2 * pad) / days;
  }
};

/// The runs of figures in consecutive periods, and the periods missing between them.
void find_runs(const ChartData& data, ChartGeometry& geometry) {
  for (std::size_t k = 0; k < data.figures.size(); ++k) {
    if (k == 0) {
      geometry.runs.push_back({0});
      continue;
    }
    const Period& before = data.figures[k - 1].period;
    const Period& now = data.figures[k].period;
    Period next = next_period(before);
    if (next.first == now.first || now.first <= before.last) {
      geometry.runs.back().push_back(k);
      continue;
    }
    ChartGap gap{k - 1, next, next, 0};
    for (; next.first < now.first; next = next_period(next)) {
      gap.last = next;
      ++gap.count;
    }
    geometry.gaps.push_back(std::move(gap));
    geometry.runs.push_back({k});
  }
}

/// The lowest and highest value the chart must show: figures, lines, trajectory, milestones.
std::pair<double, double> value_range(const ChartData& data, const ChartGeometry& geometry) {
  double low = INFINITY, high = -INFINITY;
  const auto include = [&](double v) {
    low = std::min(low, v);
    high = std::max(high, v);
  };
  for (const ChartFigure& figure : data.figures) include(figure.value);
  for (const ChartRule& rule : geometry.rules) include(rule.value);
  for (const ChartMilestone& milestone : geometry.milestones) include(milestone.milestone.value);
  if (!std::isfinite(low)) return {0, 1};
  if (high - low < 1e-9) return {low - 1, high + 1};
  return {low, high};
}

/// The horizontal lines: mean and limits when the XmR chart has them, and the target.
void add_rules(const ChartData& data, ChartGeometry& geometry) {
  using Kind = ChartRule::Kind;
  if (data.xmr && data.xmr->has_limits) {
    const XmrChart& xmr = *data.xmr;
    geometry.rules.push_back({Kind::upper_limit, xmr.upper_limit, 0, 0, "upper limit " + show_number(xmr.upper_limit)});
    geometry.rules.push_back({Kind::mean, xmr.mean, 0, 0, "mean " + show_number(xmr.mean)});
    geometry.rules.push_back({Kind::lower_limit, xmr.lower_limit, 0, 0, "lower limit " + show_number(xmr.lower_limit)});
  }
  if (data.target)
    geometry.rules.push_back({Kind::target, data.target->value, 0, 0, "target " + show_number(data.target->value)});
}

/// The trajectory across the period shown (its values at both ends and at each of its points
/// between), and the milestones inside that period.
void add_trajectory(const ChartData& data, const DateScale& dates, ChartGeometry& geometry,
                    std::vector<std::pair<Date, double>>& line) {
  if (data.trajectory.empty() || data.figures.empty()) return;
  const Date from = data.figures.front().period.last;
  const Date to = data.figures.back().period.last;
  line.emplace_back(from, expected_at(data.trajectory, from));
  for (const TrajectoryPoint& point : data.trajectory) {
    if (point.date > from && point.date < to) line.emplace_back(point.date, point.value);
  }
  if (to > from) line.emplace_back(to, expected_at(data.trajectory, to));
  for (const TrajectoryPoint& milestone : data.milestones) {
    if (milestone.date >= from && milestone.date <= to) {
      geometry.milestones.push_back({{dates.x_of(milestone.date), 0}, milestone});
    }
  }
}

/// Round ticks on the value axis; the plot spans from the tick below the lowest value to the
/// tick above the highest.
void value_axis(double low, double high, ChartGeometry& geometry) {
  const double step = tick_step(high - low);
  geometry.low = std::floor(low / step) * step;
  geometry.high = std::ceil(high / step) * step;
  if (geometry.high - geometry.low < step / 2) geometry.high = geometry.low + step;
  for (double v = geometry.low; v <= geometry.high + step / 1000; v += step) {
    geometry.y_ticks.push_back({geometry.y_of(v), show_number(std::abs(v) < step / 1000 ? 0 : v)});
  }
}

/// Period labels under some figures: about six, the first and the last always.
void period_axis(const ChartData& data, ChartGeometry& geometry) {
  const std::size_t n = data.figures.size();
  if (n == 0) return;
  const std::size_t every = std::max<std::size_t>(1, (n + 5) / 6);
  for (std::size_t k = 0; k < n; k += every) {
    if (k > 0 && n - 1 - k < every / 2 + 1 && k != n - 1) continue;  // too close to the last
    geometry.x_ticks.push_back({geometry.points[k].x, to_string(data.figures[k].period)});
  }
  if (geometry.x_ticks.back().label != to_string(data.figures.back().period)) {
    geometry.x_ticks.push_back({geometry.points.back().x, to_string(data.figures.back().period)});
  }
}

/// Moves the rules' labels apart, keeping their order, so that none overlaps another.
void spread_labels(ChartGeometry& geometry) {
  std::vector<ChartRule*> order;
  for (ChartRule& rule : geometry.rules) {
    rule.label_y = rule.y;
    order.push_back(&rule);
  }
  std::stable_sort(order.begin(), order.end(), [](const ChartRule* a, const ChartRule* b) { return a->y < b->y; });
  for (std::size_t k = 1; k < order.size(); ++k) {
    order[k]->label_y = std::max(order[k]->label_y, order[k - 1]->label_y + label_spacing);
  }
  const double bottom = geometry.box.height - 4;
  for (std::size_t k = order.size(); k-- > 0;) {
    const double limit = k + 1 < order.size() ? order[k + 1]->label_y - label_spacing : bottom;
    order[k]->label_y = std::min(order[k]->label_y, limit);
  }
}

}  // namespace

ChartGeometry chart_geometry(const ChartData& data, const ChartBox& box) {
  ChartGeometry geometry;
  geometry.box = box;
  if (data.figures.empty()) return geometry;
  const DateScale dates{data.figures.front().period.last,
                        days_between(data.figures.front().period.last, data.figures.back().period.last),
                        box.plot_left(), box.plot_right()};
  find_runs(data, geometry);
  add_rules(data, geometry);
  std::vector<std::pair<Date, double>> line;
  add_trajectory(data, dates, geometry, line);
  auto [low, high] = value_range(data, geometry);
  for (const auto& [date, value] : line) {
    low = std::min(low, value);
    high = std::max(high, value);
  }
  value_axis(low, high, geometry);
  for (const ChartFigure& figure : data.figures) {
    geometry.points.push_back({dates.x_of(figure.period.last), geometry.y_of(figure.value)});
  }
  for (const auto& [date, value] : line) geometry.trajectory.push_back({dates.x_of(date), geometry.y_of(value)});
  for (ChartMilestone& milestone : geometry.milestones) milestone.at.y = geometry.y_of(milestone.milestone.value);
  for (ChartRule& rule : geometry.rules) rule.y = geometry.y_of(rule.value);
  spread_labels(geometry);
  period_axis(data, geometry);
  return geometry;
}

}  // namespace toc
