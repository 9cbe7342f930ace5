#include "base/file_system.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <system_error>

#include "base/huge_pages.h"

namespace toc {

namespace fs = std::filesystem;

ReadStatus DiskFileSystem::read(const std::string& path, std::string& text, std::size_t max_bytes) {
  text.clear();
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status)) return ReadStatus::not_found;
  if (fs::is_directory(status)) return ReadStatus::is_directory;
  const auto size = fs::file_size(path, ec);
  if (!ec && size > max_bytes) return ReadStatus::too_large;
  std::ifstream in(path, std::ios::binary);
  if (!in) return ReadStatus::unreadable;
  // A large file (a measurements CSV of 40 MB) goes into huge pages where the kernel grants
  // them: asked for before resize first touches the buffer.
  if (!ec && size > 0) {
    text.reserve(static_cast<std::size_t>(size));
    advise_huge_pages(text.data(), static_cast<std::size_t>(size));
  }
  // Read the size the file reports, then keep reading in chunks: a file that grows meanwhile
  // (or a special file that reports no size) still cannot exceed the limit.
  text.resize(ec ? 0 : static_cast<std::size_t>(size));
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(in.gcount()));
  char chunk[65536];
  while (in && text.size() <= max_bytes) {
    in.read(chunk, sizeof chunk);
    text.append(chunk, static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) return ReadStatus::unreadable;
  if (text.size() > max_bytes) {
    text.clear();
    return ReadStatus::too_large;
  }
  return ReadStatus::ok;
}

std::vector<DirEntry> DiskFileSystem::list(const std::string& path) {
  std::vector<DirEntry> entries;
  std::error_code ec;
  for (fs::directory_iterator it(path.empty() ? "." : path, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code type_ec;
    entries.push_back({it->path().filename().string(), it->is_directory(type_ec)});
  }
  std::sort(entries.begin(), entries.end(), [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; });
  return entries;
}

ReadStatus MemoryFileSystem::read(const std::string& path, std::string& text, std::size_t max_bytes) {
  text.clear();
  const auto it = files.find(path);
  if (it == files.end()) return list(path).empty() ? ReadStatus::not_found : ReadStatus::is_directory;
  if (it->second.size() > max_bytes) return ReadStatus::too_large;
  text = it->second;
  return ReadStatus::ok;
}

std::vector<DirEntry> MemoryFileSystem::list(const std::string& path) {
  const std::string prefix = path.empty() || path == "." ? "" : path + "/";
  std::set<std::pair<std::string, bool>> seen;
  for (const auto& [name, text] : files) {
    if (name.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string rest = name.substr(prefix.size());
    const auto slash = rest.find('/');
    seen.insert({rest.substr(0, slash), slash != std::string::npos});
  }
  std::vector<DirEntry> entries;
  for (const auto& [name, is_dir] : seen) entries.push_back({name, is_dir});
  return entries;
}

}  // namespace toc
