// toc checklist: the indicator checklist for boards, as Markdown, CSV, HTML or XLSX.
#include <algorithm>

#include <fmt/format.h>

#include "base/text.h"
#include "cli_common.h"
#include "cli_output.h"
#include "cli_progress.h"
#include "command.h"
#include "products/checklist/checklist.h"
#include "view/view.h"

namespace toc::cli {
namespace {

struct ChecklistOptions {
  std::string model;
  std::string output;
  std::string format;
  DataOptions data;
};

/// The format named by --format, or else by the output's extension; null when neither names one.
const ChecklistFormat* format_of(const ChecklistOptions& options) {
  const std::string extension = extension_of(options.output);
  const auto named = [&](const ChecklistFormat& format) {
    if (!options.format.empty()) return format.name == options.format;
    return std::find(format.extensions.begin(), format.extensions.end(), extension) != format.extensions.end();
  };
  const auto formats = checklist_formats();
  const auto found = std::find_if(formats.begin(), formats.end(), named);
  return found == formats.end() ? nullptr : &*found;
}

/// What --format takes: "md", "csv", ...
std::vector<std::string> format_names() {
  std::vector<std::string> names;
  for (const ChecklistFormat& format : checklist_formats()) names.emplace_back(format.name);
  return names;
}

/// -o's help: "The file to write, e.g. checklist.md, .csv, .html or .xlsx ('-' for stdout, not for xlsx)".
std::string output_help() {
  std::vector<std::string> examples;
  std::vector<std::string_view> binary;
  for (const ChecklistFormat& format : checklist_formats()) {
    examples.push_back(fmt::format("{}.{}", examples.empty() ? "checklist" : "", format.extensions.front()));
    if (format.binary()) binary.push_back(format.name);
  }
  return fmt::format("The file to write, e.g. {} ('-' for stdout, not for {})", join_or(examples), join_or(binary));
}

int run_checklist(const ChecklistOptions& options) {
  const ChecklistFormat* format = format_of(options);
  if (!format) {
    return fail(fmt::format("cannot tell the format of '{}' from its name; use --format {}", options.output,
                            fmt::join(format_names(), "|")));
  }
  if (format->binary() && options.output == "-") {
    return fail(fmt::format("{} cannot go to stdout; name a file, e.g. -o checklist.{}", format->description,
                            format->extensions.front()));
  }
  // A model with measurements gets Latest and Status columns (docs/checklist.md).
  const Checked* checked = analyze_for_progress(options.model, options.data);
  if (!checked) return exit_cannot_run;
  if (int status = report_data_problems(*checked, options.model, "making the checklist"); status >= 0) return status;
  const Analysis& analysis = checked->analysis;
  Diagnostics unused;  // the whole-model view names no ids, so it cannot report anything
  const View view = make_view(analysis.model, analysis.graph, {}, unused);
  ChecklistPlan plan = plan_checklist(analysis.model, analysis.graph, view);
  if (checked->progress.ran) add_progress(plan, analysis.model, checked->progress.data, checked->progress.progress);
  const SourceSet& model_files = analysis.model.sources;  // -o must never replace one of them
  const std::string error = say_written(
      format->binary()
          ? write_output_via(
                options.output,
                [&](const std::string& temporary) { return format->write_file(analysis.model, plan, temporary); },
                model_files)
          : write_output(options.output, format->write_text(analysis.model, plan), model_files),
      options.output);
  return error.empty() ? exit_after_data(*checked) : fail(error);
}

const Registration registered{
    30, [](CLI::App& toc) -> Run {
      auto options = std::make_shared<ChecklistOptions>();
      CLI::App* command = toc.add_subcommand(
          "checklist", "List each outcome's indicators and whether they have a baseline, target, source and owner");
      command->add_option("model", options->model, model_help)->required();
      command->add_option("-o,--output", options->output, output_help())->required();
      const std::vector<std::string> names = format_names();
      command->add_option("--format", options->format, join_or(names) + " (default: from the file's extension)")
          ->check(CLI::IsMember(names));
      add_data_options(*command, options->data);
      add_quiet_flag(*command);
      return [options] { return run_checklist(*options); };
    }};

}  // namespace
}  // namespace toc::cli
