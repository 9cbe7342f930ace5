// The indicator checklist for boards: which outcomes and impacts can be measured, and whether each
// indicator has a definition, a baseline, a target, a source and an owner. The plan is worked out
// once from a view and shared by every writer (Markdown, CSV, HTML, XLSX), so they cannot drift.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"
#include "model/model.h"
#include "progress/measurements.h"
#include "progress/progress.h"
#include "view/view.h"

namespace toc {

/// What a board needs of an indicator before it can be tracked, in the order shown.
enum class Quality : std::uint8_t { defined, baseline, target, source, owner };
inline constexpr Quality all_qualities[] = {Quality::defined, Quality::baseline, Quality::target, Quality::source,
                                            Quality::owner};
/// The quality item's name: "defined", "baseline", ...
std::string_view to_string(Quality quality);

/// The quality item as a column or task title: "Defined", "Baseline", ...
std::string_view quality_label(Quality quality);

/// One tick per quality item, indexed by Quality.
using QualityTicks = std::array<bool, std::size(all_qualities)>;
/// defined: has a description (how it is measured); baseline/target: a figure (is_figure, model.h);
/// source/owner: not empty.
QualityTicks quality_of(const Indicator& indicator);

/// The quality item is a baseline or target given in words only (is_pending): not ticked, and shown
/// as pending, with its words, so an unknown figure never looks complete.
bool pending(const Indicator& indicator, Quality quality);

using IndicatorIndex = std::uint32_t;  ///< a position in Model::indicators

/// An outcome or impact with the indicators that measure it; none makes it a gap row.
struct ChecklistEntry {
  NodeIndex node = no_node;
  std::vector<IndicatorIndex> indicators;  ///< sorted by id, each once
  /// In the final group: why it is under no priority (why_unplaced, graph/placement.h), e.g. "no
  /// activity leads to it"; empty in a priority's group.
  std::string unplaced;
  bool gap() const { return indicators.empty(); }
};

/// The outcomes and impacts under one priority, or under none (`priority` empty).
struct ChecklistGroup {
  std::string_view priority;            ///< the priority's id; empty for the final group
  std::string title;                    ///< the priority's title, or no_priority_title
  std::vector<ChecklistEntry> entries;  ///< in chain order (short, medium, long, impact), ties by id
};

/// An indicator's latest figure and status: the checklist's Latest and Status columns.
struct ChecklistProgress {
  std::string latest;  ///< "68.2 in 2026-10 (provisional)", "—" (as `toc progress` shows it)
  Status status = Status::no_data;
};

struct ChecklistPlan {
  /// One group per priority, in the order the model writes them (files in load order, then line) (even when empty: a
  /// board should see a priority nothing measurable serves), then the final group when any outcome names no priority.
  std::vector<ChecklistGroup> groups;
  std::vector<QualityTicks> quality;  ///< per Model::indicators, computed once
  std::size_t outcomes = 0;           ///< distinct outcomes and impacts listed
  std::size_t unmeasured = 0;         ///< of those, how many have no indicator
  /// Per Model::indicators, for a model with measurements (add_progress); empty otherwise, and
  /// then no writer shows the Latest and Status columns.
  std::vector<ChecklistProgress> progress;
  std::optional<Date> as_of;  ///< the date the statuses were judged as of, with `progress`

  /// Whether the checklist has the Latest and Status columns.
  bool with_progress() const { return as_of.has_value(); }
};

inline constexpr std::string_view no_priority_title = "Not under a priority";
inline constexpr std::string_view gap_text = "No indicator yet";
inline constexpr std::string_view pending_text = "pending";

/// The checklist of the outcomes and impacts `view` shows. Membership rule: an outcome or impact
/// is listed under every priority it is under (graph/placement.h: those its `priority` key names,
/// else those of every activity that leads to it), once each; one under none is listed in the
/// final "Not under a priority" group, with the reason. An indicator that measures several of
/// them appears under each.
ChecklistPlan plan_checklist(const Model& model, const Graph& graph, const View& view);

/// Adds each indicator's latest figure and status (judged as of `progress.as_of`) to `plan`:
/// every format then shows a Latest and a Status column.
void add_progress(ChecklistPlan& plan, const Model& model, const Measurements& data, const Progress& progress);

/// One plain-text paragraph for the top of a checklist: counts, what is checked, the membership rule.
std::string checklist_summary(const ChecklistPlan& plan);

/// What a gap row says after gap_text, e.g. `nothing measures this outcome; add an indicator with
/// measures = "oc-x"` (plain words: no character that Markdown or HTML would need escaped but the quotes).
std::string gap_hint(const Node& node);

/// "Short-term outcome", "Medium-term outcome", "Long-term outcome" or "Impact".
std::string_view level_name(const Node& node);

/// The checklist as a flat table, the shape CSV and XLSX share: the header row, then one row per
/// (group, outcome or impact, indicator), a gap row having gap_text as its indicator title and
/// empty ticks; with progress, Latest and Status columns at the end. Cells are model text as written; writers escape
/// them (escape::csv_cell, escape::spreadsheet_cell).
std::vector<std::vector<std::string>> checklist_rows(const Model& model, const ChecklistPlan& plan);

/// The checklist in GitHub-flavoured Markdown: a heading per group and per outcome, a table of
/// each indicator's details and a task list (- [x] / - [ ]) of its quality items.
std::string checklist_markdown(const Model& model, const ChecklistPlan& plan);

/// The checklist as RFC 4180 CSV (CRLF line ends), the rows of checklist_rows.
std::string checklist_csv(const Model& model, const ChecklistPlan& plan);

/// The checklist as an HTML fragment for embedding (e.g. in the board report): a
/// <section class="toc-checklist"> holding a heading (at `heading_level`) and a <table> per
/// group; no <html>, <style> or script. Pair it with checklist_css() for the look.
std::string checklist_html_fragment(const Model& model, const ChecklistPlan& plan, int heading_level = 2);

/// The style sheet the fragment's class names expect (for a page's <style>).
std::string_view checklist_css();

/// A standalone HTML page: inline CSS, no scripts, nothing fetched from the network.
std::string checklist_html_page(const Model& model, const ChecklistPlan& plan);

/// Writes the checklist as an Excel workbook to the file `path` (libxlsxwriter writes only to a
/// named file, so the caller chooses it, e.g. a temporary file it then renames). Returns "" on
/// success, else a message. Every cell is written as a string, formulas neutralised.
std::string write_checklist_xlsx(const Model& model, const ChecklistPlan& plan, const std::string& path);

/// A format the checklist can be written in: one writer, in a file of its own
/// (checklist_<format>.cpp). Text formats return the whole text; binary ones write a named file.
struct ChecklistFormat {
  std::string_view name;                         ///< what `--format` takes, e.g. "md"
  std::span<const std::string_view> extensions;  ///< file extensions that mean it, the usual one first
  std::string_view description;                  ///< a noun phrase for messages, e.g. "an xlsx workbook"
  std::string (*write_text)(const Model&, const ChecklistPlan&);  ///< null for a binary format
  /// For a binary format: writes the file `path`, returns "" or a message (see write_checklist_xlsx).
  std::string (*write_file)(const Model&, const ChecklistPlan&, const std::string& path);

  /// Written to a named file, never to stdout.
  bool binary() const { return write_file != nullptr; }
};

/// Every format of the checklist, in the order `toc checklist --help` lists them; adding a format
/// is its writer's file and a row here.
std::span<const ChecklistFormat> checklist_formats();

}  // namespace toc
