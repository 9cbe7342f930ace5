#include "render/dot.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

namespace toc {

namespace {

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

/// Text as the inside of a DOT double-quoted string. Backslashes are doubled so that model text
/// can never form a Graphviz escape (\N, \G, \l, …); quotes are escaped; newlines become
/// line breaks. Control characters are dropped. Graphviz reads entities (&amp;, &lt;, ...) in
/// every string, so '&' is written as &amp;: text such as "&lt;" is then drawn as written.
std::string quoted(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '"';
  std::size_t plain = 0;  // where the run of characters written as they are starts
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const char* const escape = c == '\\' ? "\\\\" : c == '"' ? "\\\"" : c == '\n' ? "\\n" : c == '&' ? "&amp;" : nullptr;
    if (!escape && static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) continue;
    out.append(text.substr(plain, i - plain));
    if (escape) out += escape;
    plain = i + 1;
  }
  out.append(text.substr(plain));
  out += '"';
  return out;
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
    emit(out_, "}}\n");
    return std::move(out_);
  }

 private:
  void graph_attributes() {
    const Strategy& own = model_.strategy;
    emit(out_, "digraph {} {{\n", quoted(own.id.empty() ? "toc" : own.id));
    // remincross=false: dot's second crossing-minimisation pass over a graph with clusters gives a
    // different order inside the columns from run to run (Graphviz issue 1767; the Lancashire model
    // came out 8 ways in 12 runs with it). The first pass, within each cluster, still runs.
    emit(out_,
         "  graph [id={}, label={}, labelloc=t, fontsize=22, fontname=\"Helvetica,Arial,sans-serif\", rankdir={},\n"
         "         newrank=true, remincross=false, nodesep=0.22, ranksep=0.55, splines=spline, pad=0.3,\n"
         "         outputorder=edgesfirst];\n",
         quoted("strategy-" + own.id), quoted(wrap(own.title, 90)), options_.direction);
    emit(out_, "  node [fontname=\"Helvetica,Arial,sans-serif\", fontsize=11, penwidth=1.2, margin=\"0.12,0.06\"];\n");
    emit(out_, "  edge [color=\"#4D4D4D\", arrowsize=0.7, fontname=\"Helvetica,Arial,sans-serif\", fontsize=9];\n\n");
  }

  /// Band headers, chained invisibly so the bands stand in chain order even when one is empty.
  void band_headers() {
    emit(out_, "  // bands, in chain order\n");
    int previous = -1;
    for (const int b : used_) {
      emit(out_, "  {} [id={}, label={}, shape=plaintext, fontsize=15, fontcolor=\"#333333\"];\n", quoted(band_node(b)),
           quoted("band-" + std::string(bands[b].key)), quoted(bands[b].title));
      if (previous >= 0) {
        emit(out_, "  {} -> {} [style=invis, weight=1000];\n", quoted(band_node(previous)), quoted(band_node(b)));
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
    if (const auto it = plan_.findings.find(n); it != plan_.findings.end()) {
      border = "#D55E00";
      pen = 3.0;
      for (const Diagnostic* d : it->second) {
        tooltip += fmt::format("\n{}[{}]: {}", to_string(d->severity), d->code, d->message);
      }
    }
    emit(out_, "{}{} [id={}, label={}, tooltip={}, shape={}, style={}, fillcolor=\"{}\", color=\"{}\", penwidth={}];\n",
         indent, quoted(node.id), quoted("node-" + node.id), quoted(label), quoted(tooltip), look.shape, quoted(style),
         colours.fill, border, pen);
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
    emit(out_, "{}subgraph {} {{\n", indent, quoted("cluster_" + std::string(priority_id)));
    emit(out_,
         "{}  graph [id={}, label={}, style=\"rounded,filled\", fillcolor=\"#F4F4F4\", color=\"#9A9A9A\", "
         "fontsize=12, labeljust=l];\n",
         indent, quoted("priority-" + std::string(priority_id)), quoted(wrap(title, 40)));
    for (const NodeIndex n : members) node_line(n, std::string(indent) + "  ");
    emit(out_, "{}}}\n", indent);
  }

  /// One box per strategy: the bands still run across them all (newrank), so the levels of
  /// every strategy line up and arrows between strategies are easy to follow.
  void strategy(std::size_t m) {
    const Strategy& member = model_.members[m].strategy;
    emit(out_, "\n  // strategy {}\n", member.id);
    emit(out_, "  subgraph {} {{\n", quoted("cluster_strategy_" + member.id));
    emit(out_,
         "    graph [id={}, label={}, style=\"rounded\", color=\"#4D4D4D\", penwidth=1.6, fontsize=16, "
         "labeljust=l];\n",
         quoted("strategy-" + member.id), quoted(wrap(member.title, 60)));
    nodes(m, "    ");
    emit(out_, "  }}\n");
  }

  void ranks() {
    emit(out_, "\n  // one rank per band\n");
    for (const int b : used_) {
      emit(out_, "  {{ rank=same; {};", quoted(band_node(b)));
      for (const NodeIndex n : plan_.nodes) {
        if (chain_level(model_.nodes[n]) == b) emit(out_, " {};", quoted(model_.nodes[n].id));
      }
      emit(out_, " }}\n");
      // Invisible arrows from the header to its band put the header first in the band: at the
      // top when the chain runs left to right, at the left when it runs top to bottom.
      for (const NodeIndex n : plan_.nodes) {
        if (chain_level(model_.nodes[n]) == b) {
          emit(out_, "  {} -> {} [style=invis];\n", quoted(band_node(b)), quoted(model_.nodes[n].id));
        }
      }
    }
  }

  void arrow(const ViewLink& view_link) {
    const Node& from = model_.nodes[view_link.from];
    const Node& to = model_.nodes[view_link.to];
    const std::string id = quoted("link-" + from.id + "--" + to.id);
    if (view_link.is_path()) {
      emit(out_, "  {} -> {} [id={}, tooltip={}, style=dashed, color=\"#8C8C8C\"];\n", quoted(from.id), quoted(to.id),
           id, quoted(fmt::format("{} leads to {} through levels not shown", from.id, to.id)));
      return;
    }
    const Link& link = model_.links[view_link.link];
    std::string tooltip = fmt::format("{} -> {}", from.id, to.id);
    if (!link.assumption.empty()) tooltip += "\nassumption: " + link.assumption;
    if (!link.evidence.empty()) tooltip += "\nevidence: " + link.evidence;
    if (link.strength != Strength::unspecified) tooltip += fmt::format("\nstrength: {}", to_string(link.strength));
    const EdgeLook edge = edge_look(link.strength);
    std::string extra;
    if (!link.assumption.empty() || !link.evidence.empty()) extra += ", dir=both, arrowtail=dot";
    if (link.feedback) extra += ", constraint=false, color=\"#CC79A7\", fontcolor=\"#A24F80\", xlabel=\"feedback\"";
    emit(out_, "  {} -> {} [id={}, tooltip={}, style={}, penwidth={}{}];\n", quoted(from.id), quoted(to.id), id,
         quoted(tooltip), link.feedback ? "dashed" : edge.style, edge.penwidth, extra);
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
