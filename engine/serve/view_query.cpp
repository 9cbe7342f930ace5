#include "serve/view_query.h"

#include <charconv>

#include <fmt/format.h>

#include "base/escape.h"

namespace toc {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// Longest value taken from a query: ids are at most 64 bytes (base/limits.h); levels a few words.
constexpr std::size_t max_query_value = 256;

}  // namespace

std::optional<std::string> percent_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '+') {
      c = ' ';
    } else if (c == '%') {
      if (i + 2 >= text.size()) return std::nullopt;
      const int high = hex_value(text[i + 1]);
      const int low = hex_value(text[i + 2]);
      if (high < 0 || low < 0) return std::nullopt;
      c = static_cast<char>(high * 16 + low);
      i += 2;
    }
    if (c == '\0') return std::nullopt;
    out += c;
  }
  return out;
}

ViewQuery parse_view_query(std::string_view query) {
  ViewQuery result;
  const auto fail = [&](std::string problem) {
    result.problem = std::move(problem);
    return result;
  };
  while (!query.empty()) {
    const std::size_t amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (pair.empty()) continue;
    const std::size_t equals = pair.find('=');
    const std::optional<std::string> key = percent_decode(pair.substr(0, equals));
    const std::optional<std::string> value =
        percent_decode(equals == std::string_view::npos ? std::string_view() : pair.substr(equals + 1));
    if (!key || !value) return fail("the address has a broken %-escape");
    if (value->size() > max_query_value)
      return fail(fmt::format("the value of '{}' is too long", escape::terminal(*key)));
    if (*key == "priority") {
      result.view.priority = *value;
    } else if (*key == "focus") {
      result.view.focus = *value;
    } else if (*key == "depth") {
      int depth = -1;
      const auto [end, error] = std::from_chars(value->data(), value->data() + value->size(), depth);
      if (error != std::errc() || end != value->data() + value->size() || depth < 0) {
        return fail(
            fmt::format("depth must be a whole number of arrows, 0 or more, not '{}'", escape::terminal(*value)));
      }
      result.view.depth = depth;
    } else if (*key == "levels") {
      std::string bad;
      if (!parse_levels(*value, result.view.levels, bad)) {
        return fail(
            fmt::format("'{}' is not a level; use input, activity, output, outcome, impact", escape::terminal(bad)));
      }
    } else {
      return fail(
          fmt::format("'{}' is not a view option; use priority, focus, depth or levels", escape::terminal(*key)));
    }
  }
  if (result.view.depth && result.view.focus.empty()) return fail("depth needs focus=<id>");
  return result;
}

}  // namespace toc
