#include "lsp/documents.h"

#include <algorithm>
#include <filesystem>

#include "load/workspace.h"

namespace toc::lsp {

namespace fs = std::filesystem;

const std::string* OpenDocuments::text(const std::string& path) const {
  const auto it = texts_.find(path);
  return it == texts_.end() ? nullptr : &it->second;
}

ReadStatus OpenDocuments::read(const std::string& path, std::string& text, std::size_t max_bytes) {
  const std::string* open = this->text(fs::path(path).lexically_normal().generic_string());
  if (!open) return below_.read(path, text, max_bytes);
  text.clear();
  if (open->size() > max_bytes) return ReadStatus::too_large;
  text = *open;
  return ReadStatus::ok;
}

std::vector<DirEntry> OpenDocuments::list(const std::string& path) {
  std::vector<DirEntry> entries = below_.list(path);
  const std::string folder = fs::path(path).lexically_normal().generic_string();
  for (const auto& [open, text] : texts_) {
    const fs::path file(open);
    if (file.parent_path().generic_string() != folder) continue;
    const std::string name = file.filename().generic_string();
    const bool listed = std::any_of(entries.begin(), entries.end(), [&](const DirEntry& e) { return e.name == name; });
    if (!listed) entries.push_back({name, false});
  }
  std::sort(entries.begin(), entries.end(), [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; });
  return entries;
}

std::string find_model_root(const std::string& path, FileSystem& files) {
  const fs::path file(path);
  const std::string name = file.filename().generic_string();
  if (name == workspace_file_name || name.ends_with(".workspace.toml")) return path;
  constexpr int max_levels = 64;
  fs::path folder = file.parent_path();
  for (int level = 0; level < max_levels && !folder.empty(); ++level) {
    const std::vector<DirEntry> entries = files.list(folder.generic_string());
    for (const std::string_view root : {model_file_name, workspace_file_name}) {
      const bool found = std::any_of(entries.begin(), entries.end(),
                                     [&](const DirEntry& e) { return !e.is_directory && e.name == root; });
      if (found) return (folder / root).generic_string();
    }
    if (folder == folder.parent_path()) break;
    folder = folder.parent_path();
  }
  return path;
}

}  // namespace toc::lsp
