// How a status is shown wherever toc shows one (the diagram, the board report, the checklist): a
// symbol and colours beside its words (to_string(Status)), so that no output relies on colour
// alone and every output uses the same colours. One table, so they cannot drift apart.
#pragma once

#include <string>
#include <string_view>

#include "progress/progress.h"

namespace toc {

/// The look of one status. The colours come from the Okabe-Ito palette and, for the XmR
/// statuses, follow NHS Making Data Count: blue for improvement, orange for concern, grey for
/// common cause.
struct StatusLook {
  std::string_view symbol;  ///< a character that tells the status apart without colour, e.g. "✓"
  std::string_view fill;    ///< a light background, dark text readable on it
  std::string_view stroke;  ///< a border and text colour of the same hue, dark enough on white
  std::string_view name;    ///< for class names and ids: "on-track", "no-data"
};

/// The look of `status`.
const StatusLook& look_of(Status status);

/// The order in which statuses claim a node's colour when its indicators differ: the worst
/// judged first (off track, concern, behind, not moving, special cause), then the good ones, then
/// those that judge nothing. Example: a node with one indicator on track and one off track is
/// coloured off track, and its label still counts both.
Status headline_status(const StatusCounts& counts);

/// A status in words, symbol and colour, for HTML:
/// <span class="status status-on-track"><span class="symbol" aria-hidden="true">✓</span> on track</span>.
std::string status_badge(Status status);

/// The style sheet status_badge's classes expect: `.status`, and a `.status-<name>` per status
/// with its colours (which other elements may take too, e.g. a table cell).
std::string status_css();

/// "3 indicators: 1 on track, 2 off track": counts by status, in status order.
std::string describe_counts(const StatusCounts& counts);

/// "1 on track, 2 off track": the counts without the total; "" when there are none.
std::string describe_count_parts(const StatusCounts& counts);

}  // namespace toc
