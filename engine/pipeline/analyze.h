// The pipeline up to checks: load -> model -> graph -> check. Later stages (views, renderers)
// take an Analysis.
#pragma once

#include <string>

#include "base/diagnostic.h"
#include "base/file_system.h"
#include "graph/graph.h"
#include "load/load.h"
#include "model/model.h"

namespace toc {

struct Analysis {
  Model model;
  Graph graph;
  Diagnostics diagnostics;  ///< sorted by file, line and column
  bool loaded = false;      ///< false: the root file could not be read; see `failure`
  std::string failure;
  /// True when a file could not be read whole (syntax, include or size problems): the graph
  /// and checks then did not run, since they would only report the gaps.
  bool incomplete = false;
};

/// Loads, resolves and checks the model rooted at `root_path`, or the workspace it names (a
/// toc-workspace.toml, or a folder: see classify_input). With `options.keep_text` false the
/// diagnostics cannot quote source lines: for callers that write them as JSON.
Analysis analyze(const std::string& root_path, FileSystem& files, const LoadOptions& options = {});

}  // namespace toc
