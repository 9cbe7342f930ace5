// Source files, positions and ranges: where every piece of user text came from.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace toc {

/// Index of a file in a SourceSet. `no_file` marks a range that points nowhere.
using FileId = std::uint32_t;
inline constexpr FileId no_file = UINT32_MAX;

/// A span of text, 1-based lines and columns; `end` is inclusive.
/// Example: the key `lead_to` on line 4, column 1 is {file, 4, 1, 4, 7}.
struct SourceRange {
  FileId file = no_file;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::uint32_t end_line = 0;
  std::uint32_t end_column = 0;

  bool known() const { return file != no_file && line > 0; }
};

/// One loaded file: the path as the user would write it and its text.
struct SourceFile {
  std::string path;
  std::string text;
  /// Offsets where each line starts, built on the first quote from this file, so quoting
  /// thousands of diagnostics stays linear.
  mutable std::vector<std::size_t> line_starts;
};

/// Every file a model was read from, so diagnostics can name files and quote lines.
class SourceSet {
 public:
  FileId add(std::string path, std::string text);
  const SourceFile& file(FileId id) const { return files_.at(id); }
  std::size_t size() const { return files_.size(); }
  /// The path of `id`, or "" for no_file.
  std::string_view path(FileId id) const;
  /// The text of line `line` (1-based) of file `id` without its newline; empty if out of range.
  std::string_view line_text(FileId id, std::uint32_t line) const;

 private:
  std::vector<SourceFile> files_;
};

}  // namespace toc
