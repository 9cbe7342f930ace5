// toc: the command line. Parses arguments, calls the engine, prints, and picks the exit status:
// 0 no errors, 1 errors found (or warnings with --strict), 2 could not run.
#include <iostream>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli_output.h"
#include "toc/analyze.h"
#include "toc/dot.h"
#include "toc/graphviz_render.h"
#include "toc/mermaid.h"
#include "toc/view.h"
#include "toc/diagnostic_format.h"
#include "toc/file_system.h"

namespace {

constexpr int exit_ok = 0;
constexpr int exit_problems = 1;
constexpr int exit_cannot_run = 2;

int fail(const std::string& message) {
  std::cerr << "toc: error: " << message << "\n";
  return exit_cannot_run;
}

/// Loads and checks a model. Kept until exit on purpose, like clang's -disable-free: the process
/// ends right after, and freeing a 100k-node model node by node costs more than exiting does.
const toc::Analysis& analyze(const std::string& model) {
  toc::DiskFileSystem disk;
  return *new toc::Analysis(toc::analyze(model, disk));
}

std::string check_report(const toc::Analysis& analysis, const std::string& model, const std::string& format) {
  const toc::Diagnostics& diagnostics = analysis.diagnostics;
  if (format == "json") return toc::format_json(diagnostics, analysis.model.sources);
  std::string report = toc::format_text(diagnostics, analysis.model.sources);
  if (!report.empty()) report += '\n';
  const toc::Model& m = analysis.model;
  report += analysis.incomplete
                ? fmt::format("{}: {} (the model could not be read whole, so its graph was not checked)\n", model,
                              toc::format_counts(diagnostics))
                : fmt::format("{}: {}, {}, {}, {}: {}\n", model, toc::count(m.sources.size(), "file"),
                              toc::count(m.nodes.size(), "node"), toc::count(m.links.size(), "link"),
                              toc::count(m.indicators.size(), "indicator"), toc::format_counts(diagnostics));
  return report;
}

struct CheckOptions {
  std::string model;
  std::string format = "text";
  std::string output = "-";
  bool strict = false;
};

int run_check(const CheckOptions& options) {
  const toc::Analysis& analysis = analyze(options.model);
  if (!analysis.loaded) return fail(analysis.failure);
  const std::string report = check_report(analysis, options.model, options.format);
  if (std::string error = toc::cli::write_output(options.output, report); !error.empty()) return fail(error);
  const toc::Diagnostics& diagnostics = analysis.diagnostics;
  if (diagnostics.has_errors() || (options.strict && diagnostics.warnings() > 0)) return exit_problems;
  return exit_ok;
}

/// Above this many nodes, Graphviz's layout takes minutes and the picture is unreadable.
constexpr std::size_t max_render_nodes = 5000;

struct RenderOptions {
  std::string model;
  std::string output;
  std::string format;
  std::string direction = "LR";
  std::string levels;
  toc::ViewOptions view;
  int depth = -1;
  bool show_issues = false;
};

int run_render(RenderOptions options) {
  if (options.format.empty()) {
    const auto dot = options.output.rfind('.');
    options.format = dot == std::string::npos ? "" : options.output.substr(dot + 1);
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
    if (!toc::parse_levels(options.levels, options.view.levels, bad)) {
      return fail(fmt::format("--levels: '{}' is not a level; use input, activity, output, outcome, impact", bad));
    }
  }
  const toc::Analysis& analysis = analyze(options.model);
  if (!analysis.loaded) return fail(analysis.failure);
  if (analysis.diagnostics.has_errors()) {
    std::cerr << check_report(analysis, options.model, "text");
    std::cerr << "toc: error: fix the errors above before rendering\n";
    return exit_problems;
  }
  toc::Diagnostics view_problems;
  const toc::View view = toc::make_view(analysis.model, analysis.graph, options.view, view_problems);
  if (view_problems.has_errors()) {
    const toc::Diagnostic& problem = view_problems.all().front();
    return fail(problem.message + (problem.help.empty() ? "" : " (" + problem.help + ")"));
  }
  toc::DiagramOptions diagram_options;
  diagram_options.prefer_priority = options.view.priority;
  if (options.show_issues) diagram_options.issues = &analysis.diagnostics;
  if (options.format == "mermaid") {  // text, like DOT: no Graphviz, no node limit
    toc::MermaidOptions mermaid_options;
    mermaid_options.direction = options.direction;
    mermaid_options.diagram = diagram_options;
    const std::string mermaid = toc::to_mermaid(analysis.model, view, mermaid_options);
    if (std::string error = toc::cli::write_output(options.output, mermaid); !error.empty()) return fail(error);
    return exit_ok;
  }
  toc::DotOptions dot_options;
  dot_options.direction = options.direction;
  dot_options.diagram = diagram_options;
  const std::string dot = toc::to_dot(analysis.model, view, dot_options);
  std::string image = dot;
  if (options.format != "dot") {
    if (view.nodes.size() > max_render_nodes) {
      return fail(fmt::format("the diagram would have {} nodes, more than {} that Graphviz can lay out in reasonable "
                              "time or a reader can follow; draw one priority at a time (--priority <id>), only some "
                              "levels (--levels outcome,impact), or write the DOT (--format dot)",
                              view.nodes.size(), max_render_nodes));
    }
    toc::RenderResult rendered = toc::render_dot(dot, options.format);
    if (!rendered.error.empty()) return fail(rendered.error);
    image = std::move(rendered.bytes);
  }
  if (std::string error = toc::cli::write_output(options.output, image); !error.empty()) return fail(error);
  return exit_ok;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"toc: theory-of-change models as text, checked like code.\n"
               "Exit status: 0 no errors, 1 errors found, 2 could not run.",
               "toc"};
  app.set_version_flag("--version", "toc 0.1.0");
  app.require_subcommand(1);
  app.failure_message(CLI::FailureMessage::help);

  CheckOptions check;
  CLI::App* check_command = app.add_subcommand("check", "Check a model and print its diagnostics, compiler-style");
  check_command->add_option("model", check.model, "The model's root TOML file, e.g. models/x/strategy.toml")->required();
  check_command->add_option("--format", check.format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  check_command->add_option("-o,--output", check.output, "Write the report to this file ('-' for stdout)")
      ->capture_default_str();
  check_command->add_flag("--strict", check.strict, "Fail (exit 1) on warnings too");

  RenderOptions render;
  CLI::App* render_command =
      app.add_subcommand("render", "Draw a model as a theory-of-change diagram (SVG, PNG, PDF, DOT or Mermaid)");
  render_command->add_option("model", render.model, "The model's root TOML file")->required();
  render_command->add_option("-o,--output", render.output, "The file to write, e.g. diagram.svg ('-' for stdout)")
      ->required();
  render_command
      ->add_option("--format", render.format,
                   "svg, png, pdf, dot or mermaid (default: from the file's extension; .mmd is mermaid)")
      ->check(CLI::IsMember({"svg", "png", "pdf", "dot", "mermaid"}));
  render_command->add_option("--direction", render.direction, "Which way the chain flows")
      ->check(CLI::IsMember({"LR", "TB", "BT", "RL"}))
      ->capture_default_str();
  render_command->add_option("--priority", render.view.priority,
                             "Only this priority's activities and everything they lead to");
  render_command->add_option("--focus", render.view.focus, "Only this node, what leads to it and what it leads to");
  render_command->add_option("--depth", render.depth, "With --focus: at most this many arrows away")
      ->check(CLI::NonNegativeNumber);
  render_command->add_option("--levels", render.levels,
                             "Only these levels, e.g. outcome,impact (arrows through hidden levels are kept)");
  render_command->add_flag("--show-issues", render.show_issues, "Highlight nodes with check findings");
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return exit_cannot_run;
  }

  try {
    if (check_command->parsed()) return run_check(check);
    if (render_command->parsed()) return run_render(render);
  } catch (const std::exception& e) {
    // The engine reports problems as diagnostics; anything else is a bug, but never a stack trace.
    return fail(fmt::format("internal error: {} (please report this with the model that caused it)", e.what()));
  }
  return exit_cannot_run;
}
