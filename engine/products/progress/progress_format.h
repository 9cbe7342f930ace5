// `toc progress`'s outputs: the terminal table, JSON and CSV of a Progress. The words for each
// indicator (IndicatorCells) are made once and shared by the table and the CSV.
#pragma once

#include <string>
#include <vector>

#include "model/model.h"
#include "progress/progress.h"

namespace toc {

/// One indicator's cells, in words, as the table and the CSV show them.
struct IndicatorCells {
  std::string indicator;   ///< its id
  std::string latest;      ///< "61.2 in 2025-03", "61.2 in 2025-03 (provisional)", "—"
  std::string target;      ///< "75 by 2027-03-31", "—"
  std::string trajectory;  ///< "on track (expected 58.2)", "—"
  std::string variation;   ///< "improvement; hit and miss", "needs 12 points, has 5", "—"
  std::string status;      ///< "on track"
  std::string method;      ///< "trajectory", "XmR", ...
  std::string freshness;   ///< "fresh", "stale since 2025-05-30", "—"
};

/// The latest figure of `judged` in words: "61.2 in 2025-03 (provisional)", "6 groups in 2026-Q3",
/// a text measure's words (cut to `text_limit` code points) and period; "—" when there is none.
std::string latest_figure(const Model& model, const Measurements& data, const IndicatorProgress& judged,
                          std::size_t text_limit);

/// The cells of `judged`.
IndicatorCells indicator_cells(const Model& model, const Measurements& data, const IndicatorProgress& judged);

/// The terminal table, grouped by priority, then by the node each indicator measures; column
/// widths by display width; then the pathway findings and the counts by status.
std::string progress_text(const Model& model, const Measurements& data, const Progress& progress);

/// Every indicator's status, method and figures, the roll-ups and the findings, as JSON
/// ("toc-progress" version 1; see docs/progress.md).
std::string progress_json(const Model& model, const Measurements& data, const Progress& progress);

/// One row per indicator, RFC 4180: indicator, title, status, method, trajectory, variation, ...
std::string progress_csv(const Model& model, const Measurements& data, const Progress& progress);

/// Stands for "no priority" where a priority's index is expected (node_rollups_under).
inline constexpr std::uint32_t no_priority = UINT32_MAX;

/// The roll-ups of the nodes under priority `priority` (an index into Model::priorities; or
/// no_priority: the nodes under none), in chain order: how the table and the report group
/// indicators.
std::vector<const Rollup*> node_rollups_under(const Model& model, const Progress& progress, std::uint32_t priority);

/// A number as people read it: 1104, 12.5, 67.92 (two decimals at most).
std::string show_number(double value);

}  // namespace toc
