// toc diff as data: one test per kind of change, each an edit of the clean test model.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include "products/diff/diff.h"
#include "products/diff/diff_format.h"
#include "support.h"

using namespace toc::test;
using toc::ChangeKind;

namespace {

/// The changes from the clean model to `after`, as "kind entity id other_id: before -> after".
std::vector<std::string> changes(const std::string& after, const std::string& before = clean_model) {
  const toc::ModelDiff diff = toc::diff_models(run(before), run(after));
  std::vector<std::string> result;
  for (const toc::Change& c : diff.changes) {
    std::string line = fmt::format("{} {} {}", to_string(c.kind), c.entity, c.id);
    if (!c.other_id.empty()) line += " " + c.other_id;
    if (!c.before.empty() || !c.after.empty()) line += fmt::format(": {} -> {}", c.before, c.after);
    result.push_back(line);
  }
  return result;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("diff: the same model has no changes") { CHECK(changes(clean_model).empty()); }

TEST_CASE("diff: a node added, and the finding it brings") {
  CHECK(changes(clean_model + "\n[output.leaflets]\ntitle = \"Leaflets\"\n") ==
        Lines{"node-added output leaflets", "finding-introduced warning orphan"});
}

TEST_CASE("diff: a node removed, with its arrows") {
  const std::string after = edit("leads_to = [\"trained\"]", "leads_to = [\"know\"]");
  const auto found =
      changes(after.substr(0, after.find("[output.trained]")) + after.substr(after.find("[outcome.know]")));
  CHECK(found == Lines{"node-removed output trained", "link-added link train know", "link-removed link train trained",
                       "link-removed link trained know"});
}

TEST_CASE("diff: a node retitled") {
  CHECK(changes(edit("title = \"Training\"", "title = \"Training for staff\"")) ==
        Lines{"node-retitled activity train: Training -> Training for staff"});
}

TEST_CASE("diff: an id renamed with the same title is one rename, and its arrows and findings follow it") {
  std::string after = edit("[activity.train]", "[activity.training]");
  after.replace(after.find("leads_to = [\"train\"]"), 20, "leads_to = [\"training\"]");
  CHECK(changes(after) == Lines{"node-renamed activity train training: train -> training"});
}

TEST_CASE("diff: an id renamed with a new title is a removal and an addition") {
  std::string after = edit("[activity.train]\ntitle = \"Training\"", "[activity.training]\ntitle = \"Staff training\"");
  after.replace(after.find("leads_to = [\"train\"]"), 20, "leads_to = [\"training\"]");
  CHECK(changes(after) == Lines{"node-added activity training", "node-removed activity train",
                                "link-added link fund training", "link-added link training trained",
                                "link-removed link fund train", "link-removed link train trained"});
}

TEST_CASE("diff: a node moved level") {
  CHECK(changes(edit("term = \"short\"", "term = \"medium\"")) ==
        Lines{"node-moved-level outcome know: short-term outcome -> medium-term outcome"});
}

TEST_CASE("diff: a node moved priority") {
  const std::string after = edit("[priority.p]", "[priority.q]\ntitle = \"Q\"\n\n[priority.p]");
  CHECK(changes(after.substr(0, after.find("priority = \"p\"")) + "priority = [\"q\", \"p\"]" +
                after.substr(after.find("priority = \"p\"") + 14)) ==
        Lines{"node-moved-priority activity train: p -> p, q"});
}

TEST_CASE("diff: a link added and removed") {
  const auto found = changes(edit("[[link]]\nfrom = \"know\"", "[[link]]\nfrom = \"trained\""));
  CHECK(std::find(found.begin(), found.end(), "link-added link trained safe") != found.end());
  CHECK(std::find(found.begin(), found.end(), "link-removed link know safe") != found.end());
}

TEST_CASE("diff: a link's assumption, evidence and strength changed") {
  CHECK(
      changes(edit("assumption = \"Knowledge changes practice\"",
                   "assumption = \"Knowledge changes what staff do\"\nevidence = \"Trial\"\nstrength = \"strong\"")) ==
      Lines{"assumption-changed link know safe: Knowledge changes practice -> Knowledge changes what staff do",
            "evidence-changed link know safe:  -> Trial", "strength-changed link know safe:  -> strong"});
}

TEST_CASE("diff: an indicator added and removed") {
  const std::string added = clean_model + "\n[indicator.i2]\ntitle = \"Second\"\nmeasures = \"know\"\n";
  CHECK(changes(added) == Lines{"indicator-added indicator i2", "finding-introduced warning incomplete-indicator"});
  CHECK(changes(clean_model, added) ==
        Lines{"indicator-removed indicator i2", "finding-resolved warning incomplete-indicator"});
}

TEST_CASE("diff: baseline and target changed, with dates") {
  CHECK(changes(edit("baseline = { value = 1, date = 2025-01-01 }\ntarget = { value = 2, date = 2027-01-01 }",
                     "baseline = { value = 1, date = 2025-06-01 }\ntarget = { value = 3, date = 2027-01-01 }")) ==
        Lines{"baseline-changed indicator i1: 1 (2025-01-01) -> 1 (2025-06-01)",
              "target-changed indicator i1: 2 (2027-01-01) -> 3 (2027-01-01)"});
}

TEST_CASE("diff: findings are matched by code and ids, not by line") {
  const std::string broken = edit("term = \"short\"\n", "term = \"short\"\nowner = 3\n");
  CHECK(changes(broken) == Lines{"finding-introduced error wrong-type"});
  CHECK(changes(clean_model, broken) == Lines{"finding-resolved error wrong-type"});
  // Ten lines further down, the same finding is neither introduced nor resolved.
  CHECK(changes("# moved\n\n\n\n\n\n\n\n\n\n" + broken, broken).empty());
}

TEST_CASE("diff: coverage before and after") {
  const toc::ModelDiff diff =
      toc::diff_models(run(clean_model), run(edit("assumption = \"Knowledge changes practice\"\n", "")));
  REQUIRE(diff.coverage);
  CHECK(diff.coverage->before.with_assumption.count == 1);
  CHECK(diff.coverage->after.with_assumption.count == 0);
  CHECK_THAT(toc::format_diff_text(diff, {"a", "b"}), Catch::Contains("Outcome steps that state an assumption"));
}

TEST_CASE("diff: a revision that cannot be read whole is still compared, without coverage") {
  const toc::ModelDiff diff = toc::diff_models(run(clean_model), run(clean_model + "\n[broken\n"));
  CHECK_FALSE(diff.coverage);
  REQUIRE_FALSE(diff.changes.empty());
  CHECK(diff.changes.back().id == "syntax-error");
}

TEST_CASE("diff: model text cannot format the Markdown or drive the terminal") {
  const toc::ModelDiff diff =
      toc::diff_models(run(clean_model), run(edit("title = \"Training\"", "title = \"*Training* | \\u001b[31m\"")));
  // The escape character is shown as U+FFFD (base/escape.h's rule for control characters).
  CHECK_THAT(toc::format_diff_markdown(diff, {"a", "b"}), Catch::Contains("\\*Training\\* \\| \xEF\xBF\xBD\\[31m"));
  CHECK_THAT(toc::format_diff_text(diff, {"a", "b"}), Catch::Contains("\"*Training* | \xEF\xBF\xBD[31m\""));
}
