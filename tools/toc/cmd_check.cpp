// toc check: diagnostics, compiler-style.
#include <algorithm>

#include <fmt/format.h>

#include "base/diagnostic_format.h"
#include "base/text.h"
#include "check/check.h"
#include "cli_common.h"
#include "cli_output.h"
#include "command.h"

namespace toc::cli {
namespace {

struct CheckOptions {
  std::string model;
  std::string format = "text";
  std::string output = "-";
  bool strict = false;
  std::string as_of;
};

int run_check(const CheckOptions& options) {
  // JSON quotes no source lines, so the files' texts need not be kept (48 MiB at 100k nodes);
  // and it is streamed: at 100k nodes it is 25 MiB, which would otherwise sit in memory beside
  // the model until written.
  const std::optional<Date> as_of = as_of_date(options.as_of);
  if (!as_of) return fail(fmt::format("--as-of '{}' is not a date like 2025-03-31", options.as_of));
  // A model that declares measurements has them checked too (docs/progress.md).
  const Analysis& analysis =
      analyze_with_progress(options.model, {.keep_text = options.format != "json"}, {}, {.as_of = *as_of, .xmr = {}})
          .analysis;
  if (!analysis.loaded) return fail(analysis.failure);
  const auto json = [&](const Sink& sink) { write_json(analysis.diagnostics, analysis.model.sources, sink); };
  const Diagnostics& diagnostics = analysis.diagnostics;
  const std::string error = say_written(
      options.format == "json"
          ? write_output_stream(options.output, json, analysis.model.sources)
          : write_output(options.output, check_report(analysis, options.model, options.format), analysis.model.sources),
      options.output,
      fmt::format("{}, {}", count(diagnostics.errors(), "error"), count(diagnostics.warnings(), "warning")));
  if (!error.empty()) return fail(error);
  if (diagnostics.has_errors() || (options.strict && diagnostics.warnings() > 0)) return exit_problems;
  return exit_ok;
}

/// The end of `toc check --help`: each check a model can configure, with its default and summary.
std::string checks_footer() {
  std::size_t width = 0;
  for (const CheckInfo& check : all_checks()) width = std::max(width, check.code.size());
  std::string text = "Checks a model's [checks] can set to \"error\", \"warning\" or \"off\" (docs/checks.md):";
  for (const CheckInfo& check : all_checks()) {
    text += fmt::format("\n  {:<{}}  {:<7}  {}", check.code, width, to_string(check.severity), check.summary);
  }
  return text;
}

const Registration registered{
    10, [](CLI::App& toc) -> Run {
      auto options = std::make_shared<CheckOptions>();
      CLI::App* command = toc.add_subcommand("check", "Check a model and print its diagnostics, compiler-style");
      command->add_option("model", options->model, model_help)->required();
      command->add_option("--format", options->format, "Output format")
          ->check(CLI::IsMember({"text", "json"}))
          ->capture_default_str();
      command->add_option("-o,--output", options->output, "Write the report to this file ('-' for stdout)")
          ->capture_default_str();
      command->add_flag("--strict", options->strict, "Fail (exit 1) on warnings too");
      add_quiet_flag(*command);
      command->footer(checks_footer());
      command->add_option(
          "--as-of", options->as_of,
          "Judge the freshness of the model's measurements as of this date (YYYY-MM-DD; default: today)");
      return [options] { return run_check(*options); };
    }};

}  // namespace
}  // namespace toc::cli
