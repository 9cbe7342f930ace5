#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "base/escape.h"
#include "base/text.h"
#include "products/progress/progress_format.h"
#include "products/progress/status_look.h"
#include "progress/rollup.h"

namespace toc {

namespace {

constexpr std::size_t column_count = 8;
constexpr std::array<std::string_view, column_count> headings = {"indicator",       "latest", "target", "trajectory",
                                                                 "variation (XmR)", "status", "method", "freshness"};
constexpr std::size_t max_cell = 40;  ///< code points shown of one cell

using Row = std::array<std::string, column_count>;

Row row_of(const IndicatorCells& c) {
  return {c.indicator, c.latest, c.target, c.trajectory, c.variation, c.status, c.method, c.freshness};
}

/// A group of the table: a heading and the rows under it.
struct Group {
  std::string heading;
  std::vector<std::uint32_t> indicators;
};

/// The nodes under priority `priority` (or under none, for no_priority), in chain order, each
/// as a group.
std::vector<Group> node_groups(const Model& model, const Progress& progress, std::uint32_t priority) {
  const std::vector<const Rollup*> rollups = node_rollups_under(model, progress, priority);
  std::vector<Group> groups;
  for (const Rollup* rollup : rollups) {
    const Node& node = model.nodes[rollup->index];
    groups.push_back({fmt::format("  {} {} ({}) — {}", to_string(node.kind), node.id,
                                  shorten(escape::terminal(node.title), 60), describe_counts(rollup->counts)),
                      rollup->indicators});
  }
  return groups;
}

/// Every group with its section heading: each priority, then the nodes under none.
std::vector<std::pair<std::string, std::vector<Group>>> sections(const Model& model, const Progress& progress) {
  std::vector<std::pair<std::string, std::vector<Group>>> result;
  for (const Rollup& rollup : progress.rollups) {
    if (rollup.scope != Rollup::Scope::priority) continue;
    const Priority& priority = model.priorities[rollup.index];
    result.emplace_back(fmt::format("Priority {} ({}) — {}", priority.id, shorten(escape::terminal(priority.title), 60),
                                    describe_counts(rollup.counts)),
                        node_groups(model, progress, rollup.index));
  }
  std::vector<Group> rest = node_groups(model, progress, no_priority);
  if (!rest.empty()) result.emplace_back("Under no priority", std::move(rest));
  return result;
}

std::string findings_text(const Model& model, const Progress& progress) {
  if (progress.findings.empty()) return "Pathways: no step has its delivery on track while its outcome is not moving\n";
  std::string out =
      fmt::format("Pathways where the theory may be failing, not the delivery ({}):\n", progress.findings.size());
  const auto ids = [&](const std::vector<std::uint32_t>& list) {
    std::string joined;
    for (const std::uint32_t i : list) joined += (joined.empty() ? "" : ", ") + model.indicators[i].id;
    return joined;
  };
  for (const PathwayFinding& finding : progress.findings) {
    const Link& link = model.links[finding.link];
    out += fmt::format("  {} -> {}: on track before the step ({}); off track or not moving after it ({})\n",
                       link.from.id, link.to.id, ids(finding.upstream), ids(finding.downstream));
    out += link.assumption.empty() ? "    the step states no assumption: say what it relies on\n"
                                   : fmt::format("    assumption: {}\n", escape::terminal(link.assumption));
  }
  return out;
}

}  // namespace

std::string progress_text(const Model& model, const Measurements& data, const Progress& progress) {
  const auto layout = sections(model, progress);
  std::vector<Row> rows;  // every row shown, for the widths
  rows.push_back({});
  for (std::size_t c = 0; c < column_count; ++c) rows[0][c] = headings[c];
  for (const auto& [heading, groups] : layout) {
    for (const Group& group : groups) {
      for (const std::uint32_t i : group.indicators)
        rows.push_back(row_of(indicator_cells(model, data, progress.indicators[i])));
    }
  }
  std::array<std::size_t, column_count> widths{};
  for (Row& row : rows) {
    for (std::size_t c = 0; c < column_count; ++c) {
      row[c] = shorten_columns(escape::terminal(row[c]), max_cell);
      widths[c] = std::max(widths[c], display_width(row[c]));
    }
  }
  const auto line = [&](const Row& row) {
    std::string text = "    ";
    for (std::size_t c = 0; c < column_count; ++c)
      text += c + 1 < column_count ? pad_columns(row[c], widths[c] + 2) : row[c];
    return text + "\n";
  };
  std::string out;
  std::size_t next = 1;
  for (const auto& [heading, groups] : layout) {
    out += "\n" + heading + "\n";
    for (const Group& group : groups) {
      out += group.heading + "\n" + line(rows[0]);
      for (std::size_t k = 0; k < group.indicators.size(); ++k) out += line(rows[next++]);
    }
  }
  StatusCounts all{};
  for (const IndicatorProgress& judged : progress.indicators) ++all[static_cast<std::size_t>(judged.status)];
  out += "\n" + findings_text(model, progress);
  out += fmt::format("\nAs of {}: {}\n", to_string(progress.as_of), describe_counts(all));
  return out;
}

}  // namespace toc
