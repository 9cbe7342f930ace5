#include "progress/period.h"

#include <regex>

#include <date/date.h>
#include <fmt/format.h>

namespace toc {

namespace {

date::year_month_day to_ymd(const Date& d) {
  return date::year{d.year} / date::month{static_cast<unsigned>(d.month)} / date::day{static_cast<unsigned>(d.day)};
}

Date from_ymd(const date::year_month_day& ymd) {
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

/// The last day of `month` of `year`.
Date month_end(int year, int month) {
  return from_ymd(date::year_month_day{date::year{year} / date::month{static_cast<unsigned>(month)} / date::last});
}

/// The number the leading digits of `digits` write (0 for none); the callers have checked them.
int number(std::string_view digits) {
  int value = 0;
  for (const char c : digits) {
    if (c < '0' || c > '9') break;
    value = value * 10 + (c - '0');
  }
  return value;
}

/// Whether `text[from, from + count)` are all digits.
bool digits(std::string_view text, std::size_t from, std::size_t count) {
  if (text.size() < from + count) return false;
  for (std::size_t i = from; i < from + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  return true;
}

/// The exact forms, by length and separators (no regex: this runs once per row of data).
std::optional<Period> exact(std::string_view text) {
  if (!digits(text, 0, 4)) return std::nullopt;
  const int y = number(text.substr(0, 4));
  if (text.size() == 4) return Period{Granularity::year, {y, 1, 1}, {y, 12, 31}};
  if (text.size() == 7 && text[4] == '/' && digits(text, 5, 2)) {
    if ((y + 1) % 100 != number(text.substr(5, 2))) return std::nullopt;
    return Period{Granularity::financial_year, {y, 4, 1}, {y + 1, 3, 31}};
  }
  if (text.size() == 7 && text[4] == '-' && text[5] == 'Q' && text[6] >= '1' && text[6] <= '4') {
    const int q = text[6] - '0';
    return Period{Granularity::quarter, {y, 3 * q - 2, 1}, month_end(y, 3 * q)};
  }
  if (text.size() == 7 && text[4] == '-' && digits(text, 5, 2)) {
    const int mo = number(text.substr(5, 2));
    if (mo < 1 || mo > 12) return std::nullopt;
    return Period{Granularity::month, {y, mo, 1}, month_end(y, mo)};
  }
  if (text.size() == 10 && text[4] == '-' && text[7] == '-' && digits(text, 5, 2) && digits(text, 8, 2)) {
    const Date d{y, number(text.substr(5, 2)), number(text.substr(8, 2))};
    if (!is_valid(d)) return std::nullopt;
    return Period{Granularity::day, d, d};
  }
  return std::nullopt;
}

/// How to write what `text` probably means, for the forms people write that are not ours.
std::string hint(const std::string& text) {
  static const std::regex slashed_date(R"(^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$)");
  static const std::regex quarter_first(R"(^[Qq]([1-4])[ /-]?(\d{4})$)");
  static const std::regex quarter_loose(R"(^(\d{4})[ /-]?[Qq]([1-4])$)");
  static const std::regex long_financial(R"(^(\d{4})[/-](\d{4})$)");
  static const std::regex loose_month(R"(^(\d{4})-(\d{1})$)");
  static const std::regex iso_like(R"(^(\d{4})-(\d{2})(-\d{2})?$)");
  static const std::regex financial_like(R"(^(\d{4})/(\d{2})$)");
  std::smatch m;
  if (std::regex_match(text, m, iso_like)) return fmt::format("'{}' is not a date in the calendar", text);
  if (std::regex_match(text, m, financial_like)) {
    return fmt::format("a financial year runs from April to the next March: write {}/{:02}", m.str(1),
                       (number(m.str(1)) + 1) % 100);
  }
  if (std::regex_match(text, m, slashed_date)) {
    return fmt::format("'{}' could be day/month or month/day: write dates as year-month-day, e.g. {}-{:02}-{:02}", text,
                       m.str(3), number(m.str(2)), number(m.str(1)));
  }
  if (std::regex_match(text, m, quarter_first) || std::regex_match(text, m, quarter_loose)) {
    const bool first = text[0] == 'Q' || text[0] == 'q';
    return fmt::format("write a quarter as {}-Q{}", m.str(first ? 2 : 1), m.str(first ? 1 : 2));
  }
  if (std::regex_match(text, m, long_financial) && number(m.str(2)) == number(m.str(1)) + 1) {
    return fmt::format("write a financial year as {}/{:02}", m.str(1), number(m.str(2)) % 100);
  }
  if (std::regex_match(text, m, loose_month))
    return fmt::format("write a month with two digits: {}-0{}", m.str(1), m.str(2));
  return "write a date 2024-03-31, a month 2024-03, a quarter 2024-Q1, a year 2024 or a financial year 2023/24";
}

}  // namespace

std::string_view to_string(Granularity granularity) {
  static constexpr std::string_view names[] = {"day", "month", "quarter", "year", "financial year"};
  return names[static_cast<int>(granularity)];
}

bool is_valid(const Date& date) { return to_ymd(date).ok(); }

int days_between(const Date& from, const Date& to) {
  return static_cast<int>((date::sys_days{to_ymd(to)} - date::sys_days{to_ymd(from)}).count());
}

Date add_days(const Date& date, int days) { return from_ymd(date::sys_days{to_ymd(date)} + date::days{days}); }

Period next_period(const Period& period) {
  const Date first = add_days(period.last, 1);
  const auto months_on = [&](int months) {  // the last day of the month `months` - 1 after `first`'s
    const int index = first.year * 12 + (first.month - 1) + months - 1;
    return month_end(index / 12, index % 12 + 1);
  };
  switch (period.granularity) {
    case Granularity::day:
      return {period.granularity, first, first};
    case Granularity::month:
      return {period.granularity, first, months_on(1)};
    case Granularity::quarter:
      return {period.granularity, first, months_on(3)};
    case Granularity::year:
    case Granularity::financial_year:
      break;
  }
  return {period.granularity, first, months_on(12)};
}

std::optional<Period> parse_period(std::string_view text, std::string& problem) {
  if (std::optional<Period> period = exact(text)) return period;
  problem = hint(std::string(text));
  return std::nullopt;
}

std::string to_string(const Period& period) {
  const Date& d = period.first;
  switch (period.granularity) {
    case Granularity::day:
      return to_string(d);
    case Granularity::month:
      return fmt::format("{:04}-{:02}", d.year, d.month);
    case Granularity::quarter:
      return fmt::format("{:04}-Q{}", d.year, (d.month + 2) / 3);
    case Granularity::year:
      return fmt::format("{:04}", d.year);
    case Granularity::financial_year:
      return fmt::format("{:04}/{:02}", d.year, (d.year + 1) % 100);
  }
  return {};
}

}  // namespace toc
