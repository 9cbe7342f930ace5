// What the commands that judge measurements share: toc progress, and the products that show
// progress beside the model (toc report, toc render --status, toc checklist).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli_common.h"

namespace toc::cli {

/// What the model declares no measurements is told, by the commands that need them.
inline constexpr const char* no_measurements_help =
    "the model declares no measurements: add measurements = [\"data/measurements.csv\"] to [strategy], or give "
    "--data FILE";

/// --data and --as-of, as the commands that judge measurements take them.
struct DataOptions {
  std::vector<std::string> data;  ///< files to read instead of those the model declares
  std::string as_of;              ///< YYYY-MM-DD; empty: TOC_AS_OF, else today
};

/// Adds --data and --as-of to `command`.
void add_data_options(CLI::App& command, DataOptions& options);

/// Analyses `model`, then reads and judges its measurements (analyze_with_progress) as of
/// `options.as_of` with `xmr`'s rules; on an --as-of that is no date, prints why and returns null.
const Checked* analyze_for_progress(const std::string& model, const DataOptions& options, const XmrOptions& xmr = {});

/// Before a product is made from a model and its measurements: the measurements' own diagnostics
/// go to stderr and the product is still made from the rows that passed; errors in the model
/// itself stop it, as for every product (require_clean), and so does a --data file that cannot
/// be read. Returns -1 to go on, else the exit status (after printing why).
int report_data_problems(const Checked& checked, const std::string& model, const std::string& doing);

/// The exit status once the product is written: exit_problems when the measurements had errors.
int exit_after_data(const Checked& checked);

}  // namespace toc::cli
