#include "base/diagnostic_format.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <iterator>
#include <vector>

#include "base/escape.h"
#include "base/text.h"

namespace toc {

namespace {

std::string location(const SourceSet& sources, const SourceRange& range) {
  if (!range.known()) return std::string(sources.path(range.file));
  return fmt::format("{}:{}:{}", sources.path(range.file), range.line, range.column);
}

/// A quoted line as a terminal shows it, code point by code point.
struct ShownLine {
  explicit ShownLine(std::string_view text)
      : text(text), points(shown_code_points(text)), before(points.size() + 1, 0) {
    for (std::size_t i = 0; i < points.size(); ++i) before[i + 1] = before[i] + points[i].columns;
  }
  std::size_t size() const { return points.size(); }
  /// Where code point `i` starts in `text` (its end for i == size()).
  std::size_t offset(std::size_t i) const { return i < size() ? points[i].at : text.size(); }

  std::string_view text;
  std::vector<ShownCodePoint> points;
  std::vector<std::size_t> before;  ///< the columns before each code point, and before.back() in all
};

/// The code points [first, last) of a line that are shown.
struct Window {
  std::size_t first;
  std::size_t last;
};

/// All of `line` when it fits in `width` columns; otherwise `width` columns of it from `lead`
/// columns before code point `start` (or from the line's start), never from inside a cluster.
Window clip(const ShownLine& line, std::size_t start, std::size_t width, std::size_t lead) {
  const std::vector<std::size_t>& before = line.before;
  Window window{0, 0};
  if (before.back() > width && before[start] > lead) {
    while (before[start] - before[window.first] > lead) ++window.first;
    while (window.first < start && line.points[window.first].columns == 0) ++window.first;
  }
  window.last = window.first;
  while (window.last < line.size() && before[window.last + 1] - before[window.first] <= width) ++window.last;
  return window;
}

/// The quoted source line and a caret under the range; nothing when the line is unknown.
/// Columns count code points (as toml++ reports them, a tab being one), which source_line keeps
/// in place; the caret is placed by terminal columns, so it stands under the right text after
/// wide characters (CJK, emoji) and combining marks. Long lines are clipped to a window around
/// the range, with "…" where text is left out.
void quote(std::string& out, const SourceSet& sources, const SourceRange& range) {
  constexpr std::size_t width = 100;  // terminal columns shown of one line
  constexpr std::size_t lead = 30;    // columns kept before the range when clipping
  if (!range.known()) return;
  const std::string text = escape::source_line(sources.line_text(range.file, range.line));
  const ShownLine line(text);
  if (line.size() == 0) return;
  const std::size_t start = std::min<std::size_t>(range.column > 0 ? range.column - 1 : 0, line.size() - 1);
  std::size_t stop = range.end_line == range.line && range.end_column >= range.column ? range.end_column : line.size();
  stop = std::clamp(stop, start + 1, line.size());
  const Window window = clip(line, start, width, lead);
  const bool cut_left = window.first > 0;
  std::string shown = cut_left ? "…" : "";
  shown.append(text, line.offset(window.first), line.offset(window.last) - line.offset(window.first));
  if (window.last < line.size()) shown += "…";
  const std::size_t pad = line.before[start] - line.before[window.first] + (cut_left ? 1 : 0);
  const std::size_t span = std::max<std::size_t>(1, line.before[std::min(stop, window.last)] - line.before[start]);
  fmt::format_to(std::back_inserter(out), "{:>5} | {}\n      | {}^{}\n", range.line, shown, std::string(pad, ' '),
                 std::string(span - 1, '~'));
}

}  // namespace

std::string format_text(const Diagnostics& diagnostics, const SourceSet& sources) {
  std::string out;
  for (const Diagnostic& d : diagnostics.all()) {
    if (!out.empty()) out += '\n';
    fmt::format_to(std::back_inserter(out), "{}: {}[{}]: {}\n", location(sources, d.range), to_string(d.severity),
                   d.code, escape::terminal(d.message));
    quote(out, sources, d.range);
    for (const Note& note : d.notes) {
      fmt::format_to(std::back_inserter(out), "{}: note: {}\n", location(sources, note.range),
                     escape::terminal(note.message));
      quote(out, sources, note.range);
    }
    if (!d.help.empty()) fmt::format_to(std::back_inserter(out), "help: {}\n", escape::terminal(d.help));
  }
  return out;
}

namespace {

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
      if (path.empty()) escape::json_string(path, sources_.path(range.file));
      out += path;
    } else {
      escape::json_string(out, sources_.path(range.file));
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
    escape::json_string(out, d.code);
    out += ",\n";
    places.write(out, d.range, "      ");
    out += "      \"message\": ";
    escape::json_string(out, d.message);
    out += ",\n      \"help\": ";
    escape::json_string(out, d.help);
    out += ",\n      \"notes\": [";
    for (std::size_t i = 0; i < d.notes.size(); ++i) {
      out += i == 0 ? "\n        {\n" : ",\n        {\n";
      places.write(out, d.notes[i].range, "          ");
      out += "          \"message\": ";
      escape::json_string(out, d.notes[i].message);
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
