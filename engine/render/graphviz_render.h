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

/// Lays out `dot` and renders it as `format` ("svg", "png" or "pdf"). Names get Graphviz IDs in
/// the order the DOT gives them, not by heap address, so clusters come out in the DOT's order.
RenderResult render_dot(const std::string& dot, std::string_view format, GraphMemory memory = GraphMemory::free);

/// Loads what Graphviz needs before its first layout (its plugins, pango, fontconfig on a thread
/// of its own, and the diagrams' font: about 10 ms) by rendering a one-node graph as `format`, so
/// that a render_dot that follows starts warm. It holds render_dot's lock, so it can run on
/// another thread while the caller loads the model.
/// Example: `std::async(std::launch::async, warm_up_graphviz, "svg")`.
void warm_up_graphviz(std::string_view format);

}  // namespace toc
