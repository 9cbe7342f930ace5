// The printed diagram's page plan: a model too big for one A4 page is split until every page's
// labels print at 8 pt or more, and no box is left off; a view the user names is never split.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include "render/printed.h"
#include "support.h"
#include "view/view.h"

using namespace toc::test;

namespace {

/// One priority with `n` activities, each with its own output and short-term outcome, all
/// leading to one medium-term outcome and the impact: a column of `n` boxes in four bands.
std::string tall_model(int n) {
  std::string text =
      "[strategy]\nid = \"tall\"\ntitle = \"Tall\"\n\n[priority.p]\ntitle = \"Everything\"\n\n"
      "[outcome.medium]\ntitle = \"Medium\"\nterm = \"medium\"\nleads_to = [\"impact\"]\n\n"
      "[impact.impact]\ntitle = \"Impact\"\n\n";
  for (int i = 0; i < n; ++i) {
    text += fmt::format(
        "[activity.a{0}]\ntitle = \"Activity number {0} with a title long enough to wrap\"\npriority = \"p\"\n"
        "leads_to = [\"o{0}\"]\n\n[output.o{0}]\ntitle = \"Output {0}\"\nleads_to = [\"s{0}\"]\n\n"
        "[outcome.s{0}]\ntitle = \"Short-term outcome {0} of the work\"\nterm = \"short\"\nleads_to = [\"medium\"]\n\n",
        i);
  }
  return text;
}

}  // namespace

TEST_CASE("printed pages: a model too tall for A4 splits until every page is readable, and loses no box") {
  const toc::Analysis analysis = run(tall_model(40));
  const toc::PrintPlan plan = toc::plan_printed_pages(analysis.model, analysis.graph, {}, {}, toc::Paper{});
  REQUIRE(plan.error.empty());
  CHECK(plan.too_small.empty());
  CHECK(plan.pages.size() > 3);
  std::vector<char> printed(analysis.model.nodes.size(), 0);
  for (const toc::PrintedPage& page : plan.pages) {
    INFO(page.heading);
    CHECK(page.scale >= toc::readable_scale);
    CHECK(!page.svg.empty());
    toc::Diagnostics ignored;
    for (const toc::NodeIndex n : toc::make_view(analysis.model, analysis.graph, page.view, ignored).nodes) {
      printed[n] = 1;
    }
  }
  for (std::size_t n = 0; n < printed.size(); ++n) {
    INFO(analysis.model.nodes[n].id);
    CHECK(printed[n]);
  }
  // The key comes first and names every page.
  const std::vector<toc::PdfPage> pdf = toc::pdf_pages_of(plan, "Tall");
  REQUIRE(pdf.size() == plan.pages.size() + 1);
  for (std::size_t i = 0; i < plan.pages.size(); ++i)
    CHECK(pdf[0].svg.find(fmt::format("page {}:", i + 2)) != std::string::npos);
}

TEST_CASE("printed pages: a view the user names is one page, and is said to be small when it is") {
  const toc::Analysis analysis = run(tall_model(40));
  toc::ViewOptions asked;
  asked.priority = "p";
  const toc::PrintPlan plan = toc::plan_printed_pages(analysis.model, analysis.graph, asked, {}, toc::Paper{});
  REQUIRE(plan.error.empty());
  REQUIRE(plan.pages.size() == 1);
  CHECK(plan.pages[0].scale < toc::readable_scale);
  CHECK(plan.too_small == std::vector<std::string>{plan.pages[0].heading});
  CHECK(toc::pdf_pages_of(plan, "Tall").size() == 1);  // no key for one page
}

TEST_CASE("printed pages: a small model keeps its first pages") {
  const toc::Analysis analysis = run(tall_model(2));
  const toc::PrintPlan plan = toc::plan_printed_pages(analysis.model, analysis.graph, {}, {}, toc::Paper{});
  REQUIRE(plan.error.empty());
  REQUIRE(plan.pages.size() == 2);
  CHECK(plan.pages[0].heading.starts_with("Outcomes and impact"));
  CHECK(plan.pages[1].heading.starts_with("Priority: Everything"));
  CHECK(plan.too_small.empty());
}
