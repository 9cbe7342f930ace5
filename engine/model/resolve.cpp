#include "model/resolve.h"

#include <fmt/format.h>

#include <algorithm>

#include "base/suggest.h"

namespace toc {

std::string_view to_string(EntityKind entity) {
  static constexpr std::string_view names[] = {"priority", "principle", "indicator", "node"};
  return names[static_cast<int>(entity)];
}

namespace {

/// What an entry names, as messages say it: "priority", ..., or the node's kind ("activity").
std::string_view name_of(const IdEntry& entry) {
  return entry.entity == EntityKind::node ? to_string(entry.kind) : to_string(entry.entity);
}

/// "a priority", "an activity".
std::string with_article(std::string_view word) {
  return fmt::format("{} {}", word.find_first_of("aeiou") == 0 ? "an" : "a", word);
}

/// The links of the model being merged: one per (from, to) pair of node indices.
struct Arrows {
  std::vector<Link> links;
  std::vector<char> from_table;  ///< per link: a [[link]] table gave it (not only leads_to)
  FlatMap<std::uint64_t, LinkIndex> by_ends;

  /// Adds `link` from `from` to `to` unless a link joins them already. Returns the index of the
  /// link that joins them and whether it is `link`; only then is `link` moved from.
  std::pair<LinkIndex, bool> add(NodeIndex from, NodeIndex to, Link&& link, bool table) {
    const auto [it, added] = by_ends.emplace(std::uint64_t{from} << 32 | to, static_cast<LinkIndex>(links.size()));
    if (added) {
      link.from_node = from;
      link.to_node = to;
      links.push_back(std::move(link));
      from_table.push_back(table ? 1 : 0);
    }
    return {it->second, added};
  }
};

/// The steps of resolve_model, in order (see run()).
class Resolver {
 public:
  Resolver(Model& model, Diagnostics& diagnostics) : model_(model), diagnostics_(diagnostics) {}

  Resolution run() && {
    strip_own_prefix();
    index_ids();
    note_outside_references();
    merge_arrows();
    check_other_references();
    return std::move(result_);
  }

 private:
  /// A model may name its own entities `<model-id>:<id>`, as other models do: those references
  /// are made bare. In a workspace every id is qualified and stays so.
  void strip_own_prefix() {
    if (model_.is_workspace()) return;
    const std::string own_prefix = model_.strategy.id + ":";
    visit_ids(model_, {}, nullptr, [&](Ref& ref) {
      if (ref.id.starts_with(own_prefix)) ref.id.erase(0, own_prefix.size());
    });
  }

  /// Registers every id, reporting duplicates with a note at the first definition. A node
  /// that repeats an id is dropped from the model: its arrows would be attributed to the
  /// wrong node, and its own warnings would only repeat the duplicate-id error.
  void index_ids() {
    const std::vector<char> repeated = define_all(true);
    if (std::find(repeated.begin(), repeated.end(), 1) != repeated.end()) {
      std::size_t n = 0;
      std::erase_if(model_.nodes, [&](const Node&) { return repeated[n++] != 0; });
      result_.ids.clear();  // the node indices have moved
      define_all(false);
    }
    result_.nodes.assign(model_.nodes.size(), {});
  }

  /// Defines every id; with `report`, reports repeats. Returns which nodes repeat an id.
  std::vector<char> define_all(bool report) {
    result_.ids.reserve(model_.nodes.size() + model_.priorities.size() + model_.principles.size() +
                        model_.indicators.size());
    for (const Priority& priority : model_.priorities) {
      define(priority.id, {EntityKind::priority, {}, priority.range}, report);
    }
    for (const Principle& principle : model_.principles) {
      define(principle.id, {EntityKind::principle, {}, principle.range}, report);
    }
    std::vector<char> repeated(model_.nodes.size(), 0);
    for (NodeIndex n = 0; n < model_.nodes.size(); ++n) {
      const Node& node = model_.nodes[n];
      repeated[n] = define(node.id, {EntityKind::node, node.kind, node.range, n}, report) ? 0 : 1;
    }
    for (const Indicator& indicator : model_.indicators) {
      define(indicator.id, {EntityKind::indicator, {}, indicator.range}, report);
    }
    return repeated;
  }

  /// Adds `id` unless it is already defined; returns whether it was added.
  bool define(const std::string& id, const IdEntry& entry, bool report) {
    const auto [it, added] = result_.ids.emplace(id, entry);
    if (!added && report) {
      diagnostics_.add({Severity::error,
                        "duplicate-id",
                        fmt::format("'{}' is already defined as {}", id, with_article(name_of(it->second))),
                        entry.range,
                        {{it->second.range, "first defined here"}},
                        "ids must be unique across the whole model, all files and kinds"});
    }
    return added;
  }

  /// True for a reference to another model's entity, which a model checked on its own cannot
  /// see: only a workspace, where every id is qualified, resolves them.
  bool outside(const Ref& ref) const { return !model_.is_workspace() && is_qualified(ref.id); }

  /// Counts the references to other models and notes the nodes they link with the outside.
  void note_outside_references() {
    const auto count = [&](const Ref& ref) {
      const bool elsewhere = outside(ref);
      result_.outside_references += elsewhere ? 1 : 0;
      return elsewhere;
    };
    const auto count_all = [&](const std::vector<Ref>& refs) {
      return std::count_if(refs.begin(), refs.end(), count) > 0;
    };
    for (NodeIndex n = 0; n < model_.nodes.size(); ++n) {
      const Node& node = model_.nodes[n];
      if (count_all(node.leads_to)) result_.nodes[n].leads_outside = true;
      count_all(node.priorities);
      count_all(node.principles);
    }
    for (const Link& link : model_.links) {
      const bool from_outside = count(link.from);
      const bool to_outside = count(link.to);
      if (from_outside && !to_outside) note(link.to, &NodeFacts::supported_outside);
      if (to_outside && !from_outside) note(link.from, &NodeFacts::leads_outside);
    }
    for (const Indicator& indicator : model_.indicators) count_all(indicator.measures);
  }

  /// Sets `fact` of the node `ref` names, if it names one.
  void note(const Ref& ref, bool NodeFacts::*fact) {
    const auto it = result_.ids.find(ref.id);
    if (it != result_.ids.end() && it->second.node != no_node) result_.nodes[it->second.node].*fact = true;
  }

  /// One link per (from, to): leads_to entries first, then [[link]] tables annotate or add.
  void merge_arrows() {
    std::vector<Link> tables = std::move(model_.links);
    Arrows arrows;
    std::size_t count = tables.size();
    for (const Node& node : model_.nodes) count += node.leads_to.size();
    arrows.links.reserve(count);
    arrows.by_ends.reserve(model_.nodes.size() * 2);
    for (NodeIndex n = 0; n < model_.nodes.size(); ++n) add_leads_to(n, arrows);
    for (Link& link : tables) add_table(std::move(link), arrows);
    model_.links = std::move(arrows.links);
  }

  /// Adds the arrows of node `n`'s leads_to.
  void add_leads_to(NodeIndex n, Arrows& arrows) {
    const Node& node = model_.nodes[n];
    for (const Ref& target : node.leads_to) {
      if (outside(target)) continue;
      const NodeIndex to = lookup(target, [&] { return fmt::format("'{}' leads to", node.id); });
      if (to == no_node) {
        result_.nodes[n].leads_to_unknown = true;
        continue;
      }
      Link link;
      link.from = {node.id, node.range};
      link.to = target;
      link.range = target.range;
      const auto [first, added] = arrows.add(n, to, std::move(link), false);
      if (!added) {
        diagnostics_.add({Severity::warning,
                          "duplicate-link",
                          fmt::format("'{}' lists '{}' twice in leads_to", node.id, target.id),
                          target.range,
                          {{arrows.links[first].range, "first listed here"}},
                          {}});
      }
    }
  }

  /// Adds a [[link]] table's arrow, or annotates the leads_to entry with the same ends.
  void add_table(Link&& link, Arrows& arrows) {
    const NodeIndex from =
        outside(link.from) ? no_node : lookup(link.from, [] { return std::string("a [[link]] comes from"); });
    const NodeIndex to = outside(link.to) ? no_node : lookup(link.to, [] { return std::string("a [[link]] goes to"); });
    if (from == no_node || to == no_node) return;
    const auto [first, added] = arrows.add(from, to, std::move(link), true);
    if (added) return;
    if (arrows.from_table[first]) {
      diagnostics_.add(
          {Severity::warning,
           "duplicate-link",
           fmt::format("a second [[link]] from '{}' to '{}'; only the first is used", link.from.id, link.to.id),
           link.range,
           {{arrows.links[first].range, "first [[link]] here"}},
           "merge the two [[link]] tables into one"});
      return;
    }
    // The [[link]] annotates an arrow listed in leads_to; diagnostics about it point at the table.
    link.from_node = from;
    link.to_node = to;
    arrows.links[first] = std::move(link);
    arrows.from_table[first] = 1;
  }

  /// References that are not arrows: priorities, principles, rule selections and measures.
  void check_other_references() {
    for (const Node& node : model_.nodes) check_node_references(node);
    for (const Rule& rule : model_.rules) check_rule_references(rule);
    for (const Indicator& indicator : model_.indicators) {
      for (const Ref& measured : indicator.measures) {
        if (!outside(measured)) lookup(measured, [&] { return fmt::format("indicator '{}' measures", indicator.id); });
      }
    }
  }

  void check_node_references(const Node& node) {
    const auto is_under = [&] { return fmt::format("{} '{}' is under priority", to_string(node.kind), node.id); };
    const auto follows = [&] { return fmt::format("{} '{}' follows principle", to_string(node.kind), node.id); };
    for (const Ref& priority : node.priorities) {
      if (!outside(priority)) expect(priority, EntityKind::priority, is_under);
    }
    for (const Ref& principle : node.principles) {
      if (!outside(principle)) expect(principle, EntityKind::principle, follows);
    }
  }

  void check_rule_references(const Rule& rule) {
    const auto selects = [&](std::string_view what) { return fmt::format("rule '{}' selects {}", rule.id, what); };
    const auto priority = [&] { return selects("priority"); };
    const auto principle = [&] { return selects("principle"); };
    for (const Selection* selection : {&rule.select, rule.of ? &*rule.of : nullptr}) {
      if (!selection) continue;
      for (const Ref& ref : selection->priorities) expect(ref, EntityKind::priority, priority);
      for (const Ref& ref : selection->principles) expect(ref, EntityKind::principle, principle);
    }
  }

  /// The node `ref` names, or no_node after reporting it. `context` words the message, such
  /// as "'training' leads to"; it is only called when the id does not resolve (the rare case).
  template <typename Context>
  NodeIndex lookup(const Ref& ref, const Context& context) {
    const auto it = result_.ids.find(ref.id);
    const NodeIndex n = it == result_.ids.end() ? no_node : it->second.node;
    if (n == no_node) unknown(ref, context(), EntityKind::node);
    return n;
  }

  /// Reports `ref` unless it names an entity of kind `expected` (a priority or a principle).
  template <typename Context>
  void expect(const Ref& ref, EntityKind expected, const Context& context) {
    const auto it = result_.ids.find(ref.id);
    if (it == result_.ids.end() || it->second.entity != expected) unknown(ref, context(), expected);
  }

  /// Reports a reference that names no entity of kind `expected`.
  void unknown(const Ref& ref, std::string_view context, EntityKind expected) {
    const std::string wanted = with_article(to_string(expected));
    const auto it = result_.ids.find(ref.id);
    if (it != result_.ids.end()) {
      diagnostics_.add(
          {Severity::error,
           "unknown-id",
           fmt::format("{} '{}', which is {}, not {}", context, ref.id, with_article(name_of(it->second)), wanted),
           ref.range,
           {{it->second.range, fmt::format("'{}' is defined here", ref.id)}},
           {}});
      return;
    }
    diagnostics_.error("unknown-id", ref.range, fmt::format("{} '{}', which is not defined", context, ref.id),
                       did_you_mean(ref.id, candidates(expected)));
  }

  /// The ids of kind `expected`, for suggestions.
  std::vector<std::string_view> candidates(EntityKind expected) const {
    std::vector<std::string_view> result;
    for (const auto& [id, entry] : result_.ids) {
      if (entry.entity == expected) result.push_back(id);
    }
    return result;
  }

  Model& model_;
  Diagnostics& diagnostics_;
  Resolution result_;
};

}  // namespace

Resolution resolve_model(Model& model, Diagnostics& diagnostics) { return Resolver(model, diagnostics).run(); }

}  // namespace toc
