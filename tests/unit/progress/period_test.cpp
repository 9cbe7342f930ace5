// Periods: the five forms, their first and last days, and the help for the forms people write.
#include <catch2/catch.hpp>

#include "progress/period.h"

using namespace toc;

namespace {

Period parse(const std::string& text) {
  std::string problem;
  const std::optional<Period> period = parse_period(text, problem);
  INFO(text << ": " << problem);
  REQUIRE(period);
  return *period;
}

std::string problem_of(const std::string& text) {
  std::string problem;
  CHECK_FALSE(parse_period(text, problem));
  return problem;
}

}  // namespace

TEST_CASE("period: each form has its first and last day") {
  CHECK(parse("2024-03-31") == Period{Granularity::day, {2024, 3, 31}, {2024, 3, 31}});
  CHECK(parse("2024-02") == Period{Granularity::month, {2024, 2, 1}, {2024, 2, 29}});  // a leap year
  CHECK(parse("2023-02").last == Date{2023, 2, 28});
  CHECK(parse("2024-Q1") == Period{Granularity::quarter, {2024, 1, 1}, {2024, 3, 31}});
  CHECK(parse("2024-Q4") == Period{Granularity::quarter, {2024, 10, 1}, {2024, 12, 31}});
  CHECK(parse("2024") == Period{Granularity::year, {2024, 1, 1}, {2024, 12, 31}});
  CHECK(parse("2023/24") == Period{Granularity::financial_year, {2023, 4, 1}, {2024, 3, 31}});
  CHECK(parse("1999/00") == Period{Granularity::financial_year, {1999, 4, 1}, {2000, 3, 31}});
}

TEST_CASE("period: written back as the data writes it") {
  for (const std::string text : {"2024-03-31", "2024-03", "2024-Q2", "2024", "2023/24"})
    CHECK(to_string(parse(text)) == text);
}

TEST_CASE("period: what is not a period gets the form to write") {
  CHECK(problem_of("31/03/2024") ==
        "'31/03/2024' could be day/month or month/day: write dates as year-month-day, e.g. 2024-03-31");
  CHECK(problem_of("Q1 2024") == "write a quarter as 2024-Q1");
  CHECK(problem_of("2024 Q1") == "write a quarter as 2024-Q1");
  CHECK(problem_of("2023/2024") == "write a financial year as 2023/24");
  CHECK(problem_of("2023-2024") == "write a financial year as 2023/24");
  CHECK(problem_of("2023/25") == "a financial year runs from April to the next March: write 2023/24");
  CHECK(problem_of("2024-02-30") == "'2024-02-30' is not a date in the calendar");
  CHECK(problem_of("2024-13") == "'2024-13' is not a date in the calendar");
  CHECK(problem_of("2024-3") == "write a month with two digits: 2024-03");
  CHECK_THAT(problem_of("March 2024"), Catch::StartsWith("write a date 2024-03-31, a month 2024-03"));
  CHECK_THAT(problem_of("2024-q1"), Catch::StartsWith("write a quarter as 2024-Q1"));
}

TEST_CASE("period: calendar arithmetic") {
  CHECK(days_between({2024, 2, 28}, {2024, 3, 1}) == 2);
  CHECK(days_between({2024, 3, 1}, {2024, 2, 28}) == -2);
  CHECK(add_days({2024, 12, 31}, 1) == Date{2025, 1, 1});
  CHECK(add_days({2024, 3, 31}, 61) == Date{2024, 5, 31});
  CHECK_FALSE(is_valid({2023, 2, 29}));
}

TEST_CASE("period: the next period of each granularity starts the day after") {
  CHECK(next_period(parse("2024-12")) == parse("2025-01"));
  CHECK(next_period(parse("2024-01")) == parse("2024-02"));  // 2024-02 ends on the 29th
  CHECK(next_period(parse("2024-Q4")) == parse("2025-Q1"));
  CHECK(next_period(parse("2024")) == parse("2025"));
  CHECK(next_period(parse("2023/24")) == parse("2024/25"));
  CHECK(next_period(parse("2024-02-29")) == parse("2024-03-01"));
}
