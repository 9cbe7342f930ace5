// The documents an editor has open, laid over the disk: the model is read as the author sees it,
// unsaved edits included, in every file of the model.
#pragma once

#include <map>
#include <string>

#include "base/file_system.h"

namespace toc::lsp {

/// A FileSystem that serves the open documents' text and falls back to `below` for every other
/// file. Paths are absolute and normalised (uri_to_path).
class OpenDocuments final : public FileSystem {
 public:
  explicit OpenDocuments(FileSystem& below) : below_(below) {}

  void open(const std::string& path, std::string text) { texts_[path] = std::move(text); }
  void close(const std::string& path) { texts_.erase(path); }
  /// The open document's text, or nullptr when `path` is not open.
  const std::string* text(const std::string& path) const;
  const std::map<std::string, std::string>& all() const { return texts_; }

  ReadStatus read(const std::string& path, std::string& text, std::size_t max_bytes) override;
  /// The disk's entries, with the open documents of folder `path` that are not on disk yet.
  std::vector<DirEntry> list(const std::string& path) override;

 private:
  FileSystem& below_;
  std::map<std::string, std::string> texts_;
};

/// The root a file belongs to, as `toc check` would be given it: the file itself when it is a
/// workspace file; else the strategy.toml or toc-workspace.toml of the nearest folder above it
/// that holds one; else the file itself (a model in one file).
/// Example: "/m/llr/activities/a.toml" -> "/m/llr/strategy.toml".
std::string find_model_root(const std::string& path, FileSystem& files);

}  // namespace toc::lsp
