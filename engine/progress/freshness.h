// Whether an indicator's data is up to date: its latest period against its lag (docs/progress.md,
// "Freshness").
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "model/model.h"
#include "progress/period.h"

namespace toc {

/// Days a figure may take to arrive after its period ends, beyond the period itself.
inline constexpr int grace_days = 30;

enum class FreshnessState : std::uint8_t { fresh, stale, no_data };
std::string_view to_string(FreshnessState state);

struct Freshness {
  FreshnessState state = FreshnessState::no_data;
  int lag_days = 0;      ///< the indicator's lag_days, or the one derived
  bool derived = false;  ///< the lag came from frequency or the periods, not lag_days
  Date due;              ///< when the next figure is due: the latest period's last day + lag
};

/// The length in days of one reporting period: from `frequency` ("monthly", "quarterly",
/// "termly", "annually", ...), else from `granularity`; nothing when neither says.
std::optional<int> period_days(std::string_view frequency, std::optional<Granularity> granularity);

/// Judges the freshness of an indicator whose latest figure is for `latest` (nothing: no data)
/// as of `as_of`. Stale when `as_of` is after the latest period's last day + the lag.
Freshness judge_freshness(const Indicator& indicator, const std::optional<Period>& latest, const Date& as_of);

}  // namespace toc
