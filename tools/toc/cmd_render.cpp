// toc render: the model as a theory-of-change diagram.
#include <fmt/format.h>

#include "cli_common.h"
#include "cli_output.h"
#include "command.h"
#include "toc/dot.h"
#include "toc/graphviz_render.h"
#include "toc/mermaid.h"
#include "toc/view.h"

namespace toc::cli {
namespace {

/// Above this many nodes, Graphviz's layout takes minutes and the picture is unreadable.
constexpr std::size_t max_render_nodes = 5000;

struct RenderOptions {
  std::string model;
  std::string output;
  std::string format;
  std::string direction = "LR";
  std::string levels;
  ViewOptions view;
  int depth = -1;
  bool show_issues = false;
};

int run_render(RenderOptions options) {
  if (options.format.empty()) {
    options.format = extension_of(options.output);
    if (options.format == "mmd") options.format = "mermaid";
    if (options.format != "svg" && options.format != "png" && options.format != "pdf" && options.format != "dot" &&
        options.format != "mermaid") {
      return fail(fmt::format("cannot tell the format of '{}' from its name; use --format svg|png|pdf|dot|mermaid",
                              options.output));
    }
  }
  if (options.depth >= 0) options.view.depth = options.depth;
  if (options.view.depth && options.view.focus.empty()) return fail("--depth needs --focus <id>");
  if (!options.levels.empty()) {
    std::string bad;
    if (!parse_levels(options.levels, options.view.levels, bad)) {
      return fail(fmt::format("--levels: '{}' is not a level; use input, activity, output, outcome, impact", bad));
    }
  }
  const Analysis& analysis = analyze(options.model);
  if (int status = require_clean(analysis, options.model, "rendering"); status >= 0) return status;
  Diagnostics view_problems;
  const View view = make_view(analysis.model, analysis.graph, options.view, view_problems);
  if (view_problems.has_errors()) {
    const Diagnostic& problem = view_problems.all().front();
    return fail(problem.message + (problem.help.empty() ? "" : " (" + problem.help + ")"));
  }
  DiagramOptions diagram_options;
  diagram_options.prefer_priority = options.view.priority;
  if (options.show_issues) diagram_options.issues = &analysis.diagnostics;
  if (options.format == "mermaid") {  // text, like DOT: no Graphviz, no node limit
    MermaidOptions mermaid_options;
    mermaid_options.direction = options.direction;
    mermaid_options.diagram = diagram_options;
    const std::string mermaid = to_mermaid(analysis.model, view, mermaid_options);
    const std::string error = write_output(options.output, mermaid, analysis.model.sources);
    if (!error.empty()) return fail(error);
    return exit_ok;
  }
  DotOptions dot_options;
  dot_options.direction = options.direction;
  dot_options.diagram = diagram_options;
  const std::string dot = to_dot(analysis.model, view, dot_options);
  std::string image = dot;
  if (options.format != "dot") {
    if (view.nodes.size() > max_render_nodes) {
      return fail(fmt::format("the diagram would have {} nodes, more than {} that Graphviz can lay out in reasonable "
                              "time or a reader can follow; draw one priority at a time (--priority <id>), only some "
                              "levels (--levels outcome,impact), or write the DOT (--format dot)",
                              view.nodes.size(), max_render_nodes));
    }
    RenderResult rendered = render_dot(dot, options.format);
    if (!rendered.error.empty()) return fail(rendered.error);
    image = std::move(rendered.bytes);
  }
  const std::string error = write_output(options.output, image, analysis.model.sources);
  if (!error.empty()) return fail(error);
  return exit_ok;
}

const Registration registered{20, [](CLI::App& toc) -> Run {
  auto options = std::make_shared<RenderOptions>();
  CLI::App* command =
      toc.add_subcommand("render", "Draw a model as a theory-of-change diagram (SVG, PNG, PDF, DOT or Mermaid)");
  command->add_option("model", options->model, "The model's root TOML file")->required();
  command->add_option("-o,--output", options->output, "The file to write, e.g. diagram.svg ('-' for stdout)")
      ->required();
  command
      ->add_option("--format", options->format,
                   "svg, png, pdf, dot or mermaid (default: from the file's extension; .mmd is mermaid)")
      ->check(CLI::IsMember({"svg", "png", "pdf", "dot", "mermaid"}));
  command->add_option("--direction", options->direction, "Which way the chain flows")
      ->check(CLI::IsMember({"LR", "TB", "BT", "RL"}))
      ->capture_default_str();
  command->add_option("--priority", options->view.priority,
                      "Only this priority's activities and everything they lead to");
  command->add_option("--focus", options->view.focus, "Only this node, what leads to it and what it leads to");
  command->add_option("--depth", options->depth, "With --focus: at most this many arrows away")
      ->check(CLI::NonNegativeNumber);
  command->add_option("--levels", options->levels,
                      "Only these levels, e.g. outcome,impact (arrows through hidden levels are kept)");
  command->add_flag("--show-issues", options->show_issues, "Highlight nodes with check findings");
  return [options] { return run_render(*options); };
}};

}  // namespace
}  // namespace toc::cli
