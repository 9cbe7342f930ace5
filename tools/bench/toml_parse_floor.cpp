// toml-parse-floor: the performance floor for `toc check`.
//
// Parses each TOML file named on the command line with toml::parse_file and
// walks the resulting tree (counting tables, keys and values, and touching
// every string) so the optimizer cannot skip the work. This is the least a
// TOML-based loader has to do; tools/bench-check compares `toc check` with it.
//
// Each tree is dropped after it has been walked, so the peak memory is that of
// the largest single file, not of all files together.
//
// Usage: toml-parse-floor FILE...
// Prints "files=N keys=M tables=T values=V bytes=B" and exits 0; on a parse error prints
// the error (file:line:column: description) to stderr and exits 1; exits 2 on
// usage errors.

#include <toml++/toml.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <string_view>

namespace {

struct Counts {
  std::uint64_t tables = 0;
  std::uint64_t keys = 0;
  std::uint64_t values = 0;  // leaf values and arrays
  std::uint64_t bytes = 0;   // total length of keys and strings
};

void walk(const toml::node& node, Counts& c) {
  if (const toml::table* t = node.as_table()) {
    ++c.tables;
    for (auto&& [key, value] : *t) {
      ++c.keys;
      c.bytes += key.str().size();
      walk(value, c);
    }
  } else if (const toml::array* a = node.as_array()) {
    ++c.values;
    for (const toml::node& element : *a) walk(element, c);
  } else if (const toml::value<std::string>* s = node.as_string()) {
    ++c.values;
    c.bytes += s->get().size();
  } else {
    ++c.values;
  }
}

void print_error(std::string_view path, const toml::parse_error& err) {
  const toml::source_region& src = err.source();
  std::cerr << "toml-parse-floor: " << path;
  if (src.begin.line != 0) std::cerr << ':' << src.begin.line << ':' << src.begin.column;
  std::cerr << ": " << err.description() << '\n';
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: toml-parse-floor FILE...\n";
    return 2;
  }
  if (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
    std::cout << "usage: toml-parse-floor FILE...\n"
                 "Parses each TOML file with toml++ and walks the tree; prints\n"
                 "\"files=N keys=M tables=T values=V bytes=B\". Exit 1 on a parse error.\n";
    return 0;
  }

  Counts counts;
  std::uint64_t files = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string_view path = argv[i];
#if TOML_EXCEPTIONS
    try {
      const toml::table root = toml::parse_file(path);
      walk(root, counts);
    } catch (const toml::parse_error& err) {
      print_error(path, err);
      return 1;
    }
#else
    toml::parse_result result = toml::parse_file(path);
    if (!result) {
      print_error(path, result.error());
      return 1;
    }
    walk(result.table(), counts);
#endif
    ++files;
  }

  std::printf("files=%llu keys=%llu tables=%llu values=%llu bytes=%llu\n", static_cast<unsigned long long>(files),
              static_cast<unsigned long long>(counts.keys), static_cast<unsigned long long>(counts.tables),
              static_cast<unsigned long long>(counts.values), static_cast<unsigned long long>(counts.bytes));
  return 0;
}
