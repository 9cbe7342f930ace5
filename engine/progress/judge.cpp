#include <algorithm>

#include <fmt/format.h>

#include "progress/progress.h"
#include "progress/rollup.h"

namespace toc {

std::string_view to_string(Status status) {
  static constexpr std::string_view names[status_count] = {"achieved",   "on track", "behind",     "off track",
                                                           "improving",  "concern",  "not moving", "special cause",
                                                           "not judged", "reported", "no data"};
  return names[static_cast<int>(status)];
}

std::span<const std::string_view> progress_codes() {
  static constexpr std::string_view codes[] = {"bad-data-file",
                                               "empty-measurements",
                                               "bad-csv",
                                               "missing-column",
                                               "unknown-column",
                                               "ragged-row",
                                               "unknown-indicator",
                                               "bad-period",
                                               "mixed-periods",
                                               "period-outside-strategy",
                                               "bad-measurement",
                                               "inconsistent-ratio",
                                               "duplicate-measurement",
                                               "no-data",
                                               "stale-data"};
  return codes;
}

std::string_view to_string(Method method) {
  static constexpr std::string_view names[] = {"none", "trajectory", "XmR", "ordinal distribution", "latest value"};
  return names[static_cast<int>(method)];
}

namespace {

/// The rows judged: the figures for the whole (no area, no group); when every row is a breakdown
/// of one and the same area and group, those. Ordinal measures judge every group.
std::vector<std::uint32_t> headline_series(const Measurements& data, const std::vector<std::uint32_t>& rows,
                                           Measure measure) {
  if (measure == Measure::ordinal || rows.empty()) return rows;
  std::vector<std::uint32_t> whole;
  whole.reserve(rows.size());
  std::copy_if(rows.begin(), rows.end(), std::back_inserter(whole),
               [&](std::uint32_t r) { return data.rows[r].area == 0 && data.rows[r].group == 0; });
  if (!whole.empty()) return whole;
  const Observation& first = data.rows[rows.front()];
  const bool one_breakdown = std::all_of(rows.begin(), rows.end(), [&](std::uint32_t r) {
    return data.rows[r].area == first.area && data.rows[r].group == first.group;
  });
  return one_breakdown ? rows : std::vector<std::uint32_t>{};
}

Status status_of(TrajectoryVerdict verdict) {
  switch (verdict) {
    case TrajectoryVerdict::achieved:
      return Status::achieved;
    case TrajectoryVerdict::on_track:
      return Status::on_track;
    case TrajectoryVerdict::behind:
      return Status::behind;
    case TrajectoryVerdict::off_track:
      return Status::off_track;
  }
  return Status::not_judged;
}

Status status_of(Variation variation) {
  switch (variation) {
    case Variation::common_cause:
      return Status::not_moving;
    case Variation::improvement:
      return Status::improving;
    case Variation::concern:
      return Status::concern;
    case Variation::neutral_high:
    case Variation::neutral_low:
      return Status::special_cause;
  }
  return Status::not_judged;
}

Status status_of(Movement movement) {
  switch (movement) {
    case Movement::improving:
      return Status::improving;
    case Movement::worsening:
      return Status::concern;
    case Movement::no_change:
      return Status::not_moving;
    case Movement::single_period:
      return Status::not_judged;
  }
  return Status::not_judged;
}

/// Trajectory and XmR for a numeric series; the status from the first that can judge it.
void judge_numbers(const Model& model, const Measurements& data, const JudgeOptions& options,
                   IndicatorProgress& result) {
  const Indicator& indicator = model.indicators[result.indicator];
  std::vector<double> values;
  values.reserve(result.series.size());
  for (const std::uint32_t r : result.series) values.push_back(data.rows[r].value);
  const Observation& first = data.rows[result.series.front()];
  const Observation& latest = data.rows[result.series.back()];
  const std::size_t member = model.member_of(indicator.range.file);
  const Strategy& strategy = member == no_member ? model.strategy : model.members[member].strategy;
  if (auto line = trajectory_line(indicator, strategy, TrajectoryPoint{first.period.last, first.value})) {
    result.trajectory = judge_trajectory(std::move(*line), indicator.direction, indicator.tolerance.value_or(0),
                                         latest.value, latest.period.last);
  }
  const Direction better = result.trajectory ? result.trajectory->better : indicator.direction;
  const std::optional<double> target_now =
      result.trajectory ? std::optional<double>(result.trajectory->expected) : std::nullopt;
  result.xmr = xmr_chart(values, better, target_now, options.xmr);
  if (result.trajectory) {
    result.status = status_of(result.trajectory->verdict);
    result.method = Method::trajectory;
  } else if (result.xmr->has_limits) {
    result.status = status_of(result.xmr->latest);
    result.method = Method::xmr;
  } else {
    result.status = Status::not_judged;
    result.method = Method::latest_value;
  }
}

}  // namespace

IndicatorProgress judge_indicator(const Model& model, const Measurements& data, std::uint32_t indicator,
                                  const JudgeOptions& options) {
  IndicatorProgress result;
  result.indicator = indicator;
  const Indicator& measured = model.indicators[indicator];
  if (indicator < data.by_indicator.size()) {
    result.rows.reserve(data.by_indicator[indicator].size());
    for (const std::uint32_t r : data.by_indicator[indicator]) {
      if (data.rows[r].period.last <= options.as_of) result.rows.push_back(r);
    }
  }
  result.series = headline_series(data, result.rows, measured.measure);
  if (result.series.empty()) {
    // Breakdowns by several areas or groups and no figure for the whole: nothing to judge as one.
    if (!result.rows.empty()) result.status = Status::not_judged;
    return result;
  }
  result.freshness = judge_freshness(measured, data.rows[result.series.back()].period, options.as_of);
  if (measured.measure == Measure::text) {
    result.status = Status::reported;
    result.method = Method::latest_value;
  } else if (measured.measure == Measure::ordinal) {
    result.ordinal = summarise_ordinal(data, result.series, measured.levels.size(), measured.direction);
    result.status = status_of(result.ordinal->movement);
    result.method = Method::ordinal;
  } else {
    judge_numbers(model, data, options, result);
  }
  return result;
}

Progress judge_progress(const Model& model, const Graph& graph, const Measurements& data, const JudgeOptions& options) {
  Progress progress;
  progress.as_of = options.as_of;
  progress.indicators.reserve(model.indicators.size());
  for (std::uint32_t i = 0; i < model.indicators.size(); ++i) {
    progress.indicators.push_back(judge_indicator(model, data, i, options));
  }
  progress.rollups = roll_up(model, graph, progress);
  progress.findings = find_failing_pathways(model, graph, progress);
  return progress;
}

void report_data_gaps(const Model& model, const Measurements& data, const Progress& progress,
                      Diagnostics& diagnostics) {
  for (const IndicatorProgress& judged : progress.indicators) {
    const Indicator& indicator = model.indicators[judged.indicator];
    if (judged.rows.empty() && indicator.target.present && data.covers(indicator.id)) {
      diagnostics.add({Severity::warning,
                       "no-data",
                       fmt::format("indicator '{}' has a target but no measurements up to {}", indicator.id,
                                   to_string(progress.as_of)),
                       indicator.range,
                       {},
                       fmt::format("add its figures to a measurements file: {},<period>,<value>", indicator.id)});
    }
    if (judged.freshness.state != FreshnessState::stale) continue;
    const Observation& latest = data.rows[*judged.latest()];
    diagnostics.add({Severity::warning,
                     "stale-data",
                     fmt::format("the latest figure of '{}' is for {}; the next was due by {}", indicator.id,
                                 to_string(latest.period), to_string(judged.freshness.due)),
                     indicator.range,
                     {{latest.range, "the latest figure"}},
                     judged.freshness.derived
                         ? fmt::format("add the figures since; if they always come later, set lag_days (now {} days, "
                                       "from its frequency or periods)",
                                       judged.freshness.lag_days)
                         : "add the figures since, or set a longer lag_days"});
  }
}

}  // namespace toc
