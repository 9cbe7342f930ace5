// The starter model `toc init` writes: valid, clean, one of everything, no invented figures.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "products/starter/starter.h"
#include "support.h"

using namespace toc::test;

namespace {

toc::Analysis starter() {
  std::map<std::string, std::string> files;
  for (const toc::StarterFile& file : toc::starter_files()) files["m/" + std::string(file.name)] = file.text;
  return run(files, "m/" + std::string(toc::starter_root));
}

}  // namespace

TEST_CASE("init: the starter checks with no errors and no warnings", "[init]") {
  const auto analysis = starter();
  REQUIRE(analysis.loaded);
  CHECK(found(analysis).empty());
  CHECK(analysis.model.sources.size() == toc::starter_files().size());  // the include is followed
}

TEST_CASE("init: the starter's figures are pending words, and only their reminder is off until figures come",
          "[init]") {
  const auto analysis = starter();
  for (const toc::Indicator& indicator : analysis.model.indicators) {
    CHECK(toc::is_pending(indicator, indicator.baseline));
    CHECK(toc::is_pending(indicator, indicator.target));
  }
  REQUIRE(analysis.model.checks.size() == 1);
  CHECK(analysis.model.checks.begin()->first == "pending-figure");
  // Switched back on, it names each indicator: the words are honest, and still not figures.
  std::map<std::string, std::string> files;
  for (const toc::StarterFile& file : toc::starter_files()) files["m/" + std::string(file.name)] = file.text;
  std::string& root = files["m/" + std::string(toc::starter_root)];
  root.replace(root.find("pending-figure = \"off\""), 22, "pending-figure = \"warning\"");
  const auto on = run(files, "m/" + std::string(toc::starter_root));
  CHECK(count(on, "pending-figure") == on.model.indicators.size());
  CHECK(on.diagnostics.warnings() == on.model.indicators.size());
}

TEST_CASE("init: the starter shows one node of each kind, a priority, indicators and an annotated link", "[init]") {
  const auto analysis = starter();
  const toc::Model& model = analysis.model;
  for (const toc::Kind kind : toc::all_kinds) {
    CHECK(std::count_if(model.nodes.begin(), model.nodes.end(), [&](const toc::Node& n) { return n.kind == kind; }) ==
          1);
  }
  CHECK(model.priorities.size() == 1);
  REQUIRE_FALSE(model.indicators.empty());
  const toc::Indicator& indicator = model.indicators.front();
  CHECK(indicator.baseline.present);
  CHECK(indicator.target.present);
  CHECK_FALSE(indicator.source.empty());
  CHECK_FALSE(indicator.owner.empty());
  CHECK(std::any_of(model.links.begin(), model.links.end(), [](const toc::Link& l) { return !l.assumption.empty(); }));
}

TEST_CASE("init: the starter claims no figures and points to the format's documentation", "[init]") {
  for (const toc::Indicator& indicator : starter().model.indicators) {
    for (const toc::Measurement* m : {&indicator.baseline, &indicator.target}) {
      INFO(indicator.id << ": " << m->value);
      CHECK(std::none_of(m->value.begin(), m->value.end(), [](char c) { return c >= '0' && c <= '9'; }));
    }
  }
  CHECK(toc::starter_files().front().text.find("docs/model-format.md") != std::string_view::npos);
}
