// Stage "load" for several strategies at once. A workspace is a toc-workspace.toml that lists
// model roots, or a folder whose subfolders are models. Its members are loaded one after
// another into one Model, and every id is qualified as `<model-id>:<id>`, so that references
// across models (`leads_to = ["llr-trauma-informed:oc-ti-culture"]`) resolve like any other and
// every later stage (graph, checks, views, coverage, report) works on the whole unchanged.
#pragma once

#include <string>
#include <string_view>

#include "base/diagnostic.h"
#include "base/file_system.h"
#include "load/load.h"

namespace toc {

/// The file a folder's workspace is read from.
inline constexpr std::string_view workspace_file_name = "toc-workspace.toml";
/// The root file of a model in a folder.
inline constexpr std::string_view model_file_name = "strategy.toml";

/// What a path given on the command line names.
struct Input {
  enum class Kind { model, workspace_file, workspace_folder };
  Kind kind = Kind::model;
  std::string path;     ///< the model's root file, the workspace file, or the folder of models
  std::string failure;  ///< set when the path names nothing toc can read
};

/// Decides what `path` names: a file called toc-workspace.toml (or *.workspace.toml) is a
/// workspace, any other file a model's root; a folder with a toc-workspace.toml is that
/// workspace, a folder with a strategy.toml that model, and a folder whose subfolders hold
/// strategy.toml files a workspace of those models.
Input classify_input(const std::string& path, FileSystem& files);

/// Loads every member of a workspace into one Model (see Model::members). Reports, besides
/// what each model's loading reports: the workspace file's own syntax-error, unknown-key,
/// wrong-type and missing-field; bad-include for a member that cannot be read; duplicate-id
/// for two members with the same strategy id. `options` apply to every member's files (the
/// workspace file itself keeps its text).
LoadResult load_workspace(const Input& input, FileSystem& files, Diagnostics& diagnostics,
                          const LoadOptions& options = {});

}  // namespace toc
