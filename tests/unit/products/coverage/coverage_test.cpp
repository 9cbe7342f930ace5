// Coverage: the shares a board reads, per priority, per level and in total.
#include <catch2/catch.hpp>

#include "products/coverage/coverage.h"
#include "products/coverage/coverage_format.h"
#include "support.h"

using namespace toc::test;

namespace {

toc::Coverage coverage_of(const std::string& text) {
  const toc::Analysis analysis = run(text);
  REQUIRE_FALSE(analysis.diagnostics.has_errors());
  return toc::compute_coverage(analysis.model, analysis.graph);
}

const toc::CoverageRow& row(const std::vector<toc::CoverageRow>& rows, const std::string& key) {
  for (const toc::CoverageRow& r : rows) {
    if (r.key == key) return r;
  }
  throw std::runtime_error("no coverage row " + key);
}

std::string shares(const toc::CoverageRow& r) {
  return toc::format_share(r.measured) + " " + toc::format_share(r.complete) + " " +
         toc::format_share(r.reaching_impact) + " " + toc::format_share(r.with_assumption) + " " +
         toc::format_share(r.with_evidence);
}

// clean_model plus priority q: campaign -> aware (unmeasured, names q) -> safe, and a dead-end
// activity `stall` under q; an incomplete indicator on `aware`'s sibling; evidence on one link.
const std::string two_priorities =
    clean_model +
    "[priority.q]\ntitle = \"Q\"\n"
    "[activity.campaign]\ntitle = \"Campaign\"\npriority = \"q\"\nleads_to = [\"aware\"]\n"
    "[activity.stall]\ntitle = \"Stalled\"\npriority = \"q\"\n"
    "[outcome.aware]\ntitle = \"Aware\"\nterm = \"short\"\npriority = \"q\"\n"
    "[outcome.seen]\ntitle = \"Seen\"\nterm = \"long\"\npriority = \"q\"\n"
    "[[link]]\nfrom = \"aware\"\nto = \"seen\"\nassumption = \"A\"\nevidence = \"E\"\n"
    "[[link]]\nfrom = \"seen\"\nto = \"safe\"\nassumption = \"B\"\n"
    "[indicator.i2]\ntitle = \"Seen\"\nmeasures = [\"seen\"]\nsource = \"S\"\n";

}  // namespace

TEST_CASE("coverage of the clean model is complete where it can be") {
  const toc::Coverage coverage = coverage_of(clean_model);
  // know and safe measured by i1, which has a baseline, target and source; train reaches safe;
  // one outcome step (know -> safe), with an assumption and without evidence.
  CHECK(shares(coverage.total) == "2/2 (100%) 2/2 (100%) 1/1 (100%) 1/1 (100%) 0/1 (0%)");
  REQUIRE(coverage.by_priority.size() == 1);
  CHECK(coverage.by_priority[0].key == "p");
  // know and safe name no priority, and train, under p, leads to both: p holds all but the input.
  CHECK(shares(coverage.by_priority[0]) == shares(coverage.total));
}

TEST_CASE("coverage counts per priority, per level, and in total") {
  const toc::Coverage coverage = coverage_of(two_priorities);
  const toc::CoverageRow& q = row(coverage.by_priority, "q");
  // aware unmeasured; seen measured by i2, which has no baseline or target: not complete; safe (reached from
  // campaign) measured by the complete i1. Its outcome steps: aware -> seen (assumption and evidence) and
  // seen -> safe (assumption).
  CHECK(shares(q) == "2/3 (67%) 1/3 (33%) 1/2 (50%) 2/2 (100%) 1/2 (50%)");
  const toc::CoverageRow& p = row(coverage.by_priority, "p");
  CHECK(toc::format_share(p.reaching_impact) == "1/1 (100%)");
  CHECK(shares(row(coverage.by_level, "short")) == "1/2 (50%) 1/2 (50%) - 2/2 (100%) 1/2 (50%)");
  CHECK(shares(row(coverage.by_level, "long")) == "1/1 (100%) 0/1 (0%) - 1/1 (100%) 0/1 (0%)");
  CHECK(shares(row(coverage.by_level, "activity")) == "- - 2/3 (67%) - -");
  CHECK(shares(coverage.total) == "3/4 (75%) 2/4 (50%) 2/3 (67%) 3/3 (100%) 1/3 (33%)");
  // Levels with nothing in them are left out; medium has no node here.
  CHECK_THROWS(row(coverage.by_level, "medium"));
}

TEST_CASE("a share of nothing is shown as '-' and has no ratio") {
  CHECK(toc::format_share({}) == "-");
  CHECK(toc::Share{}.ratio() < 0);
}

TEST_CASE("a share is rounded to the nearest percent, never to a false 0% or 100%") {
  CHECK(toc::format_share({2, 3}) == "2/3 (67%)");
  CHECK(toc::format_share({1, 3}) == "1/3 (33%)");
  CHECK(toc::format_share({1, 8}) == "1/8 (13%)");          // 12.5% rounds half up
  CHECK(toc::format_share({199, 200}) == "199/200 (99%)");  // 99.5%: short of all, so not 100%
  CHECK(toc::format_share({1, 1000}) == "1/1000 (1%)");     // 0.1%: more than none, so not 0%
  CHECK(toc::format_share({0, 7}) == "0/7 (0%)");
  CHECK(toc::format_share({7, 7}) == "7/7 (100%)");
}

TEST_CASE("coverage JSON gives counts, totals and shares, null for a share of nothing") {
  const toc::Analysis analysis = run(two_priorities);
  const std::string json =
      toc::format_coverage_json(analysis.model, toc::compute_coverage(analysis.model, analysis.graph));
  CHECK(json.find("\"key\": \"q\"") != std::string::npos);
  CHECK(json.find("\"share\": null") != std::string::npos);
  CHECK(json.find("\"count\": 3,\n      \"total\": 4,\n      \"share\": 0.75") != std::string::npos);
}

TEST_CASE("coverage follows each principle through the activities and priorities") {
  const std::string text = edit("[activity.train]",
                                "[principle.kind]\ntitle = \"Kindness\"\n"
                                "[principle.unused]\ntitle = \"Unused\"\n"
                                "[activity.train]\nprinciples = [\"kind\"]") +
                           "[activity.other]\ntitle = \"Other\"\npriority = \"p\"\nleads_to = [\"trained\"]\n";
  const toc::Analysis analysis = run(text);
  const toc::Coverage coverage = toc::compute_coverage(analysis.model, analysis.graph);
  REQUIRE(coverage.principles.size() == 2);
  CHECK(coverage.principles[0].key == "kind");
  CHECK(toc::format_share(coverage.principles[0].activities) == "1/2 (50%)");
  CHECK(toc::format_share(coverage.principles[0].priorities) == "1/1 (100%)");
  CHECK(toc::format_share(coverage.principles[1].activities) == "0/2 (0%)");
  CHECK(toc::format_coverage_text(analysis.model, coverage).find("Golden threads") != std::string::npos);
  const toc::Analysis clean = run(clean_model);
  CHECK(
      toc::format_coverage_text(clean.model, toc::compute_coverage(clean.model, clean.graph)).find("Golden threads") ==
      std::string::npos);
}

TEST_CASE("coverage names the weakest step of each pathway") {
  // Two pathways to safe: train -> trained -> know -> safe, and campaign -> aware -> seen -> safe.
  const toc::Analysis analysis =
      run(two_priorities + "[[link]]\nfrom = \"trained\"\nto = \"know\"\nstrength = \"strong\"\n");
  const toc::Coverage coverage = toc::compute_coverage(analysis.model, analysis.graph);
  CHECK(coverage.pathway_total == 2);
  REQUIRE(coverage.pathways.size() == 2);
  const std::string text = toc::format_coverage_text(analysis.model, coverage);
  CHECK(text.find("Weakest link on each pathway (2 from an activity to an impact)") != std::string::npos);
  // Only stated strengths are ranked (as in toc paths): trained -> know is the weakest of its pathway, and the
  // other pathway states none, so it has no weakest step and is counted as such.
  CHECK(text.find("trained -> know (strong): weakest step of 1 pathway") != std::string::npos);
  CHECK(text.find("(unspecified)") == std::string::npos);
  CHECK(text.find("1 pathway has no step that states a strength, so no weakest step") != std::string::npos);
  const std::string json = toc::format_coverage_json(analysis.model, coverage);
  CHECK(json.find("\"start\": \"campaign\"") != std::string::npos);
  CHECK(json.find("\"strength\": null") != std::string::npos);
}

TEST_CASE("the assumption and evidence figures count the steps toc check asks to be argued") {
  // clean_model's arrows: fund -> train, train -> trained, trained -> know, know -> safe. Only know -> safe runs from
  // an outcome, and it states its assumption: the check finds nothing missing, and neither does the figure.
  const toc::Coverage coverage = coverage_of(clean_model);
  CHECK(toc::format_share(coverage.total.with_assumption) == "1/1 (100%)");
  CHECK(toc::format_share(coverage.total.with_evidence) == "0/1 (0%)");
  CHECK(toc::format_share(row(coverage.by_level, "activity").with_assumption) == "-");
  CHECK(toc::format_share(row(coverage.by_level, "short").with_assumption) == "1/1 (100%)");
  // The label says which arrows are counted.
  CHECK(toc::coverage_figures[3].counts == "Outcome steps that state an assumption");
  CHECK(toc::coverage_figures[4].counts == "Outcome steps that cite evidence");
}

TEST_CASE("an outcome or impact is under the priorities of the activities that reach it") {
  // clean_model: train (under p) -> trained -> know -> safe; know and safe name no priority.
  const toc::Coverage coverage = coverage_of(clean_model);
  REQUIRE(coverage.by_priority.size() == 1);  // the input alone is under no priority, and it counts nothing
  CHECK(coverage.by_priority[0].key == "p");
  CHECK(toc::format_share(coverage.by_priority[0].measured) == "2/2 (100%)");
  CHECK(toc::format_share(coverage.by_priority[0].complete) == "2/2 (100%)");
}

TEST_CASE("a priority an outcome names overrides those of the activities that reach it") {
  const toc::Coverage coverage =
      coverage_of(edit("term = \"short\"", "term = \"short\"\npriority = \"q\"") + "[priority.q]\ntitle = \"Q\"\n");
  CHECK(toc::format_share(row(coverage.by_priority, "p").measured) == "1/1 (100%)");  // safe, through train
  CHECK(toc::format_share(row(coverage.by_priority, "q").measured) == "1/1 (100%)");  // know, as it says
}
