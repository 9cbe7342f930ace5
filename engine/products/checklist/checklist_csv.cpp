// The checklist as RFC 4180 CSV: the rows of checklist_rows, formulas neutralised.
#include "base/escape.h"
#include "products/checklist/checklist.h"

namespace toc {

std::string checklist_csv(const Model& model, const ChecklistPlan& plan) {
  std::string out;
  for (const std::vector<std::string>& row : checklist_rows(model, plan)) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out += ',';
      out += escape::csv_cell(row[i]);
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace toc
