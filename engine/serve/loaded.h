// A model as `toc serve` reads it: checked, its measurements judged, with the files to watch.
#pragma once

#include <string>
#include <vector>

#include "base/file_system.h"
#include "pipeline/analyze.h"
#include "pipeline/progress_run.h"

namespace toc {

/// A model read for serving: the analysis, its measurements judged, and every path the load read
/// or looked for (the files to watch).
struct LoadedModel {
  Analysis analysis;
  ProgressRun progress;
  /// The model itself has errors (not counting its measurements'): its products are not shown.
  bool model_errors = false;
  std::vector<std::string> files;
  /// Stands for everything the page is made of (the files' paths and texts, the diagnostics): two
  /// loads with the same fingerprint make the same page.
  std::string fingerprint;
};

/// Loads and checks the model at `root`, then reads and judges its declared measurements as of
/// `as_of` (as `toc report` does).
LoadedModel load_for_serving(const std::string& root, FileSystem& files, const Date& as_of);

}  // namespace toc
