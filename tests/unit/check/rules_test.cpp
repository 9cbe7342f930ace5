// Rules ([rule.*]): decoding, selection by each criterion, count and share bounds, the `rule`
// check, and broken definitions.
#include <catch2/catch.hpp>

#include "check/rules.h"
#include "support.h"

using namespace toc::test;
using Catch::Matchers::Contains;

namespace {

/// The clean model plus four prevention activities: two primary, one secondary, one tertiary.
const std::string prevention_model = clean_model + R"(
[principle.voice]
title = "Voice of young people"

[activity.schools]
title = "Schools programme"
priority = "p"
prevention = "primary"
tags = ["in-place"]
owner = "VRN"
principles = ["voice"]
leads_to = ["trained"]

[activity.sport]
title = "Sport"
priority = "p"
prevention = "primary"
tags = ["aspirational"]
leads_to = ["trained"]

[activity.navigators]
title = "Navigators"
priority = "p"
prevention = "secondary"
tags = ["in-place"]
principles = "voice"
leads_to = ["trained"]

[activity.custody]
title = "Custody"
priority = "p"
prevention = "tertiary"
tags = ["in-development"]
leads_to = ["trained"]
)";

/// `prevention_model` plus one rule whose body is `body`.
toc::Analysis with_rule(const std::string& body) {
  return run(prevention_model + "\n[rule.r]\ntitle = \"Rule\"\n" + body + "\n");
}

const std::string prevention_of =
    "of = { kind = \"activity\", prevention = [\"primary\", \"secondary\", \"tertiary\"] }\n";

std::size_t selected(const std::string& select) {
  const auto analysis = with_rule("select = " + select + "\nmin_count = 0");
  REQUIRE(found(analysis).empty());
  return toc::evaluate_rules(analysis.model).at(0).selected;
}

}  // namespace

TEST_CASE("rules: selection by each criterion") {
  CHECK(selected("{}") == 9);  // every node: 5 of the clean model and 4 activities
  CHECK(selected("{ kind = \"activity\" }") == 5);
  CHECK(selected("{ kind = [\"input\", \"impact\"] }") == 2);
  CHECK(selected("{ prevention = \"primary\" }") == 2);
  CHECK(selected("{ prevention = [\"secondary\", \"tertiary\"] }") == 2);
  CHECK(selected("{ tag = \"in-place\" }") == 2);
  CHECK(selected("{ tag = [\"aspirational\", \"in-development\"] }") == 2);
  CHECK(selected("{ priority = \"p\" }") == 5);
  CHECK(selected("{ principle = \"voice\" }") == 2);
  CHECK(selected("{ term = \"short\" }") == 1);
  CHECK(selected("{ has = \"owner\" }") == 1);
  CHECK(selected("{ has = [\"owner\", \"principles\"] }") == 2);
  CHECK(selected("{ kind = \"activity\", prevention = \"primary\", tag = \"in-place\" }") == 1);
}

TEST_CASE("rules: a share of the 'of' selection, holding") {
  const auto analysis = with_rule("select = { prevention = \"primary\" }\n" + prevention_of + "min_share = 0.5");
  REQUIRE(found(analysis).empty());
  const auto results = toc::evaluate_rules(analysis.model);
  REQUIRE(results.size() == 1);
  CHECK(results[0].selected == 2);
  CHECK(results[0].of == 4);
  CHECK(results[0].share == 0.5);
  CHECK(results[0].holds);
  CHECK(toc::describe_figure(analysis.model, results[0]) ==
        "2 of 4 activities with primary, secondary or tertiary prevention (50%) are nodes with primary prevention");
  CHECK(toc::describe_bounds(analysis.model.rules[0]) == "at least 50%");
}

TEST_CASE("rule: a share below its minimum is reported at the rule with the figure") {
  const auto analysis = with_rule("select = { prevention = \"primary\" }\n" + prevention_of +
                                  "min_share = \"60%\"\nmessage = \"seed 004, 3.1.4\"");
  REQUIRE(count(analysis, "rule") == 1);
  const auto& d = first(analysis, "rule");
  CHECK(d.severity == toc::Severity::warning);
  CHECK(d.range.line == 76);  // [rule.r]
  CHECK(d.message ==
        "rule 'r' does not hold: 2 of 4 activities with primary, secondary or tertiary prevention (50%) are nodes "
        "with primary prevention; it asks for at least 60%");
  CHECK(d.help == "seed 004, 3.1.4");
}

TEST_CASE("rule: a share above its maximum") {
  const auto analysis = with_rule("select = { tag = \"in-place\" }\nof = { kind = \"activity\" }\nmax_share = 0.25");
  REQUIRE(count(analysis, "rule") == 1);
  CHECK_THAT(first(analysis, "rule").message, Contains("2 of 5 activities (40%) are nodes tagged 'in-place'"));
  CHECK(count(with_rule("select = { tag = \"in-place\" }\nof = { kind = \"activity\" }\nmax_share = 0.4"), "rule") ==
        0);
}

TEST_CASE("rule: count bounds, pass and fail") {
  CHECK(count(with_rule("select = { tag = \"aspirational\" }\nmax_count = 1"), "rule") == 0);
  CHECK(count(with_rule("select = { tag = \"aspirational\" }\nmin_count = 1\nmax_count = 1"), "rule") == 0);
  const auto too_few = with_rule("select = { kind = \"activity\", has = \"owner\" }\nmin_count = 2");
  REQUIRE(count(too_few, "rule") == 1);
  CHECK(first(too_few, "rule").message == "rule 'r' does not hold: 1 activity with owner set; it asks for at least 2");
  const auto too_many = with_rule("select = { kind = \"activity\" }\nmax_count = 4");
  CHECK_THAT(first(too_many, "rule").message, Contains("5 activities; it asks for at most 4"));
}

TEST_CASE("rule: a share of an empty 'of' does not hold") {
  const auto analysis = with_rule("select = { kind = \"activity\" }\nof = { tag = \"none\" }\nmin_share = 0");
  REQUIRE(count(analysis, "rule") == 1);
  CHECK_THAT(first(analysis, "rule").message, Contains("0 of 0 nodes tagged 'none' (no share)"));
}

TEST_CASE("rules: a share is a number from 0 to 1 or a percentage") {
  CHECK(with_rule("select = {}\n" + prevention_of + "min_share = \"25%\"").model.rules.at(0).min_share == 0.25);
  CHECK(with_rule("select = {}\n" + prevention_of + "min_share = 1").model.rules.at(0).min_share == 1.0);
  const auto over = with_rule("select = {}\n" + prevention_of + "min_share = 50");
  REQUIRE(count(over, "bad-value") == 1);
  CHECK(first(over, "bad-value").message == "'min_share' of rule 'r' is 50, which is not a share from 0 to 1");
  CHECK(count(with_rule("select = {}\n" + prevention_of + "max_share = \"half\""), "bad-value") == 1);
  CHECK(count(over, "rule") == 0);  // a broken rule is not judged as well
}

TEST_CASE("rules: broken definitions get clear diagnostics at their text") {
  const auto no_of = with_rule("select = { kind = \"activity\" }\nmin_share = 0.5");
  REQUIRE(count(no_of, "bad-value") == 1);
  CHECK(first(no_of, "bad-value").message == "rule 'r' bounds a share but has no 'of' to take the share of");
  CHECK(first(no_of, "bad-value").range.line == 79);  // min_share
  CHECK(count(no_of, "rule") == 0);

  const auto inverted = with_rule("select = {}\nmin_count = 3\nmax_count = 2");
  REQUIRE(count(inverted, "bad-value") == 1);
  CHECK(first(inverted, "bad-value").message ==
        "rule 'r' asks for a count of at least 3 and at most 2, which no model can meet");
  CHECK(count(inverted, "rule") == 0);

  const auto unbounded = with_rule("select = {}");
  REQUIRE(count(unbounded, "missing-field") == 1);
  CHECK(first(unbounded, "missing-field").message == "rule 'r' sets no bound");

  const auto no_select = with_rule("max_count = 2");
  REQUIRE(count(no_select, "missing-field") == 1);
  CHECK(first(no_select, "missing-field").message == "rule 'r' has no 'select'");

  CHECK(count(with_rule("select = {}\nmin_count = -1"), "bad-value") == 1);
  CHECK(count(with_rule("select = \"activity\"\nmin_count = 1"), "wrong-type") == 1);
}

TEST_CASE("rules: unknown values in a selection") {
  const auto kind = with_rule("select = { kind = [\"activity\", \"activty\"] }\nmin_count = 1");
  REQUIRE(count(kind, "bad-value") == 1);
  const auto& d = first(kind, "bad-value");
  CHECK(d.message ==
        "'kind' of 'select' in rule 'r' is 'activty', which is not one of 'input', 'activity', 'output', 'outcome', "
        "'impact'");
  CHECK(d.help == "did you mean 'activity'?");
  CHECK(d.range.line == 78);  // select
  CHECK(count(with_rule("select = { prevention = \"primry\" }\nmin_count = 1"), "bad-value") == 1);
  CHECK(count(with_rule("select = { has = \"ownr\" }\nmin_count = 1"), "bad-value") == 1);
  const auto key = with_rule("select = { tags = \"x\" }\nmin_count = 1");
  REQUIRE(count(key, "unknown-key") == 1);
  CHECK(first(key, "unknown-key").help == "did you mean 'tag'?");
}

TEST_CASE("rules: unknown priority or principle ids in a selection, with a suggestion") {
  const auto priority = with_rule("select = { priority = \"q\" }\n" + prevention_of + "min_share = 0.5");
  REQUIRE(count(priority, "unknown-id") == 1);
  CHECK(first(priority, "unknown-id").message == "rule 'r' selects priority 'q', which is not defined");
  CHECK(count(priority, "rule") == 0);
  const auto principle = with_rule("select = { principle = \"voic\" }\nmin_count = 1");
  REQUIRE(count(principle, "unknown-id") == 1);
  CHECK(first(principle, "unknown-id").help == "did you mean 'voice'?");
}

TEST_CASE("rules: a count of one reads in the singular") {
  const auto one = with_rule("select = { kind = \"activity\", tag = \"aspirational\" }\nmax_count = 1");
  const auto results = toc::evaluate_rules(one.model);
  REQUIRE(results.size() == 1);
  CHECK(toc::describe_figure(one.model, results[0]) == "1 activity tagged 'aspirational'");
  const auto two = with_rule("select = { kind = \"activity\", tag = \"in-place\" }\nmax_count = 2");
  CHECK(toc::describe_figure(two.model, toc::evaluate_rules(two.model)[0]) == "2 activities tagged 'in-place'");
}
