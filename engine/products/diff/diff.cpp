#include "products/diff/diff.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace toc {

namespace {

/// Old id -> new id, for nodes and indicators that were renamed.
using Renames = std::map<std::string, std::string, std::less<>>;

std::string renamed(const Renames& renames, const std::string& id) {
  const auto it = renames.find(id);
  return it == renames.end() ? id : it->second;
}

/// Things of two revisions paired by id, and then the leftovers paired by identical title.
template <typename T>
struct Matching {
  std::vector<std::pair<const T*, const T*>> same;     ///< same id
  std::vector<std::pair<const T*, const T*>> renamed;  ///< same title, different id
  std::vector<const T*> removed;
  std::vector<const T*> added;
};

template <typename T>
Matching<T> match(const std::vector<T>& before, const std::vector<T>& after) {
  Matching<T> matching;
  std::map<std::string_view, const T*> after_by_id;
  for (const T& item : after) after_by_id.emplace(item.id, &item);
  std::set<std::string_view> before_ids;
  for (const T& item : before) {
    before_ids.insert(item.id);
    const auto it = after_by_id.find(item.id);
    if (it != after_by_id.end())
      matching.same.emplace_back(&item, it->second);
    else
      matching.removed.push_back(&item);
  }
  for (const T& item : after) {
    if (!before_ids.count(item.id)) matching.added.push_back(&item);
  }
  for (auto old = matching.removed.begin(); old != matching.removed.end();) {
    const auto title = (*old)->title;
    const auto added = std::find_if(matching.added.begin(), matching.added.end(),
                                    [&](const T* item) { return !title.empty() && item->title == title; });
    if (added == matching.added.end()) {
      ++old;
      continue;
    }
    matching.renamed.emplace_back(*old, *added);
    matching.added.erase(added);
    old = matching.removed.erase(old);
  }
  return matching;
}

/// Adds the removed, added and renamed things of `matching`, recording the renames.
template <typename T>
void add_membership(const Matching<T>& matching, ChangeKind added, ChangeKind removed, ChangeKind renamed,
                    const std::function<std::string(const T&)>& entity, Renames& renames,
                    std::vector<Change>& changes) {
  for (const T* item : matching.added) changes.push_back({added, entity(*item), item->id, "", item->title, "", "", ""});
  for (const T* item : matching.removed)
    changes.push_back({removed, entity(*item), item->id, "", item->title, "", "", ""});
  for (const auto& [old, now] : matching.renamed) {
    renames.emplace(old->id, now->id);
    changes.push_back({renamed, entity(*now), old->id, now->id, now->title, old->id, now->id, ""});
  }
}

/// Both the same-id and the renamed pairs: everything present in both revisions.
template <typename T>
std::vector<std::pair<const T*, const T*>> kept(const Matching<T>& matching) {
  auto pairs = matching.same;
  pairs.insert(pairs.end(), matching.renamed.begin(), matching.renamed.end());
  return pairs;
}

/// "short-term outcome", "activity", ...: a node's level as a reader says it.
std::string level_name(const Node& node) {
  if (node.kind == Kind::outcome && node.term != Term::none)
    return fmt::format("{}-term outcome", to_string(node.term));
  return std::string(to_string(node.kind));
}

std::string priority_list(const Node& node) {
  std::vector<std::string> ids;
  for (const Ref& ref : node.priorities) ids.push_back(ref.id);
  std::sort(ids.begin(), ids.end());
  return fmt::format("{}", fmt::join(ids, ", "));
}

void compare_node(const Node& old, const Node& now, std::vector<Change>& changes) {
  const std::string entity(to_string(now.kind));
  if (old.title != now.title)
    changes.push_back({ChangeKind::node_retitled, entity, now.id, "", now.title, old.title, now.title, ""});
  if (chain_level(old) != chain_level(now)) {
    changes.push_back(
        {ChangeKind::node_moved_level, entity, now.id, "", now.title, level_name(old), level_name(now), ""});
  }
  if (priority_list(old) != priority_list(now)) {
    changes.push_back(
        {ChangeKind::node_moved_priority, entity, now.id, "", now.title, priority_list(old), priority_list(now), ""});
  }
}

void diff_nodes(const Model& before, const Model& after, Renames& renames, std::vector<Change>& changes) {
  const auto matching = match(before.nodes, after.nodes);
  add_membership<Node>(
      matching, ChangeKind::node_added, ChangeKind::node_removed, ChangeKind::node_renamed,
      [](const Node& node) { return std::string(to_string(node.kind)); }, renames, changes);
  for (const auto& [old, now] : kept(matching)) compare_node(*old, *now, changes);
}

/// "40 (2025-04-01)", "40", or "" when the indicator has none.
std::string measurement_text(const Measurement& measurement) {
  if (!measurement.present) return "";
  if (!measurement.date) return measurement.value;
  return fmt::format("{} ({})", measurement.value, to_string(*measurement.date));
}

void compare_indicator(const Indicator& old, const Indicator& now, std::vector<Change>& changes) {
  const std::pair<ChangeKind, const Measurement Indicator::*> measurements[] = {
      {ChangeKind::baseline_changed, &Indicator::baseline}, {ChangeKind::target_changed, &Indicator::target}};
  for (const auto& [kind, member] : measurements) {
    const std::string was = measurement_text(old.*member), is = measurement_text(now.*member);
    if (was != is) changes.push_back({kind, "indicator", now.id, "", now.title, was, is, ""});
  }
}

void diff_indicators(const Model& before, const Model& after, Renames& renames, std::vector<Change>& changes) {
  const auto matching = match(before.indicators, after.indicators);
  add_membership<Indicator>(
      matching, ChangeKind::indicator_added, ChangeKind::indicator_removed, ChangeKind::indicator_renamed,
      [](const Indicator&) { return std::string("indicator"); }, renames, changes);
  for (const auto& [old, now] : kept(matching)) compare_indicator(*old, *now, changes);
}

/// The model's arrows by (from, to), ids taken through `renames`.
std::map<std::pair<std::string, std::string>, const Link*> arrows(const Model& model, const Renames& renames) {
  std::map<std::pair<std::string, std::string>, const Link*> result;
  for (const Link& link : model.links)
    result.emplace(std::pair{renamed(renames, link.from.id), renamed(renames, link.to.id)}, &link);
  return result;
}

void compare_link(const std::string& from, const std::string& to, const Link& old, const Link& now,
                  std::vector<Change>& changes) {
  const auto add = [&](ChangeKind kind, std::string_view was, std::string_view is) {
    if (was != is) changes.push_back({kind, "link", from, to, "", std::string(was), std::string(is), ""});
  };
  add(ChangeKind::assumption_changed, old.assumption, now.assumption);
  add(ChangeKind::evidence_changed, old.evidence, now.evidence);
  add(ChangeKind::strength_changed, to_string(old.strength), to_string(now.strength));
}

void diff_links(const Model& before, const Model& after, const Renames& renames, std::vector<Change>& changes) {
  const auto old_arrows = arrows(before, renames);
  const auto new_arrows = arrows(after, {});
  for (const auto& [ends, link] : old_arrows) {
    const auto now = new_arrows.find(ends);
    if (now == new_arrows.end())
      changes.push_back({ChangeKind::link_removed, "link", ends.first, ends.second, "", "", "", ""});
    else
      compare_link(ends.first, ends.second, *link, *now->second, changes);
  }
  for (const auto& [ends, link] : new_arrows) {
    if (!old_arrows.count(ends))
      changes.push_back({ChangeKind::link_added, "link", ends.first, ends.second, "", "", "", ""});
  }
}

/// What makes two findings the same across revisions: the code and the names the message quotes
/// ('x'), old ids taken through `renames`. Lines are left out on purpose: they move.
std::string finding_key(const Diagnostic& diagnostic, const Renames& renames) {
  std::string key(diagnostic.code);
  const std::string& message = diagnostic.message;
  bool quoted = false;
  for (std::size_t open = message.find('\''); open != std::string::npos; open = message.find('\'', open + 1)) {
    const std::size_t close = message.find('\'', open + 1);
    if (close == std::string::npos) break;
    key += '\n' + renamed(renames, message.substr(open + 1, close - open - 1));
    quoted = true;
    open = close;
  }
  return quoted ? key : key + '\n' + message;
}

Change finding_change(ChangeKind kind, const Diagnostic& diagnostic, const SourceSet& sources) {
  const std::string where = diagnostic.range.known()
                                ? fmt::format("{}:{}", sources.path(diagnostic.range.file), diagnostic.range.line)
                                : std::string(sources.path(diagnostic.range.file));
  return {
      kind, std::string(to_string(diagnostic.severity)), std::string(diagnostic.code), "", diagnostic.message, "", "",
      where};
}

void diff_findings(const Analysis& before, const Analysis& after, const Renames& renames,
                   std::vector<Change>& changes) {
  std::multimap<std::string, const Diagnostic*> unmatched;
  for (const Diagnostic& diagnostic : after.diagnostics.all())
    unmatched.emplace(finding_key(diagnostic, {}), &diagnostic);
  for (const Diagnostic& diagnostic : before.diagnostics.all()) {
    const auto same = unmatched.find(finding_key(diagnostic, renames));
    if (same != unmatched.end())
      unmatched.erase(same);
    else
      changes.push_back(finding_change(ChangeKind::finding_resolved, diagnostic, before.model.sources));
  }
  // In the newer revision's order (file, line), not the key's.
  for (const Diagnostic& diagnostic : after.diagnostics.all()) {
    const auto range = unmatched.equal_range(finding_key(diagnostic, {}));
    const auto left =
        std::find_if(range.first, range.second, [&](const auto& entry) { return entry.second == &diagnostic; });
    if (left != range.second)
      changes.push_back(finding_change(ChangeKind::finding_introduced, diagnostic, after.model.sources));
  }
}

}  // namespace

std::string_view to_string(ChangeKind kind) {
  static constexpr std::string_view names[] = {
      "node-added",          "node-removed",       "node-renamed",      "node-retitled",      "node-moved-level",
      "node-moved-priority", "link-added",         "link-removed",      "assumption-changed", "evidence-changed",
      "strength-changed",    "indicator-added",    "indicator-removed", "indicator-renamed",  "baseline-changed",
      "target-changed",      "finding-introduced", "finding-resolved"};
  return names[static_cast<int>(kind)];
}

std::string_view section_of(ChangeKind kind) {
  if (kind <= ChangeKind::node_moved_priority) return "nodes";
  if (kind <= ChangeKind::strength_changed) return "links";
  if (kind <= ChangeKind::target_changed) return "indicators";
  return "findings";
}

ModelDiff diff_models(const Analysis& before, const Analysis& after) {
  ModelDiff diff;
  Renames renames;
  diff_nodes(before.model, after.model, renames, diff.changes);
  diff_indicators(before.model, after.model, renames, diff.changes);
  diff_links(before.model, after.model, renames, diff.changes);
  diff_findings(before, after, renames, diff.changes);
  // Findings keep the newer revision's file order; everything else reads best by id.
  std::stable_sort(diff.changes.begin(), diff.changes.end(), [](const Change& a, const Change& b) {
    if (a.kind != b.kind) return a.kind < b.kind;
    if (section_of(a.kind) == "findings") return false;
    return std::tie(a.id, a.other_id) < std::tie(b.id, b.other_id);
  });
  if (!before.incomplete && !after.incomplete && before.loaded && after.loaded) {
    diff.coverage = CoverageChange{compute_coverage(before.model, before.graph).total,
                                   compute_coverage(after.model, after.graph).total};
  }
  return diff;
}

}  // namespace toc
