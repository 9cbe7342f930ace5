// Stage "render", second half: DOT to SVG, PNG or PDF, laid out and drawn in-process by
// Graphviz (cgraph builds the graph, gvc lays it out with `dot` and renders). The only file
// that includes Graphviz headers.
#pragma once

#include <string>
#include <string_view>

namespace toc {

struct RenderResult {
  std::string bytes;  ///< the image; empty on failure
  std::string error;  ///< why it failed, lowercase; empty on success
};

/// Lays out `dot` and renders it as `format` ("svg", "png" or "pdf").
RenderResult render_dot(const std::string& dot, std::string_view format);

}  // namespace toc
