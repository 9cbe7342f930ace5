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

std::string write_output(const std::string& path, const std::string& contents) {
  namespace fs = std::filesystem;
  if (path == "-") {
    std::cout << contents << std::flush;
    return std::cout ? "" : "cannot write to standard output";
  }
  std::error_code ec;
  if (fs::is_directory(path, ec)) return fmt::format("cannot write '{}': it is a directory", path);
  const fs::path target(path);
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string temp = (folder / fmt::format(".{}.tmp-{}", target.filename().string(), ::getpid())).string();
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return fmt::format("cannot write '{}': {}", path, std::strerror(errno));
    out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
    out.flush();
    if (!out) {
      std::remove(temp.c_str());
      return fmt::format("cannot write '{}': {}", path, std::strerror(errno));
    }
  }
  fs::rename(temp, target, ec);
  if (ec) {
    std::remove(temp.c_str());
    return fmt::format("cannot write '{}': {}", path, ec.message());
  }
  return "";
}

}  // namespace toc::cli
