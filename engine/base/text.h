// UTF-8 text as a reader counts it: code points, not bytes. Shared by everything that lines
// text up or cuts it short (diagram labels, the coverage table, the report's chart, spreadsheet cells).
// Also the small pieces of wording that messages share (counts, lists joined with "or").
#pragma once

#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>

namespace toc {

/// "1 file", "3 files": `n` and `noun`, with an "s" unless n is 1.
std::string count(std::size_t n, std::string_view noun);

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

/// `text` on one line: output that quotes the model's own text must not let it forge extra
/// lines. Newlines and tabs are shown escaped (\n, \t), other control characters as '?'.
std::string one_line(std::string_view text);

}  // namespace toc
