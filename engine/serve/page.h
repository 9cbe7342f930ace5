// The served page: the report (or, before the model ever loaded without errors, a shell of its
// own) with the diagnostics on top and the live-reload script, under a Content-Security-Policy as
// strict as the report's plus the script and its event stream from the server itself.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "serve/loaded.h"

namespace toc {

/// The report's own policy (products/report/report.cpp): no scripts, nothing fetched.
inline constexpr std::string_view report_csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
/// The served page's: the report's, plus /live.js and /events from the same origin.
inline constexpr std::string_view page_csp =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'self'; connect-src 'self'";

/// What is wrong, above the page: the load's errors as `toc check` prints them (file:line:col,
/// the line quoted, help), the file that could not be read, or a view that is not one. Empty when
/// there is nothing to say. `below` says what the page shows under them.
std::string problems_html(const LoadedModel& current, std::string_view below, const std::string& view_problem);

/// What a page shows under the problems, in words.
inline constexpr std::string_view below_last_good =
    "The last version without errors is shown below until they are fixed.";
inline constexpr std::string_view below_current = "The report below is made from the rows that passed.";
inline constexpr std::string_view below_nothing = "The report appears here once the model loads without errors.";

/// `report` (report_html's output) made live: its policy widened to page_csp, the script and
/// `generation` in its head, `problems` first in its body. Nothing when the report does not have
/// the shape expected (its policy changed): the caller must not serve it then.
std::optional<std::string> live_report(std::string report, std::string_view problems, std::uint64_t generation);

/// A page of its own, for when there is no good report to show: a title, `problems`, and a line
/// saying the report appears once the model loads without errors.
std::string shell_page(std::string_view model_name, std::string_view problems, std::uint64_t generation);

}  // namespace toc
