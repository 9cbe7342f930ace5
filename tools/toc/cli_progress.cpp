#include "cli_progress.h"

#include <algorithm>
#include <iostream>

#include <fmt/format.h>

#include "base/diagnostic_format.h"
#include "command.h"

namespace toc::cli {

void add_data_options(CLI::App& command, DataOptions& options) {
  command.add_option("--as-of", options.as_of, "Judge the measurements as of this date (YYYY-MM-DD; default: today)");
  command.add_option("--data", options.data,
                     "A measurements CSV file to read instead of those the model declares (repeatable)");
}

const Checked* analyze_for_progress(const std::string& model, const DataOptions& options, const XmrOptions& xmr) {
  const std::optional<Date> as_of = as_of_date(options.as_of);
  if (!as_of) {
    fail(fmt::format("--as-of '{}' is not a date like 2025-03-31", options.as_of));
    return nullptr;
  }
  return &analyze_with_progress(model, {}, options.data, {*as_of, xmr});
}

namespace {

bool about_data(const Checked& checked, const Diagnostic& d) {
  const auto codes = progress_codes();
  const auto& files = checked.progress.data.files;
  return std::find(codes.begin(), codes.end(), d.code) != codes.end() ||
         std::find(files.begin(), files.end(), d.range.file) != files.end();
}

}  // namespace

int report_data_problems(const Checked& checked, const std::string& model, const std::string& doing) {
  const Analysis& analysis = checked.analysis;
  if (!analysis.loaded) return fail(analysis.failure);
  Diagnostics about;
  bool model_errors = false;
  for (const Diagnostic& d : analysis.diagnostics.all()) {
    if (d.code == "bad-data-file" && !d.range.known()) return fail(d.message);
    if (about_data(checked, d))
      about.add(d);
    else
      model_errors = model_errors || d.severity == Severity::error;
  }
  if (model_errors) return require_clean(analysis, model, doing);
  if (!about.all().empty()) std::cerr << format_text(about, analysis.model.sources) << "\n";
  return -1;
}

int exit_after_data(const Checked& checked) {
  return checked.analysis.diagnostics.has_errors() ? exit_problems : exit_ok;
}

}  // namespace toc::cli
