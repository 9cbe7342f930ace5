#include "toc/diagnostic_format.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <vector>

namespace toc {

namespace {

std::string location(const SourceSet& sources, const SourceRange& range) {
  if (!range.known()) return std::string(sources.path(range.file));
  return fmt::format("{}:{}:{}", sources.path(range.file), range.line, range.column);
}

/// A source line as display cells, one per code point: tabs and control characters become
/// a space or '?', and bytes that are not valid UTF-8 become '?', so a quote is always printable.
std::vector<std::string> cells(std::string_view line) {
  std::vector<std::string> result;
  for (std::size_t i = 0; i < line.size();) {
    const auto c = static_cast<unsigned char>(line[i]);
    const std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    bool valid = length > 0 && i + length <= line.size();
    for (std::size_t k = 1; valid && k < length; ++k) valid = (static_cast<unsigned char>(line[i + k]) & 0xC0) == 0x80;
    if (!valid) {
      result.emplace_back("?");
      ++i;
      continue;
    }
    if (c == '\t') result.emplace_back(" ");
    else if (c < 0x20 || c == 0x7F) result.emplace_back("?");
    else result.emplace_back(line.substr(i, length));
    i += length;
  }
  return result;
}

/// The quoted source line and a caret under the range; nothing when the line is unknown.
/// Long lines are clipped to a window around the range.
void quote(std::string& out, const SourceSet& sources, const SourceRange& range) {
  constexpr std::size_t window = 100;  // display cells shown of one line
  constexpr std::size_t lead = 30;     // cells kept before the range when clipping
  if (!range.known()) return;
  const std::vector<std::string> line = cells(sources.line_text(range.file, range.line));
  if (line.empty()) return;
  const std::size_t start = std::min<std::size_t>(range.column > 0 ? range.column - 1 : 0, line.size() - 1);
  std::size_t stop = range.end_line == range.line && range.end_column >= range.column ? range.end_column : line.size();
  stop = std::clamp(stop, start + 1, line.size());
  const std::size_t left = line.size() > window && start > lead ? start - lead : 0;
  const std::size_t right = std::min(line.size(), left + window);
  std::string shown = left > 0 ? "…" : "";
  for (std::size_t i = left; i < right; ++i) shown += line[i];
  if (right < line.size()) shown += "…";
  const std::size_t pad = start - left + (left > 0 ? 1 : 0);
  const std::size_t span = std::max<std::size_t>(1, std::min(stop, right) - start);
  fmt::format_to(std::back_inserter(out), "{:>5} | {}\n      | {}^{}\n", range.line, shown, std::string(pad, ' '),
                 std::string(span - 1, '~'));
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
