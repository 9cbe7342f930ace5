// The overlap as a section of the workspace report.
#include <fmt/format.h>

#include "base/escape.h"
#include "products/overlap/overlap.h"

namespace toc {

namespace {

using escape::html_text;

/// "Title <code>id</code>" for a node.
std::string node_cell(const Node& node) {
  return fmt::format("{} <code>{}</code>", html_text(node.title), html_text(node.id));
}

std::string titles(const Model& model, const std::vector<NodeIndex>& nodes) {
  std::string out;
  for (const NodeIndex n : nodes) out += (out.empty() ? "" : "; ") + html_text(model.nodes[n].title);
  return out;
}

template <typename Items, typename Row>
std::string table(std::string_view heading, std::string_view intro, std::string_view columns, const Items& items,
                  const Row& row) {
  std::string out = fmt::format("<h3>{} ({})</h3>\n<p>{}</p>\n", heading, items.size(), intro);
  if (items.empty()) return out + "<p>None.</p>\n";
  out += fmt::format(
      "<table class=\"coverage\">\n<caption class=\"toc-hidden\">{}</caption>\n<thead><tr>{}</tr></thead>\n<tbody>\n",
      heading, columns);
  for (const auto& item : items) out += row(item);
  return out + "</tbody>\n</table>\n";
}

}  // namespace

std::string overlap_html_section(const Model& model, const Overlap& overlap) {
  std::string out =
      "<section id=\"overlap\">\n<h2>Across strategies</h2>\n<p>Where the strategies of this "
      "workspace meet: the overview of activity across the area that partnerships say is hard to keep, "
      "and the places where work may be duplicated.</p>\n<ul>\n";
  for (const Member& member : model.members) {
    out += fmt::format("<li><strong>{}</strong> <code>{}</code></li>\n", html_text(member.strategy.title),
                       html_text(member.strategy.id));
  }
  out += "</ul>\n";
  out += table("Outcomes that activities of several strategies lead to",
               "Activities of different strategies leading to the same outcome, directly or through outputs.",
               "<th scope=\"col\">Outcome</th><th scope=\"col\">Activities, by strategy</th>", overlap.shared,
               [&](const SharedOutcome& shared) {
                 std::string cell;
                 for (const MemberNodes& by : shared.activities) {
                   cell += fmt::format("<strong>{}</strong>: {}<br>", html_text(model.members[by.member].strategy.id),
                                       titles(model, by.nodes));
                 }
                 return fmt::format("<tr><td>{}</td><td>{}</td></tr>\n", node_cell(model.nodes[shared.outcome]), cell);
               });
  out += table(
      "Outcomes several strategies count on",
      "Outcomes with arrows to or from another strategy: that strategy's work leads to them, or builds on them.",
      "<th scope=\"col\">Outcome</th><th scope=\"col\">Its strategy</th><th scope=\"col\">Counted on by</th>",
      overlap.counted_on, [&](const CountedOutcome& counted) {
        std::string others;
        for (std::size_t i = 1; i < counted.members.size(); ++i) {
          others += (others.empty() ? "" : ", ") + html_text(model.members[counted.members[i]].strategy.id);
        }
        return fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n", node_cell(model.nodes[counted.outcome]),
                           html_text(model.members[counted.members.front()].strategy.id), others);
      });
  out += table("Impacts another strategy's work supports",
               "Impacts of one strategy that activities of another reach, through any chain of arrows.",
               "<th scope=\"col\">Impact</th><th scope=\"col\">Supported by</th><th scope=\"col\">Activities</th>",
               overlap.supported_impacts, [&](const SupportedImpact& supported) {
                 return fmt::format(
                     "<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n", node_cell(model.nodes[supported.impact]),
                     html_text(model.members[supported.by.member].strategy.id), supported.by.nodes.size());
               });
  std::vector<std::pair<std::size_t, NodeIndex>> unsupported;
  for (std::size_t m = 0; m < overlap.unsupported.size(); ++m) {
    for (const NodeIndex n : overlap.unsupported[m]) unsupported.emplace_back(m, n);
  }
  out +=
      table("Outcomes and impacts no activity supports",
            "Per strategy, what no input or activity of any strategy in the workspace leads to.",
            "<th scope=\"col\">Strategy</th><th scope=\"col\">Outcome or impact</th>", unsupported,
            [&](const std::pair<std::size_t, NodeIndex>& item) {
              return fmt::format("<tr><td>{}</td><td>{}</td></tr>\n", html_text(model.members[item.first].strategy.id),
                                 node_cell(model.nodes[item.second]));
            });
  return out + "</section>\n";
}

}  // namespace toc
