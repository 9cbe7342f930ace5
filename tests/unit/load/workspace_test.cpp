// Workspaces: several models loaded together, cross-model references, per-model settings and
// the overlap between strategies.
#include <catch2/catch.hpp>

#include "base/suggest.h"
#include "check/rules.h"
#include "products/overlap/overlap.h"
#include "support.h"

using namespace toc;
using namespace toc::test;
using Catch::Matchers::Contains;

namespace {

/// The clean model under another id, with `extra` appended.
std::string model(const std::string& id, const std::string& extra = "") {
  std::string text = clean_model;
  text.replace(text.find("id = \"t\""), 8, "id = \"" + id + "\"");
  return text + extra;
}

const std::string two_models = R"([workspace]
title = "Two strategies"
models = ["a", "b/strategy.toml"]
)";

Analysis run_workspace(const std::string& a, const std::string& b, const std::string& workspace = two_models) {
  return run({{"ws/toc-workspace.toml", workspace}, {"ws/a/strategy.toml", a}, {"ws/b/strategy.toml", b}},
             "ws/toc-workspace.toml");
}

/// An activity of model b under its priority, leading to `target`.
std::string help_leading_to(const std::string& target) {
  return "\n[activity.help]\ntitle = \"Help\"\npriority = \"p\"\nleads_to = [\"" + target + "\"]\n";
}

const std::string helps = help_leading_to("a:know");

std::vector<std::string> ids(const Model& m, const std::vector<NodeIndex>& nodes) {
  std::vector<std::string> result;
  for (const NodeIndex n : nodes) result.push_back(m.nodes[n].id);
  return result;
}

}  // namespace

TEST_CASE("a workspace loads every model, qualifies its ids and resolves references across models") {
  const auto ws = run_workspace(model("a"), model("b", helps));
  REQUIRE(ws.loaded);
  CHECK(found(ws).empty());
  REQUIRE(ws.model.members.size() == 2);
  CHECK(ws.model.members[0].strategy.id == "a");
  CHECK(ws.model.members[1].strategy.id == "b");
  CHECK(ws.model.strategy.title == "Two strategies");
  const NodeIndex help = ws.graph.find("b:help");
  const NodeIndex know = ws.graph.find("a:know");
  REQUIRE(help != no_node);
  REQUIRE(know != no_node);
  const auto out = ws.graph.out_links(help);
  REQUIRE(out.size() == 1);
  CHECK(ws.model.links[out[0]].to_node == know);
  CHECK(ws.model.member_of(ws.model.nodes[help].range.file) == 1);
  CHECK(ws.graph.find("know") == no_node);  // bare ids are a single model's
}

TEST_CASE("a folder of model folders is a workspace of them, in name order") {
  const auto ws = run({{"ws/b/strategy.toml", model("b", helps)}, {"ws/a/strategy.toml", model("a")}}, "ws");
  CHECK(found(ws).empty());
  REQUIRE(ws.model.members.size() == 2);
  CHECK(ws.model.members[0].strategy.id == "a");
  CHECK(ws.model.strategy.id == "ws");
}

TEST_CASE("a model checked alone takes references to other models on trust, and may qualify its own") {
  const auto alone =
      run(model("b", helps + "\n[activity.own]\ntitle = \"Own\"\npriority = \"b:p\"\nleads_to = [\"b:trained\"]\n"));
  CHECK(found(alone).empty());  // no unknown-id, and 'help' is no dead end or orphan
  CHECK(alone.graph.outside_references() == 1);
  CHECK(alone.graph.out_degree(alone.graph.find("own")) == 1);
}

TEST_CASE("an unknown cross-model reference is unknown-id, with the nearest qualified id") {
  const auto typo = run_workspace(model("a"), model("b", help_leading_to("a:knw")));
  const Diagnostic& d = first(typo, "unknown-id");
  CHECK(d.message == "'b:help' leads to 'a:knw', which is not defined");
  CHECK_THAT(d.help, Contains("'a:know'"));
  CHECK(typo.model.sources.path(d.range.file) == "ws/b/strategy.toml");

  const auto no_model = run_workspace(model("a"), model("b", help_leading_to("c:know")));
  CHECK(count(no_model, "unknown-id") == 1);
}

TEST_CASE("a cycle across models is reported as its path") {
  const auto ws =
      run_workspace(model("a", "\n[outcome.back]\ntitle = \"Back\"\nterm = \"short\"\nleads_to = [\"b:know\"]\n"),
                    model("b", "\n[[link]]\nfrom = \"know\"\nto = \"a:back\"\n"));
  const Diagnostic& d = first(ws, "cycle");
  CHECK_THAT(d.message, Contains("a:back -> b:know -> a:back"));
}

TEST_CASE("two models with one id are a duplicate-id, and a missing model is bad-include") {
  CHECK(count(run_workspace(model("a"), model("a")), "duplicate-id") == 1);
  const auto missing =
      run({{"ws/toc-workspace.toml", two_models}, {"ws/a/strategy.toml", model("a")}}, "ws/toc-workspace.toml");
  const Diagnostic& d = first(missing, "bad-include");
  CHECK(d.range.line == 3);
  CHECK_THAT(d.message, Contains("'b/strategy.toml'"));
}

TEST_CASE("the workspace file is checked like a model file") {
  const auto ws = run_workspace(model("a"), model("b"), "[workspace]\ntitle = \"W\"\nmodel = [\"a\"]\n[check]\n");
  CHECK(found(ws) == std::vector<std::string>{"missing-field@1", "unknown-key@3", "unknown-key@4"});
  CHECK(ws.diagnostics.all()[1].help == "did you mean 'models'?");
  CHECK(ws.diagnostics.all()[2].help == "did you mean 'checks'?");
}

TEST_CASE("each model's [checks] rules its own files; the workspace's the rest") {
  const std::string unmeasured =
      "\n[outcome.extra]\ntitle = \"Extra\"\nterm = \"short\"\nleads_to = [\"safe\"]\n"
      "\n[[link]]\nfrom = \"trained\"\nto = \"extra\"\n";
  const auto ws = run_workspace(model("a", unmeasured + "\n[checks]\nmissing-indicator = \"error\"\n"),
                                model("b", unmeasured), two_models + "[checks]\nmissing-assumption = \"off\"\n");
  std::vector<std::string> seen;
  for (const Diagnostic& d : ws.diagnostics.all()) {
    seen.push_back(std::string(d.code) + ":" + std::string(to_string(d.severity)) + ":" +
                   std::string(ws.model.sources.path(d.range.file)));
  }
  CHECK(seen == std::vector<std::string>{"missing-indicator:error:ws/a/strategy.toml",
                                         "missing-indicator:warning:ws/b/strategy.toml"});
}

TEST_CASE("a model's rule counts that model's nodes only") {
  const std::string rule =
      "\n[rule.one-activity]\ntitle = \"One activity\"\nselect = { kind = \"activity\" }\nmax_count = 1\n";
  const auto ws = run_workspace(model("a", rule), model("b", helps));
  CHECK(count(ws, "rule") == 0);
  const auto results = evaluate_rules(ws.model);
  REQUIRE(results.size() == 1);
  CHECK(results[0].selected == 1);
}

TEST_CASE("overlap lists shared outcomes, outcomes counted on, supported impacts and unsupported outcomes") {
  // b:help leads to a:know, as a:train does through a:trained; b:lonely has nothing behind it.
  const auto ws = run_workspace(model("a"), model("b", helps + R"(
[outcome.lonely]
title = "Lonely"
term = "long"
leads_to = ["safe"]
)"));
  const Model& m = ws.model;
  const Overlap overlap = compute_overlap(m, ws.graph);

  REQUIRE(overlap.shared.size() == 1);
  CHECK(m.nodes[overlap.shared[0].outcome].id == "a:know");
  REQUIRE(overlap.shared[0].activities.size() == 2);
  CHECK(overlap.shared[0].activities[0].member == 0);
  CHECK(ids(m, overlap.shared[0].activities[0].nodes) == std::vector<std::string>{"a:train"});
  CHECK(ids(m, overlap.shared[0].activities[1].nodes) == std::vector<std::string>{"b:help"});

  REQUIRE(overlap.counted_on.size() == 1);
  CHECK(m.nodes[overlap.counted_on[0].outcome].id == "a:know");
  CHECK(overlap.counted_on[0].members == std::vector<std::size_t>{0, 1});
  REQUIRE(overlap.counted_on[0].links.size() == 1);
  CHECK(m.links[overlap.counted_on[0].links[0]].from.id == "b:help");

  REQUIRE(overlap.supported_impacts.size() == 1);
  CHECK(m.nodes[overlap.supported_impacts[0].impact].id == "a:safe");
  CHECK(overlap.supported_impacts[0].by.member == 1);
  CHECK(ids(m, overlap.supported_impacts[0].by.nodes) == std::vector<std::string>{"b:help"});

  REQUIRE(overlap.unsupported.size() == 2);
  CHECK(overlap.unsupported[0].empty());
  CHECK(ids(m, overlap.unsupported[1]) == std::vector<std::string>{"b:lonely"});

  const std::string text = format_overlap_text(m, overlap);
  CHECK_THAT(text, Contains("outcome 'a:know' (People know more), of a, counted on by b\n    b:help -> a:know\n"));
  CHECK(compute_overlap(run(clean_model).model, run(clean_model).graph).shared.empty());
}

TEST_CASE("a bare id in a workspace suggests the one qualified id it ends") {
  CHECK(did_you_mean("p1", {"a:p1", "b:p2"}) == "did you mean 'a:p1'?");
  CHECK(did_you_mean("p1", {"a:p1", "b:p1"}).empty());  // two models have it: no guess
  CHECK(did_you_mean("a:p1x", {"a:p1", "b:p1"}) == "did you mean 'a:p1'?");
}
