#include "products/coverage/coverage.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>

#include "base/reading_order.h"
#include "graph/placement.h"
#include "products/paths/paths.h"

namespace toc {

bool is_complete(const Indicator& indicator) {
  return is_figure(indicator, indicator.baseline) && is_figure(indicator, indicator.target) &&
         !indicator.source.empty();
}

namespace {

/// Adds one node's or link's figures to a row.
struct Tally {
  const Model& model;
  const std::vector<char>& reaches_impact;
  const std::unordered_set<std::string_view>& measured;
  const std::unordered_set<std::string_view>& complete;

  void node(CoverageRow& row, NodeIndex n) const {
    const Node& node = model.nodes[n];
    if (node.kind == Kind::outcome || node.kind == Kind::impact) {
      row.measured.add(measured.count(node.id) > 0);
      row.complete.add(complete.count(node.id) > 0);
    } else if (node.kind == Kind::activity) {
      row.reaching_impact.add(reaches_impact[n] != 0);
    }
  }
  /// An outcome step's figures; the caller counts outcome steps only.
  static void link(CoverageRow& row, const Link& link) {
    row.with_assumption.add(!link.assumption.empty());
    row.with_evidence.add(!link.evidence.empty());
  }
};

std::vector<PrincipleRow> principle_rows(const Model& model) {
  std::vector<PrincipleRow> rows;
  for (const Principle* p : as_written(model.principles)) {
    const Principle& principle = *p;
    PrincipleRow row{principle.id, principle.title, {}, {}};
    std::set<std::string_view> carried_by;  // priorities with an activity following the principle
    for (const Node& node : model.nodes) {
      if (node.kind != Kind::activity) continue;
      const bool follows = std::any_of(node.principles.begin(), node.principles.end(),
                                       [&](const Ref& ref) { return ref.id == principle.id; });
      row.activities.add(follows);
      if (follows) {
        for (const Ref& p : node.priorities) carried_by.insert(p.id);
      }
    }
    for (const Priority& priority : model.priorities) row.priorities.add(carried_by.count(priority.id) > 0);
    rows.push_back(std::move(row));
  }
  return rows;
}

bool empty(const CoverageRow& row) {
  return row.measured.total + row.reaching_impact.total + row.with_assumption.total == 0;
}

}  // namespace

Coverage compute_coverage(const Model& model, const Graph& graph) {
  std::unordered_set<std::string_view> measured;
  std::unordered_set<std::string_view> complete;
  for (const Indicator& indicator : model.indicators) {
    for (const Ref& ref : indicator.measures) {
      measured.insert(ref.id);
      if (is_complete(indicator)) complete.insert(ref.id);
    }
  }
  const std::vector<char> reaches_impact =
      graph.can_reach([&](NodeIndex n) { return model.nodes[n].kind == Kind::impact; });
  const Tally tally{model, reaches_impact, measured, complete};

  Coverage coverage;
  std::map<std::string_view, std::size_t, std::less<>> priority_row;
  for (const Priority* priority : as_written(model.priorities)) {
    priority_row.emplace(priority->id, coverage.by_priority.size());
    coverage.by_priority.push_back({priority->id, priority->title, {}, {}, {}, {}, {}});
  }
  CoverageRow unassigned{"", "Not under a priority", {}, {}, {}, {}, {}};
  std::vector<CoverageRow> levels;
  for (const Band& band : bands) levels.push_back({std::string(band.key), std::string(band.title), {}, {}, {}, {}, {}});
  coverage.total = {"total", "Total", {}, {}, {}, {}, {}};
  for (const Member& member : model.members) {
    coverage.by_strategy.push_back({member.strategy.id, member.strategy.title, {}, {}, {}, {}, {}});
  }
  // The strategy row of a node, in a workspace.
  const auto strategy_row = [&](NodeIndex n) -> CoverageRow* {
    const std::size_t m = model.member_of(model.nodes[n].range.file);
    return m == no_member ? nullptr : &coverage.by_strategy[m];
  };

  // Every row a node's figures go to, besides its level and the total.
  const Placement placement = place_under_priorities(model, graph);
  const auto priority_rows = [&](NodeIndex n) {
    std::vector<CoverageRow*> rows;
    for (const std::uint32_t p : placement.priorities[n]) {
      if (const auto it = priority_row.find(model.priorities[p].id); it != priority_row.end())
        rows.push_back(&coverage.by_priority[it->second]);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());  // two priorities with one id (an error)
    if (rows.empty()) rows.push_back(&unassigned);
    return rows;
  };

  for (NodeIndex n = 0; n < model.nodes.size(); ++n) {
    for (CoverageRow* row : priority_rows(n)) tally.node(*row, n);
    tally.node(levels[chain_level(model.nodes[n])], n);
    if (CoverageRow* row = strategy_row(n)) tally.node(*row, n);
    tally.node(coverage.total, n);
  }
  for (const Link& link : model.links) {
    if (!is_outcome_step(model, link)) continue;
    for (CoverageRow* row : priority_rows(link.from_node)) Tally::link(*row, link);
    Tally::link(levels[chain_level(model.nodes[link.from_node])], link);
    if (CoverageRow* row = strategy_row(link.from_node)) Tally::link(*row, link);
    Tally::link(coverage.total, link);
  }

  if (!empty(unassigned)) coverage.by_priority.push_back(std::move(unassigned));
  for (CoverageRow& row : levels) {
    if (!empty(row)) coverage.by_level.push_back(std::move(row));
  }
  coverage.principles = principle_rows(model);
  Diagnostics ignored;  // a checked model has no cycles or unknown ids for find_paths to report
  PathsQuery everything;
  everything.limit = max_coverage_pathways;
  const Paths paths = find_paths(model, graph, everything, ignored);
  coverage.pathway_total = paths.total;
  for (const Pathway& pathway : paths.pathways) {
    coverage.pathways.push_back(
        {model.links[pathway.links.front()].from_node, model.links[pathway.links.back()].to_node,
         pathway.weakest == Pathway::no_step ? PathwayWeakness::none : pathway.links[pathway.weakest]});
  }
  return coverage;
}

}  // namespace toc
