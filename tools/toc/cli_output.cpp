#include "cli_output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <fmt/format.h>

#include "base/escape.h"

namespace toc::cli {
namespace {

namespace fs = std::filesystem;

bool quiet = false;  // -q,--quiet: only one command runs per process

// The temporary file being written, for the signal handler: a fixed buffer, since a handler may
// only make async-signal-safe calls (unlink, signal, raise).
char pending_temp[4096] = "";

constexpr std::array<int, 4> cleanup_signals = {SIGINT, SIGTERM, SIGHUP, SIGXFSZ};

extern "C" void remove_temp_and_die(int signal_number) {
  if (pending_temp[0] != '\0') ::unlink(pending_temp);
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

/// While alive, a signal that would end the process removes `temp` first.
class TempGuard {
 public:
  explicit TempGuard(const std::string& temp) {
    std::snprintf(pending_temp, sizeof pending_temp, "%s", temp.c_str());
    for (std::size_t i = 0; i < cleanup_signals.size(); ++i) {
      previous_[i] = std::signal(cleanup_signals[i], remove_temp_and_die);
      // A signal the caller ignores stays ignored (nohup, `trap '' XFSZ`): the write then
      // fails with an error instead, and the temporary file is removed on that path.
      if (previous_[i] == SIG_IGN) std::signal(cleanup_signals[i], SIG_IGN);
    }
  }
  ~TempGuard() {
    for (std::size_t i = 0; i < cleanup_signals.size(); ++i) std::signal(cleanup_signals[i], previous_[i]);
    pending_temp[0] = '\0';
  }
  TempGuard(const TempGuard&) = delete;
  TempGuard& operator=(const TempGuard&) = delete;

 private:
  std::array<void (*)(int), cleanup_signals.size()> previous_{};
};

/// Creates a new, empty temporary file next to `target` (O_EXCL, so nothing there is
/// followed or reused) with the mode the target has, or would get; returns its name or "".
std::string create_temp(const fs::path& target, std::string& error) {
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string name = (folder / fmt::format(".{}.tmp-XXXXXX", target.filename().string())).string();
  const int fd = ::mkstemp(name.data());
  if (fd < 0) {
    error = std::strerror(errno);
    return "";
  }
  struct stat existing {};
  mode_t mode = 0;
  if (::stat(target.c_str(), &existing) == 0) {
    mode = existing.st_mode & 07777;
  } else {
    mode = ::umask(0);
    ::umask(mode);
    mode = 0666 & ~mode;
  }
  ::fchmod(fd, mode);
  ::close(fd);
  return name;
}

/// Flushes `temp` to disk, so a crash of the machine after the rename cannot leave it empty.
std::string sync_file(const std::string& temp) {
  const int fd = ::open(temp.c_str(), O_RDONLY);
  if (fd < 0) return std::strerror(errno);
  const bool synced = ::fsync(fd) == 0;
  const std::string error = synced ? "" : std::strerror(errno);
  ::close(fd);
  return error;
}

/// Writes with `write` to `temp`, then renames it over `target`; "" or why not.
std::string fill_and_rename(const std::string& temp, const fs::path& target,
                            const std::function<std::string(const std::string&)>& write) {
  std::string error = write(temp);
  if (error.empty()) error = sync_file(temp);
  if (error.empty()) {
    std::error_code ec;
    fs::rename(temp, target, ec);
    if (ec) error = ec.message();
  }
  return error;
}

/// A device or a pipe (`-o /dev/null`, `-o /dev/stdout`, a FIFO) is written in place: renaming a
/// temporary file over it would replace the device node itself with a regular file (`-o
/// /dev/null`, the way benchmarks discard output, once turned /dev/null into a file).
bool is_special_file(const std::string& path) {
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  return !ec && fs::exists(status) && !fs::is_regular_file(status) && !fs::is_directory(status);
}

}  // namespace

std::string write_output_via(const std::string& path, const std::function<std::string(const std::string&)>& write) {
  // Writers that need a file name cannot stream to standard output; never make a file called "-".
  if (path == "-") return "this format cannot be written to standard output; give a file name with -o";
  std::error_code ec;
  if (fs::is_directory(path, ec) || (!path.empty() && path.back() == '/')) {
    return fmt::format("cannot write '{}': it is a directory", path);
  }
  if (is_special_file(path)) {
    const std::string error = write(path);
    return error.empty() ? "" : fmt::format("cannot write '{}': {}", path, error);
  }
  const fs::path target(path);
  std::string error;
  const std::string temp = create_temp(target, error);
  if (temp.empty()) return fmt::format("cannot write '{}': {}", path, error);
  const TempGuard guard(temp);
  error = fill_and_rename(temp, target, write);
  if (error.empty()) return "";
  std::remove(temp.c_str());
  return fmt::format("cannot write '{}': {}", path, error);
}

std::string write_output_stream(const std::string& path, const std::function<void(const Sink&)>& produce) {
  if (path == "-") {
    produce([](std::string_view piece) { std::cout.write(piece.data(), static_cast<std::streamsize>(piece.size())); });
    std::cout.flush();
    return std::cout ? "" : "cannot write to standard output";
  }
  return write_output_via(path, [&](const std::string& temp) -> std::string {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return std::strerror(errno);
    produce([&](std::string_view piece) { out.write(piece.data(), static_cast<std::streamsize>(piece.size())); });
    out.flush();
    return out ? "" : std::strerror(errno);
  });
}

std::string write_output(const std::string& path, const std::string& contents) {
  return write_output_stream(path, [&](const Sink& sink) { sink(contents); });
}

std::string refuse_model_files(const std::string& path, const SourceSet& model_files) {
  if (path == "-") return "";
  std::error_code ec;
  if (!fs::exists(path, ec)) return "";
  for (std::size_t i = 0; i < model_files.size(); ++i) {
    const std::string& source = model_files.file(static_cast<FileId>(i)).path;
    if (fs::equivalent(path, source, ec)) {
      return fmt::format("refusing to write '{}': it is the model's file '{}'; choose another output file", path,
                         source);
    }
  }
  return "";
}

std::string write_output(const std::string& path, const std::string& contents, const SourceSet& model_files) {
  if (std::string refused = refuse_model_files(path, model_files); !refused.empty()) return refused;
  return write_output(path, contents);
}

std::string write_output_stream(const std::string& path, const std::function<void(const Sink&)>& produce,
                                const SourceSet& model_files) {
  if (std::string refused = refuse_model_files(path, model_files); !refused.empty()) return refused;
  return write_output_stream(path, produce);
}

std::string write_output_via(const std::string& path, const std::function<std::string(const std::string&)>& write,
                             const SourceSet& model_files) {
  if (std::string refused = refuse_model_files(path, model_files); !refused.empty()) return refused;
  return write_output_via(path, write);
}

void add_quiet_flag(CLI::App& command) {
  command.add_flag("-q,--quiet", quiet, "Say nothing on success (otherwise: one line naming the file written)");
}

std::string say_written(std::string error, const std::string& path, std::string_view detail) {
  if (!error.empty() || path == "-" || quiet) return error;
  std::cout << "wrote " << escape::terminal_lines(path, "");
  if (!detail.empty()) std::cout << " (" << detail << ")";
  std::cout << "\n" << std::flush;
  return error;
}

}  // namespace toc::cli
