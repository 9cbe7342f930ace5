// The report's small charts: geometry first (gaps, provisional points, limits, milestones,
// ticks), then what the SVG says about them.
#include <catch2/catch.hpp>

#include <cmath>

#include <fmt/format.h>

#include "products/report/progress_chart.h"

using namespace toc;

namespace {

Period month(int year, int m) {
  std::string problem;
  return *parse_period(fmt::format("{}-{:02}", year, m), problem);
}

/// Monthly figures of 2024 for the months in `months`, valued `values` in turn.
ChartData monthly(const std::vector<int>& months, const std::vector<double>& values) {
  ChartData data;
  for (std::size_t k = 0; k < months.size(); ++k)
    data.figures.push_back({month(2024, months[k]), values[k], false, {}});
  return data;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("chart: a missing period breaks the line and is never drawn as a zero") {
  const ChartData data = monthly({1, 2, 3, 5, 6}, {10, 12, 11, 13, 12});
  const ChartGeometry g = chart_geometry(data);
  REQUIRE(g.points.size() == 5);  // no point made up for April
  REQUIRE(g.runs.size() == 2);
  CHECK(g.runs[0] == std::vector<std::size_t>{0, 1, 2});
  CHECK(g.runs[1] == std::vector<std::size_t>{3, 4});
  REQUIRE(g.gaps.size() == 1);
  CHECK(g.gaps[0].after == 2);
  CHECK(g.gaps[0].count == 1);
  CHECK(describe_gap(g.gaps[0]) == "2024-04");
  // By date: the gap leaves room for the missing month.
  CHECK(g.points[3].x - g.points[2].x > 1.8 * (g.points[2].x - g.points[1].x));
  // Zero is not even on the axis: the plot spans the figures.
  CHECK(g.low >= 9);
  const std::string svg = chart_svg(data, g, {"c1", "t", "d"});
  CHECK(occurrences(svg, "<polyline class=\"series\"") == 2);
  CHECK(has(svg, "<title>no figure for 2024-04: a gap, not a zero</title>"));
}

TEST_CASE("chart: a gap of several periods is counted and named by its ends") {
  const ChartGeometry g = chart_geometry(monthly({1, 5}, {3, 4}));
  REQUIRE(g.gaps.size() == 1);
  CHECK(g.gaps[0].count == 3);
  CHECK(describe_gap(g.gaps[0]) == "2024-02 to 2024-04 (3 periods)");
  CHECK(g.runs.size() == 2);
}

TEST_CASE("chart: quarters and financial years follow on without a gap") {
  ChartData data;
  std::string problem;
  for (const char* text : {"2023/24", "2024/25", "2025/26"})
    data.figures.push_back({*parse_period(text, problem), 1, false, {}});
  CHECK(chart_geometry(data).gaps.empty());
  data.figures.clear();
  for (const char* text : {"2024-Q3", "2024-Q4", "2025-Q2"})
    data.figures.push_back({*parse_period(text, problem), 1, false, {}});
  const ChartGeometry g = chart_geometry(data);
  REQUIRE(g.gaps.size() == 1);
  CHECK(describe_gap(g.gaps[0]) == "2025-Q1");
}

TEST_CASE("chart: provisional figures are drawn hollow, final ones filled") {
  ChartData data = monthly({1, 2, 3}, {5, 6, 7});
  data.figures[2].provisional = true;
  const std::string svg = chart_svg(data, chart_geometry(data), {"c", "t", "d"});
  CHECK(occurrences(svg, "class=\"point final\"") == 2);
  REQUIRE(occurrences(svg, "class=\"point provisional\"") == 1);
  CHECK(has(svg, "class=\"point provisional\" cx="));
  CHECK(has(svg, "fill=\"#FFFFFF\" stroke=\"#3A3A3A\" stroke-width=\"1.8\"><title>2024-03: 7, provisional</title>"));
}

TEST_CASE("chart: an XmR chart's mean and limits are lines across the plot, labelled") {
  ChartData data = monthly({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, {10, 9, 11, 10, 12, 8, 10, 11, 9, 10, 10, 22});
  XmrChart xmr;
  xmr.has_limits = true;
  xmr.mean = 11;
  xmr.lower_limit = 4.5;
  xmr.upper_limit = 17.5;
  data.xmr = xmr;
  data.figures[11].flag = {XmrRule::outside_limits, Variation::concern};
  const ChartGeometry g = chart_geometry(data);
  REQUIRE(g.rules.size() == 3);
  for (const ChartRule& rule : g.rules) CHECK(rule.y == Approx(g.y_of(rule.value)));
  CHECK(g.low <= 4.5);
  CHECK(g.high >= 22);
  CHECK(g.rules[0].label == "upper limit 17.5");
  CHECK(g.rules[1].label == "mean 11");
  CHECK(g.rules[2].label == "lower limit 4.5");
  const std::string svg = chart_svg(data, g, {"c", "t", "d"});
  CHECK(occurrences(svg, "stroke-dasharray=\"6 4\"") == 2);  // the limits dashed, the mean solid
  CHECK(has(svg, "<path class=\"point final concern\""));
  CHECK(has(svg, "special cause concern (outside the limits)"));
}

TEST_CASE("chart: labels of lines close together are moved apart") {
  ChartData data = monthly({1, 2}, {10, 11});
  XmrChart xmr;
  xmr.has_limits = true;
  xmr.mean = 10.5;
  xmr.lower_limit = 10.48;
  xmr.upper_limit = 10.52;
  data.xmr = xmr;
  const ChartGeometry g = chart_geometry(data);
  REQUIRE(g.rules.size() == 3);
  CHECK(std::abs(g.rules[0].label_y - g.rules[1].label_y) >= 12);
  CHECK(std::abs(g.rules[1].label_y - g.rules[2].label_y) >= 12);
  CHECK(g.rules[0].label_y < g.rules[1].label_y);  // still in order: upper limit on top
}

TEST_CASE("chart: milestones inside the period shown are marked on the trajectory, the target is a line") {
  ChartData data = monthly({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, {0, 5, 9, 14, 20, 31, 33, 35, 38, 41, 44, 46});
  data.trajectory = {{{2024, 1, 1}, 0}, {{2024, 6, 30}, 30}, {{2025, 6, 30}, 60}, {{2025, 12, 31}, 100}};
  data.milestones = {{{2024, 6, 30}, 30}, {{2025, 6, 30}, 60}};
  data.target = TrajectoryPoint{{2025, 12, 31}, 100};
  const ChartGeometry g = chart_geometry(data);
  REQUIRE(g.milestones.size() == 1);  // 2025-06-30 is after the last figure
  CHECK(g.milestones[0].milestone.value == 30);
  CHECK(g.milestones[0].at.x == Approx(g.points[5].x));  // June's figure stands for 2024-06-30
  CHECK(g.milestones[0].at.y == Approx(g.y_of(30)));
  REQUIRE(g.trajectory.size() == 3);  // the ends of the period shown, and the milestone between
  CHECK(g.trajectory.front().x == Approx(g.points.front().x));
  CHECK(g.trajectory.back().x == Approx(g.points.back().x));
  REQUIRE(g.rules.size() == 1);
  CHECK(g.rules[0].kind == ChartRule::Kind::target);
  CHECK(g.rules[0].label == "target 100");
  CHECK(g.high >= 100);
  const std::string svg = chart_svg(data, g, {"c", "t", "d"});
  CHECK(has(svg, "<title>milestone 30 by 2024-06-30</title>"));
  CHECK(has(svg, "<polyline class=\"trajectory\""));
}

TEST_CASE("chart: round ticks on the value axis, the first and last periods on the time axis") {
  const ChartData data =
      monthly({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, {41, 44, 39, 40, 43, 45, 38, 36, 37, 35, 33, 30});
  const ChartGeometry g = chart_geometry(data);
  REQUIRE(!g.y_ticks.empty());
  CHECK(g.y_ticks.front().label == "30");
  CHECK(g.y_ticks.back().label == "45");
  CHECK(g.x_ticks.front().label == "2024-01");
  CHECK(g.x_ticks.back().label == "2024-12");
  CHECK(g.x_ticks.size() <= 7);
}

TEST_CASE("chart: one figure sits in the middle, with no line") {
  const ChartData data = monthly({3}, {7});
  const ChartGeometry g = chart_geometry(data);
  REQUIRE(g.points.size() == 1);
  CHECK(g.points[0].x == Approx((g.box.plot_left() + g.box.plot_right()) / 2));
  CHECK(g.gaps.empty());
  CHECK_FALSE(has(chart_svg(data, g, {"c", "t", "d"}), "class=\"series\""));
}

TEST_CASE("chart: the SVG names itself for screen readers and escapes its words") {
  const ChartData data = monthly({1, 2}, {1, 2});
  const std::string svg = chart_svg(data, chart_geometry(data), {"chart-7", "<b>A&B</b>: on track", "says \"so\""});
  CHECK(has(svg, "role=\"img\""));
  CHECK(has(svg, "aria-labelledby=\"chart-7-title chart-7-desc\""));
  CHECK(has(svg, "<title id=\"chart-7-title\">&lt;b&gt;A&amp;B&lt;/b&gt;: on track</title>"));
  CHECK(has(svg, "<desc id=\"chart-7-desc\">says &quot;so&quot;</desc>"));
}

TEST_CASE("chart: special cause by shape as well as colour") {
  ChartData data = monthly({1, 2, 3}, {1, 2, 3});
  data.figures[0].flag = {XmrRule::run, Variation::improvement};
  data.figures[1].flag = {XmrRule::trend, Variation::neutral_high};
  const std::string svg = chart_svg(data, chart_geometry(data), {"c", "t", "d"});
  CHECK(has(svg, "<rect class=\"point final improvement\""));
  CHECK(has(svg, "<path class=\"point final special\""));
  CHECK(has(svg, "<circle class=\"point final\""));
}

TEST_CASE("chart: ordinal levels stack per period, shaded light to dark") {
  Indicator indicator;
  indicator.levels = {"aware", "<informed>"};
  OrdinalSummary summary;
  summary.periods = {{month(2024, 3), {2, 1}}, {month(2024, 6), {0, 3}}};
  const std::string svg = ordinal_chart_svg(indicator, summary, {"o", "t", "d"});
  CHECK(has(svg, "<title>2024-03: 2 at aware</title>"));
  CHECK(has(svg, "<title>2024-06: 3 at &lt;informed&gt;</title>"));
  CHECK(level_colour(0, 2) == "#DCEAF6");
  CHECK(level_colour(1, 2) == "#08306B");
}
