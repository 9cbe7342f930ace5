#include "cli_output.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <fmt/format.h>

namespace toc::cli {

std::string write_output_via(const std::string& path, const std::function<std::string(const std::string&)>& write) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_directory(path, ec)) return fmt::format("cannot write '{}': it is a directory", path);
  const fs::path target(path);
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  const std::string temp = (folder / fmt::format(".{}.tmp-{}", target.filename().string(), ::getpid())).string();
  if (std::string error = write(temp); !error.empty()) {
    std::remove(temp.c_str());
    return fmt::format("cannot write '{}': {}", path, error);
  }
  fs::rename(temp, target, ec);
  if (ec) {
    std::remove(temp.c_str());
    return fmt::format("cannot write '{}': {}", path, ec.message());
  }
  return "";
}

std::string write_output(const std::string& path, const std::string& contents) {
  if (path == "-") {
    std::cout << contents << std::flush;
    return std::cout ? "" : "cannot write to standard output";
  }
  return write_output_via(path, [&](const std::string& temp) -> std::string {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return std::strerror(errno);
    out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
    out.flush();
    return out ? "" : std::strerror(errno);
  });
}

}  // namespace toc::cli
