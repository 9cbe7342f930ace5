// libFuzzer target over the render path: a model loaded from the bytes (as fuzz_check does)
// drawn as DOT and Mermaid, with view options taken from the input too. The first line, when
// it starts with "#view ", holds them, e.g. "#view 0x1f 3 7": flags, depth, a node index.
//   flags bit 0: --priority (the priority at the index), bit 1: --focus (the node at the index),
//   bit 2: --depth, bits 3-7: --levels (one bit per kind), bit 8: --show-issues,
//   bit 9: the focus/priority is the raw text after the numbers (an id that may not exist).
// Like `toc render`, only models without errors are drawn.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "fuzz_input.h"
#include "pipeline/analyze.h"
#include "render/dot.h"
#include "render/mermaid.h"
#include "view/view.h"

namespace {

struct Controls {
  unsigned flags = 0;
  int depth = 0;
  unsigned index = 0;
  std::string raw;
};

/// Splits off the "#view ..." first line, if any.
Controls read_controls(std::string_view& bytes) {
  Controls controls;
  if (bytes.substr(0, 6) != "#view ") return controls;
  const auto end = bytes.find('\n');
  const std::string line(bytes.substr(6, end == std::string_view::npos ? std::string_view::npos : end - 6));
  bytes.remove_prefix(end == std::string_view::npos ? bytes.size() : end + 1);
  int consumed = 0;
  std::sscanf(line.c_str(), "%i %i %u %n", &controls.flags, &controls.depth, &controls.index, &consumed);
  if (consumed > 0) controls.raw = line.substr(static_cast<std::size_t>(consumed));
  return controls;
}

toc::ViewOptions view_options(const toc::Model& model, const Controls& controls) {
  toc::ViewOptions options;
  const bool raw = controls.flags & 0x200;
  if ((controls.flags & 1) && !model.priorities.empty()) {
    options.priority = raw ? controls.raw : model.priorities[controls.index % model.priorities.size()].id;
  }
  if ((controls.flags & 2) && !model.nodes.empty()) {
    options.focus = raw ? controls.raw : model.nodes[controls.index % model.nodes.size()].id;
    if (controls.flags & 4) options.depth = controls.depth;
  }
  for (int kind = 0; kind < 5; ++kind) {
    if (controls.flags & (8u << kind)) options.levels.push_back(toc::all_kinds[kind]);
  }
  return options;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const Controls controls = read_controls(bytes);
  toc::MemoryFileSystem files = toc::fuzz::files_from(bytes);
  const toc::Analysis analysis = toc::analyze(toc::fuzz::root_file, files);
  if (!analysis.loaded || analysis.diagnostics.has_errors()) return 0;
  toc::Diagnostics problems;
  const toc::View view =
      toc::make_view(analysis.model, analysis.graph, view_options(analysis.model, controls), problems);
  toc::DiagramOptions diagram;
  if (controls.flags & 0x100) diagram.issues = &analysis.diagnostics;
  if (controls.flags & 1) diagram.prefer_priority = view_options(analysis.model, controls).priority;
  toc::DotOptions dot;
  dot.diagram = diagram;
  toc::MermaidOptions mermaid;
  mermaid.diagram = diagram;
  const std::string dot_text = toc::to_dot(analysis.model, view, dot);
  const std::string mermaid_text = toc::to_mermaid(analysis.model, view, mermaid);
  if (dot_text.empty() || mermaid_text.empty()) __builtin_trap();
  return 0;
}
