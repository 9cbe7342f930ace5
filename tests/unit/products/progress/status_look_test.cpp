// How statuses are shown: each has its own symbol and name, a node takes its worst indicator's
// colour, counts are told in words.
#include <catch2/catch.hpp>

#include <set>

#include "products/progress/status_look.h"

using namespace toc;

namespace {

StatusCounts counts(std::initializer_list<std::pair<Status, std::uint32_t>> given) {
  StatusCounts result{};
  for (const auto& [status, n] : given) result[static_cast<std::size_t>(status)] = n;
  return result;
}

}  // namespace

TEST_CASE("status look: every status has a symbol and a name of its own") {
  std::set<std::string_view> symbols, names;
  for (std::size_t s = 0; s < status_count; ++s) {
    const StatusLook& look = look_of(static_cast<Status>(s));
    symbols.insert(look.symbol);
    names.insert(look.name);
    CHECK(look.fill.size() == 7);
    CHECK(look.stroke.size() == 7);
  }
  CHECK(symbols.size() == status_count);
  CHECK(names.size() == status_count);
  CHECK(look_of(Status::on_track).name == "on-track");
}

TEST_CASE("status look: a node takes the colour of its worst judged indicator") {
  CHECK(headline_status(counts({{Status::on_track, 3}, {Status::off_track, 1}})) == Status::off_track);
  CHECK(headline_status(counts({{Status::improving, 1}, {Status::concern, 1}})) == Status::concern);
  CHECK(headline_status(counts({{Status::achieved, 1}, {Status::behind, 2}})) == Status::behind);
  CHECK(headline_status(counts({{Status::on_track, 1}, {Status::no_data, 4}})) == Status::on_track);
  CHECK(headline_status(counts({{Status::reported, 1}, {Status::no_data, 1}})) == Status::no_data);
  CHECK(headline_status(counts({})) == Status::no_data);
}

TEST_CASE("status look: counts in words, never an average") {
  const StatusCounts c = counts({{Status::off_track, 2}, {Status::on_track, 1}});
  CHECK(describe_counts(c) == "3 indicators: 1 on track, 2 off track");
  CHECK(describe_count_parts(c) == "1 on track, 2 off track");
  CHECK(describe_count_parts(counts({})).empty());
}

TEST_CASE("status look: a badge says the status in words beside its symbol; the style sheet colours it") {
  CHECK(status_badge(Status::not_moving) ==
        "<span class=\"status status-not-moving\"><span class=\"symbol\" aria-hidden=\"true\">≈</span> not "
        "moving</span>");
  CHECK(status_css().find(".status-not-moving { background: #E3E3E3; border-color: #595959; }") != std::string::npos);
}
