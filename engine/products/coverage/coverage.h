// Coverage: how much of a strategy can be measured and how well its arrows are argued, per
// priority, per level and in total. Data only; `toc coverage` and the report print it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"
#include "model/model.h"

namespace toc {

/// `count` of `total` things have a property. A share of nothing (total 0) is not a 0% share.
struct Share {
  std::size_t count = 0;
  std::size_t total = 0;
  void add(bool has) {
    ++total;
    count += has ? 1 : 0;
  }
  /// count / total, or -1 when total is 0.
  double ratio() const { return total ? static_cast<double>(count) / static_cast<double>(total) : -1.0; }
};

/// The figures for one part of the model (a priority, a level, or the whole model).
struct CoverageRow {
  std::string key;        ///< priority id, level name ("short", "impact", ...), or "total"
  std::string label;      ///< what a reader sees: the priority's title, "Short-term outcomes", "Total"
  Share measured;         ///< outcomes and impacts with at least one indicator
  Share complete;         ///< outcomes and impacts with an indicator that has a baseline, target and source
  Share reaching_impact;  ///< activities with a path to an impact (feedback links not followed)
  /// Outcome steps (is_outcome_step: outcome to outcome or impact) that state an assumption: the
  /// arrows `toc check` asks to be argued, and no others.
  Share with_assumption;
  Share with_evidence;  ///< outcome steps that cite evidence
};

/// How far one principle (a "golden thread") runs through the strategy's activities.
struct PrincipleRow {
  std::string key;    ///< the principle's id
  std::string label;  ///< its title
  Share activities;   ///< activities that name it in `principles`, of all activities
  Share priorities;   ///< priorities with at least one such activity, of all priorities
};

/// One of a row's five figures: its key in JSON, its column header, what it counts (for a
/// sentence), and where it is in a row. Every printer of coverage (table, JSON, report, diff)
/// lists the figures from here, in this order.
struct CoverageFigure {
  std::string_view key;     ///< "measured", ...
  std::string_view header;  ///< "Measured", ...
  std::string_view counts;  ///< "Outcomes and impacts with an indicator", ...
  Share CoverageRow::*share;
};
inline constexpr CoverageFigure coverage_figures[] = {
    {"measured", "Measured", "Outcomes and impacts with an indicator", &CoverageRow::measured},
    {"complete", "Complete", "... with a complete indicator", &CoverageRow::complete},
    {"reaching_impact", "Reach impact", "Activities with a path to an impact", &CoverageRow::reaching_impact},
    {"with_assumption", "Assumption", "Outcome steps that state an assumption", &CoverageRow::with_assumption},
    {"with_evidence", "Evidence", "Outcome steps that cite evidence", &CoverageRow::with_evidence},
};

/// A pathway (activity -> ... -> impact) and its weakest step: the first link with the lowest
/// strength stated (see paths.h), or `none` when no step of the pathway states a strength.
struct PathwayWeakness {
  static constexpr LinkIndex none = UINT32_MAX;
  NodeIndex start = no_node;
  NodeIndex end = no_node;
  LinkIndex weakest = none;
};

/// The figures a board reads, in the order it reads them.
struct Coverage {
  /// One row per priority, in the order they are written, then "Not under a priority" when anything is not.
  /// A node is under the priorities place_under_priorities gives it (graph/placement.h): those it
  /// names, or, for what the activities lead to, those of every activity that reaches it. An
  /// outcome step is under its start's priorities.
  std::vector<CoverageRow> by_priority;
  /// One row per level of the chain that has anything in it: input … impact, outcomes by term.
  /// An outcome step counts at the level it starts from.
  std::vector<CoverageRow> by_level;
  /// In a workspace, one row per strategy, in workspace order; empty for a single model.
  /// An outcome step counts in the strategy it starts from.
  std::vector<CoverageRow> by_strategy;
  CoverageRow total;
  /// One row per [principle.*], in the order they are written; empty when the model declares none.
  std::vector<PrincipleRow> principles;
  /// The weakest step of each pathway from an activity to an impact, at most
  /// max_coverage_pathways of them; `pathway_total` counts them all.
  std::vector<PathwayWeakness> pathways;
  std::uint64_t pathway_total = 0;
};

inline constexpr std::size_t max_coverage_pathways = 10000;

/// An indicator a board can track: it has a baseline and a target that are figures (is_figure:
/// words such as "to be agreed" are pending, not figures) and a source.
bool is_complete(const Indicator& indicator);

Coverage compute_coverage(const Model& model, const Graph& graph);

}  // namespace toc
