// The indicator keys that say how measurements are judged, and [strategy] measurements: read into
// the model, and every mistake reported where it is written.
#include <catch2/catch.hpp>

#include "support.h"

using namespace toc;
using namespace toc::test;

namespace {

/// The clean model with `keys` added to indicator i1.
Analysis with_keys(const std::string& keys) { return run(clean_model + keys); }

}  // namespace

TEST_CASE("measure keys: read into the indicator") {
  const Analysis a = with_keys(
      "measure = \"ordinal\"\nlevels = [\"aware\", \"sensitive\"]\ntolerance = 2.5\nlag_days = 45\n"
      "targets = [{ value = 1.5, date = 2026-01-01 }, { value = 1.2, date = 2025-06-01 }]\n");
  CHECK(found(a).empty());
  const Indicator& i = a.model.indicators.at(0);
  CHECK(i.measure == Measure::ordinal);
  CHECK(i.levels == std::vector<std::string>{"aware", "sensitive"});
  CHECK(i.tolerance == 2.5);
  CHECK(i.lag_days == 45);
  REQUIRE(i.milestones.size() == 2);
  CHECK(i.milestones[0].date == Date{2025, 6, 1});  // in date order
  CHECK(i.milestones[1].value == 1.5);
}

TEST_CASE("measure keys: [strategy] measurements") {
  std::string model = clean_model;
  model.insert(model.find("start ="), "measurements = [\"data/a.csv\", \"b.csv\"]\n");
  const Analysis a = run(model);
  REQUIRE(a.model.strategy.measurements.size() == 2);
  CHECK(a.model.strategy.measurements[0].id == "data/a.csv");
  CHECK(a.model.strategy.measurements[0].range.line == 4);
}

TEST_CASE("measure keys: mistakes are reported where they are written") {
  CHECK(found(with_keys("measure = \"counts\"\n")) == std::vector<std::string>{"bad-value@41"});
  CHECK(first(with_keys("measure = \"counts\"\n"), "bad-value").help == "did you mean 'count'?");
  CHECK(found(with_keys("levels = [\"a\"]\n")) == std::vector<std::string>{"bad-value@41"});
  CHECK(found(with_keys("measure = \"ordinal\"\n")) == std::vector<std::string>{"missing-field@35"});
  CHECK(found(with_keys("measure = \"ordinal\"\nlevels = [\"a\", \"b\", \"a\"]\n")) ==
        std::vector<std::string>{"bad-value@42"});
  CHECK(found(with_keys("tolerance = -1\n")) == std::vector<std::string>{"bad-value@41"});
  CHECK(found(with_keys("tolerance = \"5%\"\n")) == std::vector<std::string>{"wrong-type@41"});
  CHECK(found(with_keys("lag_days = 4.5\n")) == std::vector<std::string>{"bad-value@41"});
  CHECK(found(with_keys("targets = { value = 1, date = 2026-01-01 }\n")) == std::vector<std::string>{"wrong-type@41"});
  CHECK(found(with_keys("targets = [1]\n")) == std::vector<std::string>{"wrong-type@41"});
  CHECK(found(with_keys("targets = [{ value = 1 }]\n")) == std::vector<std::string>{"missing-field@41"});
  CHECK(found(with_keys("targets = [{ value = \"1\", date = 2026-01-01 }]\n")) ==
        std::vector<std::string>{"wrong-type@41"});
  CHECK(found(with_keys("targets = [{ value = 1, date = 2026-01-01, when = 1 }]\n")) ==
        std::vector<std::string>{"unknown-key@41"});
  CHECK(found(with_keys("targets = [{ value = 1, date = 2026-01-01 }, { value = 2, date = 2026-01-01 }]\n")) ==
        std::vector<std::string>{"bad-value@41"});
  // The clean model's target is dated 2027-01-01: a milestone after it cannot lead up to it.
  const Analysis late = with_keys("targets = [{ value = 1, date = 2027-06-01 }]\n");
  CHECK(found(late) == std::vector<std::string>{"bad-value@41"});
  CHECK(first(late, "bad-value").notes.at(0).range.line == 39);
}
