#include "render/mermaid.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "base/escape.h"

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
    case Kind::input: return {"[(", ")]", "kind_input"};       // cylinder
    case Kind::activity: return {"(", ")", "kind_activity"};   // rounded box
    case Kind::output: return {"[/", "/]", "kind_output"};     // parallelogram
    case Kind::outcome: return {"([", "])", "kind_outcome"};   // stadium
    case Kind::impact: return {"{{", "}}", "kind_impact"};     // hexagon
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

}  // namespace

std::string to_mermaid(const Model& model, const View& view, const MermaidOptions& options) {
  std::string out;

  const DiagramPlan plan = plan_diagram(model, view, options.diagram);
  const std::vector<NodeIndex>& nodes = plan.nodes;
  const std::vector<ViewLink>& links = plan.links;

  // Names from the whole model, so a node keeps its Mermaid id in every view.
  std::set<std::string, std::less<>> node_ids;
  for (const Node& node : model.nodes) node_ids.insert(node.id);
  const auto node_names = safe_names(node_ids, "n_");
  const auto name_of = [&](NodeIndex n) -> const std::string& { return node_names.find(model.nodes[n].id)->second; };

  std::set<std::string, std::less<>> priority_ids;
  for (const Priority& priority : model.priorities) priority_ids.insert(priority.id);
  for (const auto& [n, priority] : plan.box_of) priority_ids.insert(std::string(priority));
  const auto priority_names = safe_names(priority_ids, "");
  const Strategy& strategy = model.strategy;
  if (!strategy.title.empty()) emit(out, "---\ntitle: {}\n---\n", mermaid_title(strategy.title));
  const std::string& d = options.direction;
  emit(out, "flowchart {}\n", d == "TB" || d == "BT" || d == "RL" ? d : std::string("LR"));

  const auto node_line = [&](NodeIndex n, std::string_view indent) {
    const Node& node = model.nodes[n];
    const Look look = look_of(node.kind);
    std::string text = wrap(node.title, options.wrap);
    if (plan.unmeasured(node)) text += "\n(no indicator)";
    emit(out, "{}{}{}{}{}\n", indent, name_of(n), look.open, label_on(name_of(n), text), look.close);
  };

  // Bands in chain order; in the Activities and Outputs bands, a subgraph per priority first
  // (by priority id), then the nodes outside any priority. In a workspace, each strategy is a
  // subgraph holding its own bands (a Mermaid node sits in one subgraph only).
  std::vector<std::string> styles;
  const auto emit_bands = [&](std::size_t member, const std::string& indent, const std::string& suffix) {
    for (int b = 0; b < 7; ++b) {
      std::vector<NodeIndex> members;
      for (const NodeIndex n : nodes) {
        if (chain_level(model.nodes[n]) == b && (member == no_member || plan.member_of(model, n) == member)) members.push_back(n);
      }
      if (members.empty()) continue;
      const std::string band = band_id(b) + suffix;
      emit(out, "{}subgraph {} [{}]\n", indent, band, mermaid_label(bands[b].title));
      styles.push_back(fmt::format("  style {} fill:#FFFFFF,stroke:#BDBDBD,color:#333333\n", band));
      std::map<std::string_view, std::vector<NodeIndex>> by_priority;
      for (const NodeIndex n : members) {
        if (const auto it = plan.box_of.find(n); it != plan.box_of.end()) by_priority[it->second].push_back(n);
      }
      for (const auto& [priority, in_priority] : by_priority) {
        const std::string name = (b == 1 ? "priority_" : "outputs_") + priority_names.find(priority)->second;
        emit(out, "{}  subgraph {} [{}]\n", indent, name, label_on(name, wrap(priority_title(model, priority), 40)));
        for (const NodeIndex n : in_priority) node_line(n, indent + "    ");
        emit(out, "{}  end\n", indent);
        styles.push_back(fmt::format("  style {} fill:#F4F4F4,stroke:#9A9A9A,color:#333333\n", name));
      }
      for (const NodeIndex n : members) {
        if (!plan.box_of.count(n)) node_line(n, indent + "  ");
      }
      emit(out, "{}end\n", indent);
    }
  };
  if (!model.is_workspace()) emit_bands(no_member, "  ", "");
  for (const std::size_t m : plan.members) {
    const std::string name = fmt::format("strategy_{}", m + 1);
    emit(out, "  subgraph {} [{}]\n", name, label_on(name, wrap(model.members[m].strategy.title, 60)));
    styles.push_back(fmt::format("  style {} fill:#FFFFFF,stroke:#4D4D4D,color:#1A1A1A\n", name));
    emit_bands(m, "    ", fmt::format("_{}", m + 1));
  }

  // Arrows: line by evidence strength; feedback labelled; paths through hidden levels dashed
  // grey. linkStyle counts arrows in the order they are written.
  std::vector<std::size_t> feedback, paths, dotted;
  for (std::size_t i = 0; i < links.size(); ++i) {
    const ViewLink& view_link = links[i];
    std::string_view arrow = "-->";
    if (view_link.is_path()) {
      arrow = "-.->";
      paths.push_back(i);
    } else {
      const Link& link = model.links[view_link.link];
      if (link.feedback) {
        arrow = "-. feedback .->";
        feedback.push_back(i);
      } else if (link.strength == Strength::strong) {
        arrow = "==>";
      } else if (link.strength == Strength::emerging) {
        arrow = "-.->";
      } else if (link.strength == Strength::none) {
        arrow = "-.->";
        dotted.push_back(i);
      }
    }
    emit(out, "  {} {} {}\n", name_of(view_link.from), arrow, name_of(view_link.to));
  }

  // Looks: a class per kind, dashed borders for "no indicator", thick vermillion for findings.
  for (const std::string& style : styles) out += style;
  for (const Kind kind : all_kinds) {
    const KindColours colours = colours_of(kind);
    emit(out, "  classDef {} fill:{},stroke:{},color:#1A1A1A\n", look_of(kind).class_name, colours.fill, colours.border);
  }
  emit(out, "  classDef unmeasured stroke-dasharray:5 3\n");
  emit(out, "  classDef issue stroke:#D55E00,stroke-width:3px\n");
  const auto class_line = [&](std::string_view class_name, const auto& keep) {
    std::string names;
    for (const NodeIndex n : nodes) {
      if (keep(n)) names += (names.empty() ? "" : ",") + name_of(n);
    }
    if (!names.empty()) emit(out, "  class {} {}\n", names, class_name);
  };
  for (const Kind kind : all_kinds)
    class_line(look_of(kind).class_name, [&](NodeIndex n) { return model.nodes[n].kind == kind; });
  class_line("unmeasured", [&](NodeIndex n) { return plan.unmeasured(model.nodes[n]); });
  class_line("issue", [&](NodeIndex n) { return plan.findings.count(n) > 0; });

  const auto link_style = [&](const std::vector<std::size_t>& which, std::string_view style) {
    if (which.empty()) return;
    std::string numbers;
    for (const std::size_t i : which) numbers += (numbers.empty() ? "" : ",") + std::to_string(i);
    emit(out, "  linkStyle {} {}\n", numbers, style);
  };
  link_style(feedback, "stroke:#CC79A7,color:#A24F80");
  link_style(paths, "stroke:#8C8C8C");
  link_style(dotted, "stroke-dasharray:2 4");
  return out;
}

}  // namespace toc
