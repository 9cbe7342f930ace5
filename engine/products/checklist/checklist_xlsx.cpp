// The checklist as an Excel workbook (libxlsxwriter): the rows of checklist_rows, every cell a
// string (never a formula or a guessed number), with a bold frozen header and an autofilter.
#include <algorithm>
#include <memory>

#include <xlsxwriter.h>

#include "base/escape.h"
#include "base/shared_library.h"
#include "base/text.h"
#include "products/checklist/checklist.h"

namespace toc {
namespace {

// libxlsxwriter, opened on the first workbook (shared_library.h).
// clang-format off: one function a line
#define TOC_XLSX_FUNCTIONS(X) \
  X(workbook_new)             \
  X(workbook_set_properties)  \
  X(workbook_add_worksheet)   \
  X(workbook_add_format)      \
  X(workbook_close)           \
  X(format_set_bold)          \
  X(format_set_bg_color)      \
  X(format_set_bottom)        \
  X(format_set_text_wrap)     \
  X(format_set_align)         \
  X(worksheet_set_column)     \
  X(worksheet_write_string)   \
  X(worksheet_freeze_panes)   \
  X(worksheet_autofilter)     \
  X(lxw_strerror)
// clang-format on

struct Library {
#define TOC_DECLARE(name) decltype(&::name) name = nullptr;
  TOC_XLSX_FUNCTIONS(TOC_DECLARE)
#undef TOC_DECLARE
  /// Why workbooks cannot be written here, or "".
  std::string error;
};

const Library& library() {
  static const Library loaded = [] {
    Library found;
    SharedLibrary xlsxwriter(TOC_SONAME_XLSXWRITER);
#define TOC_FIND(name) xlsxwriter.find(#name, found.name);
    TOC_XLSX_FUNCTIONS(TOC_FIND)
#undef TOC_FIND
    if (!xlsxwriter.error().empty()) {
      found.error = "writing .xlsx needs libxlsxwriter, which could not be loaded: " + xlsxwriter.error();
    }
    return found;
  }();
  return loaded;
}

/// Excel's limit on the characters in a cell; longer text is cut with an ellipsis, not refused.
constexpr std::size_t max_cell_chars = 32767;
/// Columns are as wide as their longest text up to this many characters; longer text wraps.
constexpr std::size_t max_column_width = 50;

/// `text` cut to at most max_cell_chars code points, on a code point boundary.
std::string fit_in_cell(const std::string& text) { return shorten(text, max_cell_chars); }

struct WorkbookCloser {
  void operator()(lxw_workbook* workbook) const { library().workbook_close(workbook); }
};

struct Formats {
  lxw_format* header;
  lxw_format* text;
  lxw_format* gap;
};

Formats add_formats(lxw_workbook* workbook) {
  const Library& lib = library();
  Formats formats{lib.workbook_add_format(workbook), lib.workbook_add_format(workbook),
                  lib.workbook_add_format(workbook)};
  lib.format_set_bold(formats.header);
  lib.format_set_bg_color(formats.header, 0xE8EEF4);
  lib.format_set_bottom(formats.header, LXW_BORDER_MEDIUM);
  lib.format_set_text_wrap(formats.header);
  lib.format_set_align(formats.header, LXW_ALIGN_VERTICAL_TOP);
  lib.format_set_text_wrap(formats.text);
  lib.format_set_align(formats.text, LXW_ALIGN_VERTICAL_TOP);
  lib.format_set_text_wrap(formats.gap);
  lib.format_set_align(formats.gap, LXW_ALIGN_VERTICAL_TOP);
  lib.format_set_bold(formats.gap);
  lib.format_set_bg_color(formats.gap, 0xFFF1CC);
  return formats;
}

/// Each column as wide as its longest cell (in characters), within reason.
void set_column_widths(lxw_worksheet* sheet, const std::vector<std::vector<std::string>>& rows) {
  const Library& lib = library();
  for (std::size_t column = 0; column < rows.front().size(); ++column) {
    std::size_t width = 6;
    for (const auto& row : rows) width = std::max(width, std::min(code_points(row[column]), max_column_width));
    lib.worksheet_set_column(sheet, static_cast<lxw_col_t>(column), static_cast<lxw_col_t>(column),
                             static_cast<double>(width + 2), nullptr);
  }
}

lxw_error write_rows(lxw_worksheet* sheet, const Formats& formats, const std::vector<std::vector<std::string>>& rows) {
  const Library& lib = library();
  const std::size_t indicator_title_column = 6;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const bool gap = r > 0 && rows[r][indicator_title_column] == gap_text;
    lxw_format* format = r == 0 ? formats.header : gap ? formats.gap : formats.text;
    for (std::size_t c = 0; c < rows[r].size(); ++c) {
      const std::string cell = fit_in_cell(escape::spreadsheet_cell(rows[r][c]));
      const lxw_error error =
          lib.worksheet_write_string(sheet, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c), cell.c_str(), format);
      if (error != LXW_NO_ERROR) return error;
    }
  }
  return LXW_NO_ERROR;
}

}  // namespace

std::string write_checklist_xlsx(const Model& model, const ChecklistPlan& plan, const std::string& path) {
  const Library& lib = library();
  if (!lib.error.empty()) return lib.error;
  const std::vector<std::vector<std::string>> rows = checklist_rows(model, plan);
  std::unique_ptr<lxw_workbook, WorkbookCloser> workbook(lib.workbook_new(path.c_str()));
  if (!workbook) return "libxlsxwriter could not start a workbook";
  const std::string title = "Indicator checklist: " + model.strategy.title;
  lxw_doc_properties properties{};
  properties.title = const_cast<char*>(title.c_str());  // libxlsxwriter copies it; its API is not const
  lib.workbook_set_properties(workbook.get(), &properties);

  lxw_worksheet* sheet = lib.workbook_add_worksheet(workbook.get(), "Checklist");
  const Formats formats = add_formats(workbook.get());
  if (const lxw_error error = write_rows(sheet, formats, rows); error != LXW_NO_ERROR) {
    return lib.lxw_strerror(error);
  }
  set_column_widths(sheet, rows);
  lib.worksheet_freeze_panes(sheet, 1, 0);
  lib.worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(rows.size() - 1),
                           static_cast<lxw_col_t>(rows.front().size() - 1));
  const lxw_error error = lib.workbook_close(workbook.release());
  return error == LXW_NO_ERROR ? "" : lib.lxw_strerror(error);
}

}  // namespace toc
