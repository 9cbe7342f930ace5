// The trajectory from the baseline through each milestone to the target, and its verdicts.
#include <catch2/catch.hpp>

#include "progress/trajectory.h"

using namespace toc;

namespace {

Indicator indicator_with(std::string baseline, std::optional<Date> baseline_date, std::string target,
                         std::optional<Date> target_date, std::vector<Milestone> milestones = {}) {
  Indicator indicator;
  indicator.baseline = {true, std::move(baseline), baseline_date, {}, {}};
  indicator.target = {true, std::move(target), target_date, {}, {}};
  indicator.milestones = std::move(milestones);
  return indicator;
}

}  // namespace

TEST_CASE("trajectory: the line runs from the baseline through the milestones to the target") {
  // Lancashire-style: Year 1 / 3 / 5 milestones on the way to a target.
  const Indicator indicator = indicator_with("40", Date{2020, 4, 1}, "20", Date{2025, 3, 31},
                                             {{35, {2021, 3, 31}, {}}, {28, {2023, 3, 31}, {}}});
  const auto line = trajectory_line(indicator, {}, std::nullopt);
  REQUIRE(line);
  REQUIRE(line->size() == 4);
  CHECK(line->at(1).value == 35);
  CHECK(line->back().date == Date{2025, 3, 31});
  CHECK(expected_at(*line, {2019, 1, 1}) == 40);                           // before the baseline: the baseline
  CHECK(expected_at(*line, {2021, 3, 31}) == 35);                          // on a milestone: the milestone
  CHECK(expected_at(*line, {2022, 3, 31}) == Approx(31.5).epsilon(0.01));  // halfway from 35 to 28
  CHECK(expected_at(*line, {2030, 1, 1}) == 20);                           // after the target: the target
}

TEST_CASE("trajectory: without a numeric baseline the first measurement starts the line") {
  const Indicator words = indicator_with("to be set by the first survey", std::nullopt, "80%", Date{2027, 3, 31});
  const auto line = trajectory_line(words, {}, TrajectoryPoint{{2025, 6, 30}, 50});
  REQUIRE(line);
  CHECK(line->front().value == 50);
  CHECK(line->back().value == 80);
  CHECK_FALSE(trajectory_line(indicator_with("1", std::nullopt, "a lot", std::nullopt), {}, std::nullopt));
}

TEST_CASE("trajectory: dates fall back to the strategy's") {
  Strategy strategy;
  strategy.start = Date{2024, 4, 1};
  strategy.end = Date{2027, 3, 31};
  const auto line = trajectory_line(indicator_with("0", std::nullopt, "300", std::nullopt), strategy, std::nullopt);
  REQUIRE(line);
  CHECK(line->front().date == Date{2024, 4, 1});
  CHECK(line->back().date == Date{2027, 3, 31});
}

TEST_CASE("trajectory: verdicts, both directions, within tolerance") {
  // 0 on 2024-01-01 to 100 on 2024-12-31 (365 days): on 2024-07-01 (182 days) expect 49.86.
  const std::vector<TrajectoryPoint> up{{{2024, 1, 1}, 0}, {{2024, 12, 31}, 100}};
  const Date mid{2024, 7, 1};
  CHECK(judge_trajectory(up, Direction::increase, 0, 50, mid).verdict == TrajectoryVerdict::on_track);
  CHECK(judge_trajectory(up, Direction::increase, 0, 45, mid).verdict == TrajectoryVerdict::behind);
  CHECK(judge_trajectory(up, Direction::increase, 5, 45, mid).verdict == TrajectoryVerdict::on_track);
  CHECK(judge_trajectory(up, Direction::increase, 0, 0, mid).verdict ==
        TrajectoryVerdict::off_track);  // no better than the baseline
  CHECK(judge_trajectory(up, Direction::increase, 0, 100, mid).verdict == TrajectoryVerdict::achieved);
  const Trajectory t = judge_trajectory(up, Direction::increase, 0, 45, mid);
  CHECK(t.expected == Approx(49.863).epsilon(0.001));
  CHECK(t.shortfall == Approx(4.863).epsilon(0.001));
  // Lower is better: 40 down to 20; no direction given: the target's side decides.
  const std::vector<TrajectoryPoint> down{{{2024, 1, 1}, 40}, {{2024, 12, 31}, 20}};
  CHECK(judge_trajectory(down, Direction::none, 0, 29, mid).verdict == TrajectoryVerdict::on_track);
  CHECK(judge_trajectory(down, Direction::none, 0, 35, mid).verdict == TrajectoryVerdict::behind);
  CHECK(judge_trajectory(down, Direction::none, 0, 41, mid).verdict == TrajectoryVerdict::off_track);
  CHECK(judge_trajectory(down, Direction::none, 0, 19, mid).verdict == TrajectoryVerdict::achieved);
  CHECK(judge_trajectory(down, Direction::none, 0, 19, mid).better == Direction::decrease);
}

TEST_CASE("trajectory: numeric values as models write them") {
  CHECK(numeric_value("1104") == 1104);
  CHECK(numeric_value("40%") == 40);
  CHECK(numeric_value("-2.5") == -2.5);
  CHECK_FALSE(numeric_value("to be agreed"));
  CHECK_FALSE(numeric_value(""));
}
