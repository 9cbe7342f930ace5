// The JSON export: the resolved model in a documented, versioned shape.
#include "products/export/export.h"

#include <algorithm>
#include <charconv>
#include <set>

#include <nlohmann/json.hpp>

#include "base/reading_order.h"

namespace toc {

namespace {

// ordered_json keeps fields in the order written here, so the output is stable and readable.
using Json = nlohmann::ordered_json;

Json location(const Model& model, const SourceRange& range) {
  if (!range.known()) return nullptr;
  return {{"file", model.sources.path(range.file)}, {"line", range.line}, {"column", range.column}};
}

/// A choice the model may leave out (term, prevention, direction, strength): null when it does.
Json choice(std::string_view name) { return name.empty() ? Json() : Json(name); }

Json date(const std::optional<Date>& value) { return value ? Json(to_string(*value)) : Json(); }

Json ids(const std::vector<Ref>& refs) {
  Json result = Json::array();
  for (const Ref& ref : refs) result.push_back(ref.id);
  return result;
}

/// The value as a number when all of it reads as one ("40", "2.5"), else null ("to be set").
Json number(const std::string& value) {
  double parsed = 0;
  const char* end = value.data() + value.size();
  const auto [at, error] = std::from_chars(value.data(), end, parsed);
  if (value.empty() || error != std::errc() || at != end) return nullptr;
  return parsed;
}

Json measurement(const Model& model, const Measurement& m) {
  if (!m.present) return nullptr;
  return {
      {"value", m.value}, {"number", number(m.value)}, {"date", date(m.date)}, {"location", location(model, m.range)}};
}

Json strategy_json(const Model& model) {
  const Strategy& s = model.strategy;
  return {{"id", s.id},
          {"title", s.title},
          {"description", s.description},
          {"vision", s.vision},
          {"owner", s.owner},
          {"start", date(s.start)},
          {"end", date(s.end)},
          {"measurements", ids(s.measurements)},
          {"location", location(model, s.range)}};
}

Json priority_json(const Model& model, const Priority& p) {
  return {{"id", p.id},
          {"title", p.title},
          {"description", p.description},
          {"owner", p.owner},
          {"location", location(model, p.range)}};
}

Json node_json(const Model& model, const Node& node) {
  return {{"id", node.id},
          {"kind", to_string(node.kind)},
          {"level", chain_level(node)},
          {"term", choice(to_string(node.term))},
          {"title", node.title},
          {"description", node.description},
          {"owner", node.owner},
          {"tags", node.tags},
          {"priorities", ids(node.priorities)},
          {"prevention", choice(to_string(node.prevention))},
          {"location", location(model, node.range)}};
}

Json link_json(const Model& model, const Link& link) {
  return {{"from", link.from.id},
          {"to", link.to.id},
          {"assumption", link.assumption},
          {"evidence", link.evidence},
          {"strength", choice(to_string(link.strength))},
          {"feedback", link.feedback},
          {"location", location(model, link.range)}};
}

Json optional_number(const auto& value) { return value ? Json(*value) : Json(); }

Json milestones(const Model& model, const std::vector<Milestone>& targets) {
  Json result = Json::array();
  for (const Milestone& m : targets) {
    result.push_back({{"value", m.value}, {"date", to_string(m.date)}, {"location", location(model, m.range)}});
  }
  return result;
}

Json indicator_json(const Model& model, const Indicator& i) {
  return {{"id", i.id},
          {"title", i.title},
          {"description", i.description},
          {"measures", ids(i.measures)},
          {"unit", i.unit},
          {"direction", choice(to_string(i.direction))},
          {"baseline", measurement(model, i.baseline)},
          {"target", measurement(model, i.target)},
          {"source", i.source},
          {"frequency", i.frequency},
          {"owner", i.owner},
          {"measure", choice(to_string(i.measure))},
          {"levels", i.levels},
          {"targets", milestones(model, i.milestones)},
          {"tolerance", optional_number(i.tolerance)},
          {"lag_days", optional_number(i.lag_days)},
          {"location", location(model, i.range)}};
}

/// Indicators that measure at least one shown node.
std::vector<const Indicator*> shown_indicators(const Model& model, const View& view) {
  std::set<std::string_view> shown;
  for (const NodeIndex n : view.nodes) shown.insert(model.nodes[n].id);
  std::vector<const Indicator*> result;
  for (const Indicator& indicator : model.indicators) {
    if (std::any_of(indicator.measures.begin(), indicator.measures.end(),
                    [&](const Ref& ref) { return shown.count(ref.id) > 0; })) {
      result.push_back(&indicator);
    }
  }
  sort_as_written(result, [](const Indicator* i) { return i->range; });
  return result;
}

}  // namespace

std::vector<NodeIndex> exported_nodes(const Model& model, const View& view) {
  std::vector<NodeIndex> nodes = view.nodes;
  sort_as_written(nodes, [&](NodeIndex n) { return model.nodes[n].range; });
  return nodes;
}

std::vector<LinkIndex> exported_links(const Model& model, const View& view) {
  std::vector<LinkIndex> links;
  for (const ViewLink& link : view.links) {
    if (!link.is_path()) links.push_back(link.link);
  }
  sort_as_written(links, [&](LinkIndex l) { return model.links[l].range; });
  return links;
}

std::string export_json(const Model& model, const View& view) {
  Json files = Json::array();
  for (FileId f = 0; f < model.sources.size(); ++f) files.push_back(model.sources.path(f));
  std::vector<const Priority*> in_order;
  for (const Priority& p : model.priorities) in_order.push_back(&p);
  sort_as_written(in_order, [](const Priority* p) { return p->range; });
  Json priorities = Json::array();
  for (const Priority* p : in_order) priorities.push_back(priority_json(model, *p));
  Json nodes = Json::array();
  for (const NodeIndex n : exported_nodes(model, view)) nodes.push_back(node_json(model, model.nodes[n]));
  Json links = Json::array();
  for (const LinkIndex l : exported_links(model, view)) links.push_back(link_json(model, model.links[l]));
  Json indicators = Json::array();
  for (const Indicator* i : shown_indicators(model, view)) indicators.push_back(indicator_json(model, *i));

  const Json json = {{"format", "toc-model"},
                     {"version", export_json_version},
                     {"files", std::move(files)},
                     {"strategy", strategy_json(model)},
                     {"priorities", std::move(priorities)},
                     {"nodes", std::move(nodes)},
                     {"links", std::move(links)},
                     {"indicators", std::move(indicators)}};
  // Model text is valid UTF-8 (toml++ checks), so `replace` never fires; it keeps a bad byte
  // from becoming an exception all the same.
  return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace toc
