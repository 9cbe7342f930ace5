#include "progress/ordinal.h"

#include <map>

namespace toc {

std::string_view to_string(Movement movement) {
  static constexpr std::string_view names[] = {"one period", "improving", "worsening", "no change"};
  return names[static_cast<int>(movement)];
}

OrdinalSummary summarise_ordinal(const Measurements& data, std::span<const std::uint32_t> rows, std::size_t levels,
                                 Direction better) {
  OrdinalSummary summary;
  for (const std::uint32_t r : rows) {
    const Observation& row = data.rows[r];
    if (row.level < 0) continue;
    if (summary.periods.empty() || summary.periods.back().period != row.period) {
      summary.periods.push_back({row.period, std::vector<std::uint32_t>(levels)});
    }
    ++summary.periods.back().counts[static_cast<std::size_t>(row.level)];
  }
  if (summary.periods.size() < 2) return summary;
  // Each group's level in the first and in the latest period (area and group together name it).
  std::map<std::pair<Label, Label>, std::pair<int, int>> levels_of;
  const Period& first = summary.periods.front().period;
  const Period& latest = summary.periods.back().period;
  for (const std::uint32_t r : rows) {
    const Observation& row = data.rows[r];
    auto& [from, to] = levels_of.try_emplace({row.area, row.group}, -1, -1).first->second;
    if (row.period == first) from = row.level;
    if (row.period == latest) to = row.level;
  }
  const int up = better == Direction::decrease ? -1 : 1;
  for (const auto& [group, moved] : levels_of) {
    if (moved.first < 0 || moved.second < 0) continue;
    const int step = (moved.second - moved.first) * up;
    if (step > 0)
      ++summary.moved_up;
    else if (step < 0)
      ++summary.moved_down;
    else
      ++summary.unchanged;
  }
  summary.movement = summary.moved_up > summary.moved_down   ? Movement::improving
                     : summary.moved_down > summary.moved_up ? Movement::worsening
                                                             : Movement::no_change;
  return summary;
}

}  // namespace toc
