#include "render/dot.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "base/escape.h"
#include "products/progress/status_look.h"

namespace toc {

namespace {

using escape::dot_string;

/// The DOT name of a band's header node: cannot clash with ids, which have no ':' or, in a
/// workspace, one between two non-empty parts.
std::string band_node(int band) { return "band::" + std::string(bands[band].key); }

/// Text for a Graphviz HTML-like label: escaped as XML, line feeds as <BR/>.
std::string html_lines(std::string_view text) {
  std::string out;
  for (const char c : escape::xml(text)) out += c == '\n' ? std::string("<BR/>") : std::string(1, c);
  return out;
}

/// Shape and style per kind: shapes tell kinds apart in greyscale print; colours are shared
/// with every format (colours_of).
struct Look {
  std::string_view shape;
  std::string_view style;
};
Look look_of(Kind kind) {
  switch (kind) {
    case Kind::input:
      return {"cylinder", "filled"};
    case Kind::activity:
      return {"box", "rounded,filled"};
    case Kind::output:
      return {"note", "filled"};
    case Kind::outcome:
      return {"ellipse", "filled"};
    case Kind::impact:
      return {"doubleoctagon", "filled"};
  }
  return {};
}

struct EdgeLook {
  std::string_view style;
  double penwidth;
};
EdgeLook edge_look(Strength strength) {
  switch (strength) {
    case Strength::strong:
      return {"solid", 2.6};
    case Strength::moderate:
      return {"solid", 1.6};
    case Strength::emerging:
      return {"dashed", 1.4};
    case Strength::none:
      return {"dotted", 1.4};
    case Strength::unspecified:
      break;
  }
  return {"solid", 1.0};
}

template <typename... Args>
void emit(std::string& out, fmt::format_string<Args...> format, Args&&... args) {
  fmt::format_to(std::back_inserter(out), format, std::forward<Args>(args)...);
}

/// Writes one DOT digraph; each part of the text is a step of its own (see write()).
class DotWriter {
 public:
  DotWriter(const Model& model, const View& view, const DotOptions& options)
      : model_(model), options_(options), plan_(plan_diagram(model, view, options.diagram)) {
    for (const NodeIndex n : plan_.nodes) used_.insert(chain_level(model_.nodes[n]));
  }

  std::string write() && {
    graph_attributes();
    band_headers();
    if (!model_.is_workspace()) nodes(no_member, "  ");
    for (const std::size_t m : plan_.members) strategy(m);
    ranks();
    emit(out_, "\n  // arrows\n");
    for (const ViewLink& link : plan_.links) arrow(link);
    measures_lines();
    emit(out_, "}}\n");
    return std::move(out_);
  }

 private:
  void graph_attributes() {
    const Strategy& own = model_.strategy;
    emit(out_, "digraph {} {{\n", dot_string(own.id.empty() ? "toc" : own.id));
    // remincross=false: dot's second crossing-minimisation pass over a graph with clusters gives a
    // different order inside the columns from run to run (Graphviz issue 1767; the Lancashire model
    // came out 8 ways in 12 runs with it). The first pass, within each cluster, still runs.
    emit(out_,
         "  graph [id={}, label={}, labelloc=t, fontsize=22, fontname=\"Helvetica,Arial,sans-serif\", rankdir={},\n"
         "         newrank=true, remincross=false, nodesep=0.22, ranksep=0.55, splines=spline, pad=0.3,\n"
         "         outputorder=edgesfirst];\n",
         dot_string("strategy-" + own.id),
         plan_.with_status ? title_with_legend()
         : options_.title  ? dot_string(wrap(own.title, 90))
                           : "\"\"",
         options_.direction);
    emit(out_, "  node [fontname=\"Helvetica,Arial,sans-serif\", fontsize=11, penwidth=1.2, margin=\"0.12,0.06\"];\n");
    emit(out_, "  edge [color=\"#4D4D4D\", arrowsize=0.7, fontname=\"Helvetica,Arial,sans-serif\", fontsize=9];\n\n");
  }

  /// Band headers, chained invisibly so the bands stand in chain order even when one is empty.
  void band_headers() {
    emit(out_, "  // bands, in chain order\n");
    int previous = -1;
    for (const int b : used_) {
      emit(out_, "  {} [id={}, label={}, shape=plaintext, fontsize=15, fontcolor=\"#333333\"];\n",
           dot_string(band_node(b)), dot_string("band-" + std::string(bands[b].key)), dot_string(bands[b].title));
      if (previous >= 0) {
        emit(out_, "  {} -> {} [style=invis, weight=1000];\n", dot_string(band_node(previous)),
             dot_string(band_node(b)));
      }
      previous = b;
    }
  }

  void node_line(NodeIndex n, std::string_view indent) {
    const Node& node = model_.nodes[n];
    const Look look = look_of(node.kind);
    std::string label = wrap(node.title, options_.wrap);
    std::string tooltip = fmt::format("{} '{}': {}", to_string(node.kind), node.id, node.title);
    if (!node.description.empty()) tooltip += "\n" + node.description;
    std::string style(look.style);
    const KindColours colours = colours_of(node.kind);
    std::string border(colours.border);
    double pen = 1.2;
    if (plan_.unmeasured(node)) {
      label += "\n(no indicator)";
      style += ",dashed";
    }
    std::string_view fill = colours.fill;
    if (plan_.with_status) status_look(n, label, tooltip, fill, border, pen);
    if (const auto it = plan_.findings.find(n); it != plan_.findings.end()) {
      border = "#D55E00";
      pen = 3.0;
      for (const Diagnostic* d : it->second) {
        tooltip += fmt::format("\n{}[{}]: {}", to_string(d->severity), d->code, d->message);
      }
    }
    emit(out_, "{}{} [id={}, label={}, tooltip={}, shape={}, style={}, fillcolor=\"{}\", color=\"{}\", penwidth={}];\n",
         indent, dot_string(node.id), dot_string("node-" + node.id), dot_string(label), dot_string(tooltip), look.shape,
         dot_string(style), fill, border, pen);
    for (const DiagramIndicator& drawn : plan_.indicators) {
      if (drawn.anchor == n) indicator_line(drawn, indent);
    }
  }

  /// With --status: a node some indicator measures takes the colour of its worst indicator and
  /// says all their statuses in words; one that none measures is white.
  void status_look(NodeIndex n, std::string& label, std::string& tooltip, std::string_view& fill, std::string& border,
                   double& pen) const {
    const auto it = plan_.status_of.find(n);
    if (it == plan_.status_of.end()) {
      fill = "#FFFFFF";
      return;
    }
    const StatusLook& look = look_of(headline_status(it->second));
    const std::string line = status_line(it->second);
    label += "\n" + wrap(line, options_.wrap);
    tooltip += "\nstatus: " + line;
    fill = look.fill;
    border = look.stroke;
    pen = 2.0;
  }

  /// An indicator beside the node it measures (--status): a small box, coloured by its status.
  void indicator_line(const DiagramIndicator& drawn, std::string_view indent) {
    const Indicator& indicator = model_.indicators[drawn.indicator];
    const StatusLook& look = look_of(drawn.status);
    std::string tooltip = fmt::format("indicator '{}': {}\nstatus: {} ({})", indicator.id, indicator.title,
                                      to_string(drawn.status), look.symbol);
    if (!drawn.latest.empty()) tooltip += "\nlatest: " + drawn.latest;
    emit(out_,
         "{}{} [id={}, label={}, tooltip={}, shape=box, style=\"filled\", fontsize=9, fillcolor=\"{}\", "
         "color=\"{}\", penwidth=1.4];\n",
         indent, dot_string(indicator_node(drawn)), dot_string("indicator-" + indicator.id),
         dot_string(indicator_label(model_, drawn, options_.wrap)), dot_string(tooltip), look.fill, look.stroke);
  }

  /// The DOT name of an indicator's box: cannot clash with a node id (see band_node).
  std::string indicator_node(const DiagramIndicator& drawn) const {
    return "indicator::" + model_.indicators[drawn.indicator].id;
  }

  /// Priority boxes, then the nodes outside any box; of one strategy only, in a workspace.
  void nodes(std::size_t member, std::string_view indent) {
    const auto shown = [&](NodeIndex n) { return member == no_member || plan_.member_of(model_, n) == member; };
    emit(out_, "\n{}// priorities: activities and their outputs\n", indent);
    for (const auto& [priority_id, members] : plan_.boxes) {
      if (shown(members.front())) priority_box(priority_id, members, indent);
    }
    emit(out_, "\n{}// nodes outside any priority\n", indent);
    for (const NodeIndex n : plan_.nodes) {
      if (!plan_.box_of.count(n) && shown(n)) node_line(n, indent);
    }
  }

  void priority_box(std::string_view priority_id, const std::vector<NodeIndex>& members, std::string_view indent) {
    const std::string title = priority_title(model_, priority_id);
    emit(out_, "{}subgraph {} {{\n", indent, dot_string("cluster_" + std::string(priority_id)));
    emit(out_,
         "{}  graph [id={}, label={}, style=\"rounded,filled\", fillcolor=\"#F4F4F4\", color=\"#9A9A9A\", "
         "fontsize=12, labeljust=l];\n",
         indent, dot_string("priority-" + std::string(priority_id)), dot_string(wrap(title, 40)));
    for (const NodeIndex n : members) node_line(n, std::string(indent) + "  ");
    emit(out_, "{}}}\n", indent);
  }

  /// One box per strategy: the bands still run across them all (newrank), so the levels of
  /// every strategy line up and arrows between strategies are easy to follow.
  void strategy(std::size_t m) {
    const Strategy& member = model_.members[m].strategy;
    emit(out_, "\n  // strategy {}\n", member.id);
    emit(out_, "  subgraph {} {{\n", dot_string("cluster_strategy_" + member.id));
    emit(out_,
         "    graph [id={}, label={}, style=\"rounded\", color=\"#4D4D4D\", penwidth=1.6, fontsize=16, "
         "labeljust=l];\n",
         dot_string("strategy-" + member.id), dot_string(wrap(member.title, 60)));
    nodes(m, "    ");
    emit(out_, "  }}\n");
  }

  void ranks() {
    emit(out_, "\n  // one rank per band\n");
    for (const int b : used_) {
      const std::vector<std::string> members = band_members(b);
      emit(out_, "  {{ rank=same; {};", dot_string(band_node(b)));
      for (const std::string& name : members) emit(out_, " {};", dot_string(name));
      emit(out_, " }}\n");
      // Invisible arrows from the header to its band put the header first in the band: at the
      // top when the chain runs left to right, at the left when it runs top to bottom.
      for (const std::string& name : members) {
        emit(out_, "  {} -> {} [style=invis];\n", dot_string(band_node(b)), dot_string(name));
      }
    }
  }

  /// The DOT names in band `b`: its nodes, then (with --status) the indicators drawn beside them.
  std::vector<std::string> band_members(int b) const {
    std::vector<std::string> names;
    for (const NodeIndex n : plan_.nodes) {
      if (chain_level(model_.nodes[n]) == b) names.push_back(model_.nodes[n].id);
    }
    for (const DiagramIndicator& drawn : plan_.indicators) {
      if (chain_level(model_.nodes[drawn.anchor]) == b) names.push_back(indicator_node(drawn));
    }
    return names;
  }

  /// With --status: a dotted line from each node to each indicator that measures it.
  void measures_lines() {
    if (!plan_.with_status) return;
    emit(out_, "\n  // indicators and what they measure\n");
    for (const DiagramIndicator& drawn : plan_.indicators) {
      const std::string& id = model_.indicators[drawn.indicator].id;
      for (const NodeIndex n : drawn.measures) {
        const std::string& node = model_.nodes[n].id;
        emit(out_, "  {} -> {} [id={}, tooltip={}, style=dotted, arrowhead=none, color=\"#8C8C8C\"];\n",
             dot_string(node), dot_string(indicator_node(drawn)), dot_string("measures-" + id + "--" + node),
             dot_string(fmt::format("{} measures {}", id, node)));
      }
    }
  }

  /// With --status, the title is an HTML-like label with the legend under it: one cell per
  /// status shown, in its colour, with its symbol and words. It takes no place in the layout.
  std::string title_with_legend() const {
    std::string cells;
    for (const Status status : plan_.legend) {
      const StatusLook& look = look_of(status);
      cells += fmt::format("<TD BORDER=\"1\" BGCOLOR=\"{}\" COLOR=\"{}\"><FONT POINT-SIZE=\"12\">{} {}</FONT></TD>",
                           look.fill, look.stroke, look.symbol, escape::xml(to_string(status)));
    }
    if (cells.empty()) cells = "<TD><FONT POINT-SIZE=\"12\">no indicator is shown</FONT></TD>";
    return fmt::format(
        "<<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\"><TR><TD>{}</TD></TR><TR><TD><TABLE BORDER=\"0\" "
        "CELLSPACING=\"4\" CELLPADDING=\"4\"><TR>{}</TR></TABLE></TD></TR><TR><TD><FONT POINT-SIZE=\"11\">Status: "
        "{}</FONT></TD></TR></TABLE>>",
        options_.title ? html_lines(wrap(model_.strategy.title, 90)) : "", cells, escape::xml(status_legend_note));
  }

  void arrow(const ViewLink& view_link) {
    const Node& from = model_.nodes[view_link.from];
    const Node& to = model_.nodes[view_link.to];
    const std::string id = dot_string("link-" + from.id + "--" + to.id);
    if (view_link.is_path()) {
      emit(out_, "  {} -> {} [id={}, tooltip={}, style=dashed, color=\"#8C8C8C\"];\n", dot_string(from.id),
           dot_string(to.id), id, dot_string(fmt::format("{} leads to {} through levels not shown", from.id, to.id)));
      return;
    }
    const Link& link = model_.links[view_link.link];
    std::string tooltip = fmt::format("{} -> {}", from.id, to.id);
    if (!link.assumption.empty()) tooltip += "\nassumption: " + link.assumption;
    if (!link.evidence.empty()) tooltip += "\nevidence: " + link.evidence;
    if (link.strength != Strength::unspecified) tooltip += fmt::format("\nstrength: {}", to_string(link.strength));
    const EdgeLook edge = edge_look(link.strength);
    const bool annotated = !link.assumption.empty() || !link.evidence.empty();
    std::string extra;
    // Graphviz puts an arrow's tail before its head within a rank: left of it top down, but below
    // it left to right. There the arrow is written head first and drawn backwards, so that it
    // points down the band (the same arrow, the same id and look).
    const bool upwards = !link.feedback && chain_level(from) == chain_level(to) &&
                         (options_.direction == "LR" || options_.direction == "RL");
    if (upwards) {
      extra += annotated ? ", dir=both, arrowhead=dot, arrowtail=normal" : ", dir=back";
    } else if (annotated) {
      extra += ", dir=both, arrowtail=dot";
    }
    if (link.feedback) extra += ", constraint=false, color=\"#CC79A7\", fontcolor=\"#A24F80\", xlabel=\"feedback\"";
    emit(out_, "  {} -> {} [id={}, tooltip={}, style={}, penwidth={}{}];\n", dot_string(upwards ? to.id : from.id),
         dot_string(upwards ? from.id : to.id), id, dot_string(tooltip), link.feedback ? "dashed" : edge.style,
         edge.penwidth, extra);
  }

  const Model& model_;
  const DotOptions& options_;
  const DiagramPlan plan_;
  std::set<int> used_;  ///< the bands with nodes shown
  std::string out_;
};

}  // namespace

std::string to_dot(const Model& model, const View& view, const DotOptions& options) {
  return DotWriter(model, view, options).write();
}

}  // namespace toc
