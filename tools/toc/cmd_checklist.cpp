// toc checklist: the indicator checklist for boards, as Markdown, CSV, HTML or XLSX.
#include <fmt/format.h>

#include "cli_common.h"
#include "cli_output.h"
#include "command.h"
#include "products/checklist/checklist.h"
#include "view/view.h"

namespace toc::cli {
namespace {

struct ChecklistOptions {
  std::string model;
  std::string output;
  std::string format;
};

using TextWriter = std::string (*)(const Model&, const ChecklistPlan&);

/// The text formats; xlsx is written through a file instead (see run_checklist).
TextWriter text_writer(const std::string& format) {
  if (format == "md") return checklist_markdown;
  if (format == "csv") return checklist_csv;
  if (format == "html") return checklist_html_page;
  return nullptr;
}

/// The format asked for, or from the output's extension; "" when neither says.
std::string format_of(const ChecklistOptions& options) {
  if (!options.format.empty()) return options.format;
  std::string extension = extension_of(options.output);
  if (extension == "markdown") return "md";
  if (extension == "htm") return "html";
  return extension == "md" || extension == "csv" || extension == "html" || extension == "xlsx" ? extension : "";
}

int run_checklist(const ChecklistOptions& options) {
  const std::string format = format_of(options);
  if (format.empty()) {
    return fail(fmt::format("cannot tell the format of '{}' from its name; use --format md|csv|html|xlsx",
                            options.output));
  }
  if (format == "xlsx" && options.output == "-") {
    return fail("an xlsx workbook cannot go to stdout; name a file, e.g. -o checklist.xlsx");
  }
  const Analysis& analysis = analyze(options.model);
  if (int status = require_clean(analysis, options.model, "making the checklist"); status >= 0) return status;
  Diagnostics unused;  // the whole-model view names no ids, so it cannot report anything
  const View view = make_view(analysis.model, analysis.graph, {}, unused);
  const ChecklistPlan plan = plan_checklist(analysis.model, view);
  const SourceSet& model_files = analysis.model.sources;  // -o must never replace one of them
  const std::string error =
      format == "xlsx" ? write_output_via(
                             options.output,
                             [&](const std::string& temporary) {
                               return write_checklist_xlsx(analysis.model, plan, temporary);
                             },
                             model_files)
                       : write_output(options.output, text_writer(format)(analysis.model, plan), model_files);
  return error.empty() ? exit_ok : fail(error);
}

const Registration registered{30, [](CLI::App& toc) -> Run {
  auto options = std::make_shared<ChecklistOptions>();
  CLI::App* command = toc.add_subcommand(
      "checklist", "List each outcome's indicators and whether they have a baseline, target, source and owner");
  command->add_option("model", options->model, model_help)->required();
  command
      ->add_option("-o,--output", options->output,
                   "The file to write, e.g. checklist.md, .csv, .html or .xlsx ('-' for stdout, not for xlsx)")
      ->required();
  command->add_option("--format", options->format, "md, csv, html or xlsx (default: from the file's extension)")
      ->check(CLI::IsMember({"md", "csv", "html", "xlsx"}));
  return [options] { return run_checklist(*options); };
}};

}  // namespace
}  // namespace toc::cli
