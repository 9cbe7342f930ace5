// The pipeline's progress step: after analyze(), read the model's measurements and judge them.
// `toc check` runs it so that the data is checked with the model; `toc progress` prints it.
#pragma once

#include <vector>

#include "base/file_system.h"
#include "pipeline/analyze.h"
#include "progress/measurements.h"
#include "progress/progress.h"

namespace toc {

struct ProgressRun {
  bool ran = false;  ///< false: no files to read, or the model could not be read whole
  Measurements data;
  Progress progress;
};

/// Reads `files` (declared_data_files(model) when the caller has no others) into
/// `analysis.model.sources`, validates them, judges every indicator as of `options.as_of`,
/// reports no-data and stale-data, and sorts `analysis.diagnostics` again. Does nothing for a
/// model that could not be read whole, or when `files` is empty.
ProgressRun run_progress(Analysis& analysis, FileSystem& file_system, const std::vector<DataFile>& files,
                         const JudgeOptions& options);

}  // namespace toc
