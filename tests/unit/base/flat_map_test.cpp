// FlatMap: the graph stage's hash table (ids to entries, arrow ends to links).
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "base/flat_map.h"
#include "base/suggest.h"

TEST_CASE("flat map finds what was added, keeps the first value of a repeated key, iterates in insertion order") {
  toc::IdTable<int> table;
  CHECK(table.find("a") == table.end());
  CHECK(table.emplace("b", 1).second);
  CHECK(table.emplace("a", 2).second);
  const auto [again, added] = table.emplace("b", 3);
  CHECK_FALSE(added);
  CHECK(again->second == 1);
  REQUIRE(table.find("a") != table.end());
  CHECK(table.find("a")->second == 2);
  CHECK(table.find("c") == table.end());
  std::vector<std::string> order;
  for (const auto& [id, value] : table) order.emplace_back(id);
  CHECK(order == std::vector<std::string>{"b", "a"});
  table.clear();
  CHECK(table.size() == 0);
  CHECK(table.find("b") == table.end());
  CHECK(table.emplace("b", 4).second);
}

TEST_CASE("flat map keeps its own copy of each id") {
  toc::IdTable<int> table;
  {
    std::string id = "a-long-id-that-is-not-stored-inline";
    table.emplace(id, 1);
    id.assign(id.size(), 'x');  // the caller's string changes or dies; the table's key does not
  }
  CHECK(table.find("a-long-id-that-is-not-stored-inline") != table.end());
  CHECK(table.begin()->first == "a-long-id-that-is-not-stored-inline");
}

TEST_CASE("flat map grows past its reservation and spreads integer keys that share low bits") {
  toc::FlatMap<std::uint64_t, std::uint32_t> ends;
  ends.reserve(4);
  // Arrow ends are from << 32 | to: many keys share their low 32 bits.
  for (std::uint32_t from = 0; from < 5000; ++from) CHECK(ends.emplace(std::uint64_t{from} << 32 | 7, from).second);
  for (std::uint32_t id = 0; id < 5000; ++id) {
    const auto it = ends.find(std::uint64_t{id} << 32 | 7);
    REQUIRE(it != ends.end());
    CHECK(it->second == id);
  }
  CHECK(ends.find(std::uint64_t{5000} << 32 | 7) == ends.end());
  CHECK(ends.size() == 5000);
  toc::IdTable<int> ids;
  for (int i = 0; i < 70000; ++i) ids.emplace("id-" + std::to_string(i), i);  // more than one chunk of key bytes
  CHECK(ids.find("id-0")->second == 0);
  CHECK(ids.find("id-69999")->second == 69999);
}

TEST_CASE("a suggestion does not depend on the order of the candidates") {
  // "abce" (one substitution) and "abc" (one deletion) are both one edit from "abcd": the tie
  // goes to the alphabetically first, whichever order an id table lists them in.
  CHECK(toc::suggest("abcd", {"abce", "abc"}) == "abc");
  CHECK(toc::suggest("abcd", {"abc", "abce"}) == "abc");
}
