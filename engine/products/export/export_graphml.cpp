// The GraphML export: the model's graph with its attributes, for Gephi, yEd and networkx.
// Written by hand rather than with Boost's write_graphml so that the key order, the escaping
// and the omission of empty values are ours and the bytes are stable.
#include <map>

#include <fmt/format.h>

#include "base/escape.h"
#include "products/export/export.h"

namespace toc {

namespace {

using escape::xml;

/// One attribute a node, edge or the graph may carry.
struct Key {
  std::string_view id;
  std::string_view domain;  ///< "graph", "node" or "edge"
  std::string_view type;    ///< GraphML's attr.type
};

// The attribute names are the keys' ids, so networkx and Gephi show them as written here.
constexpr Key keys[] = {
    {"strategy", "graph", "string"},  {"strategy_title", "graph", "string"},
    {"kind", "node", "string"},       {"title", "node", "string"},
    {"level", "node", "int"},         {"term", "node", "string"},
    {"priority", "node", "string"},   {"prevention", "node", "string"},
    {"owner", "node", "string"},      {"description", "node", "string"},
    {"tags", "node", "string"},       {"indicators", "node", "string"},
    {"assumption", "edge", "string"}, {"evidence", "edge", "string"},
    {"strength", "edge", "string"},   {"feedback", "edge", "boolean"},
};

/// A <data> element, or nothing for an empty value: absent and empty mean the same in the model.
std::string data(std::string_view key, std::string_view value, std::string_view indent) {
  if (value.empty()) return {};
  return fmt::format("{}<data key=\"{}\">{}</data>\n", indent, key, xml(value));
}

/// "a,b,c": GraphML attributes are scalars, so lists travel as comma-separated ids or tags.
template <typename Items, typename Name>
std::string joined(const Items& items, Name name) {
  std::string result;
  for (const auto& item : items) result += (result.empty() ? "" : ",") + std::string(name(item));
  return result;
}

/// The ids of the indicators measuring each node, by node id.
std::map<std::string_view, std::string> indicators_by_node(const Model& model) {
  std::map<std::string_view, std::string> result;
  for (const Indicator& indicator : model.indicators) {
    for (const Ref& ref : indicator.measures) {
      std::string& list = result[ref.id];
      list += (list.empty() ? "" : ",") + indicator.id;
    }
  }
  return result;
}

std::string node_element(const Node& node, const std::string& indicators) {
  constexpr std::string_view in = "      ";
  std::string out = fmt::format("    <node id=\"{}\">\n", xml(node.id));
  out += data("kind", to_string(node.kind), in);
  out += data("title", node.title, in);
  out += data("level", std::to_string(chain_level(node)), in);
  out += data("term", to_string(node.term), in);
  out += data("priority", joined(node.priorities, [](const Ref& r) { return r.id; }), in);
  out += data("prevention", to_string(node.prevention), in);
  out += data("owner", node.owner, in);
  out += data("description", node.description, in);
  out += data("tags", joined(node.tags, [](const std::string& t) { return t; }), in);
  out += data("indicators", indicators, in);
  return out + "    </node>\n";
}

std::string edge_element(const Link& link, std::size_t index) {
  constexpr std::string_view in = "      ";
  std::string out =
      fmt::format("    <edge id=\"e{}\" source=\"{}\" target=\"{}\">\n", index, xml(link.from.id), xml(link.to.id));
  out += data("assumption", link.assumption, in);
  out += data("evidence", link.evidence, in);
  out += data("strength", to_string(link.strength), in);
  out += data("feedback", link.feedback ? "true" : "false", in);
  return out + "    </edge>\n";
}

}  // namespace

std::string export_graphml(const Model& model, const View& view) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& key : keys) {
    out += fmt::format("  <key id=\"{0}\" for=\"{1}\" attr.name=\"{0}\" attr.type=\"{2}\"/>\n", key.id, key.domain,
                       key.type);
  }
  out += fmt::format("  <graph id=\"{}\" edgedefault=\"directed\">\n", xml(model.strategy.id));
  out += data("strategy", model.strategy.id, "    ");
  out += data("strategy_title", model.strategy.title, "    ");
  const auto indicators = indicators_by_node(model);
  for (const NodeIndex n : exported_nodes(model, view)) {
    const auto found = indicators.find(model.nodes[n].id);
    out += node_element(model.nodes[n], found == indicators.end() ? std::string() : found->second);
  }
  std::size_t edge = 0;
  for (const LinkIndex l : exported_links(model, view)) out += edge_element(model.links[l], edge++);
  return out + "  </graph>\n</graphml>\n";
}

}  // namespace toc
