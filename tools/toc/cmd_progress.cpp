// toc progress: how the strategy is going — every indicator's status from its measurements, by a
// method that fits the data, grouped by priority and outcome (docs/progress.md).
#include <algorithm>
#include <iostream>

#include <fmt/format.h>

#include "base/diagnostic_format.h"
#include "cli_common.h"
#include "cli_output.h"
#include "command.h"
#include "products/progress/progress_format.h"

namespace toc::cli {
namespace {

struct ProgressOptions {
  std::string model;
  std::string format = "text";
  std::string output = "-";
  std::string as_of;
  std::vector<std::string> data;
  int run = 7;
  int trend = 7;
};

bool about_data(const Checked& checked, const Diagnostic& d) {
  const auto codes = progress_codes();
  const auto& files = checked.progress.data.files;
  return std::find(codes.begin(), codes.end(), d.code) != codes.end() ||
         std::find(files.begin(), files.end(), d.range.file) != files.end();
}

/// The data's own diagnostics go to stderr, the table still to its output; errors in the model
/// itself stop the run, as for every product; a file named by --data that cannot be read too.
int report_data_problems(const Checked& checked, const std::string& model) {
  const Analysis& analysis = checked.analysis;
  Diagnostics about;
  bool model_errors = false;
  for (const Diagnostic& d : analysis.diagnostics.all()) {
    if (d.code == "bad-data-file" && !d.range.known()) return fail(d.message);
    if (about_data(checked, d))
      about.add(d);
    else
      model_errors = model_errors || d.severity == Severity::error;
  }
  if (model_errors) return require_clean(analysis, model, "judging progress");
  if (!about.all().empty()) std::cerr << format_text(about, analysis.model.sources) << "\n";
  return -1;
}

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
  const std::optional<Date> as_of = as_of_date(options.as_of);
  if (!as_of) return fail(fmt::format("--as-of '{}' is not a date like 2025-03-31", options.as_of));
  if (options.run < 2 || options.trend < 2) return fail("--run and --trend count at least 2 points");
  const JudgeOptions judge{*as_of, {.run = options.run, .trend = options.trend, .min_points = 12}};
  const Checked& checked = analyze_with_progress(options.model, {}, options.data, judge);
  const Analysis& analysis = checked.analysis;
  if (!analysis.loaded) return fail(analysis.failure);
  if (!checked.progress.ran) {
    if (int status = require_clean(analysis, options.model, "judging progress"); status >= 0) return status;
    return fail(
        "the model declares no measurements: add measurements = [\"data/measurements.csv\"] to [strategy], "
        "or give --data FILE");
  }
  if (int status = report_data_problems(checked, options.model); status >= 0) return status;
  const std::string error =
      write_output(options.output, produce(options.format, checked, options.model), analysis.model.sources);
  if (!error.empty()) return fail(error);
  return analysis.diagnostics.has_errors() ? exit_problems : exit_ok;
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
      command->add_option("--as-of", options->as_of, "Judge as of this date (YYYY-MM-DD; default: today)");
      command->add_option("--data", options->data,
                          "A measurements CSV file to read instead of those the model declares (repeatable)");
      command->add_option("--run", options->run, "Points in a row on one side of the mean that make an XmR run")
          ->capture_default_str();
      command->add_option("--trend", options->trend, "Points in a row rising or falling that make an XmR trend")
          ->capture_default_str();
      command->add_option("-o,--output", options->output, "Write to this file ('-' for stdout)")->capture_default_str();
      return [options] { return run_progress_command(*options); };
    }};

}  // namespace
}  // namespace toc::cli
