// Ordinal measures (levels such as the LLR phases aware → sensitive → responsive → informed):
// how the groups spread across the levels in each period, and how that moved (docs/progress.md).
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "model/model.h"
#include "progress/measurements.h"

namespace toc {

/// How many groups were at each level in one period.
struct LevelCounts {
  Period period;
  std::vector<std::uint32_t> counts;  ///< per level, lowest first
};

/// Which way the groups moved between the first and the latest period.
enum class Movement : std::uint8_t {
  single_period,  ///< one period only: nothing to compare
  improving,      ///< more groups moved to a better level than to a worse one
  worsening,      ///< more moved to a worse level
  no_change,      ///< as many moved each way (often none)
};
std::string_view to_string(Movement movement);

struct OrdinalSummary {
  std::vector<LevelCounts> periods;  ///< in period order
  /// Groups found in both the first and the latest period, by how they moved.
  std::uint32_t moved_up = 0, moved_down = 0, unchanged = 0;
  Movement movement = Movement::single_period;
};

/// Summarises `rows` (indices into `data.rows`, in period order) of an indicator with `levels`
/// levels; `better` is its direction (higher levels are better unless it is `decrease`).
OrdinalSummary summarise_ordinal(const Measurements& data, std::span<const std::uint32_t> rows, std::size_t levels,
                                 Direction better);

}  // namespace toc
