// Which priorities each node is under: named, or carried forward from the activities that reach it.
#include <catch2/catch.hpp>

#include "graph/placement.h"
#include "support.h"

using namespace toc::test;

namespace {

/// Two priorities: `referral` (under a) leads through `assessment` (under none) to `plan`; `coach`
/// (under b) to `plan` too; `plan` to `better` (names b only) and `safer`; `safer` back to
/// `referral` by feedback; `grant` (an input) to `alone`, which nothing else reaches; `idle` names
/// no priority and leads to `forgotten`.
const std::string model = R"([strategy]
id = "t"
title = "T"

[priority.a]
title = "A"

[priority.b]
title = "B"

[input.grant]
title = "Grant"
leads_to = ["alone"]

[activity.referral]
title = "Referral"
priority = "a"
leads_to = ["assessment"]

[activity.assessment]
title = "Assessment"
leads_to = ["plan"]

[activity.coach]
title = "Coach"
priority = "b"
leads_to = ["plan"]

[activity.idle]
title = "Idle"
leads_to = ["forgotten"]

[output.plan]
title = "Plan"
leads_to = ["better", "safer"]

[outcome.better]
title = "Better"
term = "short"
priority = "b"
leads_to = ["safer"]

[outcome.alone]
title = "Alone"
term = "short"
leads_to = ["safer"]

[outcome.forgotten]
title = "Forgotten"
term = "short"
leads_to = ["safer"]

[impact.safer]
title = "Safer"

[[link]]
from = "safer"
to = "referral"
feedback = true
)";

/// The ids of the priorities node `id` is under, "a,b".
std::string under(const toc::Analysis& analysis, const toc::Placement& placement, const std::string& id) {
  std::string out;
  for (const std::uint32_t p : placement.priorities[analysis.graph.find(id)]) {
    out += (out.empty() ? "" : ",") + analysis.model.priorities[p].id;
  }
  return out;
}

}  // namespace

TEST_CASE("placement: a node is under what it names, else under the priorities of the activities reaching it") {
  const toc::Analysis analysis = run(model);
  const toc::Placement placement = toc::place_under_priorities(analysis.model, analysis.graph);
  CHECK(under(analysis, placement, "referral") == "a");
  CHECK(under(analysis, placement, "assessment").empty());  // an activity is under what it names only
  CHECK(under(analysis, placement, "plan") == "a,b");       // a passes on through `assessment`
  CHECK(under(analysis, placement, "better") == "b");       // named: the priorities reaching it do not count
  CHECK(under(analysis, placement, "safer") == "a,b");
  CHECK(under(analysis, placement, "grant").empty());
  CHECK(under(analysis, placement, "alone").empty());
}

TEST_CASE("placement: each node under no priority says why") {
  const toc::Analysis analysis = run(model);
  const toc::Placement placement = toc::place_under_priorities(analysis.model, analysis.graph);
  const auto why = [&](const std::string& id) {
    return toc::why_unplaced(analysis.model, analysis.graph, placement, analysis.graph.find(id));
  };
  CHECK(why("referral").empty());
  CHECK(why("assessment") == "it names no priority");
  CHECK(why("grant") == "an input comes before the activities that serve the priorities");
  CHECK(why("alone") == "no activity leads to it");
  CHECK(why("forgotten") == "the activity that leads to it, 'idle', names no priority");
  CHECK(placement.unplaced[analysis.graph.find("forgotten")] == toc::Unplaced::activities_name_none);

  const toc::Analysis none =
      run(edit("priority = \"p\"\n", "") + "[activity.other]\ntitle = \"O\"\nleads_to = [\"know\"]\n");
  const toc::Placement nowhere = toc::place_under_priorities(none.model, none.graph);
  CHECK(toc::why_unplaced(none.model, none.graph, nowhere, none.graph.find("safe")) ==
        "the activities that lead to it ('train' and 'other') name no priority");
}

TEST_CASE("placement: a model without priorities, and one with a cycle, are placed without fuss") {
  std::string text = edit("[priority.p]\ntitle = \"Priority\"\n", "");
  text.replace(text.find("priority = \"p\"\n"), 15, "");
  const toc::Analysis no_priorities = run(text);
  const toc::Placement placement = toc::place_under_priorities(no_priorities.model, no_priorities.graph);
  CHECK(toc::why_unplaced(no_priorities.model, no_priorities.graph, placement, no_priorities.graph.find("know")) ==
        "the model declares no priority");
  // know -> safe -> know without a feedback link (an error): the graph has a cycle, and every node is still placed.
  const toc::Analysis cycle = run(clean_model + "[[link]]\nfrom = \"safe\"\nto = \"know\"\n");
  const toc::Placement round = toc::place_under_priorities(cycle.model, cycle.graph);
  CHECK(under(cycle, round, "know") == "p");
  CHECK(under(cycle, round, "safe") == "p");
}
