// Judging the latest figure against the line from the baseline through each milestone to the
// target (docs/progress.md, "Trajectory"). Pure functions on plain data.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "model/model.h"

namespace toc {

/// A point of the trajectory: the value expected on a date.
struct TrajectoryPoint {
  Date date;
  double value = 0;
};

/// Where the latest figure stands against the trajectory.
enum class TrajectoryVerdict : std::uint8_t {
  achieved,   ///< the final target is reached (or passed, in the better direction)
  on_track,   ///< no further short of the expected value than the tolerance
  behind,     ///< short by more than the tolerance, but better than the baseline: moving, too slowly
  off_track,  ///< short by more than the tolerance, and no better than the baseline
};
std::string_view to_string(TrajectoryVerdict verdict);

/// The verdict and the figures it was reached from.
struct Trajectory {
  TrajectoryVerdict verdict = TrajectoryVerdict::off_track;
  double latest = 0;     ///< the figure judged
  Date at;               ///< its date: the last day of its period
  double expected = 0;   ///< the trajectory's value on that date
  double shortfall = 0;  ///< how far the figure is worse than expected (negative: better)
  double tolerance = 0;
  Direction better = Direction::increase;  ///< the indicator's direction, or the way the target lies
  std::vector<TrajectoryPoint> line;       ///< baseline, milestones, target, in date order
};

/// The trajectory of `indicator`: from its baseline (or, failing a numeric one, `first`, its first
/// measurement) through its milestones to its target. Nothing when there is no numeric target
/// and no milestone. A baseline without a date starts on the strategy's start, else on `first`'s
/// date; a target without a date falls on the strategy's end, else on its last milestone.
std::optional<std::vector<TrajectoryPoint>> trajectory_line(const Indicator& indicator, const Strategy& strategy,
                                                            std::optional<TrajectoryPoint> first);

/// The value of `line` on `date`: linear between its points, its first value before them and
/// its last after them.
double expected_at(const std::vector<TrajectoryPoint>& line, const Date& date);

/// Judges `latest` on `at` against `line` (see TrajectoryVerdict).
Trajectory judge_trajectory(std::vector<TrajectoryPoint> line, Direction direction, double tolerance, double latest,
                            const Date& at);

/// A baseline or target value as a number: "40", "12.5", "40%"; nothing for words.
std::optional<double> numeric_value(const std::string& value);

}  // namespace toc
