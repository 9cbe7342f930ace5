#include "progress/trajectory.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "progress/period.h"

namespace toc {

std::string_view to_string(TrajectoryVerdict verdict) {
  static constexpr std::string_view names[] = {"achieved", "on track", "behind", "off track"};
  return names[static_cast<int>(verdict)];
}

std::optional<double> numeric_value(const std::string& value) {
  std::string_view text = value;
  if (!text.empty() && text.back() == '%') text.remove_suffix(1);
  double number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() || !std::isfinite(number)) {
    return std::nullopt;
  }
  return number;
}

std::optional<std::vector<TrajectoryPoint>> trajectory_line(const Indicator& indicator, const Strategy& strategy,
                                                            std::optional<TrajectoryPoint> first) {
  const std::optional<double> target = indicator.target.present ? numeric_value(indicator.target.value) : std::nullopt;
  if (!target && indicator.milestones.empty()) return std::nullopt;
  std::optional<TrajectoryPoint> start;
  if (const std::optional<double> baseline = numeric_value(indicator.baseline.value);
      indicator.baseline.present && baseline) {
    const std::optional<Date> date = indicator.baseline.date ? indicator.baseline.date
                                     : strategy.start        ? strategy.start
                                     : first                 ? std::optional<Date>(first->date)
                                                             : std::nullopt;
    if (date) start = TrajectoryPoint{*date, *baseline};
  }
  if (!start) start = first;
  if (!start) return std::nullopt;
  std::vector<TrajectoryPoint> line{*start};
  for (const Milestone& milestone : indicator.milestones) {
    if (milestone.date > line.back().date) line.push_back({milestone.date, milestone.value});
  }
  if (target) {
    const double value = target.value();
    const std::optional<Date> date = indicator.target.date ? indicator.target.date : strategy.end;
    if (date && *date > line.back().date) line.push_back({*date, value});
    if (!date && line.size() > 1) line.back().value = value;  // the target holds from the last milestone
  }
  if (line.size() < 2) return std::nullopt;
  return line;
}

double expected_at(const std::vector<TrajectoryPoint>& line, const Date& date) {
  if (date <= line.front().date) return line.front().value;
  if (date >= line.back().date) return line.back().value;
  const auto after = std::find_if(line.begin(), line.end(), [&](const TrajectoryPoint& p) { return p.date >= date; });
  const TrajectoryPoint& a = *std::prev(after);
  const TrajectoryPoint& b = *after;
  const double span = days_between(a.date, b.date);
  return a.value + (b.value - a.value) * (days_between(a.date, date) / span);
}

Trajectory judge_trajectory(std::vector<TrajectoryPoint> line, Direction direction, double tolerance, double latest,
                            const Date& at) {
  Trajectory result;
  result.better = direction != Direction::none             ? direction
                  : line.back().value < line.front().value ? Direction::decrease
                                                           : Direction::increase;
  const double sign = result.better == Direction::increase ? 1.0 : -1.0;
  result.latest = latest;
  result.at = at;
  result.tolerance = tolerance;
  result.expected = expected_at(line, at);
  result.shortfall = sign * (result.expected - latest);
  const double final_gap = sign * (line.back().value - latest);
  const double from_baseline = sign * (latest - line.front().value);
  if (final_gap <= 0)
    result.verdict = TrajectoryVerdict::achieved;
  else if (result.shortfall <= tolerance + 1e-9 * std::max(1.0, std::abs(result.expected)))
    result.verdict = TrajectoryVerdict::on_track;
  else if (from_baseline > 0)
    result.verdict = TrajectoryVerdict::behind;
  else
    result.verdict = TrajectoryVerdict::off_track;
  result.line = std::move(line);
  return result;
}

}  // namespace toc
