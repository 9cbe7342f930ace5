// The one table of the checklist's formats: `toc checklist` takes its --format choices, the
// formats it infers from a file's extension, its help and its writers from here.
#include "products/checklist/checklist.h"

namespace toc {
namespace {

constexpr std::string_view markdown_extensions[] = {"md", "markdown"};
constexpr std::string_view csv_extensions[] = {"csv"};
constexpr std::string_view html_extensions[] = {"html", "htm"};
constexpr std::string_view xlsx_extensions[] = {"xlsx"};

}  // namespace

std::span<const ChecklistFormat> checklist_formats() {
  static constexpr ChecklistFormat formats[] = {
      {"md", markdown_extensions, "a Markdown document", checklist_markdown, nullptr},
      {"csv", csv_extensions, "a CSV table", checklist_csv, nullptr},
      {"html", html_extensions, "an HTML page", checklist_html_page, nullptr},
      {"xlsx", xlsx_extensions, "an xlsx workbook", nullptr, write_checklist_xlsx},
  };
  return formats;
}

}  // namespace toc
