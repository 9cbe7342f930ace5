// Resolving a model's references: the id index, the merged links and what resolving learns about
// nodes, checked on the model straight after loading (no graph, no checks).
#include <catch2/catch.hpp>

#include <algorithm>

#include "model/resolve.h"
#include "support.h"

using namespace toc;
using namespace toc::test;

namespace {

/// `text` with `from` replaced by `to` (which must occur).
std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  if (at == std::string::npos) throw std::runtime_error("replaced: '" + from + "' not in the text");
  return text.replace(at, from.size(), to);
}

/// A model loaded from `text` and resolved; the diagnostics are resolving's alone.
struct Resolved {
  Model model;
  Resolution resolution;
  Diagnostics diagnostics;

  explicit Resolved(const std::string& text) {
    Diagnostics loading;
    model = load_text(text, loading);
    REQUIRE_FALSE(loading.has_errors());
    resolution = resolve_model(model, diagnostics);
  }

  NodeIndex node(std::string_view id) const {
    const auto it = resolution.ids.find(id);
    return it == resolution.ids.end() ? no_node : it->second.node;
  }
  const NodeFacts& facts(std::string_view id) const { return resolution.nodes.at(node(id)); }

  /// The messages with `code`, in the order they were reported.
  std::vector<std::string> messages(const std::string& code) const {
    std::vector<std::string> result;
    for (const Diagnostic& d : diagnostics.all()) {
      if (d.code == code) result.push_back(d.message);
    }
    return result;
  }
};

}  // namespace

TEST_CASE("resolve: a clean model resolves without findings and learns nothing about its nodes") {
  const Resolved r(clean_model);
  CHECK(r.diagnostics.all().empty());
  CHECK(r.resolution.outside_references == 0);
  REQUIRE(r.resolution.nodes.size() == r.model.nodes.size());
  for (const NodeFacts& facts : r.resolution.nodes) {
    CHECK_FALSE(facts.leads_to_unknown);
    CHECK_FALSE(facts.leads_outside);
    CHECK_FALSE(facts.supported_outside);
  }
}

TEST_CASE("resolve: the id index holds every entity with its kind as an enum") {
  const Resolved r(clean_model);
  const auto entry = [&](std::string_view id) {
    const auto it = r.resolution.ids.find(id);
    REQUIRE(it != r.resolution.ids.end());
    return it->second;
  };
  CHECK(entry("p").entity == EntityKind::priority);
  CHECK(entry("p").node == no_node);
  CHECK(entry("i1").entity == EntityKind::indicator);
  CHECK(entry("train").entity == EntityKind::node);
  CHECK(entry("train").kind == Kind::activity);
  CHECK(r.model.nodes[entry("train").node].id == "train");
  CHECK(to_string(EntityKind::principle) == "principle");
  CHECK(to_string(EntityKind::node) == "node");
}

TEST_CASE("resolve: leads_to and [[link]] merge into one link per arrow, with their ends set") {
  const Resolved r(clean_model + "[[link]]\nfrom = \"train\"\nto = \"trained\"\nassumption = \"Training works\"\n");
  CHECK(r.diagnostics.all().empty());
  REQUIRE(r.model.links.size() == 4);  // fund->train, train->trained (annotated), trained->know, know->safe
  for (const Link& link : r.model.links) {
    REQUIRE(link.from_node < r.model.nodes.size());
    REQUIRE(link.to_node < r.model.nodes.size());
    CHECK(r.model.nodes[link.from_node].id == link.from.id);
    CHECK(r.model.nodes[link.to_node].id == link.to.id);
  }
  const auto annotated = std::find_if(r.model.links.begin(), r.model.links.end(),
                                      [](const Link& link) { return link.from.id == "train"; });
  REQUIRE(annotated != r.model.links.end());
  CHECK(annotated->assumption == "Training works");
  const auto lines = static_cast<std::uint32_t>(std::count(clean_model.begin(), clean_model.end(), '\n'));
  CHECK(annotated->range.line > lines);  // the [[link]] table, not the leads_to entry
}

TEST_CASE("resolve: a repeated id is a duplicate-id naming the first entity's kind, and the node is dropped") {
  const Resolved r(clean_model +
                   "[output.p]\ntitle = \"Clash with a priority\"\n"
                   "[impact.train]\ntitle = \"Clash with an activity\"\n"
                   "[indicator.know]\ntitle = \"Clash with an outcome\"\nmeasures = [\"safe\"]\n");
  std::vector<std::string> duplicates = r.messages("duplicate-id");
  std::sort(duplicates.begin(), duplicates.end());
  CHECK(duplicates == std::vector<std::string>{"'know' is already defined as an outcome",
                                               "'p' is already defined as a priority",
                                               "'train' is already defined as an activity"});
  CHECK(r.model.nodes.size() == 5);  // the output and the impact went; indicators stay
  CHECK(r.model.nodes[r.node("train")].kind == Kind::activity);
  CHECK(r.resolution.nodes.size() == r.model.nodes.size());
}

TEST_CASE("resolve: unknown-id says what an id is when it is not what was expected") {
  const std::string train = "priority = \"p\"\nleads_to = [\"trained\"]";
  const Resolved r(replaced(clean_model, train,
                            "priority = \"safe\"\nleads_to = [\"trained\", \"p\", \"i1\", \"traned\"]\n"
                            "principles = [\"know\"]"));
  CHECK(r.messages("unknown-id") ==
        std::vector<std::string>{"'train' leads to 'p', which is a priority, not a node",
                                 "'train' leads to 'i1', which is an indicator, not a node",
                                 "'train' leads to 'traned', which is not defined",
                                 "activity 'train' is under priority 'safe', which is an impact, not a priority",
                                 "activity 'train' follows principle 'know', which is an outcome, not a principle"});
  for (const Diagnostic& d : r.diagnostics.all()) {
    if (d.message.find("'traned'") != std::string::npos) CHECK(d.help == "did you mean 'trained'?");
  }
  CHECK(r.facts("train").leads_to_unknown);
  CHECK_FALSE(r.facts("fund").leads_to_unknown);
}

TEST_CASE("resolve: a second [[link]] and a repeated leads_to entry are duplicate-link") {
  const Resolved r(edit("leads_to = [\"trained\"]", "leads_to = [\"trained\", \"trained\"]") +
                   "[[link]]\nfrom = \"know\"\nto = \"safe\"\n");
  CHECK(r.messages("duplicate-link") ==
        std::vector<std::string>{"'train' lists 'trained' twice in leads_to",
                                 "a second [[link]] from 'know' to 'safe'; only the first is used"});
  CHECK(r.model.links.size() == 4);
}

TEST_CASE("resolve: references to other models are counted and noted, references to its own are made bare") {
  const Resolved r(clean_model +
                   "[activity.help]\ntitle = \"Help\"\npriority = \"t:p\"\nleads_to = [\"other:x\", \"t:know\"]\n"
                   "[[link]]\nfrom = \"other:y\"\nto = \"fund\"\n"
                   "[[link]]\nfrom = \"other:y\"\nto = \"other:z\"\n");
  CHECK(r.diagnostics.all().empty());
  CHECK(r.resolution.outside_references == 4);  // other:x, other:y twice, other:z
  CHECK(r.facts("help").leads_outside);
  CHECK_FALSE(r.facts("help").supported_outside);
  CHECK(r.facts("fund").supported_outside);
  CHECK_FALSE(r.facts("know").leads_outside);
  const NodeIndex help = r.node("help");
  CHECK(r.model.nodes[help].priorities.at(0).id == "p");
  const auto to_know = std::find_if(r.model.links.begin(), r.model.links.end(),
                                    [&](const Link& link) { return link.from_node == help; });
  REQUIRE(to_know != r.model.links.end());
  CHECK(r.model.nodes[to_know->to_node].id == "know");
}
