// Positions as the Language Server Protocol counts them (0-based lines, UTF-16 code units)
// against toc's SourceRange (1-based lines, 1-based code point columns, inclusive end).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "base/source.h"
#include "lsp/jsonrpc.h"

namespace toc::lsp {

/// A position in LSP's terms: 0-based line, 0-based UTF-16 code unit in that line.
struct Position {
  std::uint32_t line = 0;
  std::uint32_t character = 0;
};

/// A text's lines, for converting between offsets, code point columns and UTF-16 positions.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  /// Line `line` (0-based) without its line break; empty past the end.
  std::string_view line(std::uint32_t line) const;
  /// The byte offset of `position`, clamped to its line and to the text.
  std::size_t offset(Position position) const;
  std::uint32_t lines() const { return static_cast<std::uint32_t>(starts_.size()); }

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
};

/// UTF-16 code units in the first `code_points` code points of `line` (all of it when shorter).
std::uint32_t utf16_units(std::string_view line, std::size_t code_points);
/// The 1-based code point column of UTF-16 unit `character` of `line`.
std::uint32_t code_point_column(std::string_view line, std::uint32_t character);
/// Bytes in the first `code_points` code points of `line`.
std::size_t byte_offset(std::string_view line, std::size_t code_points);

/// The LSP range ({"start", "end"}, end exclusive) of `range` in `text`. A range with no end,
/// or one that ends before it starts, covers its first character.
Json to_lsp(const SourceRange& range, const LineIndex& text);
Json to_lsp(Position position);

}  // namespace toc::lsp
