// The diagram plan every format shares: the order inside a band follows the file, and arrows
// within a band never point back up it, in the plan and in what Graphviz lays out from it.
#include <catch2/catch.hpp>

#include <map>
#include <sstream>

#include "render/diagram.h"
#include "render/dot.h"
#include "render/graphviz_render.h"
#include "support.h"
#include "view/view.h"

using namespace toc::test;

namespace {

// Written in the order a reader follows: referral before assessment (whose id sorts first), and
// coach before intake although intake leads to coach, so the file's order must give way there.
const std::string divert = R"([strategy]
id = "divert"
title = "Operation DIVERT"

[priority.divert]
title = "Divert young people from crime"

[activity.referral]
title = "Custody referral"
priority = "divert"
leads_to = ["assessment"]

[activity.assessment]
title = "Needs assessment"
priority = "divert"
leads_to = ["plans"]

[activity.coach]
title = "Coaching"
priority = "divert"
leads_to = ["plans"]

[activity.intake]
title = "Intake meeting"
priority = "divert"
leads_to = ["coach"]

[output.plans]
title = "Diversion plans agreed"
leads_to = ["reoffending"]

[outcome.reoffending]
title = "Less reoffending"
term = "medium"
leads_to = ["safer"]

[impact.safer]
title = "Safer streets"
)";

toc::View whole(const toc::Analysis& analysis) {
  REQUIRE_FALSE(analysis.diagnostics.has_errors());
  toc::Diagnostics problems;
  return toc::make_view(analysis.model, analysis.graph, {}, problems);
}

/// Each node's centre in Graphviz's plain output ("node <name> <x> <y> ..."; y grows upwards).
std::map<std::string, std::pair<double, double>> centres(const std::string& plain) {
  std::map<std::string, std::pair<double, double>> result;
  std::istringstream in(plain);
  for (std::string line; std::getline(in, line);) {
    std::istringstream words(line);
    std::string kind, name;
    double x = 0, y = 0;
    if (words >> kind >> name >> x >> y && kind == "node") result[name] = {x, y};
  }
  return result;
}

}  // namespace

TEST_CASE("diagram: inside a band, nodes follow the file's order, moved only so arrows point onward") {
  const toc::Analysis analysis = run(divert);
  const toc::DiagramPlan plan = toc::plan_diagram(analysis.model, whole(analysis), {});
  std::vector<std::string> activities;
  for (const toc::NodeIndex n : plan.nodes) {
    if (analysis.model.nodes[n].kind == toc::Kind::activity) activities.push_back(analysis.model.nodes[n].id);
  }
  CHECK(activities == std::vector<std::string>{"referral", "assessment", "intake", "coach"});
  REQUIRE(plan.boxes.size() == 1);
  CHECK(plan.boxes.begin()->second.size() == 5);  // the four activities and the output they lead to
}

TEST_CASE("diagram: Graphviz draws arrows within a band downwards (left to right) or rightwards (top down)") {
  const toc::Analysis analysis = run(divert);
  const toc::View view = whole(analysis);
  for (const std::string direction : {"LR", "TB"}) {
    toc::DotOptions options;
    options.direction = direction;
    const toc::RenderResult laid_out = toc::render_dot(toc::to_dot(analysis.model, view, options), "plain");
    REQUIRE(laid_out.error.empty());
    const auto at = centres(laid_out.bytes);
    for (const auto& [from, to] : {std::pair{"referral", "assessment"}, std::pair{"intake", "coach"}}) {
      INFO(direction << ": " << from << " -> " << to);
      REQUIRE((at.count(from) && at.count(to)));
      if (direction == "LR") {
        CHECK(at.at(from).second > at.at(to).second);  // above it
      } else {
        CHECK(at.at(from).first < at.at(to).first);  // left of it
      }
    }
  }
}
