#include "progress/cells.h"

#include <charconv>
#include <cmath>

#include <fmt/format.h>

namespace toc {

namespace {

std::optional<double> plain(std::string_view text) {
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

/// `text` with thousands separators removed when they group digits in threes ("1,104,000"),
/// else nothing.
std::optional<std::string> without_separators(std::string_view text) {
  const std::size_t point = text.find('.');
  const std::string_view whole = text.substr(0, point);
  if (whole.find(',') == std::string_view::npos) return std::nullopt;
  std::string digits;
  std::size_t group = 0;
  bool first = true;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    const char c = whole[i];
    if (c == ',') {
      if ((first && (group == 0 || group > 3)) || (!first && group != 3)) return std::nullopt;
      first = false;
      group = 0;
      continue;
    }
    digits += c;
    if (c >= '0' && c <= '9') ++group;
  }
  if (group != 3) return std::nullopt;
  if (point != std::string_view::npos) digits += text.substr(point);
  return digits;
}

std::string_view trim_currency(std::string_view text) {
  for (const std::string_view sign : {"£", "$", "€"}) {
    if (text.rfind(sign, 0) == 0) return text.substr(sign.size());
  }
  return {};
}

}  // namespace

NumberCell read_number(std::string_view cell, std::string_view column) {
  if (cell.empty()) {
    return {std::nullopt, fmt::format("the {} is blank", column),
            column == "value" ? "write the figure; where there is none, leave the row out: a gap is shown as a gap, "
                                "never as zero"
                              : fmt::format("write a number, or leave out the {} column", column)};
  }
  if (std::optional<double> value = plain(cell)) return {value, {}, {}};
  const std::string problem = fmt::format("the {} '{}' is not a number", column, cell);
  if (const auto digits = without_separators(cell); digits && plain(*digits)) {
    return {std::nullopt, problem, fmt::format("write {} without the thousands separator", *digits)};
  }
  if (cell.back() == '%' && plain(cell.substr(0, cell.size() - 1))) {
    return {std::nullopt, problem,
            fmt::format("write {} without the % sign (a percentage indicator takes its figures as 0 to 100)",
                        cell.substr(0, cell.size() - 1))};
  }
  if (const std::string_view amount = trim_currency(cell); !amount.empty()) {
    const auto digits = without_separators(amount);
    const std::string shown = digits ? *digits : std::string(amount);
    if (plain(shown)) return {std::nullopt, problem, fmt::format("write {} without the currency sign", shown)};
  }
  return {std::nullopt, problem, "write a plain number, e.g. 1104 or 12.5"};
}

int decimals(std::string_view cell) {
  const std::size_t point = cell.find('.');
  if (point == std::string_view::npos) return 0;
  std::size_t end = point + 1;
  while (end < cell.size() && cell[end] >= '0' && cell[end] <= '9') ++end;
  return static_cast<int>(end - point - 1);
}

}  // namespace toc
