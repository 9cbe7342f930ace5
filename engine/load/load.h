// Stage "load": reads the root file and everything it includes, parses TOML and decodes it.
#pragma once

#include <optional>
#include <string>

#include <toml++/toml.h>

#include "base/diagnostic.h"
#include "base/file_system.h"
#include "model/model.h"

namespace toc {

/// What loading keeps beyond the model.
struct LoadOptions {
  /// Keep each file's text, so that text diagnostics can quote its lines. Without it a file's
  /// text is released as soon as it has parsed (a JSON report quotes nothing): at 100k nodes
  /// that is 48 MiB less held. A file that fails to parse keeps its text either way.
  bool keep_text = true;
};

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
LoadResult load_model(const std::string& root_path, FileSystem& files, Diagnostics& diagnostics,
                      const LoadOptions& options = {});

/// Loads the model rooted at `root_path` into `model`, after whatever it already holds (a
/// workspace loads its members one after another into one Model). False, with `failure` set,
/// when the root file could not be read.
bool load_into(const std::string& root_path, FileSystem& files, Diagnostics& diagnostics, Model& model,
               std::string& failure, const LoadOptions& options = {});

/// Parses file `file` of `sources` as TOML. Reports syntax-error (with a hint for the common
/// mistakes) and returns nothing when the text is not TOML.
std::optional<toml::table> parse_source(const SourceSet& sources, FileId file, Diagnostics& diagnostics);

/// Why a file could not be read, e.g. "no such file".
std::string_view describe(ReadStatus status);

}  // namespace toc
