// Roll-up by status, and the pathway finding: outputs on track, the outcome they lead to not moving.
#include <catch2/catch.hpp>

#include "base/diagnostic_format.h"
#include "progress/rollup.h"
#include "progress_support.h"

using namespace toc;
using namespace toc::test;

namespace {

/// A model built to show the finding: training (on track) -> trained -> knowledge (not moving).
const std::string pathway_model = R"([strategy]
id = "pw"
title = "Pathway test"
start = 2024-04-01
end = 2027-03-31
measurements = ["data.csv"]

[priority.skills]
title = "Skills"

[activity.train]
title = "Training"
priority = "skills"
leads_to = ["trained"]

[output.trained]
title = "People trained"
leads_to = ["know"]

[outcome.know]
title = "People know more"
term = "short"
priority = "skills"
leads_to = ["safe"]

[impact.safe]
title = "People are safe"

[[link]]
from = "trained"
to = "know"
assumption = "Trained people remember what they learnt"

[[link]]
from = "know"
to = "safe"
assumption = "Knowledge changes practice"

[indicator.sessions]
title = "Sessions run"
measures = "train"
baseline = { value = 0, date = 2024-04-01 }
target = { value = 24, date = 2025-03-31 }

[indicator.trained-count]
title = "People trained"
measures = "trained"
baseline = { value = 0, date = 2024-04-01 }
target = { value = 1200, date = 2025-03-31 }

[indicator.know-share]
title = "Share who know more"
measures = "know"
measure = "percentage"
direction = "increase"
)";

/// Twelve months of data: sessions and people trained rising on schedule, knowledge flat.
std::string pathway_data(int trained_by_march) {
  std::string csv = "indicator,period,value\n";
  for (int m = 0; m < 12; ++m) {
    const int month = (3 + m) % 12 + 1;
    const int year = m < 9 ? 2024 : 2025;
    const std::string period = std::to_string(year) + (month < 10 ? "-0" : "-") + std::to_string(month);
    csv += "sessions," + period + "," + std::to_string(2 * (m + 1)) + "\n";
    csv += "trained-count," + period + "," + std::to_string(m == 11 ? trained_by_march : 100 * (m + 1)) + "\n";
    csv += "know-share," + period + "," + (m % 2 ? "42" : "40") + "\n";
  }
  return csv;
}

Judged judge_pathway(int trained_by_march) {
  return judge({{"m/strategy.toml", pathway_model}, {"m/data.csv", pathway_data(trained_by_march)}}, {2025, 4, 15});
}

}  // namespace

TEST_CASE("rollup: the outputs are on track while the outcome is not moving: a finding at the step") {
  const Judged j = judge_pathway(1200);
  INFO(format_text(j.analysis.diagnostics, j.analysis.model.sources));
  CHECK_FALSE(j.analysis.diagnostics.has_errors());
  const Progress& progress = j.run.progress;
  const Model& model = j.analysis.model;
  const std::uint32_t sessions = index_of(model, "sessions"), trained = index_of(model, "trained-count"),
                      know = index_of(model, "know-share");
  CHECK(progress.indicators[sessions].status == Status::achieved);  // 24 sessions by March
  CHECK(progress.indicators[trained].status == Status::achieved);
  CHECK(progress.indicators[know].status == Status::not_moving);
  CHECK(progress.indicators[know].method == Method::xmr);
  REQUIRE(progress.findings.size() == 1);
  const PathwayFinding& finding = progress.findings[0];
  const Link& step = j.analysis.model.links[finding.link];
  CHECK(step.from.id == "trained");
  CHECK(step.to.id == "know");
  CHECK(step.assumption == "Trained people remember what they learnt");
  CHECK(finding.upstream == std::vector<std::uint32_t>{sessions, trained});  // the activity's and the output's
  CHECK(finding.downstream == std::vector<std::uint32_t>{know});
}

TEST_CASE("rollup: no finding when the delivery is not on track either") {
  const Judged j = judge_pathway(300);  // 300 of 1200 by March: behind (moving, too slowly)
  CHECK(j.run.progress.indicators[index_of(j.analysis.model, "trained-count")].status == Status::behind);
  CHECK(j.run.progress.findings.empty());
}

TEST_CASE("rollup: counts by status per node and per priority, never an average") {
  const Judged j = judge_pathway(300);
  const auto& rollups = j.run.progress.rollups;
  REQUIRE(rollups.size() == 4);  // train, trained, know; then the priority
  const Rollup& priority = rollups.back();
  CHECK(priority.scope == Rollup::Scope::priority);
  // Under skills: the activity's and the outcome's, and the output's through the activity.
  CHECK(priority.indicators.size() == 3);
  CHECK(priority.counts[static_cast<std::size_t>(Status::achieved)] == 1);
  CHECK(priority.counts[static_cast<std::size_t>(Status::behind)] == 1);
  CHECK(priority.counts[static_cast<std::size_t>(Status::not_moving)] == 1);
  const auto output = std::find_if(rollups.begin(), rollups.end(), [&](const Rollup& r) {
    return r.scope == Rollup::Scope::node && j.analysis.model.nodes[r.index].id == "trained";
  });
  REQUIRE(output != rollups.end());
  CHECK(output->priorities == std::vector<std::uint32_t>{0});
  CHECK(going_well(Status::on_track));
  CHECK_FALSE(going_well(Status::behind));
  CHECK_FALSE(going_badly(Status::behind));
  CHECK(going_badly(Status::not_moving));
}
