// toc report: one self-contained HTML file for a board paper.
#include <fmt/format.h>

#include "cli_common.h"
#include "cli_output.h"
#include "cli_progress.h"
#include "command.h"
#include "products/report/report.h"
#include "render/dot.h"
#include "render/graphviz_render.h"
#include "view/view.h"

namespace toc::cli {
namespace {

/// Past this size the whole-model diagram is left out of the report (see `toc render`).
constexpr std::size_t max_report_diagram_nodes = 1000;

struct ReportOptions {
  std::string model;
  std::string output;
  DataOptions data;
};

int run_report(const ReportOptions& options) {
  const std::future<void> warm = warm_up_graphviz_meanwhile("svg");  // while the model loads
  // A model with measurements gets a progress section (docs/progress.md); one without, the same
  // report as before toc read measurements.
  const Checked* checked = analyze_for_progress(options.model, options.data);
  if (!checked) return exit_cannot_run;
  if (int status = report_data_problems(*checked, options.model, "writing a report"); status >= 0) return status;
  const Analysis& analysis = checked->analysis;
  ReportInput input{analysis.model, analysis.graph, analysis.diagnostics, {}, {}};
  if (const std::optional<Date> today = as_of_date("")) input.made_on = to_string(*today);
  if (checked->progress.ran) {
    input.data = &checked->progress.data;
    input.progress = &checked->progress.progress;
  }
  if (analysis.model.nodes.size() > max_report_diagram_nodes) {
    input.diagram_note = fmt::format(
        "the model has {} nodes, more than a page can show; draw one priority at a "
        "time with toc render --priority <id>",
        analysis.model.nodes.size());
  } else {
    Diagnostics ignored;
    const View whole = make_view(analysis.model, analysis.graph, {}, ignored);
    const std::string dot = to_dot(analysis.model, whole, {});
    warm.wait();  // before render_dot: see warm_up_graphviz_meanwhile
    RenderResult svg = render_dot(dot, "svg", GraphMemory::leave_to_exit);
    if (!svg.error.empty()) return fail(svg.error);
    input.svg = std::move(svg.bytes);
  }
  if (std::string error =
          say_written(write_output(options.output, report_html(input), analysis.model.sources), options.output);
      !error.empty()) {
    return fail(error);
  }
  return exit_after_data(*checked);
}

const Registration registered{
    36, [](CLI::App& toc) -> Run {
      auto options = std::make_shared<ReportOptions>();
      CLI::App* command = toc.add_subcommand(
          "report",
          "Write a self-contained HTML report for a board paper: progress (when the model has measurements), "
          "diagram, coverage, checklist, findings, pathways");
      command->add_option("model", options->model, model_help)->required();
      command->add_option("-o,--output", options->output, "The HTML file to write, e.g. report.html ('-' for stdout)")
          ->required();
      add_data_options(*command, options->data);
      add_quiet_flag(*command);
      return [options] { return run_report(*options); };
    }};

}  // namespace
}  // namespace toc::cli
