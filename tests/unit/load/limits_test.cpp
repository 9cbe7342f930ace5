// Every limit in engine/base/limits.h (documented in docs/model-format.md, "Limits"): a model
// at the limit loads without that diagnostic, one step over it gets exactly one, pointing at the
// text that went over. load_test.cpp covers the size of a file on disk.
#include <catch2/catch.hpp>

#include "base/limits.h"
#include "support.h"

using namespace toc::test;
using Catch::Matchers::Contains;

namespace {

/// clean_model whose [strategy] includes `include` (a TOML array's items).
std::string including(const std::string& include) {
  return edit("end = 2027-12-31\n", "end = 2027-12-31\ninclude = [" + include + "]\n");
}

/// A root including f1.toml, which includes f2.toml, ... down to f<depth>.toml.
std::map<std::string, std::string> include_chain(std::size_t depth) {
  std::map<std::string, std::string> files{{"m/strategy.toml", including("\"f1.toml\"")}};
  for (std::size_t i = 1; i <= depth; ++i) {
    files["m/f" + std::to_string(i) + ".toml"] =
        i < depth ? "[strategy]\ninclude = [\"f" + std::to_string(i + 1) + ".toml\"]\n" : "# the last\n";
  }
  return files;
}

/// A root including `parts` files through one glob: a model of parts + 1 files.
std::map<std::string, std::string> many_files(std::size_t parts) {
  std::map<std::string, std::string> files{{"m/strategy.toml", including("\"parts/*.toml\"")}};
  for (std::size_t i = 0; i < parts; ++i) files["m/parts/p" + std::to_string(10000 + i) + ".toml"] = "# empty\n";
  return files;
}

/// clean_model plus an output whose `tags` has `items` entries.
std::string with_tags(std::size_t items) {
  std::string text = clean_model + "[output.tagged]\ntitle = \"x\"\ntags = [";
  for (std::size_t i = 0; i < items; ++i) text += "\"t\",";
  return text + "]\n";
}

}  // namespace

TEST_CASE("limit: include nesting below the root") {
  CHECK(count(run(include_chain(toc::limits::max_include_depth)), "limit") == 0);
  const auto deep = run(include_chain(toc::limits::max_include_depth + 1));
  REQUIRE(count(deep, "limit") == 1);
  CHECK_THAT(first(deep, "limit").message, Contains("includes nest deeper than the limit of 16"));
  CHECK(first(deep, "limit").range.line == 2);  // the include in the deepest file that may include
}

TEST_CASE("limit: files in one model") {
  CHECK(count(run(many_files(toc::limits::max_files - 1)), "limit") == 0);
  const auto many = run(many_files(toc::limits::max_files));
  REQUIRE(count(many, "limit") == 1);
  CHECK_THAT(first(many, "limit").message, Contains("more than the limit of 1000 files"));
  CHECK(many.incomplete);
}

TEST_CASE("limit: one file's size, for an included file") {
  const std::string big = "# " + std::string(toc::limits::max_file_bytes, 'x') + "\n";
  const auto analysis = run({{"m/strategy.toml", including("\"big.toml\"")}, {"m/big.toml", big}});
  REQUIRE(count(analysis, "limit") == 1);
  CHECK_THAT(first(analysis, "limit").message, Contains("larger than the limit of 16 MiB"));
}

TEST_CASE("limit: an id's length") {
  const std::string longest(toc::limits::max_id_length, 'a');
  CHECK(count(run(clean_model + "[output." + longest + "]\ntitle = \"x\"\n"), "bad-id") == 0);
  const auto too_long = run(clean_model + "[output." + longest + "b]\ntitle = \"x\"\n");
  REQUIRE(count(too_long, "bad-id") == 1);
  CHECK_THAT(first(too_long, "bad-id").message, Contains("65 characters long, more than the limit of 64"));
}

TEST_CASE("limit: one text value") {
  const auto title = [](std::size_t bytes) {
    return run(clean_model + "[output.long]\ntitle = \"" + std::string(bytes, 'x') + "\"\n");
  };
  CHECK(count(title(toc::limits::max_string_bytes), "limit") == 0);
  const auto too_long = title(toc::limits::max_string_bytes + 1);
  REQUIRE(count(too_long, "limit") == 1);
  const auto clean_lines = static_cast<std::uint32_t>(std::count(clean_model.begin(), clean_model.end(), '\n'));
  CHECK(first(too_long, "limit").range.line == clean_lines + 2);  // the title, after "[output.long]"
}

TEST_CASE("limit: one array's items") {
  CHECK(count(run(with_tags(toc::limits::max_array_items)), "limit") == 0);
  const auto too_many = run(with_tags(toc::limits::max_array_items + 1));
  REQUIRE(count(too_many, "limit") == 1);
  CHECK_THAT(first(too_many, "limit").message, Contains("10000"));
}

TEST_CASE("limit: nesting of arrays and inline tables is toml++'s, a syntax error") {
  CHECK(count(run(clean_model + "x = " + std::string(200, '[') + std::string(200, ']') + "\n"), "syntax-error") == 0);
  CHECK(count(run(clean_model + "x = " + std::string(300, '[') + std::string(300, ']') + "\n"), "syntax-error") == 1);
}
