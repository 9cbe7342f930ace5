// The diagnostic printer: exact text, caret under the span, clipped and sanitised quotes.
#include <catch2/catch.hpp>

#include "support.h"
#include "base/diagnostic_format.h"
#include "base/suggest.h"

#include <nlohmann/json.hpp>

using namespace toc::test;

TEST_CASE("text output quotes the line with a caret under the span") {
  const auto bad = run(edit("leads_to = [\"know\"]", "leads_to = [\"knwo\"]"));
  CHECK(toc::format_text(bad.diagnostics, bad.model.sources) ==
        "m/strategy.toml:21:13: error[unknown-id]: 'trained' leads to 'knwo', which is not defined\n"
        "   21 | leads_to = [\"knwo\"]\n"
        "      |             ^~~~~~\n"
        "help: did you mean 'know'?\n");
}

TEST_CASE("notes are printed with their own quote") {
  const auto bad = run(clean_model + "[output.fund]\ntitle = \"again\"\nleads_to = [\"know\"]\n");
  const std::string text = toc::format_text(bad.diagnostics, bad.model.sources);
  CHECK(text.find("m/strategy.toml:10:8: note: first defined here\n   10 | [input.fund]\n      |        ^~~~\n") !=
        std::string::npos);
}

TEST_CASE("long lines are clipped around the span and control bytes replaced") {
  const auto bad = run(clean_model + "[output.x]\ntitle = \"x\"\nleads_to = [" + std::string(300, ' ') + "\"nope\"]\n");
  const std::string text = toc::format_text(bad.diagnostics, bad.model.sources);
  CHECK(text.find("…                              \"nope\"]\n") != std::string::npos);
  CHECK(text.find("      |                                ^~~~~~\n") != std::string::npos);
}

TEST_CASE("JSON output carries every field") {
  const auto bad = run(edit("leads_to = [\"know\"]", "leads_to = [\"knwo\"]"));
  const std::string json = toc::format_json(bad.diagnostics, bad.model.sources);
  CHECK(json.find("\"code\": \"unknown-id\"") != std::string::npos);
  CHECK(json.find("\"line\": 21") != std::string::npos);
  CHECK(json.find("\"help\": \"did you mean 'know'?\"") != std::string::npos);
  CHECK(json.find("\"errors\": 1") != std::string::npos);
}

TEST_CASE("suggestions by edit distance") {
  CHECK(toc::edit_distance("kitten", "sitting") == 3);
  CHECK(toc::suggest("knowlege", {"knowledge", "skills"}) == "knowledge");
  CHECK(toc::suggest("lead_to", {"title", "leads_to", "owner"}) == "leads_to");
  CHECK(toc::suggest("xyz", {"knowledge"}).empty());
  CHECK(toc::did_you_mean("shrt", {"short", "medium", "long"}) == "did you mean 'short'?");
}

TEST_CASE("JSON output stays valid whatever the model's text holds") {
  const std::string hostile = "q\\\"uote \\\\ back\\nslash <script>\\u0001 é";
  const auto bad = run(clean_model + "[output.x]\ntitle = \"t\"\nleads_to = [\"" + hostile + "\"]\n");
  const auto parsed = nlohmann::json::parse(toc::format_json(bad.diagnostics, bad.model.sources));
  REQUIRE(parsed["errors"] == 1);
  const std::string message = parsed["diagnostics"][0]["message"];
  CHECK(message == "'x' leads to 'q\"uote \\ back\nslash <script>\x01 é', which is not defined");
}

TEST_CASE("text output keeps each diagnostic's message on one line") {
  const auto bad = run(clean_model + "[output.x]\ntitle = \"t\"\nleads_to = [\"a\\nm/strategy.toml:1:1: error[fake]: b\"]\n");
  const std::string text = toc::format_text(bad.diagnostics, bad.model.sources);
  CHECK(text.find("\nm/strategy.toml:1:1: error[fake]") == std::string::npos);
  CHECK(text.find("'a\\nm/strategy.toml:1:1: error[fake]: b'") != std::string::npos);
}
