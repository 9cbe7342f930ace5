// toc serve's file watcher: inotify on every file a load read and on their folders, so that a save
// — in place, or as an editor's atomic save (a new file renamed over the old) — and a file deleted,
// renamed or created are all seen. Linux only, like the rest of toc serve.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace toc::cli {

class FileWatcher {
 public:
  FileWatcher();
  ~FileWatcher();
  FileWatcher(const FileWatcher&) = delete;
  FileWatcher& operator=(const FileWatcher&) = delete;

  /// The inotify descriptor to poll, or -1 when inotify is not available (`error` says why).
  int descriptor() const { return fd_; }
  const std::string& error() const { return error_; }

  /// Watches `paths` (files or folders) and the folder of each; stops watching what is no
  /// longer among them. Paths that do not exist are watched through their folder.
  void watch(const std::vector<std::string>& paths);

  /// Reads every pending event; true when one concerns the model: a watched file, a name in a
  /// watched folder that is one of the paths, a .toml or .csv file or a folder (a workspace's new
  /// member), a folder itself moved or deleted, or events lost to an overflow.
  bool drain();

 private:
  int fd_ = -1;
  std::string error_;
  std::map<int, std::string> folders_;  ///< watch descriptor -> folder
  std::map<int, std::string> files_;    ///< watch descriptor -> file
  std::vector<std::string> paths_;      ///< as given to watch(), sorted
};

}  // namespace toc::cli
