// The diagnostic printer: exact text, caret under the span, clipped and sanitised quotes.
#include <catch2/catch.hpp>

#include "base/diagnostic_format.h"
#include "base/suggest.h"
#include "support.h"

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

TEST_CASE("the caret is placed by terminal columns: wide characters, combining marks, tabs") {
  const auto bad = run(clean_model + "[output.x]\ntitle = \"x\"\nleads_to = [\"中文\",\t\"e\u0301\", \"nope\"]\n");
  const std::string text = toc::format_text(bad.diagnostics, bad.model.sources);
  const std::string quoted = "leads_to = [\"中文\", \"e\u0301\", \"nope\"]\n      | ";  // the tab as a space
  CHECK(text.find(quoted + std::string(12, ' ') + "^~~~~~\n") != std::string::npos);    // "中文": 6 columns
  CHECK(text.find(quoted + std::string(20, ' ') + "^~~\n") != std::string::npos);       // "é": 3
  CHECK(text.find(quoted + std::string(25, ' ') + "^~~~~~\n") != std::string::npos);    // "nope"
}

TEST_CASE("a clipped line counts its window in columns and never opens inside a cluster") {
  std::string accents;
  for (int i = 0; i < 150; ++i) accents += "e\u0301";  // 300 code points, 150 columns
  const auto bad = run(clean_model + "[output.x]\ntitle = \"x\"\nleads_to = [\"" + accents + "\", \"nope\"]\n");
  const std::string text = toc::format_text(bad.diagnostics, bad.model.sources);
  // "nope" is 166 columns in; the window opens 30 columns before it, on an e, not on its accent.
  std::string kept;
  for (int i = 0; i < 27; ++i) kept += "e\u0301";
  CHECK(text.find(" | …" + kept + "\", \"nope\"]\n      | " + std::string(31, ' ') + "^~~~~~\n") != std::string::npos);
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
  const auto bad =
      run(clean_model + "[output.x]\ntitle = \"t\"\nleads_to = [\"a\\nm/strategy.toml:1:1: error[fake]: b\"]\n");
  const std::string text = toc::format_text(bad.diagnostics, bad.model.sources);
  CHECK(text.find("\nm/strategy.toml:1:1: error[fake]") == std::string::npos);
  CHECK(text.find("'a\\nm/strategy.toml:1:1: error[fake]: b'") != std::string::npos);
}
