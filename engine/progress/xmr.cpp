#include "progress/xmr.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace toc {

namespace {

constexpr double limit_factor = 2.66;
constexpr double two_sigma_factor = 2 * limit_factor / 3;

int sign(double x) { return (x > 0) - (x < 0); }

/// Per point, the directions (+1 up, -1 down) the rules that flag it point in, by rule.
struct Signals {
  std::vector<int> outside, run, trend, two_of_three;
  explicit Signals(std::size_t n) : outside(n), run(n), trend(n), two_of_three(n) {}
};

/// Points beyond a limit: strictly beyond, as NHSRplotthedots (a point on a limit is inside).
void flag_outside(std::span<const double> y, const XmrChart& c, Signals& s) {
  for (std::size_t i = 0; i < y.size(); ++i) {
    if (y[i] > c.upper_limit) s.outside[i] = 1;
    if (y[i] < c.lower_limit) s.outside[i] = -1;
  }
}

/// Runs of `length` or more points on one side of the mean. A point exactly on the mean is on no
/// side: it ends a run (NHSRplotthedots: sign(y - mean) is 0 there).
void flag_runs(std::span<const double> y, double mean, int length, Signals& s) {
  std::size_t start = 0;
  for (std::size_t i = 0; i <= y.size(); ++i) {
    if (i < y.size() && i > start && sign(y[i] - mean) == sign(y[start] - mean)) continue;
    const int side = start < y.size() ? sign(y[start] - mean) : 0;
    if (side != 0 && i - start >= static_cast<std::size_t>(length)) {
      for (std::size_t k = start; k < i; ++k) s.run[k] = side;
    }
    start = i;
  }
}

/// Trends of `length` or more points, each strictly above (or below) the one before. Two equal
/// neighbours end a trend (NHSRplotthedots: sign(diff) is 0 there).
void flag_trends(std::span<const double> y, int length, Signals& s) {
  std::size_t i = 0;
  while (i + 1 < y.size()) {
    const int direction = sign(y[i + 1] - y[i]);
    if (direction == 0) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;  // the segment i..j steps in `direction` all the way
    while (j + 1 < y.size() && sign(y[j + 1] - y[j]) == direction) ++j;
    // A turning point ends one trend and starts the next: it takes the later one's direction.
    if (j - i + 1 >= static_cast<std::size_t>(length))
      std::fill(s.trend.begin() + i, s.trend.begin() + j + 1, direction);
    i = j;
  }
}

/// Two or three of three points in a row beyond two sigma, all three on one side of the mean.
/// Points beyond the process limits count too (Making Data Count's rule since 2023; see
/// docs/progress.md). The points beyond two sigma are flagged, not the third.
void flag_two_of_three(std::span<const double> y, const XmrChart& c, Signals& s) {
  const auto beyond = [&](std::size_t i) { return y[i] > c.upper_two_sigma ? 1 : y[i] < c.lower_two_sigma ? -1 : 0; };
  for (std::size_t i = 0; i + 2 < y.size(); ++i) {
    const int side = sign(y[i] - c.mean);
    if (side == 0 || sign(y[i + 1] - c.mean) != side || sign(y[i + 2] - c.mean) != side) continue;
    int count = 0;
    for (std::size_t k = i; k < i + 3; ++k) count += beyond(k) == side;
    if (count < 2) continue;
    for (std::size_t k = i; k < i + 3; ++k) {
      if (beyond(k) == side) s.two_of_three[k] = side;
    }
  }
}

/// A flagged point's variation: improvement when any rule flags it in the better direction
/// (improvement wins a conflict), else concern; without a direction, the first rule in the
/// order outside limits, trend, two of three, run says high or low.
Variation classify(int better, std::initializer_list<int> directions) {
  int first = 0;
  bool any_better = false;
  for (const int d : directions) {
    if (d == 0) continue;
    if (first == 0) first = d;
    if (d == better) any_better = true;
  }
  if (first == 0) return Variation::common_cause;
  if (better == 0) return first > 0 ? Variation::neutral_high : Variation::neutral_low;
  return any_better ? Variation::improvement : Variation::concern;
}

Assurance assurance_of(const XmrChart& c, int better, std::optional<double> target) {
  if (!target || better == 0) return Assurance::none;
  if (*target > c.upper_limit) return better > 0 ? Assurance::consistently_missed : Assurance::consistently_met;
  if (*target < c.lower_limit) return better > 0 ? Assurance::consistently_met : Assurance::consistently_missed;
  return Assurance::hit_and_miss;
}

}  // namespace

std::string_view to_string(Variation variation) {
  static constexpr std::string_view names[] = {"common cause", "improvement", "concern", "special cause (high)",
                                               "special cause (low)"};
  return names[static_cast<int>(variation)];
}

std::string_view to_string(Assurance assurance) {
  static constexpr std::string_view names[] = {"", "consistently met", "consistently missed", "hit and miss"};
  return names[static_cast<int>(assurance)];
}

XmrChart xmr_chart(std::span<const double> y, Direction better, std::optional<double> target,
                   const XmrOptions& options) {
  XmrChart c;
  c.points = y.size();
  c.min_points = options.min_points;
  if (y.size() < static_cast<std::size_t>(std::max(options.min_points, 2))) return c;
  c.has_limits = true;
  c.mean = std::accumulate(y.begin(), y.end(), 0.0) / static_cast<double>(y.size());
  double ranges = 0;
  for (std::size_t i = 1; i < y.size(); ++i) ranges += std::abs(y[i] - y[i - 1]);
  c.average_moving_range = ranges / static_cast<double>(y.size() - 1);
  c.lower_limit = c.mean - limit_factor * c.average_moving_range;
  c.upper_limit = c.mean + limit_factor * c.average_moving_range;
  c.lower_two_sigma = c.mean - two_sigma_factor * c.average_moving_range;
  c.upper_two_sigma = c.mean + two_sigma_factor * c.average_moving_range;
  Signals s(y.size());
  flag_outside(y, c, s);
  flag_runs(y, c.mean, options.run, s);
  flag_trends(y, options.trend, s);
  flag_two_of_three(y, c, s);
  const int up = better == Direction::increase ? 1 : better == Direction::decrease ? -1 : 0;
  c.flags.resize(y.size());
  for (std::size_t i = 0; i < y.size(); ++i) {
    XmrPoint& p = c.flags[i];
    p.rules = static_cast<std::uint8_t>((s.outside[i] ? outside_limits : 0) | (s.run[i] ? run : 0) |
                                        (s.trend[i] ? trend : 0) | (s.two_of_three[i] ? two_of_three : 0));
    p.variation = classify(up, {s.outside[i], s.trend[i], s.two_of_three[i], s.run[i]});
  }
  c.latest = c.flags.back().variation;
  c.assurance = assurance_of(c, up, target);
  return c;
}

}  // namespace toc
