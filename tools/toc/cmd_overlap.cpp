// toc overlap: where the strategies of a workspace meet (shared outcomes, outcomes several
// strategies count on, impacts another strategy supports, unsupported outcomes).
#include <fmt/format.h>

#include "cli_common.h"
#include "cli_output.h"
#include "command.h"
#include "products/overlap/overlap.h"

namespace toc::cli {
namespace {

struct OverlapOptions {
  std::string workspace;
  std::string format = "text";
  std::string output = "-";
};

int run_overlap(const OverlapOptions& options) {
  const Analysis& analysis = analyze(options.workspace);
  if (int status = require_clean(analysis, options.workspace, "comparing strategies"); status >= 0) return status;
  if (!analysis.model.is_workspace()) {
    return fail(
        fmt::format("'{}' is one model; overlap compares the strategies of a workspace (a toc-workspace.toml, "
                    "or a folder of model folders, e.g. models/)",
                    options.workspace));
  }
  const Overlap overlap = compute_overlap(analysis.model, analysis.graph);
  const std::string text = options.format == "json" ? format_overlap_json(analysis.model, overlap)
                                                    : format_overlap_text(analysis.model, overlap);
  if (std::string error = say_written(write_output(options.output, text, analysis.model.sources), options.output);
      !error.empty())
    return fail(error);
  return exit_ok;
}

const Registration registered{
    37, [](CLI::App& toc) -> Run {
      auto options = std::make_shared<OverlapOptions>();
      CLI::App* command = toc.add_subcommand(
          "overlap",
          "List where the strategies of a workspace meet: outcomes their activities share, outcomes several "
          "count on, impacts another strategy supports, and outcomes nothing supports");
      command
          ->add_option("workspace", options->workspace,
                       "A toc-workspace.toml, or a folder of model folders (e.g. models/)")
          ->required();
      command->add_option("--format", options->format, "Output format")
          ->check(CLI::IsMember({"text", "json"}))
          ->capture_default_str();
      add_quiet_flag(*command);
      command->add_option("-o,--output", options->output, "Write to this file ('-' for stdout)")->capture_default_str();
      return [options] { return run_overlap(*options); };
    }};

}  // namespace
}  // namespace toc::cli
