#include "toc/diagnostic_format.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "toc/text.h"

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
                   one_line(d.message));
    quote(out, sources, d.range);
    for (const Note& note : d.notes) {
      fmt::format_to(std::back_inserter(out), "{}: note: {}\n", location(sources, note.range), one_line(note.message));
      quote(out, sources, note.range);
    }
    if (!d.help.empty()) fmt::format_to(std::back_inserter(out), "help: {}\n", one_line(d.help));
  }
  return out;
}

namespace {

/// Appends `text` as a JSON string. Bytes that are not valid UTF-8 (possible in messages that
/// quote a broken file) become U+FFFD, so the output is always valid JSON.
void json_string(std::string& out, std::string_view text) {
  out += '"';
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
          if (c < 0x20) fmt::format_to(std::back_inserter(out), "\\u{:04x}", c);
          else out += static_cast<char>(c);
      }
      ++i;
      continue;
    }
    const std::size_t length = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    bool valid = length > 0 && i + length <= text.size();
    for (std::size_t k = 1; valid && k < length; ++k) valid = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
    if (valid) {
      out.append(text.substr(i, length));
      i += length;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  out += '"';
}

void json_place(std::string& out, const SourceSet& sources, const SourceRange& range, std::string_view indent) {
  fmt::format_to(std::back_inserter(out), "{}\"file\": ", indent);
  json_string(out, sources.path(range.file));
  fmt::format_to(std::back_inserter(out),
                 ",\n{0}\"line\": {1},\n{0}\"column\": {2},\n{0}\"end_line\": {3},\n{0}\"end_column\": {4},\n", indent,
                 range.line, range.column, range.end_line, range.end_column);
}

}  // namespace

std::string format_json(const Diagnostics& diagnostics, const SourceSet& sources) {
  // Written directly rather than through a JSON DOM: a large model can carry tens of
  // thousands of diagnostics, and this is on the path `toc check` is timed on.
  std::string out;
  out.reserve(512 * (diagnostics.all().size() + 1));  // about one diagnostic's worth each
  out += "{\n  \"diagnostics\": [";
  bool first = true;
  for (const Diagnostic& d : diagnostics.all()) {
    out += first ? "\n    {\n" : ",\n    {\n";
    first = false;
    fmt::format_to(std::back_inserter(out), "      \"severity\": \"{}\",\n      \"code\": ", to_string(d.severity));
    json_string(out, d.code);
    out += ",\n";
    json_place(out, sources, d.range, "      ");
    out += "      \"message\": ";
    json_string(out, d.message);
    out += ",\n      \"help\": ";
    json_string(out, d.help);
    out += ",\n      \"notes\": [";
    for (std::size_t i = 0; i < d.notes.size(); ++i) {
      out += i == 0 ? "\n        {\n" : ",\n        {\n";
      json_place(out, sources, d.notes[i].range, "          ");
      out += "          \"message\": ";
      json_string(out, d.notes[i].message);
      out += "\n        }";
    }
    out += d.notes.empty() ? "]\n    }" : "\n      ]\n    }";
  }
  out += first ? "],\n" : "\n  ],\n";
  fmt::format_to(std::back_inserter(out), "  \"errors\": {},\n  \"warnings\": {}\n}}\n", diagnostics.errors(),
                 diagnostics.warnings());
  return out;
}

std::string count(std::size_t n, std::string_view noun) { return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s"); }

std::string format_counts(const Diagnostics& diagnostics) {
  if (diagnostics.all().empty()) return "no problems";
  return fmt::format("{}, {}", count(diagnostics.errors(), "error"), count(diagnostics.warnings(), "warning"));
}

}  // namespace toc
