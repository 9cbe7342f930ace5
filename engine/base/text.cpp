#include "base/text.h"

#include <utf8proc.h>

#include <algorithm>

#include <fmt/format.h>

namespace toc {

namespace {

bool starts_code_point(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

/// Flags are pairs of these (U+1F1E6-U+1F1FF); each alone is one column wide.
bool regional_indicator(utf8proc_int32_t c) { return c >= 0x1F1E6 && c <= 0x1F1FF; }

/// The width of one grapheme cluster as it is built up, code point by code point.
class ClusterWidth {
 public:
  void add(utf8proc_int32_t c) {
    widest_ = std::max(widest_, static_cast<std::size_t>(std::max(0, utf8proc_charwidth(c))));
    emoji_ = emoji_ || c == 0xFE0F;  // the emoji presentation selector: "draw the emoji, two columns"
    regional_ += regional_indicator(c) ? 1 : 0;
  }
  /// The widest code point sets the width (a ZWJ sequence of emoji is as wide as one, combining
  /// marks add nothing), but a flag or a character made an emoji by the presentation selector is
  /// two columns wide.
  std::size_t columns() const { return (emoji_ && widest_ > 0) || regional_ >= 2 ? 2 : widest_; }

 private:
  std::size_t widest_ = 0;
  bool emoji_ = false;
  int regional_ = 0;
};

/// Calls `cluster(begin, end, columns)` for each grapheme cluster of `text`: its bytes and its
/// width. A byte that is not UTF-8 is read as U+FFFD, the character it is shown as.
template <typename Cluster>
void walk(std::string_view text, const Cluster& cluster) {
  utf8proc_int32_t previous = -1;
  utf8proc_int32_t state = 0;  // utf8proc's segmentation state across the calls (emoji, flags)
  ClusterWidth width;
  std::size_t begin = 0;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t length = utf8_length(text.substr(at));
    utf8proc_int32_t c = 0xFFFD;
    if (length > 0) utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + at), length, &c);
    if (previous >= 0 && utf8proc_grapheme_break_stateful(previous, c, &state)) {
      cluster(begin, at, width.columns());
      width = ClusterWidth();
      begin = at;
    }
    width.add(c);
    previous = c;
    at += std::max<std::size_t>(length, 1);
  }
  if (previous >= 0) cluster(begin, text.size(), width.columns());
}

}  // namespace

std::size_t code_points(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), starts_code_point));
}

std::string shorten(std::string_view text, std::size_t limit) {
  if (code_points(text) <= limit) return std::string(text);
  std::size_t kept = 0;
  std::size_t at = 0;
  for (; at < text.size(); ++at) {
    if (starts_code_point(text[at]) && ++kept == limit) break;  // the first code point to drop
  }
  return std::string(text.substr(0, at)) + "…";
}

std::size_t display_width(std::string_view text) {
  std::size_t columns = 0;
  walk(text, [&](std::size_t, std::size_t, std::size_t cluster) { columns += cluster; });
  return columns;
}

std::string shorten_columns(std::string_view text, std::size_t columns) {
  if (display_width(text) <= columns) return std::string(text);
  std::size_t used = 0;
  for (const ShownCodePoint& point : shown_code_points(text)) {
    if (point.columns > 0 && used + point.columns + 1 > columns) return std::string(text.substr(0, point.at)) + "…";
    used += point.columns;
  }
  return std::string(text);  // not reached: the text is wider than `columns`
}

std::string pad_columns(std::string_view text, std::size_t columns) {
  return std::string(text) + std::string(columns - std::min(columns, display_width(text)), ' ');
}

std::vector<ShownCodePoint> shown_code_points(std::string_view text) {
  std::vector<ShownCodePoint> shown;
  walk(text, [&](std::size_t begin, std::size_t end, std::size_t columns) {
    for (std::size_t at = begin; at < end; at += std::max<std::size_t>(utf8_length(text.substr(at, end - at)), 1)) {
      shown.push_back({at, at == begin ? columns : 0});
    }
  });
  return shown;
}

std::string count(std::size_t n, std::string_view noun) { return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s"); }

std::string count(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string percent(std::size_t count, std::size_t total) {
  if (total == 0) return "-";
  // Whole numbers only: (200·count + total) / (2·total) is count/total·100 rounded half up.
  std::size_t whole = (200 * count + total) / (2 * total);
  if (count < total) whole = std::min<std::size_t>(whole, 99);
  if (count > 0) whole = std::max<std::size_t>(whole, 1);
  return fmt::format("{}%", whole);
}

}  // namespace toc
