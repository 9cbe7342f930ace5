#include "render/mermaid.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <utility>

#include <fmt/format.h>

#include "base/escape.h"
#include "products/progress/status_look.h"

namespace toc {

namespace {

using escape::mermaid_label;
using escape::mermaid_title;

/// The Mermaid subgraph id of a band: cannot clash with node ids, which start with "n_".
std::string band_id(int band) { return "band_" + std::string(bands[band].key); }

/// Shape (the brackets around a label) and class per kind; colours are shared with every
/// format (colours_of).
struct Look {
  std::string_view open;
  std::string_view close;
  std::string_view class_name;
};
Look look_of(Kind kind) {
  switch (kind) {
    case Kind::input:
      return {"[(", ")]", "kind_input"};  // cylinder
    case Kind::activity:
      return {"(", ")", "kind_activity"};  // rounded box
    case Kind::output:
      return {"[/", "/]", "kind_output"};  // parallelogram
    case Kind::outcome:
      return {"([", "])", "kind_outcome"};  // stadium
    case Kind::impact:
      return {"{{", "}}", "kind_impact"};  // hexagon
  }
  return {};
}

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

/// A label on a line that also holds `name` (a Mermaid id derived from a model id): with its
/// colons coded when the line could look like a style line to Mermaid (escape::mermaid_label).
std::string label_on(std::string_view name, std::string_view text) {
  const bool risky =
      contains(name, "style") || contains(name, "classDef") || contains(text, "style") || contains(text, "classDef");
  return mermaid_label(text, risky);
}

/// `prefix` + `id` with every character outside [A-Za-z0-9_] as '_'.
std::string sanitised(std::string_view prefix, std::string_view id) {
  std::string name(prefix);
  for (const char c : id) {
    const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    name += plain ? c : '_';
  }
  return name;
}

/// Mermaid-safe names for ids: sanitised(prefix, id). Ids that need no change keep their name;
/// the others, in id order, get `_2`, `_3`, … when their name is taken. The result depends only
/// on the set of ids.
std::map<std::string, std::string, std::less<>> safe_names(const std::set<std::string, std::less<>>& ids,
                                                           std::string_view prefix) {
  std::map<std::string, std::string, std::less<>> names;
  std::set<std::string> taken;
  for (const std::string& id : ids) {
    if (std::string name = sanitised(prefix, id); name.substr(prefix.size()) == id) {
      taken.insert(name);
      names[id] = std::move(name);
    }
  }
  for (const std::string& id : ids) {
    if (names.count(id)) continue;
    const std::string base = sanitised(prefix, id);
    std::string name = base;
    for (int suffix = 2; taken.count(name); ++suffix) name = fmt::format("{}_{}", base, suffix);
    taken.insert(name);
    names[id] = name;
  }
  return names;
}

template <typename... Args>
void emit(std::string& out, fmt::format_string<Args...> format, Args&&... args) {
  fmt::format_to(std::back_inserter(out), format, std::forward<Args>(args)...);
}

/// Mermaid names for the model's node ids: from the whole model, so a node keeps its Mermaid
/// id in every view. `numbered`: "n1", "n2", … in id order instead, for a model whose text
/// would be too long for Mermaid with the ids in it.
std::map<std::string, std::string, std::less<>> node_names(const Model& model, bool numbered) {
  std::set<std::string, std::less<>> ids;
  for (const Node& node : model.nodes) ids.insert(node.id);
  if (!numbered) return safe_names(ids, "n_");
  std::map<std::string, std::string, std::less<>> names;
  for (const std::string& id : ids) names.emplace(id, fmt::format("n{}", names.size() + 1));
  return names;
}

/// Mermaid names for the priorities of the model and those the boxes of `plan` name.
std::map<std::string, std::string, std::less<>> priority_names(const Model& model, const DiagramPlan& plan) {
  std::set<std::string, std::less<>> ids;
  for (const Priority& priority : model.priorities) ids.insert(priority.id);
  for (const auto& [n, priority] : plan.box_of) ids.insert(std::string(priority));
  return safe_names(ids, "");
}

/// Mermaid names for the indicators drawn (--status): "i_<id>", from every indicator of the model.
std::map<std::string, std::string, std::less<>> indicator_names(const Model& model) {
  std::set<std::string, std::less<>> ids;
  for (const Indicator& indicator : model.indicators) ids.insert(indicator.id);
  return safe_names(ids, "i_");
}

/// The class of a status (--status): "status_on_track".
std::string status_class(Status status) {
  std::string name = "status_" + std::string(look_of(status).name);
  std::replace(name.begin(), name.end(), '-', '_');
  return name;
}

/// Writes one Mermaid flowchart; each part of the text is a step of its own (see write()).
class MermaidWriter {
 public:
  MermaidWriter(const Model& model, const View& view, const MermaidOptions& options, bool numbered)
      : model_(model),
        options_(options),
        numbered_(numbered),
        plan_(plan_diagram(model, view, options.diagram)),
        node_names_(node_names(model, numbered)),
        priority_names_(priority_names(model, plan_)),
        indicator_names_(plan_.with_status ? indicator_names(model) : decltype(indicator_names_)()) {}

  std::string write() && {
    heading();
    if (!model_.is_workspace()) chain(no_member, "  ", "");
    for (const std::size_t m : plan_.members) strategy(m);
    legend();
    for (std::size_t i = 0; i < plan_.links.size(); ++i) arrow(i);
    measures_lines();
    band_order();
    looks();
    return std::move(out_);
  }

 private:
  const std::string& name_of(NodeIndex n) const { return node_names_.find(model_.nodes[n].id)->second; }

  /// Front matter: the title, and Mermaid 11's ELK layout, which keeps the bands in chain order
  /// (dagre lets nested subgraphs with arrows across their borders drift out of order). A
  /// renderer without ELK falls back to dagre: the same nodes and arrows, maybe out of order.
  void heading() {
    out_ += "---\n";
    if (!model_.strategy.title.empty()) emit(out_, "title: {}\n", mermaid_title(model_.strategy.title));
    out_ += "config:\n  layout: elk\n---\n";
    if (numbered_) {
      emit(out_,
           "%% Node ids are numbered (n1, n2, ... in id order): with the model's ids the text is over "
           "Mermaid's {}-character limit\n",
           mermaid_max_text);
    }
    const std::string& d = options_.direction;
    emit(out_, "flowchart {}\n", d == "TB" || d == "BT" || d == "RL" ? d : std::string("LR"));
  }

  void node_line(NodeIndex n, std::string_view indent) {
    const Node& node = model_.nodes[n];
    const Look look = look_of(node.kind);
    std::string text = wrap(node.title, options_.wrap);
    if (plan_.unmeasured(node)) text += "\n(no indicator)";
    if (const auto it = plan_.status_of.find(n); it != plan_.status_of.end()) {
      text += "\n" + wrap(status_line(it->second), options_.wrap);
    }
    emit(out_, "{}{}{}{}{}\n", indent, name_of(n), look.open, label_on(name_of(n), text), look.close);
    for (const DiagramIndicator& drawn : plan_.indicators) {
      if (drawn.anchor != n) continue;
      const std::string& name = indicator_name(drawn);
      emit(out_, "{}{}[[{}]]\n", indent, name, label_on(name, indicator_label(model_, drawn, options_.wrap)));
    }
  }

  const std::string& indicator_name(const DiagramIndicator& drawn) const {
    return indicator_names_.find(model_.indicators[drawn.indicator].id)->second;
  }

  /// With --status: a subgraph explaining the colours, a node per status shown.
  void legend() {
    if (!plan_.with_status) return;
    emit(out_, "  subgraph status_legend [{}]\n", mermaid_label("Status: " + std::string(status_legend_note)));
    for (const Status status : plan_.legend) {
      emit(out_, "    legend_{}[{}]\n", status_class(status).substr(7),
           mermaid_label(fmt::format("{} {}", look_of(status).symbol, to_string(status))));
    }
    emit(out_, "  end\n");
    styles_.push_back("  style status_legend fill:#FFFFFF,stroke:#BDBDBD,color:#333333\n");
  }

  /// With --status: a dotted line, with no arrowhead, from each node to the indicators measuring it.
  void measures_lines() {
    std::size_t number = plan_.links.size();
    for (const DiagramIndicator& drawn : plan_.indicators) {
      for (const NodeIndex n : drawn.measures) {
        emit(out_, "  {} -.- {}\n", name_of(n), indicator_name(drawn));
        measures_.push_back(number++);
      }
    }
  }

  /// Bands in chain order, of one strategy only in a workspace (a Mermaid node sits in one
  /// subgraph only, so each strategy is a subgraph holding its own bands).
  void chain(std::size_t member, const std::string& indent, const std::string& suffix) {
    std::optional<NodeIndex> previous_first;  // the first node of the band before, for band_order()
    for (int b = 0; b < 7; ++b) {
      std::vector<NodeIndex> members;
      for (const NodeIndex n : plan_.nodes) {
        if (chain_level(model_.nodes[n]) == b && (member == no_member || plan_.member_of(model_, n) == member)) {
          members.push_back(n);
        }
      }
      if (members.empty()) continue;
      band_subgraph(b, members, indent, suffix);
      if (previous_first) order_links_.emplace_back(*previous_first, members.front());
      previous_first = members.front();
    }
  }

  /// Invisible links (`~~~`) from the first node of each band to the first of the next, in each
  /// strategy: without them ELK let a feedback arrow turn the chain round, and put bands that
  /// no arrow joins directly in one column. Written last, so linkStyle numbers are unchanged.
  void band_order() {
    for (const auto& [from, to] : order_links_) emit(out_, "  {} ~~~ {}\n", name_of(from), name_of(to));
  }

  /// In the Activities and Outputs bands, a subgraph per priority first (by priority id), then
  /// the nodes outside any priority.
  void band_subgraph(int b, const std::vector<NodeIndex>& members, const std::string& indent,
                     const std::string& suffix) {
    const std::string id = band_id(b) + suffix;
    emit(out_, "{}subgraph {} [{}]\n", indent, id, mermaid_label(bands[b].title));
    styles_.push_back(fmt::format("  style {} fill:#FFFFFF,stroke:#BDBDBD,color:#333333\n", id));
    std::map<std::string_view, std::vector<NodeIndex>> by_priority;
    for (const NodeIndex n : members) {
      if (const auto it = plan_.box_of.find(n); it != plan_.box_of.end()) by_priority[it->second].push_back(n);
    }
    for (const auto& [priority, in_priority] : by_priority) {
      const std::string name = (b == 1 ? "priority_" : "outputs_") + priority_names_.find(priority)->second;
      emit(out_, "{}  subgraph {} [{}]\n", indent, name, label_on(name, wrap(priority_title(model_, priority), 40)));
      for (const NodeIndex n : in_priority) node_line(n, indent + "    ");
      emit(out_, "{}  end\n", indent);
      styles_.push_back(fmt::format("  style {} fill:#F4F4F4,stroke:#9A9A9A,color:#333333\n", name));
    }
    for (const NodeIndex n : members) {
      if (!plan_.box_of.count(n)) node_line(n, indent + "  ");
    }
    emit(out_, "{}end\n", indent);
  }

  void strategy(std::size_t m) {
    const std::string name = fmt::format("strategy_{}", m + 1);
    emit(out_, "  subgraph {} [{}]\n", name, label_on(name, wrap(model_.members[m].strategy.title, 60)));
    styles_.push_back(fmt::format("  style {} fill:#FFFFFF,stroke:#4D4D4D,color:#1A1A1A\n", name));
    chain(m, "    ", fmt::format("_{}", m + 1));
    out_ += "  end\n";
  }

  /// Arrow `i` of the plan: line by evidence strength; feedback labelled; paths through hidden
  /// levels dashed grey. linkStyle counts arrows in the order they are written.
  void arrow(std::size_t i) {
    const ViewLink& view_link = plan_.links[i];
    std::string_view line = "-->";
    if (view_link.is_path()) {
      line = "-.->";
      paths_.push_back(i);
    } else {
      const Link& link = model_.links[view_link.link];
      if (link.feedback) {
        line = "-. feedback .->";
        feedback_.push_back(i);
      } else if (link.strength == Strength::strong) {
        line = "==>";
      } else if (link.strength == Strength::emerging) {
        line = "-.->";
      } else if (link.strength == Strength::none) {
        line = "-.->";
        dotted_.push_back(i);
      }
    }
    emit(out_, "  {} {} {}\n", name_of(view_link.from), line, name_of(view_link.to));
  }

  /// Looks: a class per kind, dashed borders for "no indicator", thick vermillion for findings;
  /// with --status, white kinds and a class per status.
  void looks() {
    for (const std::string& style : styles_) out_ += style;
    for (const Kind kind : all_kinds) {
      const KindColours colours = colours_of(kind);
      emit(out_, "  classDef {} fill:{},stroke:{},color:#1A1A1A\n", look_of(kind).class_name,
           plan_.with_status ? "#FFFFFF" : colours.fill, colours.border);
    }
    for (const Status status : plan_.legend) {
      const StatusLook& look = toc::look_of(status);
      emit(out_, "  classDef {} fill:{},stroke:{},stroke-width:2px,color:#1A1A1A\n", status_class(status), look.fill,
           look.stroke);
    }
    emit(out_, "  classDef unmeasured stroke-dasharray:5 3\n");
    emit(out_, "  classDef issue stroke:#D55E00,stroke-width:3px\n");
    for (const Kind kind : all_kinds) {
      class_line(look_of(kind).class_name,
                 [&](NodeIndex n) { return model_.nodes[n].kind == kind && !plan_.status_of.count(n); });
    }
    for (const Status status : plan_.legend) status_classes(status);
    class_line("unmeasured", [&](NodeIndex n) { return plan_.unmeasured(model_.nodes[n]); });
    class_line("issue", [&](NodeIndex n) { return plan_.findings.count(n) > 0; });
    link_style(feedback_, "stroke:#CC79A7,color:#A24F80");
    link_style(paths_, "stroke:#8C8C8C");
    link_style(dotted_, "stroke-dasharray:2 4");
    link_style(measures_, "stroke:#8C8C8C,stroke-dasharray:2 3");
  }

  /// `class <nodes, indicators, legend entry> status_<name>` for the things with `status`.
  void status_classes(Status status) {
    std::string names;
    for (const NodeIndex n : plan_.nodes) {
      const auto it = plan_.status_of.find(n);
      if (it != plan_.status_of.end() && headline_status(it->second) == status) names += name_of(n) + ",";
    }
    for (const DiagramIndicator& drawn : plan_.indicators) {
      if (drawn.status == status) names += indicator_name(drawn) + ",";
    }
    emit(out_, "  class {}legend_{} {}\n", names, status_class(status).substr(7), status_class(status));
  }

  /// `class <nodes> <class_name>` for the shown nodes `keep` holds for, if any.
  template <typename Keep>
  void class_line(std::string_view class_name, const Keep& keep) {
    std::string names;
    for (const NodeIndex n : plan_.nodes) {
      if (keep(n)) names += (names.empty() ? "" : ",") + name_of(n);
    }
    if (!names.empty()) emit(out_, "  class {} {}\n", names, class_name);
  }

  /// `linkStyle <arrow numbers> <style>` for the arrows `which`, if any.
  void link_style(const std::vector<std::size_t>& which, std::string_view style) {
    if (which.empty()) return;
    std::string numbers;
    for (const std::size_t i : which) numbers += (numbers.empty() ? "" : ",") + std::to_string(i);
    emit(out_, "  linkStyle {} {}\n", numbers, style);
  }

  const Model& model_;
  const MermaidOptions& options_;
  const bool numbered_;
  const DiagramPlan plan_;
  const std::map<std::string, std::string, std::less<>> node_names_;
  const std::map<std::string, std::string, std::less<>> priority_names_;
  const std::map<std::string, std::string, std::less<>> indicator_names_;  ///< with --status only
  std::vector<std::string> styles_;                           ///< subgraph styles, written after the arrows
  std::vector<std::size_t> feedback_, paths_, dotted_;        ///< arrow numbers per linkStyle
  std::vector<std::size_t> measures_;                         ///< lines from nodes to their indicators
  std::vector<std::pair<NodeIndex, NodeIndex>> order_links_;  ///< band_order()'s links
  std::string out_;
};

}  // namespace

std::string to_mermaid(const Model& model, const View& view, const MermaidOptions& options) {
  std::string text = MermaidWriter(model, view, options, false).write();
  if (text.size() <= mermaid_max_text) return text;
  return MermaidWriter(model, view, options, true).write();
}

}  // namespace toc
