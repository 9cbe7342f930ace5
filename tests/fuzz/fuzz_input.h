// Turns a fuzzer's bytes into the in-memory files of a model, so one input can exercise
// includes: the bytes are split at lines "#file: NAME" into the root file m/strategy.toml
// (everything before the first such line) and the files m/NAME. The targets analyze the
// folder m, so an input with "#file: toc-workspace.toml" is a workspace of m's subfolders.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/file_system.h"

namespace toc::fuzz {

inline constexpr std::string_view file_marker = "\n#file: ";

/// A file name from the fuzzer, kept to characters a path may hold; "" when nothing is left.
inline std::string clean_name(std::string_view name) {
  std::string cleaned;
  for (const char c : name) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_' || c == '/') {
      cleaned += c;
    }
  }
  return cleaned;
}

/// The files of one fuzz input; the root is "m/strategy.toml".
inline MemoryFileSystem files_from(std::string_view bytes) {
  MemoryFileSystem files;
  std::string name = "strategy.toml";
  while (true) {
    const auto marker = bytes.find(file_marker);
    files.files["m/" + name] = std::string(bytes.substr(0, marker));
    if (marker == std::string_view::npos) break;
    bytes.remove_prefix(marker + file_marker.size());
    const auto end_of_name = bytes.find('\n');
    name = clean_name(bytes.substr(0, end_of_name));
    bytes.remove_prefix(end_of_name == std::string_view::npos ? bytes.size() : end_of_name + 1);
    if (name.empty()) name = "part.toml";
  }
  return files;
}

/// What the targets analyze: the folder, so it is a model or, with a toc-workspace.toml, a workspace.
inline constexpr const char* root_file = "m";

}  // namespace toc::fuzz
