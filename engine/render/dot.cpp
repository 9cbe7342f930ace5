#include "render/dot.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "base/escape.h"

namespace toc {

namespace {

using escape::dot_string;

/// The DOT name of a band's header node: cannot clash with ids, which have no ':' or, in a
/// workspace, one between two non-empty parts.
std::string band_node(int band) { return "band::" + std::string(bands[band].key); }

/// Shape and style per kind: shapes tell kinds apart in greyscale print; colours are shared
/// with every format (colours_of).
struct Look {
  std::string_view shape;
  std::string_view style;
};
Look look_of(Kind kind) {
  switch (kind) {
    case Kind::input: return {"cylinder", "filled"};
    case Kind::activity: return {"box", "rounded,filled"};
    case Kind::output: return {"note", "filled"};
    case Kind::outcome: return {"ellipse", "filled"};
    case Kind::impact: return {"doubleoctagon", "filled"};
  }
  return {};
}

struct EdgeLook {
  std::string_view style;
  double penwidth;
};
EdgeLook edge_look(Strength strength) {
  switch (strength) {
    case Strength::strong: return {"solid", 2.6};
    case Strength::moderate: return {"solid", 1.6};
    case Strength::emerging: return {"dashed", 1.4};
    case Strength::none: return {"dotted", 1.4};
    case Strength::unspecified: break;
  }
  return {"solid", 1.0};
}

template <typename... Args>
void emit(std::string& out, fmt::format_string<Args...> format, Args&&... args) {
  fmt::format_to(std::back_inserter(out), format, std::forward<Args>(args)...);
}

}  // namespace

std::string to_dot(const Model& model, const View& view, const DotOptions& options) {
  std::string out;

  const DiagramPlan plan = plan_diagram(model, view, options.diagram);
  const std::vector<NodeIndex>& nodes = plan.nodes;

  const Strategy& strategy = model.strategy;
  emit(out, "digraph {} {{\n", dot_string(strategy.id.empty() ? "toc" : strategy.id));
  // remincross=false: dot's second crossing-minimisation pass over a graph with clusters gives a
  // different order inside the columns from run to run (Graphviz issue 1767; the Lancashire model
  // came out 8 ways in 12 runs with it). The first pass, within each cluster, still runs.
  emit(out,
       "  graph [id={}, label={}, labelloc=t, fontsize=22, fontname=\"Helvetica,Arial,sans-serif\", rankdir={},\n"
       "         newrank=true, remincross=false, nodesep=0.22, ranksep=0.55, splines=spline, pad=0.3,\n"
       "         outputorder=edgesfirst];\n",
       dot_string("strategy-" + strategy.id), dot_string(wrap(strategy.title, 90)), options.direction);
  emit(out, "  node [fontname=\"Helvetica,Arial,sans-serif\", fontsize=11, penwidth=1.2, margin=\"0.12,0.06\"];\n");
  emit(out, "  edge [color=\"#4D4D4D\", arrowsize=0.7, fontname=\"Helvetica,Arial,sans-serif\", fontsize=9];\n\n");

  // Band headers, chained invisibly so the bands stand in chain order even when one is empty.
  std::set<int> used;
  for (const NodeIndex n : nodes) used.insert(chain_level(model.nodes[n]));
  emit(out, "  // bands, in chain order\n");
  int previous = -1;
  for (int b = 0; b < 7; ++b) {
    if (!used.count(b)) continue;
    emit(out, "  {} [id={}, label={}, shape=plaintext, fontsize=15, fontcolor=\"#333333\"];\n",
         dot_string(band_node(b)), dot_string("band-" + std::string(bands[b].key)), dot_string(bands[b].title));
    if (previous >= 0)
      emit(out, "  {} -> {} [style=invis, weight=1000];\n", dot_string(band_node(previous)), dot_string(band_node(b)));
    previous = b;
  }

  const auto node_line = [&](NodeIndex n, std::string_view indent) {
    const Node& node = model.nodes[n];
    const Look look = look_of(node.kind);
    std::string label = wrap(node.title, options.wrap);
    std::string tooltip = fmt::format("{} '{}': {}", to_string(node.kind), node.id, node.title);
    if (!node.description.empty()) tooltip += "\n" + node.description;
    std::string style(look.style);
    const KindColours colours = colours_of(node.kind);
    std::string border(colours.border);
    double pen = 1.2;
    if (plan.unmeasured(node)) {
      label += "\n(no indicator)";
      style += ",dashed";
    }
    if (const auto it = plan.findings.find(n); it != plan.findings.end()) {
      border = "#D55E00";
      pen = 3.0;
      for (const Diagnostic* d : it->second) tooltip += fmt::format("\n{}[{}]: {}", to_string(d->severity), d->code, d->message);
    }
    emit(out, "{}{} [id={}, label={}, tooltip={}, shape={}, style={}, fillcolor=\"{}\", color=\"{}\", penwidth={}];\n",
         indent, dot_string(node.id), dot_string("node-" + node.id), dot_string(label), dot_string(tooltip), look.shape,
         dot_string(style), colours.fill, border, pen);
  };

  // Priority boxes, then the nodes outside any box; of one strategy only, in a workspace.
  const auto emit_nodes = [&](std::size_t member, std::string_view indent) {
    const auto shown = [&](NodeIndex n) { return member == no_member || plan.member_of(model, n) == member; };
    emit(out, "\n{}// priorities: activities and their outputs\n", indent);
    for (const auto& [priority_id, members] : plan.boxes) {
      if (!shown(members.front())) continue;
      const std::string title = priority_title(model, priority_id);
      emit(out, "{}subgraph {} {{\n", indent, dot_string("cluster_" + std::string(priority_id)));
      emit(out,
           "{}  graph [id={}, label={}, style=\"rounded,filled\", fillcolor=\"#F4F4F4\", color=\"#9A9A9A\", "
           "fontsize=12, labeljust=l];\n",
           indent, dot_string("priority-" + std::string(priority_id)), dot_string(wrap(title, 40)));
      for (const NodeIndex n : members) node_line(n, std::string(indent) + "  ");
      emit(out, "{}}}\n", indent);
    }
    emit(out, "\n{}// nodes outside any priority\n", indent);
    for (const NodeIndex n : nodes) {
      if (!plan.box_of.count(n) && shown(n)) node_line(n, indent);
    }
  };
  if (!model.is_workspace()) emit_nodes(no_member, "  ");
  for (const std::size_t m : plan.members) {
    // One box per strategy: the bands still run across them all (newrank), so the levels of
    // every strategy line up and arrows between strategies are easy to follow.
    const Strategy& member = model.members[m].strategy;
    emit(out, "\n  // strategy {}\n", member.id);
    emit(out, "  subgraph {} {{\n", dot_string("cluster_strategy_" + member.id));
    emit(out,
         "    graph [id={}, label={}, style=\"rounded\", color=\"#4D4D4D\", penwidth=1.6, fontsize=16, "
         "labeljust=l];\n",
         dot_string("strategy-" + member.id), dot_string(wrap(member.title, 60)));
    emit_nodes(m, "    ");
    emit(out, "  }}\n");
  }

  emit(out, "\n  // one rank per band\n");
  for (int b = 0; b < 7; ++b) {
    if (!used.count(b)) continue;
    emit(out, "  {{ rank=same; {};", dot_string(band_node(b)));
    for (const NodeIndex n : nodes) {
      if (chain_level(model.nodes[n]) == b) emit(out, " {};", dot_string(model.nodes[n].id));
    }
    emit(out, " }}\n");
    // Invisible arrows from the header to its band put the header first in the band: at the
    // top when the chain runs left to right, at the left when it runs top to bottom.
    for (const NodeIndex n : nodes) {
      if (chain_level(model.nodes[n]) == b)
        emit(out, "  {} -> {} [style=invis];\n", dot_string(band_node(b)), dot_string(model.nodes[n].id));
    }
  }

  emit(out, "\n  // arrows\n");
  for (const ViewLink& view_link : plan.links) {
    const Node& from = model.nodes[view_link.from];
    const Node& to = model.nodes[view_link.to];
    const std::string id = dot_string("link-" + from.id + "--" + to.id);
    if (view_link.is_path()) {
      emit(out, "  {} -> {} [id={}, tooltip={}, style=dashed, color=\"#8C8C8C\"];\n", dot_string(from.id),
           dot_string(to.id), id, dot_string(fmt::format("{} leads to {} through levels not shown", from.id, to.id)));
      continue;
    }
    const Link& link = model.links[view_link.link];
    std::string tooltip = fmt::format("{} -> {}", from.id, to.id);
    if (!link.assumption.empty()) tooltip += "\nassumption: " + link.assumption;
    if (!link.evidence.empty()) tooltip += "\nevidence: " + link.evidence;
    if (link.strength != Strength::unspecified) tooltip += fmt::format("\nstrength: {}", to_string(link.strength));
    const EdgeLook edge = edge_look(link.strength);
    std::string extra;
    if (!link.assumption.empty() || !link.evidence.empty()) extra += ", dir=both, arrowtail=dot";
    if (link.feedback) extra += ", constraint=false, color=\"#CC79A7\", fontcolor=\"#A24F80\", xlabel=\"feedback\"";
    emit(out, "  {} -> {} [id={}, tooltip={}, style={}, penwidth={}{}];\n", dot_string(from.id), dot_string(to.id), id,
         dot_string(tooltip), link.feedback ? "dashed" : edge.style, edge.penwidth, extra);
  }
  emit(out, "}}\n");
  return out;
}

}  // namespace toc
