#include "toc/diagnostic_format.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace toc {

namespace {

std::string location(const SourceSet& sources, const SourceRange& range) {
  if (!range.known()) return std::string(sources.path(range.file));
  return fmt::format("{}:{}:{}", sources.path(range.file), range.line, range.column);
}

/// Length of `text` in code points, so a caret lines up under non-ASCII text.
std::size_t width(std::string_view text) {
  std::size_t count = 0;
  for (const unsigned char c : text) count += (c & 0xC0) != 0x80;
  return count;
}

/// The byte offset of 1-based code-point column `column` in `line`.
std::size_t byte_offset(std::string_view line, std::uint32_t column) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) continue;
    if (++seen == column) return i;
  }
  return line.size();
}

/// The quoted source line and a caret under the range; nothing when the line is unknown.
void quote(std::string& out, const SourceSet& sources, const SourceRange& range) {
  if (!range.known()) return;
  const std::string_view line = sources.line_text(range.file, range.line);
  if (line.empty()) return;
  const std::size_t start = std::min(byte_offset(line, range.column), line.size());
  std::size_t stop = range.end_line == range.line && range.end_column >= range.column
                         ? byte_offset(line, range.end_column + 1)
                         : line.size();
  stop = std::max(stop, start + 1);
  std::string pad;
  for (const unsigned char c : line.substr(0, start)) {
    if ((c & 0xC0) != 0x80) pad += c == '\t' ? '\t' : ' ';  // keep tabs so the caret lines up
  }
  const std::size_t span = std::max<std::size_t>(1, width(line.substr(start, stop - start)));
  fmt::format_to(std::back_inserter(out), "{:>5} | {}\n      | {}^{}\n", range.line, line, pad, std::string(span - 1, '~'));
}

}  // namespace

std::string format_text(const Diagnostics& diagnostics, const SourceSet& sources) {
  std::string out;
  for (const Diagnostic& d : diagnostics.all()) {
    if (!out.empty()) out += '\n';
    fmt::format_to(std::back_inserter(out), "{}: {}[{}]: {}\n", location(sources, d.range), to_string(d.severity), d.code,
                   d.message);
    quote(out, sources, d.range);
    for (const Note& note : d.notes) {
      fmt::format_to(std::back_inserter(out), "{}: note: {}\n", location(sources, note.range), note.message);
      quote(out, sources, note.range);
    }
    if (!d.help.empty()) fmt::format_to(std::back_inserter(out), "help: {}\n", d.help);
  }
  return out;
}

std::string format_json(const Diagnostics& diagnostics, const SourceSet& sources) {
  const auto place = [&](nlohmann::ordered_json& object, const SourceRange& range) {
    object["file"] = sources.path(range.file);
    object["line"] = range.line;
    object["column"] = range.column;
    object["end_line"] = range.end_line;
    object["end_column"] = range.end_column;
  };
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Diagnostic& d : diagnostics.all()) {
    nlohmann::ordered_json item;
    item["severity"] = to_string(d.severity);
    item["code"] = d.code;
    place(item, d.range);
    item["message"] = d.message;
    item["help"] = d.help;
    item["notes"] = nlohmann::ordered_json::array();
    for (const Note& note : d.notes) {
      nlohmann::ordered_json entry;
      place(entry, note.range);
      entry["message"] = note.message;
      item["notes"].push_back(std::move(entry));
    }
    list.push_back(std::move(item));
  }
  nlohmann::ordered_json root;
  root["diagnostics"] = std::move(list);
  root["errors"] = diagnostics.errors();
  root["warnings"] = diagnostics.warnings();
  // Invalid UTF-8 from a broken file is replaced rather than thrown on.
  return root.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::string count(std::size_t n, std::string_view noun) { return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s"); }

std::string format_counts(const Diagnostics& diagnostics) {
  if (diagnostics.all().empty()) return "no problems";
  return fmt::format("{}, {}", count(diagnostics.errors(), "error"), count(diagnostics.warnings(), "warning"));
}

}  // namespace toc
