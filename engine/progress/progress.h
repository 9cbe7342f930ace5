// Stage "progress": how the strategy is going. Judges every indicator from its measurements by a
// method that fits the data, rolls the statuses up the theory of change and finds the pathways
// whose delivery is on track while the outcome it should move is not (docs/progress.md).
//
//   Measurements data = read_measurements(model, files, declared_data_files(model), diagnostics);
//   Progress progress = judge_progress(model, graph, data, {.as_of = today});
//   report_data_gaps(model, progress, diagnostics);   // no-data, stale-data
//
// Everything here is plain data: indices into the model and the measurements, enums, numbers.
// Words and layout belong to the products (products/progress).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "graph/graph.h"
#include "model/model.h"
#include "progress/freshness.h"
#include "progress/measurements.h"
#include "progress/ordinal.h"
#include "progress/trajectory.h"
#include "progress/xmr.h"

namespace toc {

/// An indicator's headline status.
enum class Status : std::uint8_t {
  achieved,       ///< trajectory: the target is reached
  on_track,       ///< trajectory: within tolerance of the expected value
  behind,         ///< trajectory: short, but better than the baseline
  off_track,      ///< trajectory: short, and no better than the baseline
  improving,      ///< XmR: special cause improvement; ordinal: more groups moved up than down
  concern,        ///< XmR: special cause concern; ordinal: more moved down
  not_moving,     ///< XmR: common cause variation only; ordinal: no movement
  special_cause,  ///< XmR: special cause in an indicator without a direction
  not_judged,     ///< data, but nothing to judge it by: no target and too few points, or one period
  reported,       ///< a text measure: shown, never judged
  no_data,        ///< no measurement (as of the date judged)
};
inline constexpr std::size_t status_count = 11;
/// "on track", "off track", "not moving", ...
std::string_view to_string(Status status);

/// The method that decided an indicator's status. Every status names one.
enum class Method : std::uint8_t { none, trajectory, xmr, ordinal, latest_value };
std::string_view to_string(Method method);

/// How one indicator is going.
struct IndicatorProgress {
  std::uint32_t indicator = 0;        ///< index into Model::indicators
  std::vector<std::uint32_t> series;  ///< the rows judged, in period order (see docs: the headline series)
  std::vector<std::uint32_t> rows;    ///< every row of the indicator up to the date judged, breakdowns included
  std::optional<Trajectory> trajectory;
  std::optional<XmrChart> xmr;  ///< for numeric series with at least one point
  std::optional<OrdinalSummary> ordinal;
  Freshness freshness;
  Status status = Status::no_data;
  Method method = Method::none;

  /// The latest row of the series, if any.
  std::optional<std::uint32_t> latest() const {
    return series.empty() ? std::nullopt : std::optional<std::uint32_t>(series.back());
  }
};

/// Counts of indicators by status: never an average, which would hide a red.
using StatusCounts = std::array<std::uint32_t, status_count>;

/// The statuses of the indicators of one node (an outcome, the impact, or any node measured) or
/// of one priority (the indicators of the nodes under it).
struct Rollup {
  enum class Scope : std::uint8_t { node, priority } scope = Scope::node;
  std::uint32_t index = 0;                ///< a NodeIndex, or an index into Model::priorities
  std::vector<std::uint32_t> indicators;  ///< indices into Progress::indicators
  StatusCounts counts{};
  /// A node's priorities (indices into Model::priorities): its own, or for an output those of the
  /// activities that lead to it (priorities_of); empty for a priority's own roll-up.
  std::vector<std::uint32_t> priorities;
};

/// A step into an outcome or impact whose upstream indicators (of the step's source and of the
/// activities and outputs that lead to it) are all on track, achieved or improving, while every
/// judged indicator of the outcome is off track, a concern or not moving: the theory may be
/// failing, not the delivery. Its assumption is Model::links[link].assumption.
struct PathwayFinding {
  LinkIndex link = 0;
  std::vector<std::uint32_t> upstream;    ///< indices into Progress::indicators, all going well
  std::vector<std::uint32_t> downstream;  ///< the outcome's, none going well
};

struct JudgeOptions {
  Date as_of;  ///< rows whose period ends after it are not yet known
  XmrOptions xmr;
};

struct Progress {
  Date as_of;
  std::vector<IndicatorProgress> indicators;  ///< parallel to Model::indicators
  std::vector<Rollup> rollups;                ///< nodes in model order, then priorities
  std::vector<PathwayFinding> findings;       ///< in link order
};

/// Judges every indicator of `model` from `data` as of `options.as_of`, then rolls up and finds
/// pathways (rollup.h).
Progress judge_progress(const Model& model, const Graph& graph, const Measurements& data, const JudgeOptions& options);

/// Judges one indicator: its series, trajectory, XmR chart or ordinal summary, freshness and
/// headline status.
IndicatorProgress judge_indicator(const Model& model, const Measurements& data, std::uint32_t indicator,
                                  const JudgeOptions& options);

/// The codes the progress stage reports (docs/checks.md, "Measurements"), besides `limit`.
std::span<const std::string_view> progress_codes();

/// Reports `no-data` (an indicator with a target and no measurement) and `stale-data` (the
/// latest measurement is older than the lag allows), both warnings at the indicator.
void report_data_gaps(const Model& model, const Measurements& data, const Progress& progress, Diagnostics& diagnostics);

}  // namespace toc
