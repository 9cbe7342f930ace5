// The editor schema (schema/toc-model.schema.json) and the decoder agree: every key the decoder
// reads is in the schema, every key in the schema is read, with the same kind, enum values and
// required keys. A failure names the key and the table.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "check/check.h"
#include "pipeline/vocabulary.h"
#include "support.h"

using json = nlohmann::json;
using namespace toc::test;

namespace {

json load_schema() {
  // The test binary runs from the build tree; the schema lives beside tests/ in the source tree.
  const auto path = std::filesystem::path(__FILE__).parent_path() / "../../../schema/toc-model.schema.json";
  std::ifstream in(path);
  REQUIRE(in.good());
  return json::parse(in);
}

/// The table an entry of a top-level property describes: [x.<id>] -> the pattern's value,
/// [[x]] -> the items, [x] -> itself.
const json& unwrap(const json& property) {
  if (property.contains("patternProperties")) return property["patternProperties"].begin().value();
  if (property.contains("items") && property.value("type", json()) == "array") return property["items"];
  return property;
}

toc::TableShape shape_of(const json& property) {
  if (property.contains("patternProperties")) return toc::TableShape::by_id;
  if (property.value("type", json()) == "array") return toc::TableShape::array;
  return toc::TableShape::single;
}

/// Every table the schema describes, by the same paths as toc::Vocabulary ("indicator.baseline").
void schema_tables(const json& table, const std::string& path, std::map<std::string, const json*>& tables) {
  tables[path] = &table;
  if (!table.contains("properties")) return;
  for (const auto& [key, property] : table["properties"].items()) {
    if (property.value("type", json()) == "object") schema_tables(property, path + "." + key, tables);
    // A list of tables (an indicator's targets) describes its items under the list's own path.
    const bool list_of_tables = property.value("type", json()) == "array" && property.contains("items") &&
                                property["items"].value("type", json()) == "object";
    if (list_of_tables) schema_tables(property["items"], path + "." + key, tables);
  }
}

std::map<std::string, const json*> schema_tables(const json& schema) {
  std::map<std::string, const json*> tables;
  for (const auto& [name, property] : schema["properties"].items()) schema_tables(unwrap(property), name, tables);
  return tables;
}

/// How messages name a table: "[activity.<id>]", "'baseline' in [indicator.<id>]".
std::string where(const std::string& path, const json& schema) {
  const auto dot = path.find('.');
  const std::string top = path.substr(0, dot);
  std::string name = "[" + top + "]";
  if (schema["properties"].contains(top)) {
    const toc::TableShape shape = shape_of(schema["properties"][top]);
    if (shape == toc::TableShape::by_id) name = "[" + top + ".<id>]";
    if (shape == toc::TableShape::array) name = "[[" + top + "]]";
  }
  return dot == std::string::npos ? name : fmt::format("'{}' in {}", path.substr(dot + 1), name);
}

/// The JSON types a key read as `kind` must allow, e.g. "string|array".
std::set<std::string> expected_types(toc::ReadKind kind) {
  using K = toc::ReadKind;
  switch (kind) {
    case K::texts:
      return {"string", "array"};
    case K::boolean:
      return {"boolean"};
    case K::scalar:
      return {"number", "string"};
    case K::table:
      return {"object"};
    case K::number:
      return {"number"};
    case K::tables:
      return {"array"};
    default:
      return {"string"};
  }
}

std::set<std::string> types_of(const json& property) {
  const json type = property.value("type", json());
  if (type.is_string()) return {type.get<std::string>()};
  std::set<std::string> types;
  for (const auto& t : type) types.insert(t.get<std::string>());
  return types;
}

/// What the schema says of the keys a table does not list (its additionalProperties), when it
/// takes them; null when the table is closed.
const json* open_keys(const json& table) {
  const auto it = table.find("additionalProperties");
  return it != table.end() && it->is_object() ? &*it : nullptr;
}

/// Differences between one table as the decoder reads it and as the schema describes it.
void compare_keys(const std::string& path, const toc::TableVocabulary& keys, const json& table, const json& schema,
                  std::vector<std::string>& problems) {
  const json properties = table.value("properties", json::object());
  const json required = table.value("required", json::array());
  for (const auto& [key, read] : keys) {
    const bool any = key == toc::any_key;
    const json* property = any ? open_keys(table) : properties.contains(key) ? &properties[key] : nullptr;
    const std::string name = any ? "any key" : fmt::format("'{}'", key);
    if (!property) {
      problems.push_back(
          any ? fmt::format("the decoder takes any key in {}, but the schema allows only the keys it lists",
                            where(path, schema))
              : fmt::format("the decoder reads '{}' in {}, which the schema does not list", key, where(path, schema)));
      continue;
    }
    std::set<std::string> types = types_of(*property);
    if (types == std::set<std::string>{"integer"}) {
      // A count: still a scalar read, or a number read that the decoder checks is whole.
      types = read.kind == toc::ReadKind::number ? std::set<std::string>{"number"}
                                                 : std::set<std::string>{"number", "string"};
    }
    if (read.kind != toc::ReadKind::choice && types != expected_types(read.kind)) {
      problems.push_back(fmt::format("{} in {} is read as {}, but the schema gives type {}", name, where(path, schema),
                                     to_string(read.kind), property->value("type", json()).dump()));
    }
    if (!read.choices.empty()) {
      const std::set<std::string> decoded(read.choices.begin(), read.choices.end());
      const std::set<std::string> listed = property->value("enum", std::set<std::string>{});
      if (decoded != listed) {
        problems.push_back(fmt::format("{} in {} accepts \"{}\", but the schema lists \"{}\"", name,
                                       where(path, schema), fmt::join(decoded, "\", \""), fmt::join(listed, "\", \"")));
      }
    }
    const bool schema_requires = std::find(required.begin(), required.end(), key) != required.end();
    // [strategy]'s keys are required in the root file only; the schema sees one file at a time.
    if (read.required != schema_requires && path != "strategy") {
      problems.push_back(fmt::format("{} in {} is {} by the decoder but {} by the schema", name, where(path, schema),
                                     read.required ? "required" : "optional",
                                     schema_requires ? "required" : "optional"));
    }
  }
  for (const auto& [key, property] : properties.items()) {
    if (keys.find(key) == keys.end()) {
      problems.push_back(
          fmt::format("the schema lists '{}' in {}, which the decoder never reads", key, where(path, schema)));
    }
  }
  if (open_keys(table) && keys.find(toc::any_key) == keys.end()) {
    problems.push_back(fmt::format("the schema takes any key in {}, but the decoder reads only the keys it knows",
                                   where(path, schema)));
  }
}

/// Every difference between the decoder's vocabulary and the schema, as sentences.
std::vector<std::string> drift(const toc::Vocabulary& vocabulary, const std::vector<toc::TopLevelTable>& tables,
                               const json& schema) {
  std::vector<std::string> problems;
  for (const toc::TopLevelTable& table : tables) {
    if (!schema["properties"].contains(table.name)) {
      problems.push_back(fmt::format("the decoder accepts the table '{}', which the schema does not list", table.name));
    } else if (shape_of(schema["properties"][table.name]) != table.shape) {
      problems.push_back(fmt::format("the schema writes the table '{}' differently from the decoder", table.name));
    }
  }
  const auto described = schema_tables(schema);
  for (const auto& [path, table] : described) {
    const auto read = vocabulary.find(path);
    if (read == vocabulary.end()) {
      problems.push_back(fmt::format("the schema describes {}, which the decoder never reads", where(path, schema)));
    } else {
      compare_keys(path, read->second, *table, schema, problems);
    }
  }
  for (const auto& [path, keys] : vocabulary) {
    if (described.find(path) == described.end()) {
      problems.push_back(fmt::format("the decoder reads {}, which the schema does not describe", where(path, schema)));
    }
  }
  return problems;
}

std::string joined(const std::vector<std::string>& lines) { return fmt::format("{}", fmt::join(lines, "\n")); }

}  // namespace

TEST_CASE("schema: the decoder's tables are those its help lists") {
  const auto tables = toc::decoder_tables();
  std::vector<std::string> names;
  for (const auto& table : tables) names.push_back(table.name);
  CHECK(std::find(names.begin(), names.end(), "activity") != names.end());
  CHECK(std::find(names.begin(), names.end(), "checks") != names.end());
  CHECK(std::find_if(tables.begin(), tables.end(), [](const auto& t) {
          return t.name == "link" && t.shape == toc::TableShape::array;
        }) != tables.end());
}

TEST_CASE("schema: the decoder's vocabulary is recorded per table") {
  const toc::Vocabulary vocabulary = toc::decoder_vocabulary();
  REQUIRE(vocabulary.count("outcome"));
  const toc::KeyRead& term = vocabulary.at("outcome").at("term");
  CHECK(term.kind == toc::ReadKind::choice);
  CHECK(term.required);
  CHECK(term.choices == std::vector<std::string>{"short", "medium", "long"});
  REQUIRE(vocabulary.count("indicator.baseline"));
  CHECK(vocabulary.at("indicator.baseline").count("value"));
  CHECK(vocabulary.at("link").at("feedback").kind == toc::ReadKind::boolean);
  // [checks] takes any key (the check stage knows the codes), each set to one of three choices.
  REQUIRE(vocabulary.at("checks").size() == 1);
  CHECK(vocabulary.at("checks").at(std::string(toc::any_key)).choices ==
        std::vector<std::string>{"error", "warning", "off"});
}

TEST_CASE("schema: the schema and the decoder know the same keys, both ways") {
  const std::vector<std::string> problems = drift(toc::decoder_vocabulary(), toc::decoder_tables(), load_schema());
  INFO(joined(problems));
  CHECK(problems.empty());
}

TEST_CASE("schema: drift is reported with the key and the table, both ways") {
  json schema = load_schema();
  auto& activity = schema["properties"]["activity"]["patternProperties"].begin().value()["properties"];
  activity.erase("owner");                    // the decoder reads a key the schema lacks
  activity["colour"] = {{"type", "string"}};  // the schema lists a key the decoder lacks
  schema["properties"]["link"]["items"]["properties"]["strength"]["enum"].push_back("weak");
  schema["properties"].erase("checks");
  const std::string problems = joined(drift(toc::decoder_vocabulary(), toc::decoder_tables(), schema));
  CHECK_THAT(problems, Catch::Contains("the decoder reads 'owner' in [activity.<id>], which the schema does not list"));
  CHECK_THAT(problems, Catch::Contains("the schema lists 'colour' in [activity.<id>], which the decoder never reads"));
  CHECK_THAT(problems, Catch::Contains("'strength' in [[link]] accepts"));
  CHECK_THAT(problems, Catch::Contains("the decoder accepts the table 'checks', which the schema does not list"));
}

TEST_CASE("schema: [checks] is open, but only the way the decoder is") {
  json schema = load_schema();
  schema["properties"]["checks"]["additionalProperties"]["enum"].push_back("warn");
  CHECK_THAT(joined(drift(toc::decoder_vocabulary(), toc::decoder_tables(), schema)),
             Catch::Contains("any key in [checks] accepts \"error\", \"off\", \"warning\", but the schema lists"));
  schema["properties"]["checks"]["additionalProperties"] = false;
  CHECK_THAT(joined(drift(toc::decoder_vocabulary(), toc::decoder_tables(), schema)),
             Catch::Contains("the decoder takes any key in [checks], but the schema allows only the keys it lists"));

  toc::Vocabulary closed = toc::decoder_vocabulary();
  closed["checks"] = {{"dead-end", toc::KeyRead{toc::ReadKind::choice, false, {"error", "warning", "off"}}}};
  CHECK_THAT(joined(drift(closed, toc::decoder_tables(), load_schema())),
             Catch::Contains("the schema takes any key in [checks], but the decoder reads only the keys it knows"));
}

TEST_CASE("schema: every check, set to every setting the schema offers, is accepted") {
  const json checks = load_schema()["properties"]["checks"];
  CHECK_THAT(checks["description"].get<std::string>(), Catch::Contains("docs/checks.md"));
  const json settings = checks["additionalProperties"]["enum"];
  REQUIRE(settings.size() == 3);
  for (const toc::CheckInfo& check : toc::all_checks()) {
    for (const auto& setting : settings) {
      const auto analysis =
          run(clean_model + fmt::format("\n[checks]\n{} = \"{}\"\n", check.code, setting.get<std::string>()));
      INFO(check.code << " = " << setting);
      CHECK(count(analysis, "bad-value") + count(analysis, "unknown-key") == 0);
    }
  }
  CHECK(count(run(clean_model + "\n[checks]\ndead-end = \"warn\"\n"), "bad-value") == 1);
}
