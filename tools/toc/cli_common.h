// What several subcommands share: loading a model and the check summary.
#pragma once

#include <future>
#include <string>
#include <string_view>

#include "pipeline/analyze.h"
#include "pipeline/progress_run.h"

namespace toc::cli {

/// The help of every command's model argument.
inline constexpr const char* model_help =
    "The model: its root TOML file (models/x/strategy.toml) or its folder; or several models at once, as a "
    "workspace: a toc-workspace.toml, or a folder of model folders";

/// Loads and checks a model. Kept until exit on purpose, like clang's -disable-free: the process
/// ends right after, and freeing a 100k-node model node by node costs more than exiting does.
const Analysis& analyze(const std::string& model, const LoadOptions& options = {});

/// A model analysed, then its measurements read and judged (run_progress).
struct Checked {
  Analysis analysis;
  ProgressRun progress;
};

/// As analyze(), then reads the measurement files `data` (when empty, those the model declares)
/// and judges them with `judge`. Kept until exit, like analyze()'s.
const Checked& analyze_with_progress(const std::string& model, const LoadOptions& options,
                                     const std::vector<std::string>& data, const JudgeOptions& judge);

/// The date `given` names (YYYY-MM-DD); when it is empty, the environment's TOC_AS_OF, else
/// today's (UTC). Nothing when it is not a date. For --as-of.
std::optional<Date> as_of_date(const std::string& given);

/// Starts Graphviz's warm-up (warm_up_graphviz: plugins, pango, fonts, about 10 ms) on another
/// thread, so that it runs while the model loads and checks on this one. Wait for it before
/// rendering: render_dot would wait for the warm-up's own render_dot anyway, and a render that
/// always follows a finished warm-up starts from the same state on every run. If no thread can
/// be started, the warm-up runs here and now.
std::future<void> warm_up_graphviz_meanwhile(std::string_view format);

/// The check report: diagnostics (text or JSON) and, for text, a summary line.
std::string check_report(const Analysis& analysis, const std::string& model, const std::string& format);

/// For commands that need a model without errors (render, report, ...): returns -1 when the
/// model is usable, else prints why not to stderr and returns the exit status to use.
int require_clean(const Analysis& analysis, const std::string& model, const std::string& doing);

/// For problems with the command line's own arguments (an unknown --focus id, say), which have no
/// place in a file: prints the first error as "toc: error: <message> (<help>)" and returns
/// exit_cannot_run; returns -1 when there is no error.
int fail_on_errors(const Diagnostics& problems);

/// The extension of `path` ("svg" for "a/b.svg"), or "" when it has none.
std::string extension_of(const std::string& path);

}  // namespace toc::cli
