#include "base/source.h"

namespace toc {

FileId SourceSet::add(std::string path, std::string text) {
  files_.push_back({std::move(path), std::move(text), {}});
  return static_cast<FileId>(files_.size() - 1);
}

std::string_view SourceSet::path(FileId id) const {
  return id < files_.size() ? std::string_view(files_[id].path) : std::string_view();
}

std::string_view SourceSet::line_text(FileId id, std::uint32_t line) const {
  if (id >= files_.size() || line == 0) return {};
  const SourceFile& file = files_[id];
  const std::string_view text = file.text;
  if (file.line_starts.empty()) {
    file.line_starts.push_back(0);
    for (std::size_t at = text.find('\n'); at != std::string_view::npos; at = text.find('\n', at + 1)) {
      file.line_starts.push_back(at + 1);
    }
  }
  if (line > file.line_starts.size()) return {};
  const std::size_t start = file.line_starts[line - 1];
  std::size_t stop = text.find('\n', start);
  std::string_view result = text.substr(start, stop == std::string_view::npos ? text.size() - start : stop - start);
  if (!result.empty() && result.back() == '\r') result.remove_suffix(1);
  return result;
}

}  // namespace toc
