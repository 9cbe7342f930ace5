#include "pipeline/progress_run.h"

namespace toc {

ProgressRun run_progress(Analysis& analysis, FileSystem& file_system, const std::vector<DataFile>& files,
                         const JudgeOptions& options) {
  ProgressRun run;
  if (!analysis.loaded || analysis.incomplete || files.empty()) return run;
  run.ran = true;
  run.data = read_measurements(analysis.model, file_system, files, analysis.diagnostics);
  run.progress = judge_progress(analysis.model, analysis.graph, run.data, options);
  report_data_gaps(analysis.model, run.data, run.progress, analysis.diagnostics);
  analysis.diagnostics.sort(analysis.model.sources);
  return run;
}

}  // namespace toc
