// An XmR (individuals) chart by the NHS "Making Data Count" rules, as NHSRplotthedots implements
// them (docs/progress.md, "XmR"): the mean, limits at mean ± 2.66 × the average moving range,
// four special-cause rules, the variation of the latest point and the assurance a target gets.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "model/model.h"

namespace toc {

/// The rules' parameters. The defaults are Making Data Count's.
struct XmrOptions {
  int run = 7;          ///< points in a row on one side of the mean
  int trend = 7;        ///< points in a row, each higher (or each lower) than the one before
  int min_points = 12;  ///< fewer points: no limits, no rules
};

/// The special-cause rules, as bits of XmrPoint::rules.
enum XmrRule : std::uint8_t {
  outside_limits = 1,  ///< beyond a process limit
  run = 2,             ///< part of a run of `run` points on one side of the mean
  trend = 4,           ///< part of a trend of `trend` points rising or falling
  two_of_three = 8,    ///< one of two (or three) of three points in a row beyond two sigma, on one side
};

/// What a point, or the chart's latest point, shows.
enum class Variation : std::uint8_t {
  common_cause,  ///< no rule flags it
  improvement,   ///< special cause in the better direction
  concern,       ///< special cause in the worse direction
  neutral_high,  ///< special cause upwards, for an indicator without a direction
  neutral_low,
};
std::string_view to_string(Variation variation);

/// Whether the process, as it runs, will meet the target.
enum class Assurance : std::uint8_t {
  none,                 ///< no target, no direction, or no limits
  consistently_met,     ///< the target lies beyond the limit on the worse side
  consistently_missed,  ///< the target lies beyond the limit on the better side
  hit_and_miss,         ///< the target lies between the limits
};
std::string_view to_string(Assurance assurance);

struct XmrPoint {
  std::uint8_t rules = 0;  ///< XmrRule bits
  Variation variation = Variation::common_cause;
};

struct XmrChart {
  std::size_t points = 0;
  bool has_limits = false;  ///< false with fewer than min_points: then nothing below is set
  int min_points = 12;
  double mean = 0;
  double average_moving_range = 0;
  double lower_limit = 0, upper_limit = 0;          ///< mean ∓ 2.66 × average moving range
  double lower_two_sigma = 0, upper_two_sigma = 0;  ///< mean ∓ 2/3 of that
  std::vector<XmrPoint> flags;                      ///< one per point
  Variation latest = Variation::common_cause;       ///< the last point's variation
  Assurance assurance = Assurance::none;
};

/// The chart of `values` (in time order; gaps are simply absent). `better` decides improvement and
/// concern; `target` (the value the trajectory expects now) decides assurance.
XmrChart xmr_chart(std::span<const double> values, Direction better, std::optional<double> target,
                   const XmrOptions& options = {});

}  // namespace toc
