// Exports: the resolved model as versioned JSON and as GraphML, escaped and deterministic.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "products/export/export.h"
#include "support.h"

using namespace toc::test;

namespace {

toc::View whole(const toc::Analysis& analysis) {
  toc::Diagnostics none;
  return toc::make_view(analysis.model, analysis.graph, {}, none);
}

std::string json_of(const toc::Analysis& analysis) { return toc::export_json(analysis.model, whole(analysis)); }
std::string graphml_of(const toc::Analysis& analysis) { return toc::export_graphml(analysis.model, whole(analysis)); }

}  // namespace

TEST_CASE("export: JSON carries the versioned shape and every entity", "[export]") {
  const auto analysis = run(clean_model);
  const auto json = nlohmann::json::parse(json_of(analysis));
  CHECK(json["format"] == "toc-model");
  CHECK(json["version"] == 1);
  CHECK(json["files"] == nlohmann::json::array({"m/strategy.toml"}));
  CHECK(json["strategy"]["id"] == "t");
  CHECK(json["strategy"]["start"] == "2025-01-01");
  CHECK(json["strategy"]["vision"] == "");
  CHECK(json["priorities"].size() == 1);
  CHECK(json["nodes"].size() == analysis.model.nodes.size());
  CHECK(json["links"].size() == analysis.model.links.size());
  CHECK(json["indicators"].size() == 1);
}

TEST_CASE("export: entities come in reading order, not TOML's key order", "[export]") {
  const auto json = nlohmann::json::parse(json_of(run(clean_model)));
  std::vector<std::string> ids;
  for (const auto& node : json["nodes"]) ids.push_back(node["id"]);
  CHECK(ids == std::vector<std::string>{"fund", "train", "trained", "know", "safe"});
  CHECK(json["links"].back()["from"] == "know");  // the [[link]] at the end of the file
}

TEST_CASE("export: JSON fields, with null for what the model leaves out", "[export]") {
  const auto json = nlohmann::json::parse(json_of(run(clean_model)));
  const auto& train = json["nodes"][1];
  CHECK(train["kind"] == "activity");
  CHECK(train["level"] == 1);
  CHECK(train["term"].is_null());
  CHECK(train["prevention"].is_null());
  CHECK(train["priorities"] == nlohmann::json::array({"p"}));
  CHECK(train["location"] == nlohmann::json{{"file", "m/strategy.toml"}, {"line", 14}, {"column", 11}});
  CHECK(json["nodes"][3]["term"] == "short");
  const auto& link = json["links"].back();
  CHECK(link["assumption"] == "Knowledge changes practice");
  CHECK(link["strength"].is_null());
  CHECK(link["feedback"] == false);
  const auto& indicator = json["indicators"][0];
  CHECK(indicator["measures"] == nlohmann::json::array({"know", "safe"}));
  CHECK(indicator["direction"].is_null());
  CHECK(indicator["baseline"]["value"] == "1");
  CHECK(indicator["baseline"]["number"] == 1.0);
  CHECK(indicator["baseline"]["date"] == "2025-01-01");
  CHECK(indicator["source"] == "Survey");
}

TEST_CASE("export: a measurement in words has no number", "[export]") {
  const auto analysis = run(edit("baseline = { value = 1,", "baseline = { value = \"to be set\","));
  const auto json = nlohmann::json::parse(json_of(analysis));
  CHECK(json["indicators"][0]["baseline"]["value"] == "to be set");
  CHECK(json["indicators"][0]["baseline"]["number"].is_null());
  CHECK(json["indicators"][0]["target"]["number"] == 2.0);
}

TEST_CASE("export: the same model gives the same bytes", "[export]") {
  CHECK(json_of(run(clean_model)) == json_of(run(clean_model)));
  CHECK(graphml_of(run(clean_model)) == graphml_of(run(clean_model)));
}

TEST_CASE("export: GraphML has node and edge attributes", "[export]") {
  const std::string graphml = graphml_of(run(clean_model));
  CHECK(graphml.find("<graph id=\"t\" edgedefault=\"directed\">") != std::string::npos);
  CHECK(graphml.find("    <node id=\"train\">\n"
                     "      <data key=\"kind\">activity</data>\n"
                     "      <data key=\"title\">Training</data>\n"
                     "      <data key=\"level\">1</data>\n"
                     "      <data key=\"priority\">p</data>\n"
                     "    </node>\n") != std::string::npos);
  CHECK(graphml.find("<data key=\"indicators\">i1</data>") != std::string::npos);
  CHECK(graphml.find("    <edge id=\"e3\" source=\"know\" target=\"safe\">\n"
                     "      <data key=\"assumption\">Knowledge changes practice</data>\n"
                     "      <data key=\"feedback\">false</data>\n"
                     "    </edge>\n") != std::string::npos);
}

TEST_CASE("export: GraphML escapes markup and replaces what XML cannot carry", "[export]") {
  const auto analysis =
      run(edit("title = \"Training\"", "title = \"<b>\\\"A&B\\\"</b> it's\\r\\nnext \\u0001 \\uFFFE 中文\""));
  const std::string graphml = graphml_of(analysis);
  CHECK(graphml.find("<data key=\"title\">&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt; it&#39;s&#13;\nnext \xEF\xBF\xBD "
                     "\xEF\xBF\xBD 中文</data>") != std::string::npos);
  const auto json = nlohmann::json::parse(json_of(analysis));
  CHECK(json["nodes"][1]["title"] == "<b>\"A&B\"</b> it's\r\nnext \x01 \xEF\xBF\xBE 中文");
}

TEST_CASE("export: indicators carry how they are judged; the strategy its measurement files", "[export]") {
  std::string model = edit("source = \"Survey\"\n",
                           "source = \"Survey\"\nmeasure = \"ordinal\"\nlevels = [\"aware\", "
                           "\"informed\"]\ntolerance = 0.5\nlag_days = 90\ntargets = [{ "
                           "value = 2, date = 2026-03-31 }]\n");
  model.replace(model.find("end = 2027-12-31\n"), 17, "end = 2027-12-31\nmeasurements = [\"data.csv\"]\n");
  const auto json =
      nlohmann::json::parse(json_of(run({{"m/strategy.toml", model}, {"m/data.csv", "indicator,period,value\n"}})));
  const auto& indicator = json["indicators"][0];
  CHECK(json["strategy"]["measurements"] == nlohmann::json::array({"data.csv"}));
  CHECK(indicator["measure"] == "ordinal");
  CHECK(indicator["levels"] == nlohmann::json::array({"aware", "informed"}));
  CHECK(indicator["tolerance"] == 0.5);
  CHECK(indicator["lag_days"] == 90);
  REQUIRE(indicator["targets"].size() == 1);
  CHECK(indicator["targets"][0]["value"] == 2);
  CHECK(indicator["targets"][0]["date"] == "2026-03-31");
  const auto bare = nlohmann::json::parse(json_of(run(clean_model)))["indicators"][0];
  CHECK(bare["measure"].is_null());
  CHECK(bare["levels"] == nlohmann::json::array());
  CHECK(bare["targets"] == nlohmann::json::array());
  CHECK(bare["tolerance"].is_null());
  CHECK(bare["lag_days"].is_null());
}
