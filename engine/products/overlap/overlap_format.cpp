#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "base/escape.h"
#include "products/overlap/overlap.h"

namespace toc {

namespace {

/// "outcome 'x' (Title)": how the listing names a node.
std::string named(const Node& node) {
  return fmt::format("{} '{}' ({})", to_string(node.kind), node.id, escape::terminal(node.title));
}

/// The ids of `nodes`, all of strategy `member`, without the strategy's prefix (the line names
/// it already); past `limit` ids, how many more.
std::string id_list(const Model& model, std::size_t member, const std::vector<NodeIndex>& nodes) {
  constexpr std::size_t limit = 10;
  const std::string prefix = model.members[member].strategy.id + ":";
  std::string out;
  for (std::size_t i = 0; i < nodes.size() && i < limit; ++i) {
    const std::string_view id = model.nodes[nodes[i]].id;
    out += (out.empty() ? "" : ", ") + std::string(id.starts_with(prefix) ? id.substr(prefix.size()) : id);
  }
  if (nodes.size() > limit) out += fmt::format(" and {} more (--format json lists them all)", nodes.size() - limit);
  return out;
}

std::string activities(std::size_t n) { return fmt::format("{} {}", n, n == 1 ? "activity" : "activities"); }

void section(std::string& out, std::string_view title, std::size_t count) {
  out += fmt::format("\n{} ({}):\n", title, count);
  if (count == 0) out += "  none\n";
}

std::string member_label(const Model& model, std::size_t member) {
  const Strategy& strategy = model.members[member].strategy;
  return fmt::format("{} ({})", strategy.id, escape::terminal(strategy.title));
}

nlohmann::ordered_json node_json(const Node& node) {
  return {{"id", node.id}, {"kind", to_string(node.kind)}, {"title", node.title}};
}

nlohmann::ordered_json ids_json(const Model& model, const std::vector<NodeIndex>& nodes) {
  nlohmann::ordered_json ids = nlohmann::ordered_json::array();
  for (const NodeIndex n : nodes) ids.push_back(model.nodes[n].id);
  return ids;
}

}  // namespace

std::string format_overlap_text(const Model& model, const Overlap& overlap) {
  std::string out = fmt::format("{} strategies in {}:\n", model.members.size(), escape::terminal(model.strategy.title));
  for (std::size_t m = 0; m < model.members.size(); ++m) out += "  " + member_label(model, m) + "\n";

  section(out, "Outcomes that activities of several strategies lead to", overlap.shared.size());
  for (const SharedOutcome& shared : overlap.shared) {
    out += "  " + named(model.nodes[shared.outcome]) + "\n";
    for (const MemberNodes& by : shared.activities) {
      out += fmt::format("    {}, {}: {}\n", model.members[by.member].strategy.id, activities(by.nodes.size()),
                         id_list(model, by.member, by.nodes));
    }
  }

  section(out, "Outcomes several strategies count on", overlap.counted_on.size());
  for (const CountedOutcome& counted : overlap.counted_on) {
    std::string others;
    for (std::size_t i = 1; i < counted.members.size(); ++i) {
      others += (others.empty() ? "" : ", ") + model.members[counted.members[i]].strategy.id;
    }
    out += fmt::format("  {}, of {}, counted on by {}\n", named(model.nodes[counted.outcome]),
                       model.members[counted.members.front()].strategy.id, others);
    for (const LinkIndex l : counted.links) {
      out += fmt::format("    {} -> {}\n", model.links[l].from.id, model.links[l].to.id);
    }
  }

  section(out, "Impacts another strategy's work supports", overlap.supported_impacts.size());
  for (const SupportedImpact& supported : overlap.supported_impacts) {
    out += fmt::format("  {}, supported by {} ({}): {}\n", named(model.nodes[supported.impact]),
                       model.members[supported.by.member].strategy.id, activities(supported.by.nodes.size()),
                       id_list(model, supported.by.member, supported.by.nodes));
  }

  std::size_t unsupported = 0;
  for (const auto& nodes : overlap.unsupported) unsupported += nodes.size();
  section(out, "Outcomes and impacts no activity of any strategy supports", unsupported);
  for (std::size_t m = 0; m < overlap.unsupported.size(); ++m) {
    if (overlap.unsupported[m].empty()) continue;
    out += fmt::format("  {}:\n", model.members[m].strategy.id);
    for (const NodeIndex n : overlap.unsupported[m]) out += "    " + named(model.nodes[n]) + "\n";
  }
  return out;
}

std::string format_overlap_json(const Model& model, const Overlap& overlap) {
  nlohmann::ordered_json strategies = nlohmann::ordered_json::array();
  for (const Member& member : model.members) {
    strategies.push_back({{"id", member.strategy.id}, {"title", member.strategy.title}, {"root", member.root}});
  }
  nlohmann::ordered_json shared = nlohmann::ordered_json::array();
  for (const SharedOutcome& item : overlap.shared) {
    nlohmann::ordered_json activities = nlohmann::ordered_json::object();
    for (const MemberNodes& by : item.activities)
      activities[model.members[by.member].strategy.id] = ids_json(model, by.nodes);
    shared.push_back({{"outcome", node_json(model.nodes[item.outcome])}, {"activities", std::move(activities)}});
  }
  nlohmann::ordered_json counted = nlohmann::ordered_json::array();
  for (const CountedOutcome& item : overlap.counted_on) {
    nlohmann::ordered_json members = nlohmann::ordered_json::array();
    for (const std::size_t m : item.members) members.push_back(model.members[m].strategy.id);
    nlohmann::ordered_json links = nlohmann::ordered_json::array();
    for (const LinkIndex l : item.links)
      links.push_back({{"from", model.links[l].from.id}, {"to", model.links[l].to.id}});
    counted.push_back({{"outcome", node_json(model.nodes[item.outcome])},
                       {"strategies", std::move(members)},
                       {"links", std::move(links)}});
  }
  nlohmann::ordered_json impacts = nlohmann::ordered_json::array();
  for (const SupportedImpact& item : overlap.supported_impacts) {
    impacts.push_back({{"impact", node_json(model.nodes[item.impact])},
                       {"supported_by", model.members[item.by.member].strategy.id},
                       {"activities", ids_json(model, item.by.nodes)}});
  }
  nlohmann::ordered_json unsupported = nlohmann::ordered_json::object();
  for (std::size_t m = 0; m < overlap.unsupported.size(); ++m) {
    nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
    for (const NodeIndex n : overlap.unsupported[m]) nodes.push_back(node_json(model.nodes[n]));
    unsupported[model.members[m].strategy.id] = std::move(nodes);
  }
  const nlohmann::ordered_json json = {{"format", "toc-overlap"},
                                       {"version", 1},
                                       {"workspace", {{"id", model.strategy.id}, {"title", model.strategy.title}}},
                                       {"strategies", std::move(strategies)},
                                       {"shared_outcomes", std::move(shared)},
                                       {"counted_on", std::move(counted)},
                                       {"supported_impacts", std::move(impacts)},
                                       {"unsupported", std::move(unsupported)}};
  return json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace toc
