// toc render --status: nodes coloured by their indicators' statuses, with the statuses in words;
// indicators drawn beside what they measure; a legend; the same plan for DOT and Mermaid. Without
// progress, nothing of it.
#include <catch2/catch.hpp>

#include "products/progress_shown.h"
#include "render/dot.h"
#include "render/mermaid.h"
#include "view/view.h"

using namespace toc;
using namespace toc::test;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

View whole(const Judged& j) {
  Diagnostics ignored;
  return make_view(j.analysis.model, j.analysis.graph, {}, ignored);
}

DiagramOptions with_status(const Judged& j) {
  DiagramOptions options;
  options.progress = &j.run.progress;
  options.data = &j.run.data;
  return options;
}

}  // namespace

TEST_CASE("status: the plan counts each shown node's indicators, and draws each indicator once") {
  const Judged j = judged_for_products();
  const DiagramPlan plan = plan_diagram(j.analysis.model, whole(j), with_status(j));
  CHECK(plan.with_status);
  CHECK(plan.status_of.size() == 3);  // trained, know, safe
  REQUIRE(plan.indicators.size() == 4);
  CHECK(j.analysis.model.indicators[plan.indicators[0].indicator].id == "phase");  // by id
  CHECK(plan.indicators[0].latest == "2 groups in 2025-Q1");
  CHECK(plan.legend == std::vector<Status>{Status::on_track, Status::improving, Status::not_moving, Status::reported});
  CHECK_FALSE(plan_diagram(j.analysis.model, whole(j), {}).with_status);
}

TEST_CASE("status: DOT colours measured nodes, draws indicators and puts the legend under the title") {
  const Judged j = judged_for_products();
  DotOptions options;
  options.diagram = with_status(j);
  const std::string dot = to_dot(j.analysis.model, whole(j), options);
  CHECK(has(dot, "\"trained\" [id=\"node-trained\", label=\"People trained\\n✓ 1 on track\""));
  CHECK(has(dot, "fillcolor=\"#D5E9F7\", color=\"#0072B2\", penwidth=2];"));
  CHECK(has(dot,
            "\"train\" [id=\"node-train\", label=\"Training\", tooltip=\"activity 'train': Training\", "
            "shape=box, style=\"rounded,filled\", fillcolor=\"#FFFFFF\""));  // measured by none: white
  CHECK(has(dot,
            "\"indicator::share\" [id=\"indicator-share\", label=\"Share who know more\\n≈ not moving\\n42 in "
            "2025-05 (provisional)\""));
  CHECK(has(dot, "\"know\" -> \"indicator::share\" [id=\"measures-share--know\""));
  CHECK(has(dot, "<TD BORDER=\"1\" BGCOLOR=\"#D5E9F7\" COLOR=\"#0072B2\"><FONT POINT-SIZE=\"12\">✓ on track</FONT>"));
  CHECK(has(dot, "\"band::output\" -> \"indicator::trained-count\" [style=invis];"));
  const std::string plain = to_dot(j.analysis.model, whole(j), {});
  CHECK_FALSE(has(plain, "indicator::"));
  CHECK_FALSE(has(plain, "<TABLE"));
}

TEST_CASE("status: Mermaid says the same through classes, indicator nodes and a legend") {
  const Judged j = judged_for_products();
  MermaidOptions options;
  options.diagram = with_status(j);
  const std::string mermaid = to_mermaid(j.analysis.model, whole(j), options);
  CHECK(has(mermaid, "n_know([\"People know more<br/>≈ 1 not moving\"])"));
  CHECK(has(mermaid, "i_share[[\"Share who know more<br/>≈ not moving<br/>42 in 2025-05 (provisional)\"]]"));
  CHECK(has(mermaid, "  n_know -.- i_share\n"));
  CHECK(has(mermaid, "    legend_not_moving[\"≈ not moving\"]\n"));
  CHECK(has(mermaid, "  classDef status_not_moving fill:#E3E3E3,stroke:#595959,stroke-width:2px,color:#1A1A1A\n"));
  CHECK(has(mermaid, "  class n_know,i_share,legend_not_moving status_not_moving\n"));
  CHECK(has(mermaid, "  classDef kind_activity fill:#FFFFFF,stroke:#0072B2,color:#1A1A1A\n"));
  // The model's three arrows are links 0-2; the lines to the four indicators follow.
  CHECK(has(mermaid, "  linkStyle 3,4,5,6 stroke:#8C8C8C,stroke-dasharray:2 3\n"));
  const std::string plain = to_mermaid(j.analysis.model, whole(j), {});
  CHECK_FALSE(has(plain, "i_share"));
  CHECK_FALSE(has(plain, "status_"));
}

TEST_CASE("status: a node's status line gives every count its symbol") {
  StatusCounts counts{};
  counts[static_cast<std::size_t>(Status::off_track)] = 1;
  counts[static_cast<std::size_t>(Status::on_track)] = 2;
  CHECK(status_line(counts) == "✓ 2 on track, ✗ 1 off track");
}
