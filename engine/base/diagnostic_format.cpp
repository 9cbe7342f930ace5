#include "base/diagnostic_format.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <iterator>
#include <vector>

#include "base/text.h"

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
/// Bytes a JSON string holds as they are: printable ASCII other than '"' and '\\'.
bool plain(unsigned char c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; }

void json_string(std::string& out, std::string_view text) {
  out += '"';
  for (std::size_t i = 0; i < text.size();) {
    // Most text needs no escaping: each run of it is copied in one append, not byte by byte
    // (a 100k-node model's report has tens of thousands of messages).
    std::size_t run = i;
    while (run < text.size() && plain(static_cast<unsigned char>(text[run]))) ++run;
    if (run > i) {
      out.append(text.data() + i, run - i);
      i = run;
      continue;
    }
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default: fmt::format_to(std::back_inserter(out), "\\u{:04x}", c);  // the other controls
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

/// `indent"name": number,\n`, with the number written by to_chars rather than a format string.
void json_number(std::string& out, std::string_view indent, std::string_view name, std::uint32_t number) {
  char digits[16];
  const auto [end, error] = std::to_chars(std::begin(digits), std::end(digits), number);
  out.append(indent).append("\"").append(name).append("\": ").append(digits, end).append(",\n");
}

/// Writes the place members of diagnostics and notes; each file's path is quoted once per
/// report, not once per diagnostic.
class JsonPlaces {
 public:
  explicit JsonPlaces(const SourceSet& sources) : sources_(sources), quoted_(sources.size()) {}

  void write(std::string& out, const SourceRange& range, std::string_view indent) {
    out.append(indent).append("\"file\": ");
    if (range.file < quoted_.size()) {
      std::string& path = quoted_[range.file];
      if (path.empty()) json_string(path, sources_.path(range.file));
      out += path;
    } else {
      json_string(out, sources_.path(range.file));
    }
    out += ",\n";
    json_number(out, indent, "line", range.line);
    json_number(out, indent, "column", range.column);
    json_number(out, indent, "end_line", range.end_line);
    json_number(out, indent, "end_column", range.end_column);
  }

 private:
  const SourceSet& sources_;
  std::vector<std::string> quoted_;  ///< per file, "" until first used
};

}  // namespace

void write_json(const Diagnostics& diagnostics, const SourceSet& sources,
                const std::function<void(std::string_view)>& sink) {
  // Written directly rather than through a JSON DOM: a large model can carry tens of
  // thousands of diagnostics, and this is on the path `toc check` is timed on.
  constexpr std::size_t piece = 64 * 1024;
  std::string out;
  out.reserve(piece + 4096);
  const auto pass_on = [&] {
    sink(out);
    out.clear();
  };
  out += "{\n  \"diagnostics\": [";
  JsonPlaces places(sources);
  bool first = true;
  for (const Diagnostic& d : diagnostics.all()) {
    if (out.size() >= piece) pass_on();
    out += first ? "\n    {\n" : ",\n    {\n";
    first = false;
    out.append("      \"severity\": \"").append(to_string(d.severity)).append("\",\n      \"code\": ");
    json_string(out, d.code);
    out += ",\n";
    places.write(out, d.range, "      ");
    out += "      \"message\": ";
    json_string(out, d.message);
    out += ",\n      \"help\": ";
    json_string(out, d.help);
    out += ",\n      \"notes\": [";
    for (std::size_t i = 0; i < d.notes.size(); ++i) {
      out += i == 0 ? "\n        {\n" : ",\n        {\n";
      places.write(out, d.notes[i].range, "          ");
      out += "          \"message\": ";
      json_string(out, d.notes[i].message);
      out += "\n        }";
    }
    out += d.notes.empty() ? "]\n    }" : "\n      ]\n    }";
  }
  out += first ? "],\n" : "\n  ],\n";
  fmt::format_to(std::back_inserter(out), "  \"errors\": {},\n  \"warnings\": {}\n}}\n", diagnostics.errors(),
                 diagnostics.warnings());
  pass_on();
}

std::string format_json(const Diagnostics& diagnostics, const SourceSet& sources) {
  std::string json;
  json.reserve(512 * (diagnostics.all().size() + 1));  // about one diagnostic's worth each
  write_json(diagnostics, sources, [&](std::string_view piece) { json += piece; });
  return json;
}

std::string format_counts(const Diagnostics& diagnostics) {
  if (diagnostics.all().empty()) return "no problems";
  return fmt::format("{}, {}", count(diagnostics.errors(), "error"), count(diagnostics.warnings(), "warning"));
}

}  // namespace toc
