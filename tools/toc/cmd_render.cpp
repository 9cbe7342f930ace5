// toc render: the model as a theory-of-change diagram.
#include <algorithm>
#include <iostream>

#include <fmt/format.h>

#include "base/escape.h"
#include "base/text.h"
#include "cli_common.h"
#include "cli_output.h"
#include "cli_progress.h"
#include "command.h"
#include "render/diagram.h"
#include "render/dot.h"
#include "render/graphviz_render.h"
#include "render/mermaid.h"
#include "render/pdf_pages.h"
#include "render/printed.h"
#include "view/view.h"

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
  bool status = false;
  DataOptions data;  ///< with --status
  std::string paper = "a4";
};

/// Landscape paper sizes in points.
Paper paper_named(const std::string& name) {
  if (name == "a3") return {1190.55, 841.89, 28.35};
  if (name == "letter") return {792.0, 612.0, 28.35};
  return {};  // A4
}

/// A PDF on paper: the printed plan's pages (render/printed.h), each diagram scaled to fit.
int render_pages(const Analysis& analysis, const RenderOptions& options, const DotOptions& dot_options) {
  const Model& model = analysis.model;
  if (options.view.priority.empty() && options.view.focus.empty() && options.view.levels.empty() &&
      model.nodes.size() > max_render_nodes) {
    return fail(
        fmt::format("the model has {} nodes, more than {} that fit on paper; draw one priority at a time "
                    "(--priority <id>)",
                    model.nodes.size(), max_render_nodes));
  }
  const PrintPlan plan =
      plan_printed_pages(model, analysis.graph, options.view, dot_options, paper_named(options.paper));
  if (!plan.error.empty()) return fail(plan.error);
  const std::string title = model.strategy.title.empty() ? model.strategy.id : model.strategy.title;
  const std::vector<PdfPage> pages = pdf_pages_of(plan, title);
  const RenderResult pdf = pages_to_pdf(pages, paper_named(options.paper), title);
  if (!pdf.error.empty()) return fail(pdf.error);
  if (std::string error = say_written(write_output(options.output, pdf.bytes, model.sources), options.output,
                                      count(pages.size(), "page"));
      !error.empty())
    return fail(error);
  if (!plan.too_small.empty()) {
    std::string which;
    for (const std::string& heading : plan.too_small) which += (which.empty() ? "'" : ", '") + heading + "'";
    std::cerr << fmt::format(
        "toc: note: {} printed with labels under 8 pt, which may be hard to read: {}. Try --paper a3, or a "
        "narrower view (--priority, --focus, --levels).\n",
        count(plan.too_small.size(), "page"), escape::terminal(which));
  }
  return exit_ok;
}

/// The model, checked, with (for --status) its measurements read and judged; null, after saying
/// why, when it cannot be drawn (then `status` holds the exit status).
const Analysis* load(const RenderOptions& options, DiagramOptions& diagram, int& status) {
  status = -1;
  if (!options.status) {
    const Analysis& analysis = analyze(options.model);
    status = require_clean(analysis, options.model, "rendering");
    return status >= 0 ? nullptr : &analysis;
  }
  const Checked* checked = analyze_for_progress(options.model, options.data);
  if (!checked) {
    status = exit_cannot_run;
    return nullptr;
  }
  status = report_data_problems(*checked, options.model, "rendering");
  if (status < 0 && !checked->progress.ran) status = fail(no_measurements_help);
  if (status >= 0) return nullptr;
  diagram.progress = &checked->progress.progress;
  diagram.data = &checked->progress.data;
  return &checked->analysis;
}

/// Completes and checks the command line: the format from the file's name, --depth, --levels,
/// --data and --as-of. Returns -1 when they are usable, else the exit status (after saying why).
int check_arguments(RenderOptions& options) {
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
  if (!options.status && (!options.data.data.empty() || !options.data.as_of.empty())) {
    return fail("--data and --as-of go with --status");
  }
  return -1;
}

int run_render(RenderOptions options) {
  if (int status = check_arguments(options); status >= 0) return status;
  // Graphviz loads its plugins and fonts on another core while this one loads the model.
  const bool graphviz = options.format == "svg" || options.format == "png" || options.format == "pdf";
  const std::future<void> warm =
      graphviz ? warm_up_graphviz_meanwhile(options.format == "png" ? "png" : "svg") : std::future<void>();
  DiagramOptions diagram_options;
  int loading = -1;
  const Analysis* loaded = load(options, diagram_options, loading);
  if (!loaded) return loading;
  const Analysis& analysis = *loaded;
  // With --status, errors in the measurements are reported (stderr) and make the exit status 1.
  const int done = analysis.diagnostics.has_errors() ? exit_problems : exit_ok;
  Diagnostics view_problems;
  const View view = make_view(analysis.model, analysis.graph, options.view, view_problems);
  if (int status = fail_on_errors(view_problems); status >= 0) return status;
  diagram_options.prefer_priority = options.view.priority;
  if (options.show_issues) diagram_options.issues = &analysis.diagnostics;
  if (options.format == "mermaid") {  // text, like DOT: no Graphviz, no node limit
    const std::string text =
        to_mermaid(analysis.model, view, {.direction = options.direction, .diagram = diagram_options});
    if (const std::string error =
            say_written(write_output(options.output, text, analysis.model.sources), options.output);
        !error.empty())
      return fail(error);
    if (text.size() > mermaid_max_text) {
      std::cerr << fmt::format(
          "toc: note: the Mermaid text is {} characters, over Mermaid's limit of {}: renderers will draw an error "
          "instead. Draw a narrower view (--priority, --focus, --levels).\n",
          text.size(), mermaid_max_text);
    }
    return done;
  }
  DotOptions dot_options;
  dot_options.direction = options.direction;
  dot_options.diagram = diagram_options;
  const bool pages = options.format == "pdf" && options.paper != "none";
  const std::string dot = pages ? std::string() : to_dot(analysis.model, view, dot_options);
  if (warm.valid()) warm.wait();  // before any render_dot: see warm_up_graphviz_meanwhile
  if (pages) {
    const int printed = render_pages(analysis, options, dot_options);
    return printed == exit_ok ? done : printed;
  }
  std::string image = dot;
  if (options.format != "dot") {
    if (view.nodes.size() > max_render_nodes) {
      return fail(
          fmt::format("the diagram would have {} nodes, more than {} that Graphviz can lay out in reasonable "
                      "time or a reader can follow; draw one priority at a time (--priority <id>), only some "
                      "levels (--levels outcome,impact), or write the DOT (--format dot)",
                      view.nodes.size(), max_render_nodes));
    }
    // toc exits once the image is written: Graphviz's graph is left for the exit to reclaim.
    RenderResult rendered = render_dot(dot, options.format, GraphMemory::leave_to_exit);
    if (!rendered.error.empty()) return fail(rendered.error);
    image = std::move(rendered.bytes);
  }
  const std::string error = say_written(write_output(options.output, image, analysis.model.sources), options.output,
                                        options.format == "pdf" ? "1 page" : "");
  if (!error.empty()) return fail(error);
  return done;
}

const Registration registered{
    20, [](CLI::App& toc) -> Run {
      auto options = std::make_shared<RenderOptions>();
      CLI::App* command =
          toc.add_subcommand("render", "Draw a model as a theory-of-change diagram (SVG, PNG, PDF, DOT or Mermaid)");
      command->add_option("model", options->model, model_help)->required();
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
      command->add_flag("--status", options->status,
                        "Colour nodes by the status of their indicators and draw the indicators, with a legend "
                        "(reads the model's measurements; see toc progress)");
      add_data_options(*command, options->data);
      add_quiet_flag(*command);
      command
          ->add_option("--paper", options->paper,
                       "PDF only: paper to print on: a key, then the outcomes and impact and each priority, split into "
                       "more pages until every label prints at 8 pt or more; 'none' draws the whole model on one "
                       "page of its own size")
          ->check(CLI::IsMember({"a4", "a3", "letter", "none"}))
          ->capture_default_str();
      return [options] { return run_render(*options); };
    }};

}  // namespace
}  // namespace toc::cli
