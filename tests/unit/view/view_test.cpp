// Views are projections: which nodes and arrows a diagram shows.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include <algorithm>

#include "render/dot.h"
#include "support.h"
#include "view/view.h"

using namespace toc::test;

namespace {

std::vector<std::string> shown(const toc::Analysis& analysis, const toc::View& view) {
  std::vector<std::string> ids;
  for (const toc::NodeIndex n : view.nodes) ids.push_back(analysis.model.nodes[n].id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

std::vector<std::string> arrows(const toc::Analysis& analysis, const toc::View& view) {
  std::vector<std::string> result;
  for (const toc::ViewLink& link : view.links) {
    result.push_back(analysis.model.nodes[link.from].id + (link.is_path() ? "~>" : "->") +
                     analysis.model.nodes[link.to].id);
  }
  std::sort(result.begin(), result.end());
  return result;
}

toc::View view_of(const toc::Analysis& analysis, const toc::ViewOptions& options) {
  toc::Diagnostics problems;
  toc::View view = toc::make_view(analysis.model, analysis.graph, options, problems);
  REQUIRE_FALSE(problems.has_errors());
  return view;
}

// Two priorities: p (train -> trained -> know -> safe) and q (campaign -> aware -> safe).
const std::string two_priorities =
    clean_model +
    "[priority.q]\ntitle = \"Q\"\n"
    "[activity.campaign]\ntitle = \"Campaign\"\npriority = \"q\"\nleads_to = [\"aware\"]\n"
    "[outcome.aware]\ntitle = \"Aware\"\nterm = \"short\"\nleads_to = [\"safe\"]\n";

}  // namespace

TEST_CASE("the whole model is the default view") {
  const auto analysis = run(clean_model);
  const auto view = view_of(analysis, {});
  CHECK(view.nodes.size() == 5);
  CHECK(view.links.size() == 4);
}

TEST_CASE("view by priority: shows that priority's activities and what they lead to") {
  const auto analysis = run(two_priorities);
  toc::ViewOptions options;
  options.priority = "q";
  CHECK(shown(analysis, view_of(analysis, options)) == std::vector<std::string>{"aware", "campaign", "safe"});
}

TEST_CASE("view by focus and depth: limits hops both ways") {
  const auto analysis = run(two_priorities);
  toc::ViewOptions options;
  options.focus = "know";
  CHECK(shown(analysis, view_of(analysis, options)) ==
        std::vector<std::string>{"fund", "know", "safe", "train", "trained"});
  options.depth = 1;
  CHECK(shown(analysis, view_of(analysis, options)) == std::vector<std::string>{"know", "safe", "trained"});
}

TEST_CASE("view by levels: hides levels but keeps arrows through them") {
  const auto analysis = run(two_priorities);
  toc::ViewOptions options;
  options.levels = {toc::Kind::activity, toc::Kind::impact};
  const auto view = view_of(analysis, options);
  CHECK(shown(analysis, view) == std::vector<std::string>{"campaign", "safe", "train"});
  CHECK(arrows(analysis, view) == std::vector<std::string>{"campaign~>safe", "train~>safe"});
}

TEST_CASE("unknown ids in view options are errors with a suggestion") {
  const auto analysis = run(two_priorities);
  toc::Diagnostics problems;
  toc::ViewOptions options;
  options.focus = "knwo";
  toc::make_view(analysis.model, analysis.graph, options, problems);
  REQUIRE(problems.has_errors());
  CHECK(problems.all().front().help == "did you mean 'know'?");
}

TEST_CASE("DOT holds the same nodes and arrows however the files are laid out, in their order inside a band") {
  const std::string a = "[activity.b]\ntitle = \"B\"\npriority = \"p\"\nleads_to = [\"know\"]\n";
  const auto one =
      run({{"m/strategy.toml", edit("[strategy]\n", "[strategy]\ninclude = [\"x.toml\"]\n")}, {"m/x.toml", a}});
  const auto two = run(edit("[strategy]\n", "[strategy]\n").insert(clean_model.find("[priority.p]"), a));
  const auto dot = [](const toc::Analysis& analysis) {
    toc::Diagnostics problems;
    return toc::to_dot(analysis.model, toc::make_view(analysis.model, analysis.graph, {}, problems), {});
  };
  // The activity b comes last in one (an included file) and first in two: the same nodes, arrows and boxes, in
  // another order.
  const auto lines = [](const std::string& text) {
    std::vector<std::string> result;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
      if (line.find("[id=") != std::string::npos) result.push_back(line);  // a node, an arrow or a box
    }
    std::sort(result.begin(), result.end());
    return result;
  };
  CHECK(dot(one) != dot(two));
  CHECK(lines(dot(one)) == lines(dot(two)));
}
