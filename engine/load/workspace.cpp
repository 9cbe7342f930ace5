#include "load/workspace.h"

#include <algorithm>
#include <filesystem>
#include <utility>

#include <fmt/format.h>

#include "base/limits.h"
#include "load/decode.h"
#include "load/table_reader.h"

namespace toc {

namespace {

namespace fs = std::filesystem;

std::string join(const std::string& folder, std::string_view name) {
  return (fs::path(folder) / name).lexically_normal().generic_string();
}

bool has_file(const std::vector<DirEntry>& entries, std::string_view name) {
  return std::any_of(entries.begin(), entries.end(),
                     [&](const DirEntry& e) { return !e.is_directory && e.name == name; });
}

/// The subfolders of `folder` that hold a model, sorted by name so the order never depends on
/// the file system.
std::vector<std::string> model_folders(const std::string& folder, FileSystem& files) {
  std::vector<std::string> names;
  for (const DirEntry& entry : files.list(folder)) {
    if (entry.is_directory && entry.name.front() != '.' &&
        has_file(files.list(join(folder, entry.name)), model_file_name)) {
      names.push_back(entry.name);
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

/// A member as the workspace names it: the path as written, and where (no range for a folder).
struct MemberEntry {
  std::string path;
  SourceRange range;
};

/// Reads [workspace] (id, title, description, owner, models) and [checks] of a workspace file.
std::vector<MemberEntry> decode_workspace(const toml::table& document, FileId file, Model& model,
                                          Diagnostics& diagnostics) {
  std::vector<MemberEntry> members;
  TableReader top(document, file, diagnostics, [] { return std::string("the workspace file"); });
  const toml::table* workspace = top.table("workspace", false);
  if (const toml::table* checks = top.table("checks", false, "{ missing-assumption = \"off\" }")) {
    decode_checks(*checks, file, model.checks, diagnostics);
  }
  top.finish();
  if (!workspace) {
    diagnostics.error("missing-field", SourceRange{file, 1, 1, 1, 1}, "the workspace file has no [workspace] table",
                      "start it with [workspace], then title = \"...\" and models = [\"folder-of-a-model\", ...]");
    return members;
  }
  TableReader read(*workspace, file, diagnostics, [] { return std::string("[workspace]"); });
  Strategy& strategy = model.strategy;
  strategy.range = read.range();
  strategy.id = read.text("id");
  strategy.title = read.text("title", true);
  strategy.description = read.text("description");
  strategy.owner = read.text("owner");
  for (Ref& ref : read.refs("models", true)) members.push_back({std::move(ref.id), ref.range});
  read.finish();
  return members;
}

std::string folder_name(const std::string& path) {
  const fs::path p = fs::path(path).lexically_normal();
  const std::string name = (p.has_filename() ? p : p.parent_path()).filename().generic_string();
  return name.empty() || name == "." || name == ".." ? "workspace" : name;
}

constexpr std::string_view list_help =
    "list each model's folder (holding strategy.toml) or its root file, relative to "
    "the workspace file";

class WorkspaceLoader {
 public:
  WorkspaceLoader(FileSystem& files, Diagnostics& diagnostics, Model& model, const LoadOptions& options)
      : files_(files), diagnostics_(diagnostics), model_(model), options_(options) {}

  /// Loads one member; `entry.range` is where the workspace file names it.
  void load(const std::string& root, const MemberEntry& entry) {
    const Input input = classify_input(root, files_);
    if (!input.failure.empty() || input.kind != Input::Kind::model) {
      diagnostics_.error("bad-include", entry.range,
                         input.failure.empty()
                             ? fmt::format("'{}' is a workspace; a workspace lists models", entry.path)
                             : input.failure,
                         std::string(list_help));
      return;
    }
    for (const Member& other : model_.members) {
      if (other.root == input.path) {
        diagnostics_.error("bad-include", entry.range, fmt::format("the model '{}' is listed twice", entry.path));
        return;
      }
    }
    Member member;
    member.root = input.path;
    member.first_file = static_cast<FileId>(model_.sources.size());
    // The member's [strategy] and [checks] are decoded into the model's own, which hold the
    // workspace's: set those aside meanwhile.
    Strategy workspace_strategy = std::exchange(model_.strategy, {});
    auto workspace_checks = std::exchange(model_.checks, {});
    const ModelMarks marks = ModelMarks::of(model_);
    std::string failure;
    const bool loaded = load_into(input.path, files_, diagnostics_, model_, failure, options_);
    member.strategy = std::exchange(model_.strategy, std::move(workspace_strategy));
    member.checks = std::exchange(model_.checks, std::move(workspace_checks));
    member.end_file = static_cast<FileId>(model_.sources.size());
    if (!loaded) {
      diagnostics_.error("bad-include", entry.range, fmt::format("cannot load the model '{}': {}", entry.path, failure),
                         std::string(list_help));
      return;
    }
    if (!is_valid_id(member.strategy.id)) {
      // The model's own loading has reported it; qualify by folder so the rest still resolves.
      member.strategy.id = folder_name(fs::path(input.path).parent_path().generic_string());
    }
    for (const Member& other : model_.members) {
      if (other.strategy.id == member.strategy.id) {
        diagnostics_.add({Severity::error,
                          "duplicate-id",
                          fmt::format("two models in the workspace have the id '{}'", member.strategy.id),
                          member.strategy.range,
                          {{other.strategy.range, "first defined here"}},
                          "model ids must be unique in a workspace: cross-references name models by id"});
        // Left in, every id of the second model would be a duplicate too: one error says it.
        drop_after(marks);
        return;
      }
    }
    // Qualify what the member defines, and the bare ids it refers to, as "<model-id>:<id>";
    // references already qualified (to another member, or to this one) stay as written.
    const std::string prefix = member.strategy.id + ":";
    visit_ids(
        model_, marks, [&](std::string& id) { id.insert(0, prefix); },
        [&](Ref& ref) {
          if (!is_qualified(ref.id)) ref.id.insert(0, prefix);
        });
    model_.members.push_back(std::move(member));
  }

 private:
  void drop_after(const ModelMarks& marks) {
    model_.priorities.resize(marks.priorities);
    model_.principles.resize(marks.principles);
    model_.nodes.resize(marks.nodes);
    model_.links.resize(marks.links);
    model_.indicators.resize(marks.indicators);
    model_.rules.resize(marks.rules);
  }

  FileSystem& files_;
  Diagnostics& diagnostics_;
  Model& model_;
  const LoadOptions options_;
};

}  // namespace

Input classify_input(const std::string& path, FileSystem& files) {
  // A read of at most 0 bytes says whether `path` is a folder without reading a file.
  std::string text;
  const ReadStatus status = files.read(path, text, 0);
  if (status != ReadStatus::is_directory) {
    const std::string name = fs::path(path).filename().generic_string();
    const bool workspace = name == workspace_file_name || name.ends_with(".workspace.toml");
    return {workspace ? Input::Kind::workspace_file : Input::Kind::model, path, {}};
  }
  const std::vector<DirEntry> entries = files.list(path);
  if (has_file(entries, workspace_file_name)) return {Input::Kind::workspace_file, join(path, workspace_file_name), {}};
  if (has_file(entries, model_file_name)) return {Input::Kind::model, join(path, model_file_name), {}};
  if (!model_folders(path, files).empty()) return {Input::Kind::workspace_folder, path, {}};
  return {Input::Kind::model, path,
          fmt::format("'{}' is a folder with no {} or {}, and none of its subfolders holds a {}", path, model_file_name,
                      workspace_file_name, model_file_name)};
}

LoadResult load_workspace(const Input& input, FileSystem& files, Diagnostics& diagnostics, const LoadOptions& options) {
  LoadResult result;
  Model& model = result.model;
  std::vector<MemberEntry> entries;
  std::string base = input.path;
  if (input.kind == Input::Kind::workspace_file) {
    std::string text;
    const ReadStatus status = files.read(input.path, text, limits::max_file_bytes);
    if (status != ReadStatus::ok) {
      result.failure = fmt::format("cannot read '{}': {}", input.path, describe(status));
      return result;
    }
    const FileId file = model.sources.add(input.path, std::move(text));
    result.loaded = true;
    const std::optional<toml::table> document = parse_source(model.sources, file, diagnostics);
    if (!document) return result;
    entries = decode_workspace(*document, file, model, diagnostics);
    base = fs::path(input.path).parent_path().generic_string();
    if (model.strategy.id.empty()) model.strategy.id = folder_name(base);
  } else {
    for (const std::string& name : model_folders(input.path, files)) entries.push_back({name, {}});
    model.strategy.id = folder_name(input.path);
    model.strategy.title = fmt::format("The models in {}", input.path);
    result.loaded = true;
  }
  WorkspaceLoader loader(files, diagnostics, model, options);
  for (const MemberEntry& entry : entries) loader.load(join(base.empty() ? "." : base, entry.path), entry);
  return result;
}

}  // namespace toc
