#include "progress/freshness.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace toc {

std::string_view to_string(FreshnessState state) {
  static constexpr std::string_view names[] = {"fresh", "stale", "no data"};
  return names[static_cast<int>(state)];
}

std::optional<int> period_days(std::string_view frequency, std::optional<Granularity> granularity) {
  std::string words(frequency);
  std::transform(words.begin(), words.end(), words.begin(), [](unsigned char c) { return std::tolower(c); });
  // The first key found in the frequency's words wins: "every six months" is half-yearly.
  static constexpr std::pair<std::string_view, int> keys[] = {
      {"daily", 1},  {"week", 7},     {"fortnight", 14}, {"six month", 183}, {"half", 183}, {"biannual", 183},
      {"month", 31}, {"quarter", 92}, {"term", 122},     {"annual", 366},    {"year", 366},
  };
  for (const auto& [key, days] : keys) {
    if (words.find(key) != std::string::npos) return days;
  }
  if (!granularity) return std::nullopt;
  switch (*granularity) {
    case Granularity::day:
      return 1;
    case Granularity::month:
      return 31;
    case Granularity::quarter:
      return 92;
    case Granularity::year:
    case Granularity::financial_year:
      return 366;
  }
  return std::nullopt;
}

Freshness judge_freshness(const Indicator& indicator, const std::optional<Period>& latest, const Date& as_of) {
  Freshness freshness;
  if (!latest) return freshness;
  if (indicator.lag_days) {
    freshness.lag_days = *indicator.lag_days;
  } else {
    freshness.derived = true;
    freshness.lag_days = period_days(indicator.frequency, latest->granularity).value_or(0) + grace_days;
  }
  freshness.due = add_days(latest->last, freshness.lag_days);
  freshness.state = as_of > freshness.due ? FreshnessState::stale : FreshnessState::fresh;
  return freshness;
}

}  // namespace toc
