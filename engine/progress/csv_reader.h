// CSV as spreadsheets write it (RFC 4180: quoted commas, doubled quotes, newlines inside quotes;
// CRLF or LF), read with libcsv, with the line each record starts on. libcsv stays in
// csv_reader.cpp.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/source.h"

namespace toc {

/// One record: its fields (quotes removed, spaces around unquoted fields trimmed) and where it
/// starts in the text.
struct CsvRecord {
  std::vector<std::string> fields;
  std::uint32_t line = 0;  ///< 1-based line of the record's first byte
  std::size_t offset = 0;  ///< byte offset of that line's start in the text
};

/// Where the text stops being CSV, e.g. a quote inside an unquoted field.
struct CsvProblem {
  std::uint32_t line = 0;  ///< 0 when there is none
  std::uint32_t column = 0;
  std::string message;
  std::string help;
};

/// Calls `on_record` for every record of `text` in order (blank lines are skipped). Stops at the
/// first malformed quote and describes it in the result; returns a problem with line 0 when the
/// whole text was read. `on_record` may return false to stop early.
CsvProblem read_csv(std::string_view text, const std::function<bool(const CsvRecord&)>& on_record);

/// The range of field `index` (0-based) of the record that starts at `record` in `text`, found by
/// a quote-aware scan: for diagnostics only, so the common path never pays for it. Columns count
/// code points, as the diagnostic printer does. A field past the record's end gives the range of
/// the record's last character.
SourceRange field_range(std::string_view text, const CsvRecord& record, std::size_t index, FileId file);

/// `text` without a UTF-8 byte order mark, and with old Mac line ends (CR alone) made LF, so that
/// lines count as an editor shows them.
std::string normalise_csv_text(std::string text);

}  // namespace toc
