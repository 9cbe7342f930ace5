// The small charts of the board report's progress section (docs/progress.md, "The board
// report"): an indicator's figures over time as a run chart, with the XmR chart's mean and
// limits, the trajectory, milestones and target. Worked out first as geometry (plain numbers,
// which the unit tests check: gaps, provisional points, limits, milestones), then written as
// inline SVG.
//
//   const ChartData data = chart_data(model, measurements, judged);
//   const ChartGeometry geometry = chart_geometry(data);
//   std::string svg = chart_svg(data, geometry, {"chart-3", "Referrals: on track", "..."});
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/model.h"
#include "progress/measurements.h"
#include "progress/progress.h"

namespace toc {

/// One figure of the series judged.
struct ChartFigure {
  Period period;
  double value = 0;
  bool provisional = false;
  XmrPoint flag;  ///< the XmR rules that flag it, when the chart has limits
};

/// What a chart shows, taken from an indicator's judgement.
struct ChartData {
  std::vector<ChartFigure> figures;         ///< in period order; missing periods are simply absent
  std::optional<XmrChart> xmr;              ///< drawn (mean and limits) only when it has limits
  std::vector<TrajectoryPoint> trajectory;  ///< baseline, milestones, target; empty: none
  std::vector<TrajectoryPoint> milestones;  ///< the indicator's `targets`
  std::optional<TrajectoryPoint> target;    ///< a numeric target, on its date (or the line's end)
};

/// The chart data of a numeric indicator `judged` (its series, XmR chart and trajectory).
ChartData chart_data(const Model& model, const Measurements& data, const IndicatorProgress& judged);

/// The drawing area, in SVG units: the whole chart, and the margins around the plot.
struct ChartBox {
  double width = 560, height = 220;
  double left = 52, right = 112, top = 12, bottom = 34;
  double plot_left() const { return left; }
  double plot_right() const { return width - right; }
  double plot_top() const { return top; }
  double plot_bottom() const { return height - bottom; }
};

/// A figure's place on the chart.
struct PlotPoint {
  double x = 0, y = 0;
};

/// A horizontal line across the plot, labelled at its right end.
struct ChartRule {
  enum class Kind { mean, upper_limit, lower_limit, target } kind = Kind::mean;
  double value = 0;
  double y = 0;
  double label_y = 0;  ///< moved up or down so that labels do not overlap
  std::string label;   ///< "mean 48.39", "upper limit 55.57", "target 50"
};

/// A milestone inside the period the chart spans.
struct ChartMilestone {
  PlotPoint at;
  TrajectoryPoint milestone;
};

/// A place on an axis and its label.
struct ChartTick {
  double at = 0;
  std::string label;
};

/// Periods with no figure between two that have one: drawn as a break in the line, never as zero.
struct ChartGap {
  std::size_t after = 0;  ///< the figure before the gap
  Period first, last;     ///< the first and the last period without a figure
  std::size_t count = 0;  ///< how many periods have none
};

/// The periods of `gap` in words: "2025-08", or "2025-08 to 2025-12 (5 periods)".
std::string describe_gap(const ChartGap& gap);

struct ChartGeometry {
  ChartBox box;
  double low = 0, high = 1;       ///< the values at the bottom and the top of the plot
  std::vector<PlotPoint> points;  ///< parallel to ChartData::figures
  /// Runs of figures in consecutive periods (indices into `points`): each is joined by a line; a
  /// gap ends one run and starts the next.
  std::vector<std::vector<std::size_t>> runs;
  std::vector<ChartGap> gaps;
  std::vector<ChartRule> rules;       ///< mean and limits (XmR with limits), target
  std::vector<PlotPoint> trajectory;  ///< the trajectory across the period shown
  std::vector<ChartMilestone> milestones;
  std::vector<ChartTick> x_ticks, y_ticks;

  /// The y of `value`.
  double y_of(double value) const;
};

/// Lays `data` out in `box`. The x axis runs by date (each figure at its period's last day), so a
/// missing period leaves room and a break in the line; the y axis spans the figures, the limits,
/// the trajectory and the target, with round ticks.
ChartGeometry chart_geometry(const ChartData& data, const ChartBox& box = {});

/// The accessible names of one chart: an id unique in the page, a title and a description.
struct ChartText {
  std::string id;           ///< e.g. "progress-chart-3"; ids of its <title> and <desc> derive from it
  std::string title;        ///< "Referrals each month: on track"
  std::string description;  ///< the caption's words: method, status, latest figure, gaps
};

/// The chart as an inline <svg role="img"> with <title> and <desc>: gaps as breaks (and a shaded
/// band), provisional figures hollow, special-cause figures by shape and colour (NHS Making Data
/// Count: blue improvement, orange concern), mean solid, limits dashed, target dotted, the
/// trajectory dashed with milestones as diamonds; every point has a tooltip.
std::string chart_svg(const ChartData& data, const ChartGeometry& geometry, const ChartText& text);

/// The distribution of an ordinal indicator's groups across its levels, one stacked bar per
/// period, each part labelled with its count.
std::string ordinal_chart_svg(const Indicator& indicator, const OrdinalSummary& summary, const ChartText& text);

/// The shade of level `level` of `levels` (light for the lowest, dark for the highest).
std::string level_colour(std::size_t level, std::size_t levels);

}  // namespace toc
