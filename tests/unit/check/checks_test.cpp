// One test per check: a model that triggers it (at the right line) and one that does not.
#include <catch2/catch.hpp>

#include "support.h"

using namespace toc::test;
using Catch::Matchers::Contains;

TEST_CASE("the clean model has no findings") {
  const auto analysis = run(clean_model);
  CHECK(found(analysis).empty());
  CHECK(analysis.model.nodes.size() == 5);
  CHECK(analysis.model.links.size() == 4);
}

TEST_CASE("level-inversion: an arrow down the chain") {
  const auto bad =
      run(edit("title = \"People know more\"\n", "title = \"People know more\"\nleads_to = [\"train\"]\n"));
  REQUIRE(count(bad, "level-inversion") == 1);
  const auto& d = first(bad, "level-inversion");
  CHECK(d.severity == toc::Severity::error);
  CHECK(d.range.line == 25);
  CHECK(d.message == "'know' (a short-term outcome) leads back to 'train' (an activity)");

  const auto feedback = run(clean_model + "[[link]]\nfrom = \"know\"\nto = \"train\"\nfeedback = true\n");
  CHECK(count(feedback, "level-inversion") == 0);
  CHECK(count(feedback, "cycle") == 0);
}

TEST_CASE("level-inversion: between outcome terms") {
  const auto bad = run(clean_model + "[outcome.later]\ntitle = \"Later\"\nterm = \"long\"\nleads_to = [\"know\"]\n");
  CHECK(count(bad, "level-inversion") == 1);
}

TEST_CASE("cycle: reported once as a path, unless a link on it is feedback") {
  const std::string loop =
      "[outcome.a]\ntitle = \"A\"\nterm = \"medium\"\nleads_to = [\"b\"]\n"
      "[outcome.b]\ntitle = \"B\"\nterm = \"medium\"\nleads_to = [\"a\", \"safe\"]\n"
      "[[link]]\nfrom = \"know\"\nto = \"a\"\nassumption = \"x\"\n";
  const auto bad = run(clean_model + loop);
  REQUIRE(count(bad, "cycle") == 1);
  CHECK(first(bad, "cycle").message == "cycle: a -> b -> a");
  CHECK(first(bad, "cycle").notes.size() == 1);

  const auto deliberate = run(clean_model + loop + "[[link]]\nfrom = \"b\"\nto = \"a\"\nfeedback = true\n");
  CHECK(count(deliberate, "cycle") == 0);
}

TEST_CASE("orphan: a node with no links") {
  const auto bad = run(clean_model + "[output.alone]\ntitle = \"Alone\"\n");
  REQUIRE(count(bad, "orphan") == 1);
  CHECK(first(bad, "orphan").message == "output 'alone' is not linked to anything");
  CHECK(count(bad, "dead-end") == 0);  // one finding per problem
  CHECK(count(run(clean_model), "orphan") == 0);
}

TEST_CASE("dead-end: a node from which no impact can be reached") {
  const auto bad = run(edit("leads_to = [\"know\"]", "leads_to = [\"know\", \"leaflet\"]") +
                       "[output.leaflet]\ntitle = \"Leaflet\"\n");
  REQUIRE(count(bad, "dead-end") == 1);
  CHECK(first(bad, "dead-end").message == "output 'leaflet' leads to no impact");
  CHECK(count(bad, "orphan") == 0);
}

TEST_CASE("dead-end: a typo in leads_to is reported once, as unknown-id") {
  const auto typo = run(edit("leads_to = [\"know\"]", "leads_to = [\"knwo\"]"));
  CHECK(found(typo) == std::vector<std::string>{"unknown-id@21"});
}

TEST_CASE("dead-end: a model without an impact says so once") {
  std::string text = edit("[impact.safe]\ntitle = \"People are safe\"\n", "");
  text = text.replace(
      text.find("[[link]]"),
      std::string("[[link]]\nfrom = \"know\"\nto = \"safe\"\nassumption = \"Knowledge changes practice\"\n").size(),
      "");
  text = text.replace(text.find("[\"know\", \"safe\"]"), std::string("[\"know\", \"safe\"]").size(), "\"know\"");
  const auto bad = run(text);
  REQUIRE(count(bad, "dead-end") == 1);
  CHECK_THAT(first(bad, "dead-end").message, Contains("no impact"));
}

TEST_CASE("unsupported: an outcome no activity or input reaches") {
  const auto bad = run(clean_model +
                       "[outcome.hope]\ntitle = \"Hope\"\nterm = \"long\"\n"
                       "[[link]]\nfrom = \"hope\"\nto = \"safe\"\nassumption = \"x\"\n"
                       "[indicator.i2]\ntitle = \"I2\"\nmeasures = \"hope\"\nsource = \"s\"\n"
                       "baseline = { value = 1 }\ntarget = { value = 2 }\n");
  REQUIRE(count(bad, "unsupported") == 1);
  CHECK(first(bad, "unsupported").message == "outcome 'hope' is not supported by any activity or input");
  CHECK(count(run(clean_model), "unsupported") == 0);
}

TEST_CASE("no-priority: an activity without a priority") {
  const auto bad = run(edit("priority = \"p\"\n", ""));
  CHECK(count(bad, "no-priority") == 1);
  CHECK(count(bad, "empty-priority") == 1);  // and the priority is now empty
  CHECK(first(bad, "no-priority").message == "activity 'train' has no priority");
}

TEST_CASE("no-priority: the help names the outcomes and impacts the activity leaves under no priority") {
  const auto bad = run(edit("priority = \"p\"\n", ""));
  CHECK(first(bad, "no-priority").help ==
        "add priority = \"p\" (or another priority's id); until then the outcomes and impacts it leads to "
        "('know', 'safe') are under no priority");
  // An outcome another activity places under a priority is not listed.
  const auto placed = run(clean_model + "[activity.loose]\ntitle = \"Loose\"\nleads_to = [\"know\"]\n");
  CHECK(first(placed, "no-priority").help == "add priority = \"p\" (or another priority's id)");
}

TEST_CASE("empty-priority: a priority nothing is under") {
  const auto bad = run(clean_model + "[priority.q]\ntitle = \"Q\"\n");
  REQUIRE(count(bad, "empty-priority") == 1);
  CHECK(first(bad, "empty-priority").message == "priority 'q' has no activities");
}

TEST_CASE("missing-indicator: an outcome or impact nobody measures") {
  const auto bad = run(edit("measures = [\"know\", \"safe\"]", "measures = \"know\""));
  REQUIRE(count(bad, "missing-indicator") == 1);
  CHECK(first(bad, "missing-indicator").message == "impact 'safe' has no indicator");
}

TEST_CASE("incomplete-indicator: lists what is missing") {
  const auto bad = run(edit("source = \"Survey\"\n", ""));
  CHECK(count(bad, "incomplete-indicator") == 1);
  CHECK(first(bad, "incomplete-indicator").message == "indicator 'i1' has no source");
  const auto worse =
      run(edit("baseline = { value = 1, date = 2025-01-01 }\ntarget = { value = 2, date = 2027-01-01 }\n", ""));
  CHECK(first(worse, "incomplete-indicator").message == "indicator 'i1' has no baseline or target");
  const auto none = run(edit(
      "baseline = { value = 1, date = 2025-01-01 }\ntarget = { value = 2, date = 2027-01-01 }\nsource = \"Survey\"\n",
      ""));
  CHECK(first(none, "incomplete-indicator").message == "indicator 'i1' has no baseline, target or source");
}

TEST_CASE("pending-figure: a baseline or target in words is not a figure yet") {
  const auto bad = run(edit("baseline = { value = 1, date = 2025-01-01 }",
                            "baseline = { value = \"to be set from the first cohort\" }"));
  REQUIRE(count(bad, "pending-figure") == 1);
  CHECK(first(bad, "pending-figure").message == "indicator 'i1' has no baseline figure yet, only words");
  CHECK(first(bad, "pending-figure").range.line == 38);  // the baseline, whose words the report quotes
  CHECK(count(bad, "incomplete-indicator") == 0);        // it has a baseline: a pending one
  const auto both = run(edit("value = 1, date = 2025-01-01 }\ntarget = { value = 2,",
                             "value = \"soon\" }\ntarget = { value = \"to be agreed\","));
  CHECK(first(both, "pending-figure").message == "indicator 'i1' has no baseline or target figure yet, only words");
  // A number written as text is a figure; so is the text of a text or ordinal measure.
  CHECK(count(run(edit("value = 1,", "value = \"40%\",")), "pending-figure") == 0);
  std::string text_measure = edit("value = 1,", "value = \"soon\",");
  text_measure.replace(text_measure.find("source = "), 0, "measure = \"text\"\n");
  CHECK(count(run(text_measure), "pending-figure") == 0);
}

TEST_CASE("target-outside-period: before the start or after the end") {
  const auto late = run(edit("date = 2027-01-01", "date = 2029-03-31"));
  REQUIRE(count(late, "target-outside-period") == 1);
  CHECK(first(late, "target-outside-period").message ==
        "the target of 'i1' is dated 2029-03-31, after the strategy ends (2027-12-31)");
  const auto early = run(edit("date = 2027-01-01", "date = 2024-12-31"));
  CHECK(count(early, "target-outside-period") == 1);
  CHECK(count(run(edit("date = 2027-01-01", "date = 2027-12-31")), "target-outside-period") == 0);
}

TEST_CASE("missing-assumption: outcome to outcome or impact") {
  const auto bad = run(edit("assumption = \"Knowledge changes practice\"\n", ""));
  REQUIRE(count(bad, "missing-assumption") == 1);
  CHECK(first(bad, "missing-assumption").message == "the link from 'know' to 'safe' states no assumption");
  // Earlier links (activity -> output) need no assumption.
  CHECK(count(run(clean_model), "missing-assumption") == 0);
}

TEST_CASE("[checks] changes severities and switches checks off") {
  const std::string broken = clean_model + "[priority.q]\ntitle = \"Q\"\n";
  const auto as_error = run(broken + "[checks]\nempty-priority = \"error\"\n");
  CHECK(first(as_error, "empty-priority").severity == toc::Severity::error);
  CHECK(count(run(broken + "[checks]\nempty-priority = \"off\"\n"), "empty-priority") == 0);

  const auto typo = run(clean_model + "[checks]\ndead-ends = \"off\"\n");
  REQUIRE(count(typo, "unknown-key") == 1);
  CHECK(first(typo, "unknown-key").help == "did you mean 'dead-end'?");
  const auto fixed = run(clean_model + "[checks]\nunknown-id = \"off\"\n");
  CHECK_THAT(first(fixed, "unknown-key").message, Contains("cannot be configured"));
  const auto bad_value = run(clean_model + "[checks]\norphan = \"warn\"\n");
  CHECK(first(bad_value, "bad-value").help == "did you mean 'warning'?");
}

TEST_CASE("cycle: a node that leads to itself") {
  const auto bad = run(edit("term = \"short\"\n", "term = \"short\"\nleads_to = [\"know\"]\n"));
  REQUIRE(count(bad, "cycle") == 1);
  CHECK(first(bad, "cycle").message == "cycle: know -> know");
}
