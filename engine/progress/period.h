// Periods of measurement as the data writes them: a day, a month, a quarter, a calendar year or
// a UK financial year (1 April to 31 March). Each has a first and a last day.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model/model.h"

namespace toc {

/// How long a period is. Mixing granularities within one indicator is an error (mixed-periods).
enum class Granularity : std::uint8_t { day, month, quarter, year, financial_year };
/// "day", "month", "quarter", "year", "financial year".
std::string_view to_string(Granularity granularity);

/// A period: its granularity and its first and last day, both included.
/// Example: "2024-Q1" is {quarter, 2024-01-01, 2024-03-31}; "2023/24" is {financial_year,
/// 2023-04-01, 2024-03-31}.
struct Period {
  Granularity granularity = Granularity::day;
  Date first;
  Date last;
  auto operator<=>(const Period&) const = default;
};

/// The period `text` names, or nothing with `problem` set to the help to show: how to write
/// what was probably meant ("write 2024-03-01 (year-month-day)").
std::optional<Period> parse_period(std::string_view text, std::string& problem);

/// The period as the data writes it: "2024-03-31", "2024-03", "2024-Q1", "2024", "2023/24".
std::string to_string(const Period& period);

/// Days from `from` to `to` (negative when `to` is earlier).
int days_between(const Date& from, const Date& to);
/// `date` moved by `days` (which may be negative).
Date add_days(const Date& date, int days);
/// Whether `date` is a real calendar date.
bool is_valid(const Date& date);

/// The period of the same granularity that starts the day after `period` ends.
/// Example: next_period("2024-12") is "2025-01"; next_period("2023/24") is "2024/25".
Period next_period(const Period& period);

}  // namespace toc
