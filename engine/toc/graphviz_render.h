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

/// What render_dot does with Graphviz's laid-out graph once the image is made. Freeing it
/// takes about 5% of a 100-node render; a program that exits right after rendering can leave
/// that to the operating system, as clang's driver does with -disable-free.
enum class GraphMemory { free, leave_to_exit };

/// Lays out `dot` and renders it as `format` ("svg", "png" or "pdf").
RenderResult render_dot(const std::string& dot, std::string_view format, GraphMemory memory = GraphMemory::free);

}  // namespace toc
