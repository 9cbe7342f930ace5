#include "pipeline/analyze.h"

#include <algorithm>
#include <utility>

#include "check/check.h"
#include "load/workspace.h"
#include "model/resolve.h"

namespace toc {

Analysis analyze(const std::string& root_path, FileSystem& files, const LoadOptions& options) {
  Analysis analysis;
  const Input input = classify_input(root_path, files);
  if (!input.failure.empty()) {
    analysis.failure = input.failure;
    return analysis;
  }
  LoadResult load = input.kind == Input::Kind::model ? load_model(input.path, files, analysis.diagnostics, options)
                                                     : load_workspace(input, files, analysis.diagnostics, options);
  analysis.model = std::move(load.model);
  analysis.loaded = load.loaded;
  analysis.failure = std::move(load.failure);
  const auto& found = analysis.diagnostics.all();
  analysis.incomplete = std::any_of(found.begin(), found.end(), [](const Diagnostic& d) {
    return d.code == "syntax-error" || d.code == "bad-include" || d.code == "include-cycle" || d.code == "limit";
  });
  if (analysis.loaded && !analysis.incomplete) {
    Resolution resolution = resolve_model(analysis.model, analysis.diagnostics);
    analysis.graph = build_graph(analysis.model, std::move(resolution));
    run_checks(analysis.model, analysis.graph, analysis.diagnostics);
  }
  analysis.diagnostics.sort(analysis.model.sources);
  return analysis;
}

}  // namespace toc
