// The graph: built from a resolved model, which it does not change; it answers what resolving
// learned about nodes, and finds reachability and cycles.
#include <catch2/catch.hpp>

#include <algorithm>

#include "graph/graph.h"
#include "model/resolve.h"
#include "support.h"

using namespace toc;
using namespace toc::test;

namespace {

/// A model loaded from `text`, resolved, and its graph.
struct Built {
  Model model;
  Graph graph;
  Diagnostics diagnostics;

  explicit Built(const std::string& text) {
    model = load_text(text, diagnostics);
    Resolution resolution = resolve_model(model, diagnostics);
    graph = build_graph(model, std::move(resolution));
  }

  NodeIndex node(std::string_view id) const {
    const NodeIndex n = graph.find(id);
    REQUIRE(n != no_node);
    return n;
  }

  /// The ids along a cycle, e.g. "a -> b -> a".
  std::string path(const std::vector<LinkIndex>& links) const {
    std::string text = model.nodes[model.links[links.front()].from_node].id;
    for (const LinkIndex l : links) text += " -> " + model.nodes[model.links[l].to_node].id;
    return text;
  }
};

}  // namespace

TEST_CASE("graph: one vertex per node and one edge per link, found by id") {
  const Built b(clean_model);
  CHECK(b.graph.node_count() == b.model.nodes.size());
  CHECK(b.graph.find("p") == no_node);  // a priority is no node
  CHECK(b.graph.find("nothing") == no_node);
  const NodeIndex train = b.node("train");
  CHECK(b.model.nodes[train].id == "train");
  std::size_t edges = 0;
  for (NodeIndex n = 0; n < b.graph.node_count(); ++n) {
    for (const LinkIndex l : b.graph.out_links(n)) {
      CHECK(b.model.links[l].from_node == n);
      ++edges;
    }
    for (const LinkIndex l : b.graph.in_links(n)) CHECK(b.model.links[l].to_node == n);
  }
  CHECK(edges == b.model.links.size());
  CHECK(b.graph.in_degree(train) == 1);
  CHECK(b.graph.out_degree(train) == 1);
}

TEST_CASE("graph: answers what resolving learned about nodes") {
  const Built b(edit("leads_to = [\"trained\"]", "leads_to = [\"trained\", \"traned\"]") +
                "[activity.help]\ntitle = \"Help\"\npriority = \"p\"\nleads_to = [\"other:x\"]\n"
                "[[link]]\nfrom = \"other:y\"\nto = \"fund\"\n");
  const NodeIndex train = b.node("train"), help = b.node("help"), fund = b.node("fund"), know = b.node("know");
  CHECK(b.graph.leads_to_unknown(train));
  CHECK_FALSE(b.graph.leads_to_unknown(know));
  CHECK(b.graph.leads_outside(help));
  CHECK_FALSE(b.graph.leads_outside(train));
  CHECK(b.graph.supported_outside(fund));
  CHECK_FALSE(b.graph.supported_outside(help));
  CHECK(b.graph.outside_references() == 2);
  CHECK(b.graph.out_degree(help) == 0);  // the arrow to another model is not in the graph
}

TEST_CASE("graph: a graph with no nodes answers for any node without failing") {
  const Graph empty;
  CHECK(empty.node_count() == 0);
  CHECK(empty.find("x") == no_node);
  CHECK_FALSE(empty.leads_to_unknown(0));
  CHECK_FALSE(empty.leads_outside(7));
  CHECK_FALSE(empty.supported_outside(no_node));
  CHECK(empty.outside_references() == 0);
  CHECK(empty.cycles([](LinkIndex) { return true; }).empty());
}

TEST_CASE("graph: reachability ignores feedback links") {
  const Built b(clean_model + "[[link]]\nfrom = \"safe\"\nto = \"fund\"\nfeedback = true\n");
  const NodeIndex safe = b.node("safe"), fund = b.node("fund");
  const std::vector<char> from_safe = b.graph.reachable_from([&](NodeIndex n) { return n == safe; });
  CHECK_FALSE(from_safe[fund]);
  const std::vector<char> reach_fund = b.graph.can_reach([&](NodeIndex n) { return n == fund; });
  CHECK_FALSE(reach_fund[safe]);
  CHECK(b.graph.can_reach([&](NodeIndex n) { return n == safe; })[fund]);
}

TEST_CASE("graph: one shortest cycle per group of nodes that lead back to themselves") {
  const Built b(edit("[output.trained]\ntitle = \"People trained\"\nleads_to = [\"know\"]",
                     "[output.trained]\ntitle = \"People trained\"\nleads_to = [\"know\", \"trained\"]") +
                "[[link]]\nfrom = \"know\"\nto = \"train\"\n"
                "[[link]]\nfrom = \"safe\"\nto = \"know\"\nfeedback = true\n");
  std::vector<std::string> found;
  for (const auto& cycle : b.graph.cycles([](LinkIndex) { return true; })) found.push_back(b.path(cycle));
  std::sort(found.begin(), found.end());
  // train, trained, know and safe are one group; its shortest cycle from its first node (by
  // index) is reported, and the self-link of trained lies inside the group.
  REQUIRE(found.size() == 1);
  CHECK(found[0].find(" -> ") != std::string::npos);

  std::vector<std::string> without_feedback;
  const auto not_feedback = [&](LinkIndex l) { return !b.model.links[l].feedback; };
  for (const auto& cycle : b.graph.cycles(not_feedback)) without_feedback.push_back(b.path(cycle));
  std::sort(without_feedback.begin(), without_feedback.end());
  CHECK(without_feedback == std::vector<std::string>{"train -> trained -> know -> train"});

  const auto self_only = [&](LinkIndex l) { return b.model.links[l].from_node == b.model.links[l].to_node; };
  const auto self = b.graph.cycles(self_only);
  REQUIRE(self.size() == 1);
  CHECK(b.path(self[0]) == "trained -> trained");
}
