// toc paths: the pathways from a node to the impacts (or to another node), with the
// assumption and evidence on each step and the weakest step named.
#include "cli_common.h"
#include "cli_output.h"
#include "command.h"
#include "products/paths/paths.h"

namespace toc::cli {
namespace {

struct PathsOptions {
  std::string model;
  std::string format = "text";
  std::string output = "-";
  PathsQuery query;
};

int run_paths(const PathsOptions& options) {
  const Analysis& analysis = analyze(options.model);
  if (int status = require_clean(analysis, options.model, "listing pathways"); status >= 0) return status;
  Diagnostics problems;
  const Paths paths = find_paths(analysis.model, analysis.graph, options.query, problems);
  if (int status = fail_on_errors(problems); status >= 0) return status;
  const std::string report =
      options.format == "json" ? paths_to_json(analysis.model, paths) : paths_to_text(analysis.model, paths);
  if (std::string error = say_written(write_output(options.output, report, analysis.model.sources), options.output);
      !error.empty())
    return fail(error);
  return exit_ok;
}

const Registration registered{
    50, [](CLI::App& toc) -> Run {
      auto options = std::make_shared<PathsOptions>();
      CLI::App* command = toc.add_subcommand(
          "paths",
          "List the pathways from a node to the impacts (or to a node; with neither, every pathway to an "
          "impact), with each step's assumption, evidence and strength, and the weakest step");
      command->add_option("model", options->model, model_help)->required();
      command->add_option("--from", options->query.from,
                          "Start the pathways at this node (an id, e.g. an activity); default: at every activity");
      command->add_option("--to", options->query.to,
                          "End the pathways at this node (default: at any impact); without --from, list everything "
                          "that contributes to it");
      command
          ->add_option("--limit", options->query.limit,
                       "List at most this many pathways; all are counted and the rest reported as left out")
          ->check(CLI::Range(std::size_t{1}, std::size_t{1000000}))
          ->capture_default_str();
      command->add_option("--format", options->format, "Output format")
          ->check(CLI::IsMember({"text", "json"}))
          ->capture_default_str();
      add_quiet_flag(*command);
      command->add_option("-o,--output", options->output, "Write the pathways to this file ('-' for stdout)")
          ->capture_default_str();
      return [options] { return run_paths(*options); };
    }};

}  // namespace
}  // namespace toc::cli
