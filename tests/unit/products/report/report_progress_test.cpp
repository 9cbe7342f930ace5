// The report's progress section: only for a model with measurements; the summary by priority, the
// pathway findings, a card per indicator whose caption says how it was judged, gaps and provisional
// figures in words, model and data text escaped.
#include <catch2/catch.hpp>

#include "products/progress_shown.h"
#include "products/report/report.h"
#include "products/report/report_progress.h"

using namespace toc;
using namespace toc::test;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string report_with_progress(const Judged& j) {
  REQUIRE_FALSE(j.analysis.diagnostics.has_errors());
  ReportInput input{j.analysis.model, j.analysis.graph, j.analysis.diagnostics, "", ""};
  input.data = &j.run.data;
  input.progress = &j.run.progress;
  return report_html(input);
}

const IndicatorProgress& judged_indicator(const Judged& j, std::string_view id) {
  return j.run.progress.indicators.at(index_of(j.analysis.model, id));
}

}  // namespace

TEST_CASE("report progress: no measurements, no section and no link to one") {
  const Judged j = judged_for_products();
  const std::string html =
      report_html({j.analysis.model, j.analysis.graph, j.analysis.diagnostics, "", ""});  // data not given
  CHECK_FALSE(has(html, "id=\"progress\""));
  CHECK_FALSE(has(html, "href=\"#progress\""));
  CHECK_FALSE(has(html, ".status-on-track"));
  CHECK_FALSE(has(html, "<th scope=\"col\" rowspan=\"2\">Status</th>"));
}

TEST_CASE("report progress: the section comes after the priorities, and the checklist gains its columns") {
  const std::string html = report_with_progress(judged_for_products());
  REQUIRE(has(html, "<section id=\"progress\">"));
  CHECK(html.find("<section id=\"priorities\">") < html.find("<section id=\"progress\">"));
  CHECK(html.find("<section id=\"progress\">") < html.find("<section id=\"diagram\""));
  CHECK(has(html, "<li><a href=\"#progress\">Progress</a></li>"));
  CHECK(has(html, "as of 2025-06-30: 4 indicators: 1 on track, 1 improving, 1 not moving, 1 reported"));
  CHECK(has(html, "<th scope=\"col\" rowspan=\"2\">Latest</th><th scope=\"col\" rowspan=\"2\">Status</th>"));
  CHECK_FALSE(has(html, "<script>"));
  CHECK(has(html, "&lt;script&gt;alert(1)&lt;/script&gt; it helped"));  // the text measure's words
}

TEST_CASE("report progress: statuses by priority, in words, symbols and colours") {
  const std::string html = report_with_progress(judged_for_products());
  CHECK(has(html, "<tr><th scope=\"row\">Skills</th>"));
  CHECK(has(html, "<tr><th scope=\"row\">Under no priority</th>"));
  CHECK(has(html, "<tr class=\"total\"><th scope=\"row\">All indicators</th>"));
  CHECK(has(html,
            "<span class=\"status status-on-track\"><span class=\"symbol\" aria-hidden=\"true\">✓</span> on "
            "track</span>"));
  CHECK(has(html, "aria-label=\"1 on track\""));                             // the bar of the priority Skills
  CHECK(has(html, "aria-label=\"1 improving, 1 not moving, 1 reported\""));  // under none
  CHECK(has(html, ".status-on-track { background: #D5E9F7; border-color: #0072B2; }"));
}

TEST_CASE("report progress: the pathway finding names the step and asks for its assumption") {
  const std::string html = report_with_progress(judged_for_products());
  CHECK(has(html, "<h3>Pathways where the theory may be failing, not the delivery</h3>"));
  CHECK(has(html, "<strong>People trained → People know more</strong> <code>trained → know</code>"));
  CHECK(has(html, "The step states no assumption: say what it relies on."));
}

TEST_CASE("report progress: a card per indicator, its chart named for screen readers") {
  const Judged j = judged_for_products();
  const std::string html = report_with_progress(j);
  for (const char* id : {"trained-count", "share", "phase", "story"}) {
    CHECK(has(html, fmt::format("<code>{}</code></h4>", id)));
  }
  CHECK(has(html, "<title id=\"progress-chart-1-title\">People trained: on track</title>"));
  CHECK(has(html, "<desc id=\"progress-chart-1-desc\">Status: on track, judged by its trajectory"));
  CHECK(has(html, "<g class=\"gap\"><title>no figure for 2024-09: a gap, not a zero</title>"));
  CHECK(has(html, "class=\"point provisional\""));
  CHECK(has(html, "<li><span class=\"key-mark provisional\">○</span> provisional figure (hollow: may change)</li>"));
}

TEST_CASE("report progress: the caption says how the indicator was judged, and what is missing") {
  const Judged j = judged_for_products();
  const auto caption = [&](std::string_view id) {
    return progress_caption(j.analysis.model, j.run.data, j.run.progress, judged_indicator(j, id));
  };
  CHECK(caption("trained-count")
            .starts_with(
                "Status: on track, judged by its trajectory from the baseline 0 (2024-04-01) to 1200 by 2026-03-31. On "
                "2025-03-31 it expects 599.18; the latest figure, 600, is 0.82 better: at or better than expected."));
  const std::string share = caption("share");
  CHECK(share.starts_with("Status: not moving, judged by its XmR chart of 13 figures (NHS Making Data Count)"));
  CHECK(has(share, "Latest figure: 42 in 2025-05 (provisional)."));
  CHECK(has(share, "1 figure is provisional, drawn hollow: it may still change."));
  CHECK(has(share, "No figure for 2024-09: a break in the line, not a zero."));
  CHECK(caption("story") == "Status: reported: a text measure is shown, never judged.");
  CHECK(has(caption("phase"),
            "judged by the spread of groups across the levels: between 2024-Q2 and 2025-Q1, "
            "1 group moved to a better level, 0 to a worse one and 1 stayed."));
}
