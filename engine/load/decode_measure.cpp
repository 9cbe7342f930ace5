#include "load/decode_measure.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace toc {

namespace {

constexpr int max_lag_days = 3660;  ///< ten years: beyond any reporting cycle

void decode_levels(TableReader& read, Indicator& indicator, Diagnostics& diagnostics) {
  const std::vector<Ref> levels = read.refs("levels");
  if (indicator.measure != Measure::ordinal) {
    if (!levels.empty()) {
      diagnostics.error("bad-value", levels.front().range,
                        fmt::format("'levels' of {} apply only to an ordinal measure", read.what()),
                        "add measure = \"ordinal\", or remove levels");
    }
    return;
  }
  if (levels.empty()) {
    diagnostics.error(
        "missing-field", read.range(), fmt::format("{} has measure = \"ordinal\" but no 'levels'", read.what()),
        "list the levels in order, lowest first, e.g. levels = [\"aware\", \"sensitive\", \"responsive\"]");
    return;
  }
  for (auto level = levels.begin(); level != levels.end(); ++level) {
    const auto first = std::find_if(levels.begin(), level, [&](const Ref& r) { return r.id == level->id; });
    if (first != level) {
      diagnostics.add({Severity::error,
                       "bad-value",
                       fmt::format("'levels' of {} lists '{}' twice", read.what(), level->id),
                       level->range,
                       {{first->range, "first listed here"}},
                       {}});
      continue;
    }
    indicator.levels.push_back(level->id);
  }
}

void decode_milestones(TableReader& read, Indicator& indicator, FileId file, Diagnostics& diagnostics) {
  constexpr std::string_view example = "{ value = 50, date = 2026-03-31 }";
  for (const toml::table* table : read.tables("targets", example)) {
    TableReader milestone(*table, file, diagnostics, [&] { return fmt::format("a milestone of {}", read.what()); });
    const std::optional<double> value = milestone.number("value", nullptr, true);
    const std::optional<Date> date = milestone.date("date", nullptr, true);
    milestone.finish();
    if (value && date) indicator.milestones.push_back({*value, *date, milestone.range()});
  }
  std::stable_sort(indicator.milestones.begin(), indicator.milestones.end(),
                   [](const Milestone& a, const Milestone& b) { return a.date < b.date; });
  for (std::size_t i = 1; i < indicator.milestones.size(); ++i) {
    const Milestone& earlier = indicator.milestones[i - 1];
    const Milestone& later = indicator.milestones[i];
    if (earlier.date != later.date) continue;
    diagnostics.add({Severity::error,
                     "bad-value",
                     fmt::format("{} has two milestones dated {}", read.what(), to_string(later.date)),
                     later.range,
                     {{earlier.range, "the other milestone"}},
                     "give each milestone its own date"});
  }
  const Measurement& target = indicator.target;
  if (indicator.milestones.empty() || !target.date || indicator.milestones.back().date <= *target.date) return;
  diagnostics.add({Severity::error,
                   "bad-value",
                   fmt::format("a milestone of {} is dated {}, after its target ({})", read.what(),
                               to_string(indicator.milestones.back().date), to_string(*target.date)),
                   indicator.milestones.back().range,
                   {{target.date_range, "the target's date"}},
                   "milestones lead up to the target: date them on or before it"});
}

void decode_tolerance(TableReader& read, Indicator& indicator, Diagnostics& diagnostics) {
  SourceRange range;
  const std::optional<double> tolerance = read.number("tolerance", &range);
  if (!tolerance) return;
  if (*tolerance < 0 || !std::isfinite(*tolerance)) {
    diagnostics.error("bad-value", range,
                      fmt::format("'tolerance' of {} is {}, which is negative", read.what(), *tolerance),
                      "a tolerance is a distance in the indicator's units, e.g. tolerance = 2");
    return;
  }
  indicator.tolerance = tolerance;
}

void decode_lag(TableReader& read, Indicator& indicator, Diagnostics& diagnostics) {
  SourceRange range;
  const std::optional<double> lag = read.number("lag_days", &range);
  if (!lag) return;
  if (*lag < 0 || *lag > max_lag_days || std::floor(*lag) != *lag) {
    diagnostics.error("bad-value", range,
                      fmt::format("'lag_days' of {} is {}, which is not a whole number of days from 0 to {}",
                                  read.what(), *lag, max_lag_days),
                      "e.g. lag_days = 45: data for a month is stale 45 days after the month ends");
    return;
  }
  indicator.lag_days = static_cast<int>(*lag);
}

}  // namespace

void decode_judging(TableReader& read, Indicator& indicator, FileId file, Diagnostics& diagnostics) {
  indicator.measure = read.choice("measure",
                                  {{"count", Measure::count},
                                   {"rate", Measure::rate},
                                   {"percentage", Measure::percentage},
                                   {"ordinal", Measure::ordinal},
                                   {"text", Measure::text}},
                                  Measure::unspecified);
  decode_levels(read, indicator, diagnostics);
  decode_milestones(read, indicator, file, diagnostics);
  decode_tolerance(read, indicator, diagnostics);
  decode_lag(read, indicator, diagnostics);
}

}  // namespace toc
