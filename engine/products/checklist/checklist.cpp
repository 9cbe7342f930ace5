#include "products/checklist/checklist.h"

#include <algorithm>
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "base/reading_order.h"
#include "graph/placement.h"
#include "products/progress/progress_format.h"

namespace toc {

std::string_view to_string(Quality quality) {
  switch (quality) {
    case Quality::defined:
      return "defined";
    case Quality::baseline:
      return "baseline";
    case Quality::target:
      return "target";
    case Quality::source:
      return "source";
    case Quality::owner:
      return "owner";
  }
  return "";
}

std::string_view quality_label(Quality quality) {
  switch (quality) {
    case Quality::defined:
      return "Defined";
    case Quality::baseline:
      return "Baseline";
    case Quality::target:
      return "Target";
    case Quality::source:
      return "Source";
    case Quality::owner:
      return "Owner";
  }
  return "";
}

QualityTicks quality_of(const Indicator& indicator) {
  QualityTicks ticks{};
  ticks[static_cast<std::size_t>(Quality::defined)] = !indicator.description.empty();
  ticks[static_cast<std::size_t>(Quality::baseline)] = is_figure(indicator, indicator.baseline);
  ticks[static_cast<std::size_t>(Quality::target)] = is_figure(indicator, indicator.target);
  ticks[static_cast<std::size_t>(Quality::source)] = !indicator.source.empty();
  ticks[static_cast<std::size_t>(Quality::owner)] = !indicator.owner.empty();
  return ticks;
}

bool pending(const Indicator& indicator, Quality quality) {
  return (quality == Quality::baseline && is_pending(indicator, indicator.baseline)) ||
         (quality == Quality::target && is_pending(indicator, indicator.target));
}

std::string gap_hint(const Node& node) {
  return fmt::format("nothing measures this {}; add an indicator with measures = \"{}\"",
                     node.kind == Kind::impact ? "impact" : "outcome", node.id);
}

std::string_view level_name(const Node& node) {
  if (node.kind == Kind::impact) return "Impact";
  switch (node.term) {
    case Term::short_term:
      return "Short-term outcome";
    case Term::long_term:
      return "Long-term outcome";
    default:
      return "Medium-term outcome";  // chain_level counts an outcome without a term as medium
  }
}

namespace {

bool is_outcome_or_impact(const Node& node) { return node.kind == Kind::outcome || node.kind == Kind::impact; }

/// For each node, the indicators measuring it, sorted by id and each once (a `measures` list may
/// name a node twice).
std::map<NodeIndex, std::vector<IndicatorIndex>> indicators_by_node(const Model& model, const View& view) {
  std::map<std::string_view, NodeIndex> shown;
  for (const NodeIndex n : view.nodes) shown.emplace(model.nodes[n].id, n);
  std::map<NodeIndex, std::vector<IndicatorIndex>> result;
  for (IndicatorIndex i = 0; i < model.indicators.size(); ++i) {
    for (const Ref& ref : model.indicators[i].measures) {
      if (const auto it = shown.find(ref.id); it != shown.end()) result[it->second].push_back(i);
    }
  }
  for (auto& [node, list] : result) {
    std::sort(list.begin(), list.end(),
              [&](IndicatorIndex a, IndicatorIndex b) { return model.indicators[a].id < model.indicators[b].id; });
    list.erase(std::unique(list.begin(), list.end()), list.end());
  }
  return result;
}

/// The groups a node belongs to (positions in plan.groups), each once.
std::vector<std::size_t> groups_of(const Model& model, const std::vector<std::uint32_t>& priorities,
                                   const std::map<std::string_view, std::size_t>& group_of_priority) {
  std::vector<std::size_t> groups;
  for (const std::uint32_t p : priorities) {
    const auto it = group_of_priority.find(model.priorities[p].id);
    if (it != group_of_priority.end() && std::find(groups.begin(), groups.end(), it->second) == groups.end()) {
      groups.push_back(it->second);
    }
  }
  return groups;
}

}  // namespace

ChecklistPlan plan_checklist(const Model& model, const Graph& graph, const View& view) {
  ChecklistPlan plan;
  std::map<std::string_view, std::size_t> group_of_priority;
  // In the order the author wrote them: Model::priorities follows TOML's table order (by id).
  for (const Priority* priority : as_written(model.priorities)) {
    if (!group_of_priority.emplace(priority->id, plan.groups.size()).second) continue;  // a duplicate-id error
    plan.groups.push_back({priority->id, priority->title, {}});
  }
  ChecklistGroup unprioritised{"", std::string(no_priority_title), {}};

  std::vector<NodeIndex> nodes;
  for (const NodeIndex n : view.nodes) {
    if (is_outcome_or_impact(model.nodes[n])) nodes.push_back(n);
  }
  std::sort(nodes.begin(), nodes.end(), [&](NodeIndex a, NodeIndex b) {
    return std::make_tuple(chain_level(model.nodes[a]), std::string_view(model.nodes[a].id)) <
           std::make_tuple(chain_level(model.nodes[b]), std::string_view(model.nodes[b].id));
  });

  auto measured_by = indicators_by_node(model, view);
  const Placement placement = place_under_priorities(model, graph);
  for (const NodeIndex n : nodes) {
    const ChecklistEntry entry{n, measured_by[n], {}};
    const std::vector<std::size_t> groups = groups_of(model, placement.priorities[n], group_of_priority);
    for (const std::size_t g : groups) plan.groups[g].entries.push_back(entry);
    if (groups.empty()) {
      unprioritised.entries.push_back(entry);
      unprioritised.entries.back().unplaced = why_unplaced(model, graph, placement, n);
    }
    ++plan.outcomes;
    if (entry.gap()) ++plan.unmeasured;
  }
  if (!unprioritised.entries.empty()) plan.groups.push_back(std::move(unprioritised));

  plan.quality.reserve(model.indicators.size());
  for (const Indicator& indicator : model.indicators) plan.quality.push_back(quality_of(indicator));
  return plan;
}

void add_progress(ChecklistPlan& plan, const Model& model, const Measurements& data, const Progress& progress) {
  plan.as_of = progress.as_of;
  plan.progress.clear();
  for (const IndicatorProgress& judged : progress.indicators) {
    plan.progress.push_back({latest_figure(model, data, judged, SIZE_MAX), judged.status});
  }
}

std::string checklist_summary(const ChecklistPlan& plan) {
  std::string text = fmt::format(
      "{} outcomes and impacts: {} measured by at least one indicator, {} with no indicator yet. Each indicator is "
      "checked for a definition (a description of how it is measured), a baseline, a target, a data source and an "
      "owner; a baseline or target given only in words is pending, not a figure, and is not ticked. An outcome or "
      "impact is listed under every priority it names, or else under those of the activities "
      "that lead to it; those under none are under \"{}\", with the reason.",
      plan.outcomes, plan.outcomes - plan.unmeasured, plan.unmeasured, no_priority_title);
  if (plan.with_progress()) {
    text += fmt::format(" Latest figures and statuses as of {}, judged as toc progress judges them.",
                        to_string(*plan.as_of));
  }
  return text;
}

namespace {

std::string measurement_date(const Measurement& measurement) {
  return measurement.date ? to_string(*measurement.date) : std::string();
}

std::string direction_text(Direction direction) {
  return direction == Direction::none ? std::string() : std::string(to_string(direction));
}

}  // namespace

std::vector<std::vector<std::string>> checklist_rows(const Model& model, const ChecklistPlan& plan) {
  std::vector<std::vector<std::string>> rows;
  rows.push_back({"Priority id", "Priority",  "Level",    "Outcome id",    "Outcome",    "Indicator id", "Indicator",
                  "Unit",        "Direction", "Baseline", "Baseline date", "Target",     "Target date",  "Source",
                  "Frequency",   "Owner",     "Defined",  "Has baseline",  "Has target", "Has source",   "Has owner"});
  if (plan.with_progress()) rows.back().insert(rows.back().end(), {"Latest", "Status"});
  for (const ChecklistGroup& group : plan.groups) {
    for (const ChecklistEntry& entry : group.entries) {
      const Node& node = model.nodes[entry.node];
      const std::vector<std::string> lead{std::string(group.priority), group.title, std::string(level_name(node)),
                                          node.id, node.title};
      if (entry.gap()) {
        constexpr std::size_t indicator_title_column = 6;
        rows.push_back(lead);
        rows.back().resize(rows.front().size());
        rows.back()[indicator_title_column] = gap_text;
      }
      for (const IndicatorIndex i : entry.indicators) {
        const Indicator& indicator = model.indicators[i];
        std::vector<std::string> row = lead;
        row.insert(row.end(),
                   {indicator.id, indicator.title, indicator.unit, direction_text(indicator.direction),
                    indicator.baseline.value, measurement_date(indicator.baseline), indicator.target.value,
                    measurement_date(indicator.target), indicator.source, indicator.frequency, indicator.owner});
        for (const Quality quality : all_qualities) {
          const bool tick = plan.quality[i][static_cast<std::size_t>(quality)];
          row.emplace_back(tick ? "yes" : pending(indicator, quality) ? pending_text : "no");
        }
        if (plan.with_progress())
          row.insert(row.end(), {plan.progress[i].latest, std::string(to_string(plan.progress[i].status))});
        rows.push_back(std::move(row));
      }
    }
  }
  return rows;
}

}  // namespace toc
