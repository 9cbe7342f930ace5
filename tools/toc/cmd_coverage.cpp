// toc coverage: how much of the strategy can be measured and how well its arrows are argued.
#include "cli_common.h"
#include "cli_output.h"
#include "command.h"
#include "products/coverage/coverage_format.h"

namespace toc::cli {
namespace {

struct CoverageOptions {
  std::string model;
  std::string format = "text";
  std::string output = "-";
};

int run_coverage(const CoverageOptions& options) {
  const Analysis& analysis = analyze(options.model);
  if (int status = require_clean(analysis, options.model, "counting coverage"); status >= 0) return status;
  const Coverage coverage = compute_coverage(analysis.model, analysis.graph);
  std::string text;
  if (options.format == "json") {
    text = format_coverage_json(analysis.model, coverage);
  } else {
    const Strategy& strategy = analysis.model.strategy;
    text = "Coverage of " + (strategy.title.empty() ? options.model : strategy.title) + "\n\n" +
           format_coverage_text(analysis.model, coverage);
  }
  if (std::string error = say_written(write_output(options.output, text, analysis.model.sources), options.output);
      !error.empty())
    return fail(error);
  return exit_ok;
}

const Registration registered{
    35, [](CLI::App& toc) -> Run {
      auto options = std::make_shared<CoverageOptions>();
      CLI::App* command = toc.add_subcommand(
          "coverage", "Count, per priority and per level, what can be measured and which arrows are argued");
      command->add_option("model", options->model, model_help)->required();
      command->add_option("--format", options->format, "Output format")
          ->check(CLI::IsMember({"text", "json"}))
          ->capture_default_str();
      add_quiet_flag(*command);
      command->add_option("-o,--output", options->output, "Write to this file ('-' for stdout)")->capture_default_str();
      return [options] { return run_coverage(*options); };
    }};

}  // namespace
}  // namespace toc::cli
