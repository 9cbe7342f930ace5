// Judging one indicator: which rows, which method, which status; ordinal distributions and
// freshness.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include "progress/freshness.h"
#include "progress_support.h"

using namespace toc;
using namespace toc::test;

namespace {

const std::string header = "indicator,period,value,area,group\n";

/// `count` monthly rows of `indicator` from 2024-04, values from `values` in turn.
std::string monthly(const std::string& indicator, int count, std::vector<int> values, const std::string& area = "") {
  std::string csv;
  for (int m = 0; m < count; ++m) {
    const int month = (3 + m) % 12 + 1;
    const int year = 2024 + (3 + m) / 12;
    csv += fmt::format("{},{}-{:02},{},{},\n", indicator, year, month, values[m % values.size()], area);
  }
  return csv;
}

const IndicatorProgress& judged(const Judged& j, std::string_view id) {
  return j.run.progress.indicators.at(index_of(j.analysis.model, id));
}

}  // namespace

TEST_CASE("judge: no target and fewer than 12 points: not judged, by the latest value") {
  const Judged j = judge_csv(header + monthly("share", 11, {40, 42}));
  const IndicatorProgress& share = judged(j, "share");
  CHECK(share.status == Status::not_judged);
  CHECK(share.method == Method::latest_value);
  REQUIRE(share.xmr);
  CHECK_FALSE(share.xmr->has_limits);
  CHECK(share.series.size() == 11);
}

TEST_CASE("judge: no target and 12 points: the XmR chart decides") {
  const Judged j = judge_csv(header + monthly("share", 12, {40, 42}));
  CHECK(judged(j, "share").status == Status::not_moving);
  CHECK(judged(j, "share").method == Method::xmr);
  const Judged run = judge_csv(header + monthly("share", 12, {40, 42, 40, 42, 40, 50, 51, 52, 53, 54, 55, 56}));
  CHECK(judged(run, "share").status == Status::improving);
}

TEST_CASE("judge: a numeric target: the trajectory decides, the chart is still drawn") {
  const Judged j = judge_csv(header + monthly("trained-count", 12, {100, 150}));
  const IndicatorProgress& trained = judged(j, "trained-count");
  CHECK(trained.method == Method::trajectory);
  REQUIRE(trained.trajectory);
  CHECK(trained.xmr->has_limits);
  CHECK(trained.status == Status::behind);  // 150 by 2025-03-31, where the line from 0 to 1200 expects 599
}

TEST_CASE("judge: rows after the date judged are not yet known") {
  const Judged j = judge_csv(header + monthly("share", 12, {40, 42}), {2024, 9, 30});
  CHECK(judged(j, "share").series.size() == 6);  // April to September 2024
  CHECK(judged(j, "share").freshness.state == FreshnessState::fresh);
  const Judged before = judge_csv(header + monthly("share", 12, {40, 42}), {2024, 4, 29});
  CHECK(judged(before, "share").status == Status::no_data);
}

TEST_CASE("judge: the series is the whole; breakdowns are kept beside it") {
  const Judged whole = judge_csv(header + monthly("share", 3, {40}) + monthly("share", 3, {10}, "North"));
  CHECK(judged(whole, "share").series.size() == 3);
  CHECK(judged(whole, "share").rows.size() == 6);
  CHECK(whole.run.data.rows[judged(whole, "share").series[0]].value == 40);
  const Judged one_area = judge_csv(header + monthly("share", 3, {10}, "North"));
  CHECK(judged(one_area, "share").series.size() == 3);
  const Judged two_areas = judge_csv(header + monthly("share", 3, {10}, "North") + monthly("share", 3, {12}, "South"));
  CHECK(judged(two_areas, "share").series.empty());
  CHECK(judged(two_areas, "share").status == Status::not_judged);
}

TEST_CASE("judge: text is reported, never judged") {
  const Judged j = judge_csv(header + "story,2024-Q2,\"It helped\",,\n");
  CHECK(judged(j, "story").status == Status::reported);
  CHECK(judged(j, "story").method == Method::latest_value);
}

TEST_CASE("judge: ordinal measures by their distribution and its movement") {
  const std::string csv = header +
                          "phase,2024-Q2,aware,,a\nphase,2024-Q2,aware,,b\nphase,2024-Q2,sensitive,,c\n"
                          "phase,2024-Q3,sensitive,,a\nphase,2024-Q3,responsive,,b\nphase,2024-Q3,aware,,c\n"
                          "phase,2024-Q3,informed,,d\n";
  const Judged j = judge_csv(csv);
  const IndicatorProgress& phase = judged(j, "phase");
  CHECK(phase.method == Method::ordinal);
  REQUIRE(phase.ordinal);
  const OrdinalSummary& o = *phase.ordinal;
  REQUIRE(o.periods.size() == 2);
  CHECK(o.periods[0].counts == std::vector<std::uint32_t>{2, 1, 0, 0});
  CHECK(o.periods[1].counts == std::vector<std::uint32_t>{1, 1, 1, 1});
  CHECK(o.moved_up == 2);  // a and b; c moved down; d is new
  CHECK(o.moved_down == 1);
  CHECK(o.movement == Movement::improving);
  CHECK(phase.status == Status::improving);
  const Judged single = judge_csv(header + "phase,2024-Q2,aware,,a\n");
  CHECK(judged(single, "phase").status == Status::not_judged);
}

TEST_CASE("freshness: the lag comes from lag_days, else the frequency, else the periods") {
  CHECK(period_days("Quarterly", std::nullopt) == 92);
  CHECK(period_days("every six months", Granularity::month) == 183);
  CHECK(period_days("termly", std::nullopt) == 122);
  CHECK(period_days("annually", std::nullopt) == 366);
  CHECK(period_days("", Granularity::month) == 31);
  CHECK(period_days("", Granularity::financial_year) == 366);
  CHECK_FALSE(period_days("when we can", std::nullopt));
  Indicator indicator;
  const Period march{Granularity::month, {2025, 3, 1}, {2025, 3, 31}};
  Freshness f = judge_freshness(indicator, march, {2025, 5, 31});
  CHECK(f.state == FreshnessState::fresh);
  CHECK(f.lag_days == 61);
  CHECK(f.derived);
  CHECK(judge_freshness(indicator, march, {2025, 6, 1}).state == FreshnessState::stale);
  indicator.lag_days = 10;
  f = judge_freshness(indicator, march, {2025, 4, 11});
  CHECK(f.state == FreshnessState::stale);
  CHECK(f.due == Date{2025, 4, 10});
  CHECK_FALSE(f.derived);
  CHECK(judge_freshness(indicator, std::nullopt, {2025, 4, 11}).state == FreshnessState::no_data);
}
