#include "render/graphviz_render.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>
#include <string_view>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <vector>

#include "base/shared_library.h"

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

// Graphviz's own ID discipline makes a named object's ID the address of its interned name, and
// cgraph keeps subgraphs in ID order, so clusters were laid out and drawn in heap-address order:
// the bytes of a diagram changed with the timing of the threads that had used the heap before
// (the 100-node benchmark model drew one cluster elsewhere in about one run in ten). This
// discipline numbers names in the order they are first seen, which is the DOT's own order. Names
// are still interned in the graph's string dictionary, as the rest of Graphviz expects of
// agnameof (aghtmlstr, for one, reads the header in front of a name).
struct NameIds {
  /// Named IDs are first_named, first_named + 2, ...: even and above every anonymous ID, as
  /// addresses are. names[k] is the name of first_named + 2k.
  static constexpr IDTYPE first_named = IDTYPE{1} << 40;
  Agraph_t* graph;
  std::unordered_map<std::string_view, IDTYPE> ids;  // keys point into the interned names
  std::vector<char*> names;
  IDTYPE next_anonymous = 1;  // odd, as in Graphviz's own discipline
};

void* ids_open(Agraph_t* graph, Agdisc_t*) { return new NameIds{graph, {}, {}}; }

long ids_map(void* state, int, char* name, IDTYPE* id, int create) {
  NameIds& ids = *static_cast<NameIds*>(state);
  if (!name) {
    *id = ids.next_anonymous;
    ids.next_anonymous += 2;
  } else if (const auto found = ids.ids.find(name); found != ids.ids.end()) {
    *id = found->second;
  } else if (!create) {
    *id = 0;  // no object has this name (Graphviz's discipline answers the same)
  } else {
    char* const interned = agstrdup(ids.graph, name);  // freed with the graph's dictionary
    *id = NameIds::first_named + 2 * ids.names.size();
    ids.names.push_back(interned);
    ids.ids.emplace(std::string_view(interned), *id);
  }
  return 1;
}

long ids_alloc(void*, int, IDTYPE) { return 0; }  // IDs are never asked for, as in Graphviz's own
void ids_free(void*, int, IDTYPE) {}              // a name stays interned while its graph lives

char* ids_print(void* state, int, IDTYPE id) {
  const NameIds& ids = *static_cast<const NameIds*>(state);
  if (id < NameIds::first_named || id % 2 != 0) return nullptr;  // anonymous
  const IDTYPE k = (id - NameIds::first_named) / 2;
  return k < ids.names.size() ? ids.names[k] : nullptr;
}

void ids_close(void* state) { delete static_cast<NameIds*>(state); }
void ids_register(void*, int, void*) {}

Agiddisc_t name_ids = {ids_open, ids_map, ids_alloc, ids_free, ids_print, ids_close, ids_register};

// What agmemread does, with the discipline above: the DOT is read from memory in blocks.
struct MemoryInput {
  std::string_view text;
  std::size_t at = 0;
};

int read_memory(void* channel, char* buffer, int size) {
  MemoryInput& input = *static_cast<MemoryInput*>(channel);
  const std::size_t count = std::min(static_cast<std::size_t>(std::max(size, 0)), input.text.size() - input.at);
  std::memcpy(buffer, input.text.data() + input.at, count);
  input.at += count;
  return static_cast<int>(count);
}

Agraph_t* read_dot(const std::string& dot) {
  static Agiodisc_t memory_io = {read_memory, AgIoDisc.putstr, AgIoDisc.flush};
  static Agdisc_t discipline = {&AgMemDisc, &name_ids, &memory_io};
  MemoryInput input{dot};
  return agread(&input, &discipline);
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
  std::unique_ptr<Agraph_t, int (*)(Agraph_t*)> graph(read_dot(dot), agclose);
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
  // Fontconfig's start (reading its sixty configuration files and mapping its font caches) is a
  // third of the warm-up, and Graphviz only asks for it at its first text, after loading its
  // plugins. FcInit is thread-safe and gives the same configuration whoever calls it first, so it
  // runs on a thread of its own while Graphviz loads pango; pango then finds it done. Opening
  // fontconfig first, before pango's forty libraries, keeps the two threads from waiting on each
  // other for the dynamic loader's lock.
  static SharedLibrary fontconfig(TOC_SONAME_FONTCONFIG);
  int (*init_fontconfig)() = nullptr;
  std::thread fonts;
  if (fontconfig.find("FcInit", init_fontconfig)) {
    try {
      fonts = std::thread(init_fontconfig);
    } catch (const std::system_error&) {
      // No thread: pango starts fontconfig itself, as it would without the warm-up.
    }
  }
  // The font is the one every diagram uses (dot.cpp), so pango has it cached for the real render.
  render_dot("digraph { node [fontname=\"Helvetica,Arial,sans-serif\", fontsize=11]; warm [label=\"warm\"] }", format);
  if (fonts.joinable()) fonts.join();
}

}  // namespace toc
