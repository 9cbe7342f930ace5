// The two ways `toc paths` prints pathways: readable blocks, and JSON for other tools.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "base/escape.h"
#include "base/text.h"
#include "products/paths/paths.h"

namespace toc {

namespace {

/// "activity", "short-term outcome", ...
std::string kind_label(const Node& node) {
  if (node.kind == Kind::outcome && node.term != Term::none)
    return fmt::format("{}-term outcome", to_string(node.term));
  return std::string(to_string(node.kind));
}

std::string heading(const Model& model, const Paths& paths) {
  const auto id = [&](NodeIndex n) { return fmt::format("'{}'", model.nodes[n].id); };
  const std::string count = paths.total_capped ? fmt::format("more than {} pathways", paths.total)
                            : paths.total == 0 ? std::string("no pathways")
                                               : toc::count(paths.total, "pathway");
  if (paths.from == no_node && paths.to == no_node) {
    return fmt::format("{} to an impact, from activities (or, where no activity is upstream, where the chain begins)",
                       count);
  }
  if (paths.from == no_node) {
    return fmt::format(
        "{} {} to {}, starting at activities (or, where no activity is upstream, where the chain begins)", count,
        paths.total == 1 ? "contributes" : "contribute", id(paths.to));
  }
  const std::string end = paths.to == no_node ? std::string("an impact") : id(paths.to);
  if (paths.total == 0) return fmt::format("no pathway leads from {} to {}", id(paths.from), end);
  return fmt::format("{} from {} to {}", count, id(paths.from), end);
}

std::string weakest_line(const Model& model, const Pathway& pathway) {
  if (pathway.weakest == Pathway::no_step) return "   weakest step: " + unknown_weakest(pathway) + "\n";
  const Link& link = model.links[pathway.links[pathway.weakest]];
  std::string line = fmt::format("   weakest step: '{}' → '{}', strength {}", link.from.id, link.to.id,
                                 describe_strength(link.strength));
  if (pathway.weakest_ties > 1)
    line += fmt::format("; {} of {} steps share it", pathway.weakest_ties, pathway.links.size());
  return line + unstated_note(pathway) + "\n";
}

std::string pathway_block(const Model& model, const Pathway& pathway, std::size_t number) {
  const Node& first = model.nodes[model.links[pathway.links.front()].from_node];
  std::string ids = first.id;
  for (const LinkIndex l : pathway.links) ids += " → " + model.links[l].to.id;
  std::string block =
      fmt::format("{}. {}\n   {} ({})\n", number, ids, escape::terminal_lines(first.title, "   "), kind_label(first));
  constexpr std::string_view detail = "       ";
  for (const LinkIndex l : pathway.links) {
    const Link& link = model.links[l];
    const Node& node = model.nodes[link.to_node];
    block += fmt::format("   → {} ({})\n", escape::terminal_lines(node.title, "     "), kind_label(node));
    block +=
        fmt::format("{}assumption: {}\n", detail,
                    link.assumption.empty() ? "none stated" : escape::terminal_lines(link.assumption, "         "));
    if (!link.evidence.empty())
      block += fmt::format("{}evidence: {}\n", detail, escape::terminal_lines(link.evidence, "         "));
    block += fmt::format("{}strength: {}\n", detail, describe_strength(link.strength));
  }
  return block + weakest_line(model, pathway);
}

nlohmann::ordered_json node_json(const Node& node) {
  return {{"id", node.id}, {"kind", to_string(node.kind)}, {"title", node.title}};
}

nlohmann::ordered_json pathway_json(const Model& model, const Pathway& pathway) {
  nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
  nlohmann::ordered_json steps = nlohmann::ordered_json::array();
  nodes.push_back(node_json(model.nodes[model.links[pathway.links.front()].from_node]));
  for (const LinkIndex l : pathway.links) {
    const Link& link = model.links[l];
    nodes.push_back(node_json(model.nodes[link.to_node]));
    steps.push_back({{"from", link.from.id},
                     {"to", link.to.id},
                     {"assumption", link.assumption},
                     {"evidence", link.evidence},
                     {"strength", describe_strength(link.strength)}});
  }
  nlohmann::ordered_json weakest;
  if (pathway.weakest != Pathway::no_step) {
    const Link& link = model.links[pathway.links[pathway.weakest]];
    weakest = {{"step", pathway.weakest},
               {"from", link.from.id},
               {"to", link.to.id},
               {"strength", describe_strength(link.strength)},
               {"ties", pathway.weakest_ties}};
  }
  return {{"nodes", std::move(nodes)},
          {"steps", std::move(steps)},
          {"weakest", std::move(weakest)},
          {"outcome_steps", pathway.outcome_steps},
          {"unstated", pathway.unstated}};
}

nlohmann::ordered_json id_or_null(const Model& model, NodeIndex node) {
  return node == no_node ? nlohmann::ordered_json() : nlohmann::ordered_json(model.nodes[node].id);
}

}  // namespace

std::string unknown_weakest(const Pathway& pathway) {
  if (pathway.outcome_steps == 0) return "unknown: no step states a strength";
  if (pathway.outcome_steps == 1) return "unknown: its one outcome step states no strength";
  return fmt::format("unknown: none of its {} states a strength", count(pathway.outcome_steps, "outcome step"));
}

std::string unstated_note(const Pathway& pathway) {
  if (pathway.unstated == 0 || pathway.weakest == Pathway::no_step) return {};
  return fmt::format("; {} of {} {} no strength", pathway.unstated, count(pathway.outcome_steps, "outcome step"),
                     pathway.unstated == 1 ? "states" : "state");
}

std::string paths_to_text(const Model& model, const Paths& paths) {
  std::string text = heading(model, paths) + "\n";
  NodeIndex group = no_node;
  for (std::size_t i = 0; i < paths.pathways.size(); ++i) {
    const NodeIndex start = model.links[paths.pathways[i].links.front()].from_node;
    if (paths.from == no_node && start != group) {
      // Without --from, pathways come grouped by where they start.
      group = start;
      const Node& node = model.nodes[start];
      text +=
          fmt::format("\nfrom '{}': {} ({})\n", node.id, escape::terminal_lines(node.title, "  "), kind_label(node));
    }
    text += "\n" + pathway_block(model, paths.pathways[i], i + 1);
  }
  if (paths.total_capped) {
    text += fmt::format("\nshowing {} of more than {} pathways; the rest are left out (raise --limit to list more)\n",
                        paths.pathways.size(), paths.total);
  } else if (paths.left_out() > 0) {
    text += fmt::format("\nshowing {} of {} pathways; {} left out (raise --limit to list more)\n",
                        paths.pathways.size(), paths.total, paths.left_out());
  }
  return text;
}

std::string paths_to_json(const Model& model, const Paths& paths) {
  nlohmann::ordered_json pathways = nlohmann::ordered_json::array();
  for (const Pathway& pathway : paths.pathways) pathways.push_back(pathway_json(model, pathway));
  const nlohmann::ordered_json json = {{"format", "toc-paths"},
                                       {"version", 2},
                                       {"from", id_or_null(model, paths.from)},
                                       {"to", id_or_null(model, paths.to)},
                                       {"total", paths.total},
                                       {"total_is_lower_bound", paths.total_capped},
                                       {"listed", paths.pathways.size()},
                                       {"left_out", paths.left_out()},
                                       {"pathways", std::move(pathways)}};
  return json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace toc
