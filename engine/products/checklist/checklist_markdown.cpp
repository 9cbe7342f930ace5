// The checklist as GitHub-flavoured Markdown.
#include <fmt/format.h>

#include "base/escape.h"
#include "products/checklist/checklist.h"
#include "products/progress/status_look.h"

namespace toc {
namespace {

/// A table cell's text: escaped, or a dash when the model says nothing.
std::string markdown_cell(std::string_view text) { return text.empty() ? "—" : escape::markdown(text); }

std::string markdown_measurement(const Indicator& indicator, const Measurement& measurement) {
  if (!measurement.present) return "—";
  std::string text = markdown_cell(measurement.value);
  if (is_pending(indicator, measurement)) text = fmt::format("{}: {}", pending_text, text);
  if (measurement.date) text += fmt::format(" ({})", to_string(*measurement.date));
  return text;
}

void markdown_indicator(std::string& out, const Model& model, const ChecklistPlan& plan, IndicatorIndex i) {
  const Indicator& indicator = model.indicators[i];
  const QualityTicks& ticks = plan.quality[i];
  const bool progress = plan.with_progress();
  out += fmt::format("#### Indicator: {} (`{}`)\n\n", escape::markdown(indicator.title), indicator.id);
  out += progress ? "| Unit | Direction | Baseline | Target | Source | Frequency | Owner | Latest | Status |\n"
                  : "| Unit | Direction | Baseline | Target | Source | Frequency | Owner |\n";
  out += progress ? "| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n"
                  : "| --- | --- | --- | --- | --- | --- | --- |\n";
  out += fmt::format("| {} | {} | {} | {} | {} | {} | {} |", markdown_cell(indicator.unit),
                     indicator.direction == Direction::none ? "—" : to_string(indicator.direction),
                     markdown_measurement(indicator, indicator.baseline),
                     markdown_measurement(indicator, indicator.target), markdown_cell(indicator.source),
                     markdown_cell(indicator.frequency), markdown_cell(indicator.owner));
  if (progress) {
    const ChecklistProgress& p = plan.progress[i];
    out += fmt::format(" {} | {} {} |", markdown_cell(p.latest), look_of(p.status).symbol, to_string(p.status));
  }
  out += "\n\n";
  for (const Quality quality : all_qualities) {
    out += fmt::format("- [{}] {}{}\n", ticks[static_cast<std::size_t>(quality)] ? 'x' : ' ', quality_label(quality),
                       pending(indicator, quality) ? fmt::format(" ({})", pending_text) : "");
  }
  out += '\n';
}

void markdown_entry(std::string& out, const Model& model, const ChecklistPlan& plan, const ChecklistEntry& entry) {
  const Node& node = model.nodes[entry.node];
  out += fmt::format("### {}: {} (`{}`)\n\n", level_name(node), escape::markdown(node.title), node.id);
  if (!entry.unplaced.empty()) out += fmt::format("_Under no priority: {}._\n\n", escape::markdown(entry.unplaced));
  if (entry.gap()) {
    out += fmt::format("**⚠ {}:** {}\n\n", gap_text, escape::markdown(gap_hint(node)));
  }
  for (const IndicatorIndex i : entry.indicators) markdown_indicator(out, model, plan, i);
}

std::string group_heading(const ChecklistGroup& group) {
  if (group.priority.empty()) return std::string(group.title);
  return fmt::format("Priority: {} (`{}`)", escape::markdown(group.title), group.priority);
}

}  // namespace

std::string checklist_markdown(const Model& model, const ChecklistPlan& plan) {
  std::string out = fmt::format("# Indicator checklist: {}\n\n", escape::markdown(model.strategy.title));
  out += escape::markdown(checklist_summary(plan)) + "\n\n";
  for (const ChecklistGroup& group : plan.groups) {
    out += fmt::format("## {}\n\n", group_heading(group));
    if (group.entries.empty()) out += "_No outcome or impact is under this priority._\n\n";
    for (const ChecklistEntry& entry : group.entries) markdown_entry(out, model, plan, entry);
  }
  out.pop_back();  // one newline at the end, not a blank line
  return out;
}

}  // namespace toc
