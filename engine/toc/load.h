// Stage "load": reads the root file and everything it includes, parses TOML and decodes it.
#pragma once

#include <string>

#include "toc/diagnostic.h"
#include "toc/file_system.h"
#include "toc/model.h"

namespace toc {

struct LoadResult {
  Model model;
  /// False when the root file itself could not be read (missing, a directory, unreadable):
  /// nothing was checked and `failure` says why. Problems inside files are diagnostics.
  bool loaded = false;
  std::string failure;
};

/// Loads the model rooted at `root_path`. Reports syntax-error, bad-include, include-cycle,
/// limit and everything decode_file reports.
/// Example: `DiskFileSystem disk; Diagnostics d; auto r = load_model("models/x/strategy.toml", disk, d);`
LoadResult load_model(const std::string& root_path, FileSystem& files, Diagnostics& diagnostics);

}  // namespace toc
