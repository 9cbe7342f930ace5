// toc export: the resolved model as JSON or GraphML, for other tools.
#include <fmt/format.h>

#include "cli_common.h"
#include "cli_output.h"
#include "command.h"
#include "products/export/export.h"

namespace toc::cli {
namespace {

struct ExportOptions {
  std::string model;
  std::string format;
  std::string output = "-";
};

/// --format, else the output file's extension, else JSON (for stdout).
std::string chosen_format(const ExportOptions& options) {
  if (!options.format.empty()) return options.format;
  if (options.output == "-") return "json";
  const std::string extension = extension_of(options.output);
  return extension == "json" || extension == "graphml" ? extension : std::string();
}

int run_export(const ExportOptions& options) {
  const std::string format = chosen_format(options);
  if (format.empty()) {
    return fail(fmt::format("cannot tell the format of '{}' from its name; use --format json|graphml", options.output));
  }
  const Analysis& analysis = analyze(options.model);
  if (int status = require_clean(analysis, options.model, "exporting"); status >= 0) return status;
  Diagnostics none;  // the whole model's view names no ids, so it reports nothing
  const View view = make_view(analysis.model, analysis.graph, {}, none);
  const std::string text =
      format == "graphml" ? export_graphml(analysis.model, view) : export_json(analysis.model, view);
  if (std::string error = say_written(write_output(options.output, text, analysis.model.sources), options.output);
      !error.empty())
    return fail(error);
  return exit_ok;
}

const Registration registered{
    60, [](CLI::App& toc) -> Run {
      auto options = std::make_shared<ExportOptions>();
      CLI::App* command = toc.add_subcommand(
          "export", "Write the resolved model (all includes merged) as JSON or GraphML for other tools");
      command->add_option("model", options->model, model_help)->required();
      command
          ->add_option("--format", options->format,
                       "json or graphml (default: from the output file's extension; json on stdout)")
          ->check(CLI::IsMember({"json", "graphml"}));
      add_quiet_flag(*command);
      command->add_option("-o,--output", options->output, "The file to write, e.g. model.graphml ('-' for stdout)")
          ->capture_default_str();
      return [options] { return run_export(*options); };
    }};

}  // namespace
}  // namespace toc::cli
