#include "check/rules.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "base/text.h"

namespace toc {

namespace {

template <typename T, typename Value>
bool any_of(const std::vector<T>& wanted, const Value& value) {
  return wanted.empty() || std::find(wanted.begin(), wanted.end(), value) != wanted.end();
}

/// An empty `wanted` accepts every node; otherwise one of the node's refs must be wanted.
bool any_ref(const std::vector<Ref>& wanted, const std::vector<Ref>& refs) {
  if (wanted.empty()) return true;
  return std::any_of(refs.begin(), refs.end(), [&](const Ref& ref) {
    return std::any_of(wanted.begin(), wanted.end(), [&](const Ref& w) { return w.id == ref.id; });
  });
}

bool any_tag(const std::vector<std::string>& wanted, const std::vector<std::string>& tags) {
  if (wanted.empty()) return true;
  return std::any_of(tags.begin(), tags.end(), [&](const std::string& tag) { return any_of(wanted, tag); });
}

bool has(const Node& node, NodeField field) {
  switch (field) {
    case NodeField::description:
      return !node.description.empty();
    case NodeField::owner:
      return !node.owner.empty();
    case NodeField::tags:
      return !node.tags.empty();
    case NodeField::priority:
      return !node.priorities.empty();
    case NodeField::prevention:
      return node.prevention != Prevention::none;
    case NodeField::principles:
      return !node.principles.empty();
    case NodeField::term:
      return node.term != Term::none;
  }
  return false;
}

std::string_view field_name(NodeField field) {
  static constexpr std::string_view names[] = {"description", "owner",      "tags", "priority",
                                               "prevention",  "principles", "term"};
  return names[static_cast<std::size_t>(field)];
}

std::string_view plural(Kind kind) {
  static constexpr std::string_view names[] = {"inputs", "activities", "outputs", "outcomes", "impacts"};
  return names[static_cast<std::size_t>(kind)];
}

std::string quoted(std::string_view id) { return fmt::format("'{}'", id); }

/// The selection as a noun phrase, e.g. "activities with primary prevention under priority 'p1'"
/// ("activity with ..." when `one`).
std::string describe(const Selection& s, bool one = false) {
  const auto noun = [one](Kind k) { return std::string(one ? to_string(k) : plural(k)); };
  std::string out = s.kinds.empty() ? (one ? "node" : "nodes") : join_or(s.kinds, noun);
  const auto ref_id = [](const Ref& ref) { return quoted(ref.id); };
  if (!s.prevention.empty()) {
    out += fmt::format(" with {} prevention",
                       join_or(s.prevention, [](Prevention p) { return std::string(to_string(p)); }));
  }
  if (!s.terms.empty())
    out += fmt::format(" with term {}", join_or(s.terms, [](Term t) { return std::string(to_string(t)); }));
  if (!s.tags.empty()) out += fmt::format(" tagged {}", join_or(s.tags, quoted));
  if (!s.priorities.empty()) out += fmt::format(" under priority {}", join_or(s.priorities, ref_id));
  if (!s.principles.empty()) out += fmt::format(" following principle {}", join_or(s.principles, ref_id));
  if (!s.has.empty())
    out += fmt::format(" with {} set", join_or(s.has, [](NodeField f) { return std::string(field_name(f)); }));
  return out;
}

/// The checks the model and graph stages make on a rule's definition, repeated here so a
/// rule they reported is not judged as well.
bool defined(const std::vector<Ref>& refs, const auto& entities) {
  return std::all_of(refs.begin(), refs.end(), [&](const Ref& ref) {
    return std::any_of(entities.begin(), entities.end(), [&](const auto& e) { return e.id == ref.id; });
  });
}

bool resolves(const Model& model, const Selection& selection) {
  return defined(selection.priorities, model.priorities) && defined(selection.principles, model.principles);
}

bool is_well_defined(const Model& model, const Rule& rule) {
  const bool bounded = rule.min_count || rule.max_count || rule.min_share || rule.max_share;
  const bool shares_have_of = rule.of || (!rule.min_share && !rule.max_share);
  const bool ordered = !(rule.min_count && rule.max_count && *rule.min_count > *rule.max_count) &&
                       !(rule.min_share && rule.max_share && *rule.min_share > *rule.max_share);
  return bounded && shares_have_of && ordered && resolves(model, rule.select) &&
         (!rule.of || resolves(model, *rule.of));
}

bool within(const Rule& rule, const RuleResult& result) {
  const bool counts = (!rule.min_count || result.selected >= *rule.min_count) &&
                      (!rule.max_count || result.selected <= *rule.max_count);
  if (!rule.min_share && !rule.max_share) return counts;
  if (!result.share) return false;
  return counts && (!rule.min_share || *result.share >= *rule.min_share) &&
         (!rule.max_share || *result.share <= *rule.max_share);
}

}  // namespace

bool matches(const Selection& s, const Node& node) {
  return any_of(s.kinds, node.kind) && any_of(s.prevention, node.prevention) && any_of(s.terms, node.term) &&
         any_tag(s.tags, node.tags) && any_ref(s.priorities, node.priorities) &&
         any_ref(s.principles, node.principles) &&
         (s.has.empty() || std::any_of(s.has.begin(), s.has.end(), [&](NodeField f) { return has(node, f); }));
}

std::vector<RuleResult> evaluate_rules(const Model& model) {
  std::vector<RuleResult> results;
  results.reserve(model.rules.size());
  for (std::size_t r = 0; r < model.rules.size(); ++r) {
    const Rule& rule = model.rules[r];
    RuleResult result;
    result.rule = r;
    // In a workspace a rule speaks for its own strategy: it counts that strategy's nodes only.
    const std::size_t scope = model.member_of(rule.range.file);
    for (const Node& node : model.nodes) {
      if (model.is_workspace() && model.member_of(node.range.file) != scope) continue;
      const bool in_of = rule.of && matches(*rule.of, node);
      if (in_of) ++result.of;
      if ((!rule.of || in_of) && matches(rule.select, node)) ++result.selected;
    }
    if (rule.of && result.of > 0) result.share = static_cast<double>(result.selected) / static_cast<double>(result.of);
    result.well_defined = is_well_defined(model, rule);
    result.holds = result.well_defined && within(rule, result);
    results.push_back(result);
  }
  return results;
}

std::string format_share(double share) {
  const double tenths = std::round(share * 1000);
  return std::fmod(tenths, 10) == 0 ? fmt::format("{:.0f}%", tenths / 10) : fmt::format("{:.1f}%", tenths / 10);
}

std::string describe_figure(const Model& model, const RuleResult& result) {
  const Rule& rule = model.rules[result.rule];
  if (!rule.of) return fmt::format("{} {}", result.selected, describe(rule.select, result.selected == 1));
  // "4 of 11 activities ... are activities ...", "1 of 1 activity ... is an activity ...".
  std::string selected = describe(rule.select, result.selected == 1);
  if (result.selected == 1)
    selected.insert(0, std::string_view("aeiou").find(selected.front()) == std::string_view::npos ? "a " : "an ");
  return fmt::format("{} of {} {} ({}) {} {}", result.selected, result.of, describe(*rule.of, result.of == 1),
                     result.share ? format_share(*result.share) : "no share", result.selected == 1 ? "is" : "are",
                     selected);
}

std::string describe_bounds(const Rule& rule) {
  std::vector<std::string> parts;
  if (rule.min_count) parts.push_back(fmt::format("at least {}", *rule.min_count));
  if (rule.max_count) parts.push_back(fmt::format("at most {}", *rule.max_count));
  if (rule.min_share) parts.push_back(fmt::format("at least {}", format_share(*rule.min_share)));
  if (rule.max_share) parts.push_back(fmt::format("at most {}", format_share(*rule.max_share)));
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : " and ") + part;
  return out;
}

}  // namespace toc
