// Output helpers for the CLI: the only place that writes files and chooses what goes to stdout.
#pragma once

#include <string>

namespace toc::cli {

/// Writes `contents` to `path` atomically: a temporary file in the same folder, then rename.
/// "-" means stdout. Returns "" on success, else a message.
std::string write_output(const std::string& path, const std::string& contents);

}  // namespace toc::cli
