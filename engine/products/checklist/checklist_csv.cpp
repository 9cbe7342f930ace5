// The checklist as RFC 4180 CSV: the rows of checklist_rows, formulas neutralised.
#include "products/checklist/checklist.h"

namespace toc {
namespace {

/// An RFC 4180 field: quoted when it holds a quote, comma or line break, quotes doubled.
std::string csv_field(const std::string& cell) {
  const std::string text = neutralise_formula(cell);
  if (text.find_first_of("\",\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (const char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + '"';
}

}  // namespace

std::string checklist_csv(const Model& model, const ChecklistPlan& plan) {
  std::string out;
  for (const std::vector<std::string>& row : checklist_rows(model, plan)) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out += ',';
      out += csv_field(row[i]);
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace toc
