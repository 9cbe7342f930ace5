// XmR goldens: hand-worked datasets for each Making Data Count rule and each edge case the rules
// leave open (docs/progress.md, "XmR"). The figures in the comments are worked by hand: mean, the
// average moving range (AMR), the limits mean ± 2.66 AMR and two sigma mean ± 1.7733 AMR.
// Flags are written one character per point: '.' common cause, 'I' improvement, 'C' concern,
// 'H'/'L' special cause high/low (no direction).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "progress/xmr.h"

using namespace toc;

namespace {

std::string flags(const XmrChart& chart) {
  std::string out;
  for (const XmrPoint& p : chart.flags) out += ".ICHL"[static_cast<int>(p.variation)];
  return out;
}

std::string rules_of(const XmrChart& chart, std::uint8_t rule) {
  std::string out;
  for (const XmrPoint& p : chart.flags) out += (p.rules & rule) ? 'x' : '.';
  return out;
}

XmrChart chart(const std::vector<double>& y, Direction better = Direction::increase,
               std::optional<double> target = std::nullopt) {
  return xmr_chart(y, better, target);
}

}  // namespace

TEST_CASE("xmr: exactly 12 points get limits; alternating values are common cause") {
  // 10,12 six times: mean 11; every moving range 2, AMR 2; limits 11 ± 5.32 = 5.68..16.32.
  const XmrChart c = chart({10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12});
  REQUIRE(c.has_limits);
  CHECK(c.mean == Approx(11));
  CHECK(c.average_moving_range == Approx(2));
  CHECK(c.upper_limit == Approx(16.32));
  CHECK(c.lower_limit == Approx(5.68));
  CHECK(c.upper_two_sigma == Approx(14.546667));
  CHECK(c.lower_two_sigma == Approx(7.453333));
  CHECK(flags(c) == "............");
  CHECK(c.latest == Variation::common_cause);
}

TEST_CASE("xmr: 11 points get no limits, and the chart says so") {
  const XmrChart c = chart({10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10});
  CHECK_FALSE(c.has_limits);
  CHECK(c.points == 11);
  CHECK(c.min_points == 12);
  CHECK(c.flags.empty());
  CHECK(c.assurance == Assurance::none);
}

TEST_CASE("xmr: a point beyond either limit is special cause, by direction") {
  // Seven 10,12 pairs, then 30 and -8: sum 176 over 16 points, mean 11; moving ranges thirteen 2s,
  // 18 and 38: AMR 82/15 = 5.4667; limits 11 ± 14.5413 = -3.5413..25.5413.
  const XmrChart c = chart({10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 30, -8});
  CHECK(c.mean == Approx(11));
  CHECK(c.average_moving_range == Approx(82.0 / 15));
  CHECK(c.upper_limit == Approx(25.541333));
  CHECK(rules_of(c, outside_limits) == "..............xx");
  CHECK(flags(c) == "..............IC");
  CHECK(c.latest == Variation::concern);
  SECTION("lower is better: the same points swap meaning") {
    CHECK(flags(chart({10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 30, -8}, Direction::decrease)) ==
          "..............CI");
  }
  SECTION("no direction: special cause high and low") {
    CHECK(flags(chart({10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 30, -8}, Direction::none)) ==
          "..............HL");
  }
}

TEST_CASE("xmr: a point exactly on a limit is inside it") {
  // 12 equal values: AMR 0, so both limits equal the mean, and every point lies on them.
  const XmrChart c = chart({10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10});
  CHECK(c.upper_limit == Approx(10));
  CHECK(c.lower_limit == Approx(10));
  CHECK(flags(c) == "............");
}

TEST_CASE("xmr: a run of 7 on one side of the mean") {
  // 8,14,8,14,8 then 12,13,12,13,12,13,12: sum 139, mean 11.5833; the last seven are all above it.
  // AMR 34/11 = 3.0909; two sigma 6.10..17.06 and limits 3.36..19.81 leave everything else alone.
  const XmrChart c = chart({8, 14, 8, 14, 8, 12, 13, 12, 13, 12, 13, 12});
  CHECK(c.mean == Approx(139.0 / 12));
  CHECK(rules_of(c, run) == ".....xxxxxxx");
  CHECK(flags(c) == ".....IIIIIII");
  CHECK(c.latest == Variation::improvement);
  SECTION("the run length is configurable") {
    CHECK(flags(xmr_chart(std::vector<double>{8, 14, 8, 14, 8, 12, 13, 12, 13, 12, 13, 12}, Direction::increase,
                          std::nullopt, {.run = 8, .trend = 7, .min_points = 12})) == "............");
  }
}

TEST_CASE("xmr: a point exactly on the mean breaks a run (ties on the mean are on neither side)") {
  // 4,16,4,16, then 11,11,11,10,11,11,11, six 9s and a 10: sum 180 over 18 points, mean exactly 10.
  // Above the mean: 16,11,11,11 then the 10 (on the mean), then 11,11,11: runs of 4 and 3, not 7.
  // Below: six 9s, then the closing 10 on the mean: a run of 6. No point is flagged.
  const XmrChart broken = chart({4, 16, 4, 16, 11, 11, 11, 10, 11, 11, 11, 9, 9, 9, 9, 9, 9, 10});
  CHECK(broken.mean == Approx(10));
  CHECK(flags(broken) == "..................");
  // The same with 11 and 9 in place of the two 10s: a run of 8 above and one of 7 below.
  const XmrChart unbroken = chart({4, 16, 4, 16, 11, 11, 11, 11, 11, 11, 11, 9, 9, 9, 9, 9, 9, 9});
  CHECK(unbroken.mean == Approx(10));
  CHECK(flags(unbroken) == "...IIIIIIIICCCCCCC");
}

TEST_CASE("xmr: a trend of 7 rising or falling points") {
  // 9,10,...,15 rise for seven points among 10s and 14s; mean 11.7333, AMR 36/14 = 2.5714.
  const XmrChart rising = chart({10, 14, 10, 14, 10, 9, 10, 11, 12, 13, 14, 15, 10, 14, 10});
  CHECK(rules_of(rising, trend) == ".....xxxxxxx...");
  CHECK(flags(rising) == ".....IIIIIII...");
  const XmrChart falling = chart({10, 14, 10, 14, 10, 15, 14, 13, 12, 11, 10, 9, 10, 14, 10});
  CHECK(flags(falling) == ".....CCCCCCC...");
}

TEST_CASE("xmr: equal neighbours break a trend") {
  // 9,10,11,11,12,13,14,15: eight points rising but for the repeated 11, which ends one trend
  // (9,10,11: three points) and starts the next (11..15: five). Neither reaches 7.
  const XmrChart c = chart({10, 14, 10, 14, 10, 9, 10, 11, 11, 12, 13, 14, 15, 10, 14, 10});
  CHECK(rules_of(c, trend) == "................");
  CHECK(flags(c) == "................");
}

TEST_CASE("xmr: two of three points beyond two sigma, on one side") {
  // 17,14,17 among 10s and 12s: mean 11.7778, AMR 46/17 = 2.7059, two sigma up to 16.5762 and
  // the upper limit 18.9754. The 17s are beyond two sigma, inside the limit; the 14 between them
  // is on the same side but not beyond, so it is not flagged itself.
  const std::vector<double> y{10, 12, 10, 12, 10, 12, 10, 17, 14, 17, 10, 12, 10, 12, 10, 12, 10, 12};
  const XmrChart c = chart(y);
  CHECK(c.upper_two_sigma == Approx(16.576209));
  CHECK(rules_of(c, two_of_three) == ".......x.x........");
  CHECK(flags(c) == ".......I.I........");
  CHECK(flags(chart(y, Direction::decrease)) == ".......C.C........");
}

TEST_CASE("xmr: improvement wins a conflict between rules") {
  // A falling trend (20 down to 10) above the mean, where higher is better: the run above the mean
  // says improvement, the falling trend concern; the points take improvement. (NHSRplotthedots
  // would take the trend's word; docs/progress.md says why toc does not.)
  const std::vector<double> y{10, 12, 10, 12, 10, 12, 10, 12, 20, 19, 18, 17,
                              16, 15, 14, 10, 12, 10, 12, 10, 12, 10, 12, 10};
  const XmrChart c = chart(y);
  CHECK(c.mean == Approx(12.708333));
  CHECK(rules_of(c, trend) == "........xxxxxxxx........");
  CHECK(rules_of(c, run).substr(8, 7) == "xxxxxxx");
  CHECK(flags(c).substr(8, 8) == "IIIIIIIC");  // the 10 that ends the fall is below the mean: both rules say concern
}

TEST_CASE("xmr: assurance from where the target lies against the limits") {
  const std::vector<double> y{10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12};  // limits 5.68..16.32
  CHECK(chart(y, Direction::increase, 20).assurance == Assurance::consistently_missed);
  CHECK(chart(y, Direction::increase, 5).assurance == Assurance::consistently_met);
  CHECK(chart(y, Direction::increase, 11).assurance == Assurance::hit_and_miss);
  CHECK(chart(y, Direction::increase, 16.32).assurance == Assurance::hit_and_miss);  // on the limit: inside
  CHECK(chart(y, Direction::decrease, 20).assurance == Assurance::consistently_met);
  CHECK(chart(y, Direction::decrease, 5).assurance == Assurance::consistently_missed);
  CHECK(chart(y, Direction::none, 20).assurance == Assurance::none);
  CHECK(chart(y, Direction::increase).assurance == Assurance::none);
}
