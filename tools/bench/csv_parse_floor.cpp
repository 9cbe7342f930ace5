// csv-parse-floor: the performance floor for `toc progress` (tools/bench-progress).
//
// Reads each CSV file named on the command line whole, with toc's own DiskFileSystem (one read,
// into huge pages where the kernel grants them), drops a UTF-8 byte order mark, and parses it
// with libcsv in strict mode, fed as toc feeds it (engine/progress/csv_reader.cpp): one line at
// a time, so that every record's line is known.
// The field callback counts fields and adds up their bytes so the optimizer cannot skip the
// work; nothing is kept, validated or judged. This is the least a libcsv-based reader that
// points at file:line has to do.
//
// Usage: csv-parse-floor FILE...
// Prints "files=N records=R fields=F bytes=B" and exits 0; on malformed CSV prints
// "FILE:LINE: ..." to stderr and exits 1; exits 2 on usage errors or an unreadable file.

#include <csv.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <string_view>

#include "base/file_system.h"

namespace {

struct Counts {
  std::uint64_t records = 0;
  std::uint64_t fields = 0;
  std::uint64_t bytes = 0;  // total length of the fields, quotes removed
};

void on_field(void* data, std::size_t length, void* counts) {
  auto& c = *static_cast<Counts*>(counts);
  ++c.fields;
  c.bytes += length;
  if (length != 0) c.bytes += static_cast<const unsigned char*>(data)[0] & 1u;  // touch the field
}

void on_record(int, void* counts) { ++static_cast<Counts*>(counts)->records; }

/// Parses `text` line by line; false (after saying where) at malformed CSV.
bool parse(const char* path, std::string_view text, Counts& counts) {
  csv_parser parser;
  csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI);
  bool ok = true;
  std::uint64_t line = 1;
  for (std::size_t at = 0; at < text.size(); ++line) {
    const std::size_t newline = text.find('\n', at);
    const std::size_t end = newline == std::string_view::npos ? text.size() : newline + 1;
    if (csv_parse(&parser, text.data() + at, end - at, on_field, on_record, &counts) < end - at) {
      std::cerr << path << ':' << line << ": " << csv_strerror(csv_error(&parser)) << '\n';
      ok = false;
      break;
    }
    at = end;
  }
  if (ok && csv_fini(&parser, on_field, on_record, &counts) != 0) {
    std::cerr << path << ": a quoted field is never closed\n";
    ok = false;
  }
  csv_free(&parser);
  return ok;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: csv-parse-floor FILE...\n";
    return 2;
  }
  if (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
    std::cout << "usage: csv-parse-floor FILE...\n"
                 "Reads each CSV file and parses it with libcsv (strict), line by line as toc does;\n"
                 "prints \"files=N records=R fields=F bytes=B\". Exit 1 on malformed CSV.\n";
    return 0;
  }
  Counts counts;
  toc::DiskFileSystem disk;
  for (int i = 1; i < argc; ++i) {
    std::string text;
    if (disk.read(argv[i], text, SIZE_MAX) != toc::ReadStatus::ok) {
      std::cerr << "csv-parse-floor: cannot read " << argv[i] << '\n';
      return 2;
    }
    std::string_view body = text;
    if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
    if (!parse(argv[i], body, counts)) return 1;
  }
  std::printf("files=%d records=%llu fields=%llu bytes=%llu\n", argc - 1,
              static_cast<unsigned long long>(counts.records), static_cast<unsigned long long>(counts.fields),
              static_cast<unsigned long long>(counts.bytes));
  return 0;
}
