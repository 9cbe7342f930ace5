// level-inversion: an arrow that goes down the chain (e.g. outcome -> activity) is a mistake
// unless the model says it is a deliberate loop back (feedback = true).
#include <fmt/format.h>

#include "check/checks/level_inversion.h"

namespace toc::checks {

namespace {
/// "a short-term outcome", "an activity" (every kind's name starts with a vowel).
std::string level_name(const Node& node) {
  if (node.kind == Kind::outcome && node.term != Term::none) {
    return fmt::format("a {}-term outcome", to_string(node.term));
  }
  return fmt::format("an {}", to_string(node.kind));
}
}  // namespace

bool is_level_inversion(const Model& model, const Link& link) {
  if (link.feedback) return false;
  const Node& from = model.nodes[link.from_node];
  const Node& to = model.nodes[link.to_node];
  // Between outcomes the term decides; an outcome without a term (already an error) is not compared.
  if (from.kind == Kind::outcome && to.kind == Kind::outcome && (from.term == Term::none || to.term == Term::none)) {
    return false;
  }
  return chain_level(from) > chain_level(to);
}

namespace {

void level_inversion(const CheckContext& context, Report& report) {
  const Model& model = context.model;
  for (const Link& link : model.links) {
    if (!is_level_inversion(model, link)) continue;
    const Node& from = model.nodes[link.from_node];
    const Node& to = model.nodes[link.to_node];
    report(link.range,
           fmt::format("'{}' ({}) leads back to '{}' ({})", from.id, level_name(from), to.id, level_name(to)),
           "arrows run input -> activity -> output -> outcome (short -> medium -> long) -> impact; "
           "mark a deliberate loop back with feedback = true in a [[link]]");
  }
}

const CheckRegistration registered{{.code = "level-inversion",
                                    .severity = Severity::error,
                                    .summary = "an arrow goes down the chain without feedback = true",
                                    .anchor = "level-inversion",
                                    .run = level_inversion,
                                    .order = 10}};

}  // namespace
}  // namespace toc::checks
