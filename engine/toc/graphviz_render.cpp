#include "toc/graphviz_render.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>
#include <mutex>

namespace toc {

namespace {

// Graphviz reports problems through a process-wide callback; collect them instead of letting
// it print, since the engine never prints.
std::string* collected = nullptr;
std::mutex collecting;

int collect(char* message) {
  if (collected && message) *collected += message;
  return 0;
}

/// One Graphviz context for the whole process, never freed: the pango plugin of Graphviz 2.43
/// keeps font names from a freed context, so a second context read freed memory (ASan found
/// it: heap-use-after-free in textspan_size when a PDF renders several pages).
GVC_t* shared_context() {
  static GVC_t* const context = gvContext();
  return context;
}

}  // namespace

RenderResult render_dot(const std::string& dot, std::string_view format, GraphMemory memory) {
  RenderResult result;
  std::lock_guard<std::mutex> lock(collecting);
  std::string messages;
  collected = &messages;
  agseterr(AGERR);
  agseterrf(collect);

  GVC_t* const context = shared_context();
  std::unique_ptr<Agraph_t, int (*)(Agraph_t*)> graph(agmemread(dot.c_str()), agclose);
  if (!context || !graph) {
    result.error = "graphviz could not read the diagram" + (messages.empty() ? "" : ": " + messages);
  } else if (gvLayout(context, graph.get(), "dot") != 0) {
    result.error = "graphviz could not lay out the diagram" + (messages.empty() ? "" : ": " + messages);
  } else {
    char* data = nullptr;
    unsigned int length = 0;
    const std::string renderer(format);
    if (gvRenderData(context, graph.get(), renderer.c_str(), &data, &length) != 0 || !data) {
      result.error = "graphviz could not render " + renderer + (messages.empty() ? "" : ": " + messages);
    } else {
      result.bytes.assign(data, length);
    }
    gvFreeRenderData(data);
    if (memory == GraphMemory::free) gvFreeLayout(context, graph.get());
  }
  if (memory == GraphMemory::leave_to_exit) graph.release();
  agseterrf(nullptr);
  collected = nullptr;
  while (!result.error.empty() && (result.error.back() == '\n' || result.error.back() == ' ')) result.error.pop_back();
  return result;
}

void warm_up_graphviz(std::string_view format) {
  // The font is the one every diagram uses (dot.cpp), so pango has it cached for the real render.
  render_dot("digraph { node [fontname=\"Helvetica,Arial,sans-serif\", fontsize=11]; warm [label=\"warm\"] }", format);
}

}  // namespace toc
