#include "lsp/text_position.h"

#include <algorithm>

namespace toc::lsp {

namespace {

/// The length in bytes of the UTF-8 sequence that starts with `lead`; a stray byte counts as one.
std::size_t sequence_length(unsigned char lead) {
  if (lead < 0xC0) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

}  // namespace

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (text[at] == '\n') starts_.push_back(at + 1);
  }
}

std::string_view LineIndex::line(std::uint32_t line) const {
  if (line >= starts_.size()) return {};
  const std::size_t start = starts_[line];
  std::size_t end = line + 1 < starts_.size() ? starts_[line + 1] - 1 : text_.size();
  if (end > start && text_[end - 1] == '\r') --end;
  return text_.substr(start, end - start);
}

std::size_t LineIndex::offset(Position position) const {
  if (position.line >= starts_.size()) return text_.size();
  const std::string_view text = line(position.line);
  return starts_[position.line] + byte_offset(text, code_point_column(text, position.character) - 1);
}

std::size_t byte_offset(std::string_view line, std::size_t code_points) {
  std::size_t at = 0;
  for (std::size_t n = 0; n < code_points && at < line.size(); ++n) {
    at += sequence_length(static_cast<unsigned char>(line[at]));
  }
  return std::min(at, line.size());
}

std::uint32_t utf16_units(std::string_view line, std::size_t code_points) {
  std::uint32_t units = 0;
  std::size_t at = 0;
  for (std::size_t n = 0; n < code_points && at < line.size(); ++n) {
    const std::size_t length = sequence_length(static_cast<unsigned char>(line[at]));
    units += length == 4 ? 2 : 1;  // beyond the Basic Multilingual Plane: a surrogate pair
    at += length;
  }
  return units;
}

std::uint32_t code_point_column(std::string_view line, std::uint32_t character) {
  std::uint32_t units = 0;
  std::uint32_t column = 1;
  for (std::size_t at = 0; at < line.size() && units < character; ++column) {
    const std::size_t length = sequence_length(static_cast<unsigned char>(line[at]));
    units += length == 4 ? 2 : 1;
    at += length;
  }
  return column;
}

Json to_lsp(Position position) { return Json{{"line", position.line}, {"character", position.character}}; }

Json to_lsp(const SourceRange& range, const LineIndex& text) {
  const std::uint32_t line = range.line > 0 ? range.line - 1 : 0;
  const std::uint32_t column = range.column > 0 ? range.column - 1 : 0;
  const Position start{line, utf16_units(text.line(line), column)};
  Position end = start;
  const bool has_end =
      range.end_line > range.line || (range.end_line == range.line && range.end_column >= range.column);
  if (has_end) {
    end.line = range.end_line - 1;
    end.character = utf16_units(text.line(end.line), range.end_column);
  } else {
    end.character = utf16_units(text.line(line), column + 1);
  }
  return Json{{"start", to_lsp(start)}, {"end", to_lsp(end)}};
}

}  // namespace toc::lsp
