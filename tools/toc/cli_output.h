// Output helpers for the CLI: the only place that writes files and chooses what goes to stdout.
#pragma once

#include <functional>
#include <string>

namespace toc::cli {

/// Writes `contents` to `path` atomically: a temporary file in the same folder, then rename.
/// "-" means stdout. Returns "" on success, else a message.
std::string write_output(const std::string& path, const std::string& contents);

/// For writers that need a file name (libxlsxwriter): `write` fills the temporary file it is
/// given and returns "" or a message; the file is then renamed over `path`. On any failure the
/// temporary file is removed and whatever was at `path` is left untouched.
std::string write_output_via(const std::string& path, const std::function<std::string(const std::string&)>& write);

}  // namespace toc::cli
