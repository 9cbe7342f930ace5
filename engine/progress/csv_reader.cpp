#include "progress/csv_reader.h"

#include <csv.h>

#include <algorithm>
#include <optional>

namespace toc {

namespace {

/// What libcsv's callbacks fill in while one line is fed.
struct Feed {
  CsvRecord record;
  const std::function<bool(const CsvRecord&)>* on_record = nullptr;
  std::size_t records = 0;
  bool stop = false;
};

void on_field(void* data, std::size_t length, void* feed) {
  auto& state = *static_cast<Feed*>(feed);
  state.record.fields.emplace_back(static_cast<const char*>(data), length);
}

void on_record_end(int, void* feed) {
  auto& state = *static_cast<Feed*>(feed);
  ++state.records;
  if (!state.stop && !(*state.on_record)(state.record)) state.stop = true;
  state.record.fields.clear();
}

bool is_blank(std::string_view line) {
  return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

/// Code points in `text` (UTF-8 continuation bytes do not count).
std::uint32_t columns(std::string_view text) {
  return static_cast<std::uint32_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

/// The 1-based line and column of byte `at`, counted from `record`'s line start.
std::pair<std::uint32_t, std::uint32_t> position(std::string_view text, const CsvRecord& record, std::size_t at) {
  std::uint32_t line = record.line;
  std::size_t line_start = record.offset;
  for (std::size_t i = record.offset; i < at; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return {line, columns(text.substr(line_start, at - line_start)) + 1};
}

/// The range of the record's first field when it is written plainly at the start of its line:
/// not quoted, no spaces around it, ASCII (so that columns are bytes). Every row's first field
/// is located, so the common case is spared the scan.
std::optional<SourceRange> plain_first_field(std::string_view text, const CsvRecord& record, FileId file) {
  if (record.fields.empty()) return std::nullopt;
  const std::string& field = record.fields.front();
  const std::size_t end = record.offset + field.size();
  if (field.empty() || text.compare(record.offset, field.size(), field) != 0) return std::nullopt;
  if (end < text.size() && text[end] != ',' && text[end] != '\n' && text.compare(end, 2, "\r\n") != 0)
    return std::nullopt;
  if (!std::all_of(field.begin(), field.end(), [](char c) { return (static_cast<unsigned char>(c) & 0x80) == 0; }))
    return std::nullopt;
  const auto width = static_cast<std::uint32_t>(field.size());
  return SourceRange{file, record.line, 1, record.line, width};
}

}  // namespace

std::string normalise_csv_text(std::string text) {
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  if (text.find('\n') == std::string::npos) std::replace(text.begin(), text.end(), '\r', '\n');
  return text;
}

CsvProblem read_csv(std::string_view text, const std::function<bool(const CsvRecord&)>& on_record) {
  csv_parser parser;
  csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI);
  Feed feed;
  feed.on_record = &on_record;
  bool open = false;  // a record began on an earlier line and is still open (a newline inside quotes)
  std::uint32_t line = 1;
  CsvProblem problem;
  for (std::size_t at = 0; at < text.size() && !feed.stop; ++line) {
    const std::size_t end = std::min(text.find('\n', at), text.size() - 1) + 1;
    const std::string_view chunk = text.substr(at, end - at);
    if (!open) {
      feed.record.line = line;
      feed.record.offset = at;
    }
    const std::size_t before = feed.records;
    const std::size_t parsed = csv_parse(&parser, chunk.data(), chunk.size(), on_field, on_record_end, &feed);
    if (parsed < chunk.size()) {
      problem = {line, columns(chunk.substr(0, parsed)) + 1, "a quote inside a field that does not start with one",
                 "put the whole field in quotes and double the quotes inside it, e.g. \"say \"\"hello\"\"\""};
      break;
    }
    open = feed.records == before && (open || !is_blank(chunk));
    at = end;
  }
  if (problem.line == 0 && !feed.stop && csv_fini(&parser, on_field, on_record_end, &feed) != 0) {
    problem = {feed.record.line, 1, "a quoted field is never closed",
               "a field that starts with a quote ends with one; is a closing quote missing?"};
  }
  csv_free(&parser);
  return problem;
}

SourceRange field_range(std::string_view text, const CsvRecord& record, std::size_t index, FileId file) {
  if (index == 0) {
    if (const std::optional<SourceRange> plain = plain_first_field(text, record, file)) return *plain;
  }
  std::size_t at = record.offset;
  std::size_t field = 0;
  std::size_t start = at;
  bool quoted = false;
  for (; at < text.size(); ++at) {
    const char c = text[at];
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || (c == '\r' && at + 1 < text.size() && text[at + 1] == '\n')) break;
    if (c != ',') continue;
    if (field == index) break;
    ++field;
    start = at + 1;
  }
  std::size_t stop = at;                                              // one past the field
  if (field < index) start = stop > record.offset ? stop - 1 : stop;  // past the end: the last character
  while (start < stop && (text[start] == ' ' || text[start] == '\t')) ++start;
  while (stop > start + 1 && (text[stop - 1] == ' ' || text[stop - 1] == '\t')) --stop;
  const auto [line, column] = position(text, record, start);
  const auto [end_line, end_column] = position(text, record, std::max(stop, start + 1) - 1);
  return {file, line, column, end_line, end_column};
}

}  // namespace toc
