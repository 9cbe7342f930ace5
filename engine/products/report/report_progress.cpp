// The progress section: the summary by priority, the pathway findings and the cards, grouped by
// priority (the cards themselves are in report_progress_card.cpp).
#include "products/report/report_progress.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "base/escape.h"
#include "base/reading_order.h"
#include "products/progress/progress_format.h"
#include "products/progress/status_look.h"

namespace toc {

namespace {

using escape::html_text;

/// A row of the summary: a label and the indicators it counts.
struct SummaryRow {
  enum class Kind { priority, no_priority, total } kind = Kind::priority;
  std::string label;
  std::vector<std::uint32_t> indicators;  ///< indices into Model::indicators, each once
};

/// The indicators of the nodes under `priority` (no_priority: under none), in chain order, each once.
std::vector<std::uint32_t> indicators_under(const Model& model, const Progress& progress, std::uint32_t priority) {
  std::vector<std::uint32_t> indicators;
  std::set<std::uint32_t> seen;
  for (const Rollup* rollup : node_rollups_under(model, progress, priority)) {
    for (const std::uint32_t i : rollup->indicators) {
      if (seen.insert(i).second) indicators.push_back(i);
    }
  }
  return indicators;
}

/// Each priority with indicators (in the order the model writes them), then those under none.
std::vector<SummaryRow> groups(const Model& model, const Progress& progress) {
  std::vector<SummaryRow> rows;
  for (const Priority* priority : as_written(model.priorities)) {
    const auto p = static_cast<std::uint32_t>(priority - model.priorities.data());
    std::vector<std::uint32_t> under = indicators_under(model, progress, p);
    if (!under.empty()) rows.push_back({SummaryRow::Kind::priority, priority->title, std::move(under)});
  }
  std::vector<std::uint32_t> rest = indicators_under(model, progress, no_priority);
  if (!rest.empty()) rows.push_back({SummaryRow::Kind::no_priority, "Under no priority", std::move(rest)});
  return rows;
}

std::vector<std::uint32_t> every_indicator(const Progress& progress) {
  std::vector<std::uint32_t> all(progress.indicators.size());
  for (std::uint32_t i = 0; i < all.size(); ++i) all[i] = i;
  return all;
}

StatusCounts counts_of(const Progress& progress, const std::vector<std::uint32_t>& indicators) {
  StatusCounts counts{};
  for (const std::uint32_t i : indicators) ++counts[static_cast<std::size_t>(progress.indicators[i].status)];
  return counts;
}

/// A bar of the row's statuses, each part as wide as its count, with its symbol: colour, shape
/// and the words beside it (the row's cells) all say the same.
std::string status_bar(const StatusCounts& counts) {
  std::string out = fmt::format("<div class=\"status-bar\" role=\"img\" aria-label=\"{}\">",
                                escape::html_attribute(describe_count_parts(counts)));
  for (std::size_t s = 0; s < status_count; ++s) {
    if (counts[s] == 0) continue;
    const StatusLook& look = look_of(static_cast<Status>(s));
    out +=
        fmt::format("<span class=\"status-{}\" style=\"flex-grow: {}\">{}</span>", look.name, counts[s], look.symbol);
  }
  return out + "</div>";
}

std::string summary_table(const Progress& progress, std::vector<SummaryRow> rows) {
  rows.push_back({SummaryRow::Kind::total, "All indicators", every_indicator(progress)});
  const StatusCounts total = counts_of(progress, rows.back().indicators);
  std::string out =
      "<table class=\"progress-summary\">\n<caption class=\"toc-hidden\">How many indicators have each status, by "
      "priority</caption>\n<thead><tr><th scope=\"col\">Priority</th><th scope=\"col\">At a "
      "glance</th>";
  for (std::size_t s = 0; s < status_count; ++s) {
    if (total[s] > 0) out += fmt::format("<th scope=\"col\">{}</th>", status_badge(static_cast<Status>(s)));
  }
  out += "<th scope=\"col\">Indicators</th></tr></thead>\n<tbody>\n";
  for (const SummaryRow& row : rows) {
    const StatusCounts counts = counts_of(progress, row.indicators);
    out += fmt::format("<tr{}><th scope=\"row\">{}</th><td class=\"glance\">{}</td>",
                       row.kind == SummaryRow::Kind::total ? " class=\"total\"" : "", html_text(row.label),
                       status_bar(counts));
    for (std::size_t s = 0; s < status_count; ++s) {
      if (total[s] == 0) continue;
      out += counts[s] == 0 ? std::string("<td class=\"count none\">–</td>")
                            : fmt::format("<td class=\"count status-{}\">{}</td>", look_of(static_cast<Status>(s)).name,
                                          counts[s]);
    }
    out += fmt::format("<td class=\"count\">{}</td></tr>\n", row.indicators.size());
  }
  return out + "</tbody>\n</table>\n";
}

/// "Referrals each month (✓ on track), ...": indicators with their statuses.
std::string indicator_list(const Model& model, const Progress& progress, const std::vector<std::uint32_t>& list) {
  std::string out;
  for (const std::uint32_t i : list) {
    out += fmt::format("{}{} {}", out.empty() ? "" : "; ", html_text(model.indicators[i].title),
                       status_badge(progress.indicators[i].status));
  }
  return out;
}

std::string findings(const Model& model, const Progress& progress) {
  std::string out = "<h3>Pathways where the theory may be failing, not the delivery</h3>\n";
  if (progress.findings.empty()) {
    return out + "<p>No step has its delivery on track while the outcome it leads to is off track or not moving.</p>\n";
  }
  out +=
      "<p>At each of these steps the indicators before the step are achieved, on track or improving, while every "
      "judged indicator of the outcome after it is off track, a concern or not moving. The delivery is happening, "
      "so the step's assumption is what to test.</p>\n<ol class=\"progress-findings\">\n";
  for (const PathwayFinding& finding : progress.findings) {
    const Link& link = model.links[finding.link];
    const Node& from = model.nodes[link.from_node];
    const Node& to = model.nodes[link.to_node];
    out += fmt::format("<li><strong>{} → {}</strong> <code>{} → {}</code>", html_text(from.title), html_text(to.title),
                       html_text(from.id), html_text(to.id));
    out += link.assumption.empty()
               ? "<p class=\"assumption\">The step states no assumption: say what it relies on.</p>"
               : fmt::format("<p class=\"assumption\">Assumption: “{}”</p>", html_text(link.assumption));
    out += fmt::format("<p>Before the step: {}.<br>After it: {}.</p></li>\n",
                       indicator_list(model, progress, finding.upstream),
                       indicator_list(model, progress, finding.downstream));
  }
  return out + "</ol>\n";
}

std::string cards(const Model& model, const Graph& graph, const Measurements& data, const Progress& progress,
                  const std::vector<SummaryRow>& rows) {
  std::string out;
  std::size_t number = 0;
  for (const SummaryRow& row : rows) {
    out += fmt::format("<h3>{}</h3>\n<div class=\"progress-cards\">\n",
                       row.kind == SummaryRow::Kind::priority ? "Priority: " + html_text(row.label) : row.label);
    for (const std::uint32_t i : row.indicators) out += progress_card(model, graph, data, progress, i, ++number);
    out += "</div>\n";
  }
  return out;
}

}  // namespace

std::string progress_section(const Model& model, const Graph& graph, const Measurements& data,
                             const Progress& progress) {
  const std::vector<SummaryRow> rows = groups(model, progress);
  std::string out = "<section id=\"progress\">\n<h2>Progress</h2>\n";
  out += fmt::format(
      "<p>How the strategy is going, as of {}: {}. Each indicator is judged by a method that fits its figures, "
      "and the method is named: its trajectory from the baseline through its milestones to its target; an XmR "
      "chart (NHS Making Data Count) when it has no numeric target and 12 figures or more; the spread of groups "
      "across levels. Every status is given in words and by a symbol as well as a colour.</p>\n",
      to_string(progress.as_of), html_text(describe_counts(counts_of(progress, every_indicator(progress)))));
  out += "<h3>Statuses by priority</h3>\n" + summary_table(progress, rows);
  out += findings(model, progress);
  out += cards(model, graph, data, progress, rows);
  return out + "</section>\n";
}

}  // namespace toc
