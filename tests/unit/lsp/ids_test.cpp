#include <catch2/catch.hpp>

#include "lsp/ids.h"
#include "lsp/uri.h"

namespace toc::lsp {

TEST_CASE("id_slot finds the key whose value is being typed", "[lsp][ids]") {
  const std::string text =
      "[activity.a]\n# leads_to = [\"\nleads_to = [\n  \"x\",\n  \ntitle = \"t\"\n[[link]]\nfrom = \"";
  const auto at = [&](std::string_view marker, std::size_t past) { return text.find(marker) + past; };
  // Inside the quotes of a list spread over lines.
  auto slot = id_slot(text, at("\"x\"", 2));
  REQUIRE(slot);
  CHECK(slot->types == std::vector<EntityType>{EntityType::node});
  CHECK(slot->in_string);
  CHECK(text.substr(slot->word_start, slot->word_end - slot->word_start) == "x");
  // After the comma, outside quotes: the id goes in quoted.
  slot = id_slot(text, at("\"x\",", 4));
  REQUIRE(slot);
  CHECK_FALSE(slot->in_string);
  // In a comment, in a title and in a table header: nothing.
  CHECK_FALSE(id_slot(text, at("# leads", 15)));
  CHECK_FALSE(id_slot(text, at("\"t\"", 1)));
  CHECK_FALSE(id_slot(text, 3));
  // [[link]] from = "
  slot = id_slot(text, text.size());
  REQUIRE(slot);
  CHECK(slot->in_string);
}

TEST_CASE("file URIs to paths and back", "[lsp][uri]") {
  CHECK(uri_to_path("file:///m/a%20b/../c.toml") == "/m/c.toml");
  CHECK(uri_to_path("file://localhost/m/x.toml") == "/m/x.toml");
  CHECK_FALSE(uri_to_path("http://example.com/x.toml"));
  CHECK_FALSE(uri_to_path("file://host/x.toml"));
  CHECK_FALSE(uri_to_path("file:///m/%00"));
  CHECK(path_to_uri("/m/a b/é.toml") == "file:///m/a%20b/%C3%A9.toml");
}

}  // namespace toc::lsp
