// The checklist as HTML: a fragment (sections and tables with class names, for the board report
// to embed) and a standalone page around it. Every piece of model text goes through escape::html_text.
#include <fmt/format.h>

#include "base/escape.h"
#include "products/checklist/checklist.h"
#include "products/progress/status_look.h"

namespace toc {
namespace {

using escape::html_text;

/// The columns after "Outcome or impact" and "Indicator"; the quality ticks follow.
constexpr std::string_view detail_columns[] = {"Baseline", "Target", "Source", "Frequency", "Owner"};
/// With progress, after the details: the latest figure and the status.
constexpr std::string_view progress_columns[] = {"Latest", "Status"};

std::size_t column_count(const ChecklistPlan& plan) {
  return 2 + std::size(detail_columns) + (plan.with_progress() ? std::size(progress_columns) : 0) +
         std::size(all_qualities);
}

/// A cell's text, or a muted dash when the model says nothing.
std::string text_or_dash(std::string_view text) {
  return text.empty() ? "<span class=\"toc-none\">—</span>" : html_text(text);
}

std::string measurement_html(const Indicator& indicator, const Measurement& measurement) {
  if (!measurement.present) return text_or_dash("");
  std::string text = text_or_dash(measurement.value);
  if (is_pending(indicator, measurement))
    text = fmt::format("<span class=\"toc-pending\">{}:</span> {}", pending_text, text);
  if (measurement.date) text += fmt::format(" <span class=\"toc-date\">({})</span>", to_string(*measurement.date));
  return text;
}

/// The tick or cross (or "pending" for a figure given in words), in words as well as a symbol and
/// colour, so it reads in black and white.
std::string tick_html(bool tick, bool pending) {
  if (pending) return "<td class=\"toc-tick toc-pending\">… Pending</td>";
  return tick ? "<td class=\"toc-tick toc-yes\">✓ Yes</td>" : "<td class=\"toc-tick toc-no\">✗ No</td>";
}

std::string table_head(const ChecklistPlan& plan) {
  std::string out =
      "<thead>\n<tr><th scope=\"col\" rowspan=\"2\">Outcome or impact</th>"
      "<th scope=\"col\" rowspan=\"2\">Indicator</th>";
  for (const std::string_view column : detail_columns)
    out += fmt::format("<th scope=\"col\" rowspan=\"2\">{}</th>", column);
  if (plan.with_progress()) {
    for (const std::string_view column : progress_columns)
      out += fmt::format("<th scope=\"col\" rowspan=\"2\">{}</th>", column);
  }
  out += fmt::format("<th scope=\"colgroup\" colspan=\"{}\" class=\"toc-quality\">Quality</th></tr>\n<tr>",
                     std::size(all_qualities));
  for (const Quality quality : all_qualities) {
    out += fmt::format("<th scope=\"col\" class=\"toc-tick\">{}</th>", quality_label(quality));
  }
  return out + "</tr>\n</thead>\n";
}

/// The outcome's cell; `unplaced` says why it is under no priority, when it is not.
std::string outcome_cell(const Node& node, std::size_t rows, std::string_view unplaced) {
  const std::string why =
      unplaced.empty() ? "" : fmt::format("<span class=\"toc-why\">Under no priority: {}.</span>", html_text(unplaced));
  return fmt::format(
      "<th scope=\"rowgroup\" rowspan=\"{}\" class=\"toc-outcome\"><span class=\"toc-level\">{}</span> {} "
      "<code class=\"toc-id\">{}</code>{}</th>",
      rows, level_name(node), html_text(node.title), html_text(node.id), why);
}

std::string indicator_cells(const ChecklistPlan& plan, const Indicator& indicator, IndicatorIndex i) {
  std::string details = html_text(indicator.id);
  if (!indicator.unit.empty()) details += " · " + html_text(indicator.unit);
  if (indicator.direction != Direction::none) details += fmt::format(" · {}", to_string(indicator.direction));
  std::string out = fmt::format("<td class=\"toc-indicator\">{} <span class=\"toc-details\">{}</span></td>",
                                html_text(indicator.title), details);
  out += fmt::format("<td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>",
                     measurement_html(indicator, indicator.baseline), measurement_html(indicator, indicator.target),
                     text_or_dash(indicator.source), text_or_dash(indicator.frequency), text_or_dash(indicator.owner));
  if (plan.with_progress()) {
    const ChecklistProgress& p = plan.progress[i];
    out += fmt::format("<td class=\"toc-latest\">{}</td><td class=\"toc-status\">{}</td>", html_text(p.latest),
                       status_badge(p.status));
  }
  for (const Quality quality : all_qualities) {
    out += tick_html(plan.quality[i][static_cast<std::size_t>(quality)], pending(indicator, quality));
  }
  return out;
}

/// One <tbody> per outcome, so its rows stay together and its cell spans them.
std::string entry_html(const Model& model, const ChecklistPlan& plan, const ChecklistEntry& entry) {
  const Node& node = model.nodes[entry.node];
  std::string out = "<tbody>\n";
  if (entry.gap()) {
    return out + fmt::format(
                     "<tr class=\"toc-gap-row\">{}<td colspan=\"{}\" class=\"toc-gap\"><strong>⚠ {}:</strong> "
                     "{}</td></tr>\n</tbody>\n",
                     outcome_cell(node, 1, entry.unplaced), column_count(plan) - 1, gap_text,
                     html_text(gap_hint(node)));
  }
  for (std::size_t k = 0; k < entry.indicators.size(); ++k) {
    const IndicatorIndex i = entry.indicators[k];
    out += fmt::format("<tr>{}{}</tr>\n", k == 0 ? outcome_cell(node, entry.indicators.size(), entry.unplaced) : "",
                       indicator_cells(plan, model.indicators[i], i));
  }
  return out + "</tbody>\n";
}

std::string group_html(const Model& model, const ChecklistPlan& plan, const ChecklistGroup& group, int level) {
  std::string heading = html_text(group.title);
  if (!group.priority.empty()) {
    heading = fmt::format("<span class=\"toc-level\">Priority</span> {} <code class=\"toc-id\">{}</code>", heading,
                          html_text(group.priority));
  }
  std::string out = fmt::format("<h{0} class=\"toc-group\">{1}</h{0}>\n", level, heading);
  if (group.entries.empty()) return out + "<p class=\"toc-empty\">No outcome or impact is under this priority.</p>\n";
  // The caption names the table for screen readers; the heading above already says it on screen.
  out += fmt::format(
             "<table class=\"toc-checklist-table\">\n<caption class=\"toc-hidden\">Indicators of the outcomes "
             "and impacts{}{}</caption>\n",
             group.priority.empty() ? ": " : " under the priority ", html_text(group.title)) +
         table_head(plan);
  for (const ChecklistEntry& entry : group.entries) out += entry_html(model, plan, entry);
  return out + "</table>\n";
}

}  // namespace

std::string checklist_html_fragment(const Model& model, const ChecklistPlan& plan, int heading_level) {
  std::string out = "<section class=\"toc-checklist\">\n";
  out += fmt::format("<p class=\"toc-summary\">{}</p>\n", html_text(checklist_summary(plan)));
  for (const ChecklistGroup& group : plan.groups) out += group_html(model, plan, group, heading_level);
  return out + "</section>\n";
}

std::string_view checklist_css() {
  return R"(.toc-checklist { font: 15px/1.45 "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: #1a1a1a; }
.toc-checklist .toc-summary { max-width: 60em; }
caption.toc-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.toc-checklist .toc-group { margin: 1.6em 0 0.5em; font-size: 1.3em; border-bottom: 2px solid #0072B2; padding-bottom: 0.2em; }
.toc-checklist .toc-level { font-weight: normal; color: #555; font-size: 0.85em; display: block; }
.toc-checklist .toc-group .toc-level { display: inline; font-size: 0.8em; margin-right: 0.3em; }
.toc-checklist code.toc-id { font: 0.8em ui-monospace, "DejaVu Sans Mono", monospace; color: #444; background: #f0f0f0; padding: 0 0.25em; border-radius: 3px; font-weight: normal; }
.toc-checklist table { border-collapse: collapse; width: 100%; margin-bottom: 1em; }
.toc-checklist th, .toc-checklist td { border: 1px solid #c8c8c8; padding: 0.35em 0.5em; text-align: left; vertical-align: top; }
.toc-checklist thead th { background: #e8eef4; font-weight: 600; }
.toc-checklist tbody { border-top: 2px solid #888; }
.toc-checklist th.toc-outcome { background: #fbf8e1; font-weight: 600; width: 18%; }
.toc-checklist .toc-indicator { width: 20%; }
.toc-checklist .toc-details, .toc-checklist .toc-why { display: block; color: #555; font-size: 0.85em; }
.toc-checklist .toc-why { font-weight: normal; font-style: italic; }
.toc-checklist .toc-date { color: #555; white-space: nowrap; }
.toc-checklist .toc-none { color: #888; }
.toc-checklist .toc-tick, .toc-checklist .toc-quality { text-align: center; white-space: nowrap; }
.toc-checklist td.toc-yes { color: #005a32; background: #e5f5e9; }
.toc-checklist td.toc-no { color: #a50f15; background: #fde8e6; font-weight: 600; }
.toc-checklist td.toc-pending { color: #5c3d00; background: #fff1cc; font-weight: 600; }
.toc-checklist .toc-pending { font-style: italic; }
.toc-checklist td.toc-gap { background: #fff1cc; color: #5c3d00; border: 2px dashed #b07800; }
.toc-checklist .toc-empty { font-style: italic; color: #555; }
@media print { .toc-checklist { font-size: 10pt; } .toc-checklist tbody { break-inside: avoid; } }
)";
}

std::string checklist_html_page(const Model& model, const ChecklistPlan& plan) {
  const std::string title = html_text(model.strategy.title);
  return fmt::format(R"(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Indicator checklist: {0}</title>
<style>
body {{ margin: 2em auto; max-width: 100em; padding: 0 1.5em; background: #fff; }}
h1 {{ font: 600 1.7em "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: #1a1a1a; margin-bottom: 0.3em; }}
{1}{3}</style>
</head>
<body>
<h1>Indicator checklist: {0}</h1>
{2}</body>
</html>
)",
                     title, checklist_css(), checklist_html_fragment(model, plan, 2),
                     plan.with_progress() ? status_css() : std::string());
}

}  // namespace toc
