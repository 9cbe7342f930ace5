// write_json: the JSON report handed over in pieces (toc check streams it to its output).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "base/diagnostic_format.h"
#include "support.h"

using namespace toc::test;

TEST_CASE("a JSON report larger than one piece arrives whole and in order, in bounded pieces") {
  std::string model = clean_model + "[output.many]\ntitle = \"t\"\nleads_to = [";
  for (int i = 0; i < 1500; ++i) model += (i ? ", \"missing-" : "\"missing-") + std::to_string(i) + "\"";
  const auto bad = run(model + "]\n");
  REQUIRE(toc::test::count(bad, "unknown-id") == 1500);

  std::vector<std::string> pieces;
  toc::write_json(bad.diagnostics, bad.model.sources, [&](std::string_view piece) { pieces.emplace_back(piece); });
  CHECK(pieces.size() > 2);
  std::string joined;
  for (const std::string& piece : pieces) {
    CHECK(piece.size() < 80 * 1024);
    joined += piece;
  }
  const auto parsed = nlohmann::json::parse(joined);
  REQUIRE(parsed["diagnostics"].size() == 1500);
  CHECK(parsed["errors"] == 1500);
  CHECK(parsed["diagnostics"][1499]["message"] == "'many' leads to 'missing-1499', which is not defined");
  CHECK(joined == toc::format_json(bad.diagnostics, bad.model.sources));
}
