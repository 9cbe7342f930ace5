// The views a served page shows, by URL: /?priority=p1, /?focus=<id>&depth=2, /?levels=outcome,impact
// — the options of `toc render`.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "view/view.h"

namespace toc {

/// `text` with its %XX escapes decoded and '+' read as a space (as in a query); nothing when an
/// escape is broken or the result holds a NUL.
std::optional<std::string> percent_decode(std::string_view text);

struct ViewQuery {
  ViewOptions view;
  std::string problem;  ///< why the query is not a view (lowercase); empty when it is one
};

/// Reads priority=, focus=, depth= (with focus) and levels= from a query string (the part of the
/// URL after '?'). Ids are checked later, by make_view.
ViewQuery parse_view_query(std::string_view query);

}  // namespace toc
