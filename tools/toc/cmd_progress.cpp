// toc progress: how the strategy is going — every indicator's status from its measurements, by a
// method that fits the data, grouped by priority and outcome (docs/progress.md).
#include <fmt/format.h>

#include "cli_common.h"
#include "cli_output.h"
#include "cli_progress.h"
#include "command.h"
#include "products/progress/progress_format.h"

namespace toc::cli {
namespace {

struct ProgressOptions {
  std::string model;
  std::string format = "text";
  std::string output = "-";
  DataOptions data;
  int run = 7;
  int trend = 7;
};

std::string produce(const std::string& format, const Checked& checked, const std::string& model) {
  const Model& m = checked.analysis.model;
  const Measurements& data = checked.progress.data;
  const Progress& progress = checked.progress.progress;
  if (format == "json") return progress_json(m, data, progress);
  if (format == "csv") return progress_csv(m, data, progress);
  const std::string title = m.strategy.title.empty() ? model : m.strategy.title;
  return fmt::format("Progress of {}\n", title) + progress_text(m, data, progress);
}

int run_progress_command(const ProgressOptions& options) {
  if (options.run < 2 || options.trend < 2) return fail("--run and --trend count at least 2 points");
  const Checked* checked =
      analyze_for_progress(options.model, options.data, {.run = options.run, .trend = options.trend, .min_points = 12});
  if (!checked) return exit_cannot_run;
  const Analysis& analysis = checked->analysis;
  if (!analysis.loaded) return fail(analysis.failure);
  if (!checked->progress.ran) {
    if (int status = require_clean(analysis, options.model, "judging progress"); status >= 0) return status;
    return fail(no_measurements_help);
  }
  if (int status = report_data_problems(*checked, options.model, "judging progress"); status >= 0) return status;
  const std::string error = say_written(
      write_output(options.output, produce(options.format, *checked, options.model), analysis.model.sources),
      options.output);
  if (!error.empty()) return fail(error);
  return exit_after_data(*checked);
}

const Registration registered{
    37, [](CLI::App& toc) -> Run {
      auto options = std::make_shared<ProgressOptions>();
      CLI::App* command = toc.add_subcommand(
          "progress", "Judge every indicator from its measurements: status, method, trajectory, XmR and freshness");
      command->add_option("model", options->model, model_help)->required();
      command->add_option("--format", options->format, "Output format")
          ->check(CLI::IsMember({"text", "json", "csv"}))
          ->capture_default_str();
      add_data_options(*command, options->data);
      command->add_option("--run", options->run, "Points in a row on one side of the mean that make an XmR run")
          ->capture_default_str();
      command->add_option("--trend", options->trend, "Points in a row rising or falling that make an XmR trend")
          ->capture_default_str();
      add_quiet_flag(*command);
      command->add_option("-o,--output", options->output, "Write to this file ('-' for stdout)")->capture_default_str();
      return [options] { return run_progress_command(*options); };
    }};

}  // namespace
}  // namespace toc::cli
