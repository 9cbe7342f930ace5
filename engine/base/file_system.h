// The only way the engine touches files: tests use the in-memory implementation.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace toc {

/// Why a read failed, or `ok`.
enum class ReadStatus { ok, not_found, is_directory, unreadable, too_large };

/// A directory entry as seen by `FileSystem::list`.
struct DirEntry {
  std::string name;
  bool is_directory = false;
};

/// File access used by the loader. Paths are generic ('/'-separated), relative to the
/// process's working directory or absolute. The loader calls `read` from worker threads, several
/// at once and alongside `list`: an implementation must allow that (both below do: they change no
/// state of their own; MemoryFileSystem's `files` must not change while a load runs).
class FileSystem {
 public:
  virtual ~FileSystem() = default;
  /// Reads `path` into `text`; fails with `too_large` (leaving `text` empty) past `max_bytes`.
  virtual ReadStatus read(const std::string& path, std::string& text, std::size_t max_bytes) = 0;
  /// The entries of directory `path`, sorted by name; empty if it is not a directory.
  virtual std::vector<DirEntry> list(const std::string& path) = 0;
};

/// The real disk.
class DiskFileSystem final : public FileSystem {
 public:
  ReadStatus read(const std::string& path, std::string& text, std::size_t max_bytes) override;
  std::vector<DirEntry> list(const std::string& path) override;
};

/// Files held in memory, keyed by normalised path; for tests and fuzzing.
/// Example: `MemoryFileSystem fs; fs.files["m/strategy.toml"] = "[strategy]\n...";`
class MemoryFileSystem final : public FileSystem {
 public:
  std::map<std::string, std::string> files;
  ReadStatus read(const std::string& path, std::string& text, std::size_t max_bytes) override;
  std::vector<DirEntry> list(const std::string& path) override;
};

}  // namespace toc
