#include "serve_watch.h"

#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <set>

namespace toc::cli {

namespace {

constexpr std::uint32_t folder_events =
    IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF;
constexpr std::uint32_t file_events = IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF;

std::string folder_of(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

bool ends_with(const std::string& text, std::string_view end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

}  // namespace

FileWatcher::FileWatcher() : fd_(inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {
  if (fd_ < 0) error_ = std::strerror(errno);
}

FileWatcher::~FileWatcher() {
  if (fd_ >= 0) close(fd_);
}

void FileWatcher::watch(const std::vector<std::string>& paths) {
  if (fd_ < 0) return;
  paths_ = paths;
  std::sort(paths_.begin(), paths_.end());
  std::set<std::string> folders;
  std::set<std::string> files;
  for (const std::string& path : paths) {
    struct stat info {};
    if (stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) {
      folders.insert(path);
    } else {
      if (stat(path.c_str(), &info) == 0) files.insert(path);
      folders.insert(folder_of(path));
    }
  }
  std::map<int, std::string> new_folders;
  std::map<int, std::string> new_files;
  // Added before the old are removed: a path watched before keeps its descriptor, and its
  // pending events stay meaningful.
  for (const std::string& folder : folders) {
    const int wd = inotify_add_watch(fd_, folder.c_str(), folder_events | IN_ONLYDIR);
    if (wd >= 0) new_folders[wd] = folder;
  }
  for (const std::string& file : files) {
    const int wd = inotify_add_watch(fd_, file.c_str(), file_events);
    if (wd >= 0 && !new_folders.count(wd)) new_files[wd] = file;
  }
  for (const auto& [wd, path] : folders_) {
    if (!new_folders.count(wd) && !new_files.count(wd)) inotify_rm_watch(fd_, wd);
  }
  for (const auto& [wd, path] : files_) {
    if (!new_folders.count(wd) && !new_files.count(wd)) inotify_rm_watch(fd_, wd);
  }
  folders_ = std::move(new_folders);
  files_ = std::move(new_files);
}

bool FileWatcher::drain() {
  if (fd_ < 0) return false;
  bool relevant = false;
  alignas(inotify_event) std::array<char, 64 * 1024> buffer;
  for (;;) {
    const ssize_t got = read(fd_, buffer.data(), buffer.size());
    if (got <= 0) break;
    for (ssize_t at = 0; at < got;) {
      const auto* event = reinterpret_cast<const inotify_event*>(buffer.data() + at);
      at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
      if (event->mask & IN_Q_OVERFLOW) {
        relevant = true;
      } else if (files_.count(event->wd)) {
        relevant = relevant || !(event->mask & IN_IGNORED);
      } else if (const auto folder = folders_.find(event->wd); folder != folders_.end()) {
        if (event->mask & (IN_DELETE_SELF | IN_MOVE_SELF)) {
          relevant = true;
        } else if (event->len > 0) {
          const std::string name(event->name);
          const std::string path = folder->second == "." ? name : folder->second + "/" + name;
          relevant = relevant || (event->mask & IN_ISDIR) || ends_with(name, ".toml") || ends_with(name, ".csv") ||
                     std::binary_search(paths_.begin(), paths_.end(), path);
        }
      }
    }
  }
  return relevant;
}

}  // namespace toc::cli
