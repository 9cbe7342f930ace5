// Principles ([principle.*], `principles = [...]` on activities): decoding, references and
// the unused-principle check.
#include <catch2/catch.hpp>

#include "support.h"

using namespace toc::test;

namespace {

const std::string principle = "[principle.trauma-informed]\ntitle = \"Trauma informed\"\ndescription = \"Why\"\n";

std::string followed_by_train(const std::string& ids) {
  return edit("priority = \"p\"\n", "priority = \"p\"\nprinciples = " + ids + "\n") + principle;
}

}  // namespace

TEST_CASE("principles: decoded with their range, and followed by activities") {
  const auto analysis = run(followed_by_train("[\"trauma-informed\"]"));
  CHECK(found(analysis).empty());
  REQUIRE(analysis.model.principles.size() == 1);
  const toc::Principle& p = analysis.model.principles[0];
  CHECK(p.id == "trauma-informed");
  CHECK(p.title == "Trauma informed");
  CHECK(p.description == "Why");
  CHECK(p.range.line == 42);
  const toc::Node& train = analysis.model.nodes[analysis.graph.find("train")];
  REQUIRE(train.principles.size() == 1);
  CHECK(train.principles[0].id == "trauma-informed");
  CHECK(train.principles[0].range.line == 17);
}

TEST_CASE("principles: a principle needs a title and has no other keys") {
  const auto analysis = run(clean_model + "[principle.x]\ndescripton = \"typo\"\n");
  CHECK(count(analysis, "missing-field") == 1);
  REQUIRE(count(analysis, "unknown-key") == 1);
  CHECK(first(analysis, "unknown-key").help == "did you mean 'description'?");
}

TEST_CASE("principles: only activities follow principles") {
  const auto analysis =
      run(edit("term = \"short\"\n", "term = \"short\"\nprinciples = [\"trauma-informed\"]\n") + principle);
  REQUIRE(count(analysis, "unknown-key") == 1);
  CHECK(first(analysis, "unknown-key").message == "unknown key 'principles' in outcome 'know'");
}

TEST_CASE("principles: an unknown principle is an unknown-id with a suggestion") {
  const auto analysis = run(followed_by_train("[\"trauma-informd\"]"));
  REQUIRE(count(analysis, "unknown-id") == 1);
  const auto& d = first(analysis, "unknown-id");
  CHECK(d.message == "activity 'train' follows principle 'trauma-informd', which is not defined");
  CHECK(d.help == "did you mean 'trauma-informed'?");
  CHECK(d.range.line == 17);
}

TEST_CASE("principles: naming a node or a priority where a principle belongs says what it is") {
  const auto analysis = run(followed_by_train("[\"p\"]"));
  REQUIRE(count(analysis, "unknown-id") == 1);
  CHECK(first(analysis, "unknown-id").message ==
        "activity 'train' follows principle 'p', which is a priority, not a principle");
  const auto as_priority = run(edit("priority = \"p\"\n", "priority = \"trauma-informed\"\n") + principle);
  CHECK(first(as_priority, "unknown-id").message ==
        "activity 'train' is under priority 'trauma-informed', which is a principle, not a priority");
}

TEST_CASE("principles: a principle id is unique across the model") {
  const auto analysis = run(clean_model + "[principle.train]\ntitle = \"Train\"\n");
  REQUIRE(count(analysis, "duplicate-id") == 1);
}

TEST_CASE("unused-principle: a principle no activity follows") {
  const auto unused = run(clean_model + principle);
  REQUIRE(count(unused, "unused-principle") == 1);
  const auto& d = first(unused, "unused-principle");
  CHECK(d.severity == toc::Severity::warning);
  CHECK(d.message == "principle 'trauma-informed' is followed by no activity");
  CHECK(d.range.line == 41);
  CHECK(count(run(followed_by_train("\"trauma-informed\"")), "unused-principle") == 0);
}

TEST_CASE("unused-principle: waits while a principle reference is unknown (one problem, one report)") {
  const auto typo = run(followed_by_train("[\"trauma-informd\"]"));
  CHECK(count(typo, "unknown-id") == 1);
  CHECK(count(typo, "unused-principle") == 0);
}
