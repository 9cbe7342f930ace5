#include "base/text.h"

#include <algorithm>

#include <fmt/format.h>

namespace toc {

namespace {

bool starts_code_point(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

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

/// `text` on one line: a message quotes the model's own text, which must not be able to
/// forge extra lines of output. Newlines and tabs are shown escaped, other controls as '?'.
std::string one_line(std::string_view text) {
  std::string result;
  result.reserve(text.size());
  for (const char c : text) {
    if (c == '\n') result += "\\n";
    else if (c == '\t') result += "\\t";
    else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) result += '?';
    else result += c;
  }
  return result;
}

std::string count(std::size_t n, std::string_view noun) { return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s"); }

}  // namespace toc
