// UTF-8 text as a reader counts it: code points, not bytes, and on a terminal, columns by
// grapheme cluster. Shared by everything that lines text up or cuts it short (diagram labels,
// the coverage table, the report's chart, spreadsheet cells, the caret under a quoted line).
// Also the small pieces of wording that messages share (counts, lists joined with "or").
// Escaping text for a format is base/escape.h's business, not this file's.
#pragma once

#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace toc {

/// "1 file", "3 files": `n` and `noun`, with an "s" unless n is 1.
std::string count(std::size_t n, std::string_view noun);
/// "1 priority", "3 priorities": `n` and `one` or `many`, for nouns that take more than an "s".
std::string count(std::size_t n, std::string_view one, std::string_view many);

/// `count` of `total` as a whole percent, "67%": rounded to the nearest (half up), except that a
/// share short of all never shows as 100% and a share above none never as 0% (199/200 is "99%",
/// 1/1000 is "1%"). "-" when total is 0: a share of nothing is no share.
std::string percent(std::size_t count, std::size_t total);

/// "a", "a or b", "a, b or c": `items` in a sentence, each word made by `word`.
template <typename Items, typename Word>
std::string join_or(const Items& items, const Word& word) {
  std::string out;
  std::size_t i = 0;
  for (const auto& item : items) {
    if (i > 0) out += i + 1 == std::size(items) ? " or " : ", ";
    out += word(item);
    ++i;
  }
  return out;
}

/// "a", "a or b", "a, b or c": `items` (texts) in a sentence.
template <typename Items>
std::string join_or(const Items& items) {
  return join_or(items, [](const auto& item) { return std::string(item); });
}

/// How many code points `text` holds.
std::size_t code_points(std::string_view text);

/// `text` when it has at most `limit` code points; otherwise its first `limit - 1` code points
/// and "…", so the result is `limit` code points long. Never splits a code point.
std::string shorten(std::string_view text, std::size_t limit);

/// The length of the well-formed UTF-8 sequence `text` starts with (1 to 4), or 0 when it starts
/// with none: a stray continuation byte, a truncated sequence, an overlong form, a surrogate or a
/// code point above U+10FFFF (Unicode's table 3-7). 0 for empty text too.
/// Example: utf8_length("é!") == 2; utf8_length("\xC0\xAF") == 0.
inline std::size_t utf8_length(std::string_view text) {
  if (text.empty()) return 0;
  const auto byte = [&](std::size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0u; };
  const auto continues = [&](std::size_t i, unsigned low = 0x80, unsigned high = 0xBF) {
    return byte(i) >= low && byte(i) <= high;
  };
  const unsigned c = byte(0);
  if (c < 0x80) return 1;
  if (c < 0xC2) return 0;
  if (c < 0xE0) return continues(1) ? 2 : 0;
  if (c < 0xF0) {
    const bool second = c == 0xE0 ? continues(1, 0xA0) : c == 0xED ? continues(1, 0x80, 0x9F) : continues(1);
    return second && continues(2) ? 3 : 0;
  }
  if (c > 0xF4) return 0;
  const bool second = c == 0xF0 ? continues(1, 0x90) : c == 0xF4 ? continues(1, 0x80, 0x8F) : continues(1);
  return second && continues(2) && continues(3) ? 4 : 0;
}

/// How many terminal columns `text` takes, counted by grapheme cluster (what a reader sees as
/// one character, per Unicode's segmentation rules): 2 for a wide cluster — CJK, emoji, an emoji
/// ZWJ sequence (👩‍💻) or a flag (🇬🇧), each drawn as one emoji, or a character an emoji
/// presentation selector (U+FE0F) makes one —, 0 for a cluster of zero-width characters, else 1.
/// Combining marks add nothing to the cluster they belong to. Control characters count 0:
/// make text printable first (escape::source_line). A byte that is not UTF-8 counts 1, as the
/// U+FFFD it is shown as.
/// Example: display_width("中文") == 4; display_width("e\u0301") == 1; display_width("👍🏽") == 2.
std::size_t display_width(std::string_view text);

/// `text` when a terminal shows it in at most `columns` columns; otherwise its first whole
/// grapheme clusters that fit in `columns - 1` and "…". Never splits a cluster.
/// Example: shorten_columns("中文字", 4) == "中…"; shorten_columns("abc", 3) == "abc".
std::string shorten_columns(std::string_view text, std::size_t columns);

/// `text` followed by spaces up to `columns` terminal columns (nothing when it is that wide already).
/// Example: pad_columns("中", 4) == "中  ".
std::string pad_columns(std::string_view text, std::size_t columns);

/// A code point of a text as a terminal shows it: where it starts and how many columns it adds.
struct ShownCodePoint {
  std::size_t at;       ///< byte offset in the text
  std::size_t columns;  ///< its cluster's display width on a cluster's first code point, else 0
};

/// `text` code point by code point (an invalid byte counts as one), with the columns each adds:
/// the columns of the code points from i to j add up to the width the terminal gives that part,
/// whichever clusters it holds.
/// Example: shown_code_points("a中\u0301") == {{0, 1}, {1, 2}, {4, 0}}.
std::vector<ShownCodePoint> shown_code_points(std::string_view text);

}  // namespace toc
