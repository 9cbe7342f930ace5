#include <catch2/catch.hpp>

#include "base/file_system.h"
#include "lsp/server.h"

namespace toc::lsp {
namespace {

const std::string strategy = R"([strategy]
id = "t"
title = "Test"
include = ["nodes.toml"]

[priority.p]
title = "Priority"

[rule.r]
title = "Rule"
select = { tag = ["😀é"], priority = "px" }
min_count = 0
)";

const std::string nodes = R"([input.fund]
title = "Fund"
leads_to = ["train"]

[activity.train]
title = "Träining — ünïcode"
priority = "p"
leads_to = ["trained"]

[output.trained]
title = "People trained"
)";

/// A server on an in-memory model at /m, initialised, with nodes.toml open.
struct Session {
  MemoryFileSystem disk;
  Server server{disk, {.as_of = {2026, 1, 1}}};
  std::vector<Json> opened;

  Session() {
    disk.files["/m/strategy.toml"] = strategy;
    disk.files["/m/nodes.toml"] = nodes;
    server.handle(request("initialize", Json::object()));
    opened = server.handle(Json{{"jsonrpc", "2.0"},
                                {"method", "textDocument/didOpen"},
                                {"params", {{"textDocument", {{"uri", "file:///m/nodes.toml"}, {"text", nodes}}}}}});
  }

  static Json request(std::string_view method, Json params) {
    return Json{{"jsonrpc", "2.0"}, {"id", 1}, {"method", method}, {"params", std::move(params)}};
  }
  /// The response to `method` at line/character of nodes.toml.
  Json at(std::string_view method, std::uint32_t line, std::uint32_t character, Json extra = Json::object()) {
    extra["textDocument"] = {{"uri", "file:///m/nodes.toml"}};
    extra["position"] = {{"line", line}, {"character", character}};
    const std::vector<Json> out = server.handle(request(method, extra));
    REQUIRE(!out.empty());
    return out.front();
  }
  void change(const std::string& text) {
    opened = server.handle(Json{{"jsonrpc", "2.0"},
                                {"method", "textDocument/didChange"},
                                {"params",
                                 {{"textDocument", {{"uri", "file:///m/nodes.toml"}, {"version", 2}}},
                                  {"contentChanges", {{{"text", text}}}}}}});
  }
  /// The diagnostics last published for `uri` with code `code` (any code when empty).
  Json diagnostics(std::string_view uri, std::string_view code = {}) const {
    for (const Json& m : opened) {
      if (m.value("method", "") != "textDocument/publishDiagnostics" || m["params"]["uri"] != uri) continue;
      Json found = Json::array();
      for (const Json& d : m["params"]["diagnostics"]) {
        if (code.empty() || d["code"] == code) found.push_back(d);
      }
      return found;
    }
    return nullptr;
  }
};

Json range(int l1, int c1, int l2, int c2) {
  return {{"start", {{"line", l1}, {"character", c1}}}, {"end", {{"line", l2}, {"character", c2}}}};
}

}  // namespace

TEST_CASE("diagnostics are published for every file of the model, in UTF-16 columns", "[lsp][server]") {
  Session s;
  REQUIRE(s.diagnostics("file:///m/nodes.toml", "unknown-id") == Json::array());
  const Json found = s.diagnostics("file:///m/strategy.toml", "unknown-id");
  REQUIRE(found.size() == 1);
  CHECK(found[0]["code"] == "unknown-id");
  CHECK(found[0]["source"] == "toc");
  CHECK(found[0]["severity"] == 1);
  // select = { tag = ["😀é"], priority = "px" }: "px" starts after 36 code points (toc's column
  // 37), 40 bytes, and 37 UTF-16 units: the emoji is two units (and four bytes), é one (two bytes).
  CHECK(found[0]["range"] == range(10, 37, 10, 41));
}

TEST_CASE("an unsaved edit is checked, and a fix clears the file's diagnostics", "[lsp][server]") {
  Session s;
  std::string typo = nodes;
  typo.replace(typo.find("[\"trained\"]"), 11, "[\"traned\"]");
  s.change(typo);
  const Json found = s.diagnostics("file:///m/nodes.toml", "unknown-id");
  REQUIRE(found.size() == 1);
  CHECK(found[0]["code"] == "unknown-id");
  CHECK(found[0]["message"] == "'train' leads to 'traned', which is not defined\nhelp: did you mean 'trained'?");
  // The line before holds "Träining — ünïcode": columns of this line are not shifted by it.
  CHECK(found[0]["range"] == range(7, 12, 7, 20));
  // The quick fix replaces the quoted id with the suggestion, quotes kept.
  const Json actions = s.at("textDocument/codeAction", 0, 0,
                            {{"range", range(7, 14, 7, 14)}, {"context", {{"diagnostics", Json::array()}}}});
  REQUIRE(actions["result"].size() == 1);
  CHECK(actions["result"][0]["title"] == "Replace with 'trained'");
  CHECK(actions["result"][0]["edit"]["changes"]["file:///m/nodes.toml"][0]["newText"] == "\"trained\"");
  s.change(nodes);
  CHECK(s.diagnostics("file:///m/nodes.toml", "unknown-id") == Json::array());
}

TEST_CASE("completion in leads_to offers the nodes, with their titles", "[lsp][server]") {
  Session s;
  const Json items = s.at("textDocument/completion", 7, 13)["result"]["items"];
  std::vector<std::string> labels;
  for (const Json& item : items) labels.push_back(item["label"]);
  CHECK(labels == std::vector<std::string>{"train", "fund", "trained"});  // model order
  CHECK(items[2]["detail"] == "People trained");
  CHECK(items[2]["textEdit"]["range"] == range(7, 13, 7, 20));  // the id inside the quotes
  // In priority = "...": the priorities.
  const Json priorities = s.at("textDocument/completion", 6, 12)["result"]["items"];
  REQUIRE(priorities.size() == 1);
  CHECK(priorities[0]["label"] == "p");
  // In a title: nothing.
  CHECK(s.at("textDocument/completion", 5, 10)["result"]["items"].empty());
}

TEST_CASE("hover, definition and references of an id", "[lsp][server]") {
  Session s;
  const Json hover = s.at("textDocument/hover", 2, 14)["result"];
  CHECK(hover["contents"]["value"] ==
        "**activity** `train` — Träining — ünïcode\n\nled to by: `fund` (input)\n\nleads to: `trained` (output)");
  const Json definition = s.at("textDocument/definition", 2, 14)["result"];
  CHECK(definition["uri"] == "file:///m/nodes.toml");
  CHECK(definition["range"] == range(4, 10, 4, 15));
  const Json references = s.at("textDocument/references", 4, 12, {{"context", {{"includeDeclaration", false}}}});
  REQUIRE(references["result"].size() == 1);
  CHECK(references["result"][0]["range"] == range(2, 12, 2, 19));
}

TEST_CASE("rename changes every file, and refuses bad or used names", "[lsp][server]") {
  Session s;
  const Json renamed = s.at("textDocument/definition", 0, 0);  // warms nothing; the model is analysed
  const Json edit = s.at("textDocument/rename", 6, 13, {{"newName", "pp"}})["result"]["changes"];
  REQUIRE(edit.size() == 2);
  CHECK(edit["file:///m/nodes.toml"] == Json::array({{{"range", range(6, 12, 6, 13)}, {"newText", "pp"}}}));
  CHECK(edit["file:///m/strategy.toml"].size() == 1);
  const Json bad = s.at("textDocument/rename", 6, 13, {{"newName", "p q"}});
  CHECK(bad["error"]["message"] == "'p q' is not a valid id: use letters, digits, '-' and '_'");
  const Json used = s.at("textDocument/rename", 2, 14, {{"newName", "fund"}});
  CHECK(used["error"]["message"] == "'fund' is already the id of input 'fund'");
  CHECK(renamed["result"].is_null());
}

TEST_CASE("the protocol's errors: unknown method, not initialised, invalid params", "[lsp][server]") {
  MemoryFileSystem disk;
  Server server(disk, {});
  const auto first = [&](Json message) { return server.handle(message).at(0)["error"]["code"]; };
  CHECK(first({{"jsonrpc", "2.0"}, {"id", 1}, {"method", "textDocument/hover"}, {"params", {}}}) == -32002);
  server.handle(Json{{"jsonrpc", "2.0"}, {"id", 2}, {"method", "initialize"}, {"params", Json::object()}});
  CHECK(first({{"jsonrpc", "2.0"}, {"id", 3}, {"method", "nope"}}) == -32601);
  CHECK(first({{"jsonrpc", "2.0"}, {"id", 4}, {"method", "textDocument/hover"}, {"params", {{"textDocument", 1}}}}) ==
        -32602);
  CHECK(server.handle(Json{{"jsonrpc", "2.0"}, {"method", "nope"}}).size() == 1);  // a log message, no error
  CHECK(server.handle(Incoming{std::nullopt, "bad"}).at(0)["error"]["code"] == -32700);
  server.handle(Json{{"jsonrpc", "2.0"}, {"id", 5}, {"method", "shutdown"}});
  server.handle(Json{{"jsonrpc", "2.0"}, {"method", "exit"}});
  CHECK(server.exit_requested());
  CHECK(server.exit_code() == 0);
}

}  // namespace toc::lsp
