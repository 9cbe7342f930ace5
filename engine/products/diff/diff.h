// Stage "diff": what changed between two revisions of a model, as a board would ask it —
// nodes, arrows, indicators, check findings and coverage — as data. Printing lives in
// diff_format.h; `toc diff` runs it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/analyze.h"
#include "products/coverage/coverage.h"

namespace toc {

/// What kind of change; the order is the order reports list them in.
enum class ChangeKind : std::uint8_t {
  node_added,
  node_removed,
  node_renamed,  ///< same title, new id: shown as a rename rather than a remove and an add
  node_retitled,
  node_moved_level,     ///< its kind, or an outcome's term, changed
  node_moved_priority,  ///< the priorities it is under changed
  link_added,
  link_removed,
  assumption_changed,
  evidence_changed,
  strength_changed,
  indicator_added,
  indicator_removed,
  indicator_renamed,
  baseline_changed,
  target_changed,
  finding_introduced,
  finding_resolved,
};

/// "node-added", "assumption-changed", ...: stable names for JSON and tests.
std::string_view to_string(ChangeKind kind);

/// Which part of a report a change belongs to: "nodes", "links", "indicators" or "findings".
std::string_view section_of(ChangeKind kind);

/// One change. Ids are the newer revision's where there is one: a removed thing keeps its old
/// id, and a rename has the old id in `id` and the new one in `other_id`.
struct Change {
  ChangeKind kind = ChangeKind::node_added;
  /// What is changed, as a reader names it: "activity", "outcome", "indicator", "link", or a
  /// finding's severity ("error", "warning").
  std::string entity;
  std::string id;        ///< node or indicator id; a link's start; a finding's code
  std::string other_id;  ///< a link's end; the new id of a rename
  std::string title;     ///< the node's or indicator's title; a finding's message
  std::string before;    ///< the old value ("" when there was none)
  std::string after;     ///< the new value ("" when there is none)
  std::string where;     ///< findings: "file:line" in the revision that has it
};

/// Coverage of both revisions, for "before → after"; see coverage.h for what each share counts.
struct CoverageChange {
  CoverageRow before;
  CoverageRow after;
};

struct ModelDiff {
  std::vector<Change> changes;  ///< by kind, then id
  /// Absent when either revision could not be read whole (its graph was not built).
  std::optional<CoverageChange> coverage;
};

/// Compares two analysed revisions of a model. Things are matched by id; a removed and an added
/// node (or indicator) with the same title are one renamed thing, and arrows and findings are
/// compared through that rename. Findings are matched by code and the ids their message names,
/// not by line, since lines move between revisions.
ModelDiff diff_models(const Analysis& before, const Analysis& after);

}  // namespace toc
