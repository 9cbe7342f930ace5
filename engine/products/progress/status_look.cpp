#include "products/progress/status_look.h"

#include <array>

#include <fmt/format.h>

#include "base/text.h"

namespace toc {

const StatusLook& look_of(Status status) {
  // In Status order. Text in `stroke` on white, and dark text on `fill`, are readable (WCAG AA).
  static constexpr std::array<StatusLook, status_count> looks = {{
      {"★", "#B3D7F2", "#00558A", "achieved"},
      {"✓", "#D5E9F7", "#0072B2", "on-track"},
      {"◐", "#F8EFA0", "#6E6200", "behind"},
      {"✗", "#F7C9B3", "#A63E00", "off-track"},
      {"⊕", "#CCE4F6", "#005F99", "improving"},
      {"⚠", "#FBE0B0", "#8F5B00", "concern"},
      {"≈", "#E3E3E3", "#595959", "not-moving"},
      {"◆", "#EBD3E5", "#8A3F72", "special-cause"},
      {"?", "#F4F4F4", "#6E6E6E", "not-judged"},
      {"✎", "#FFFFFF", "#6E6E6E", "reported"},
      {"∅", "#FFFFFF", "#6E6E6E", "no-data"},
  }};
  return looks[static_cast<std::size_t>(status)];
}

Status headline_status(const StatusCounts& counts) {
  static constexpr Status order[] = {Status::off_track,     Status::concern,    Status::behind,    Status::not_moving,
                                     Status::special_cause, Status::on_track,   Status::improving, Status::achieved,
                                     Status::no_data,       Status::not_judged, Status::reported};
  static_assert(std::size(order) == status_count);
  for (const Status status : order) {
    if (counts[static_cast<std::size_t>(status)] > 0) return status;
  }
  return Status::no_data;
}

std::string status_badge(Status status) {
  const StatusLook& look = look_of(status);
  return fmt::format("<span class=\"status status-{}\"><span class=\"symbol\" aria-hidden=\"true\">{}</span> {}</span>",
                     look.name, look.symbol, to_string(status));
}

std::string status_css() {
  std::string css =
      ".status { display: inline-block; padding: 0 6px; border: 1px solid; border-radius: 3px; color: #1b1b1b; "
      "white-space: nowrap; line-height: 1.5; }\n.status .symbol { font-weight: bold; }\n";
  for (std::size_t s = 0; s < status_count; ++s) {
    const StatusLook& look = look_of(static_cast<Status>(s));
    css += fmt::format(".status-{} {{ background: {}; border-color: {}; }}\n", look.name, look.fill, look.stroke);
  }
  return css;
}

std::string describe_count_parts(const StatusCounts& counts) {
  std::string parts;
  for (std::size_t s = 0; s < status_count; ++s) {
    if (counts[s] == 0) continue;
    parts += fmt::format("{}{} {}", parts.empty() ? "" : ", ", counts[s], to_string(static_cast<Status>(s)));
  }
  return parts;
}

std::string describe_counts(const StatusCounts& counts) {
  std::size_t total = 0;
  for (const std::uint32_t n : counts) total += n;
  return fmt::format("{}: {}", count(total, "indicator"), describe_count_parts(counts));
}

}  // namespace toc
