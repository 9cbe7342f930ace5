// The board report: one self-contained HTML file (inline CSS and SVG; no scripts, fonts or
// network) holding the strategy's header, its diagram, coverage with a bar chart, the indicator
// checklist, the check findings and the pathways as text. Returns the HTML; callers write it.
#pragma once

#include <string>

#include "base/diagnostic.h"
#include "graph/graph.h"
#include "model/model.h"
#include "products/coverage/coverage.h"
#include "progress/measurements.h"
#include "progress/progress.h"

namespace toc {

struct ReportInput {
  const Model& model;
  const Graph& graph;
  const Diagnostics& diagnostics;  ///< the check's findings, shown grouped by severity
  /// The diagram as SVG (as Graphviz writes it; any XML prolog is dropped). Empty: the report
  /// says the diagram is not included, and why (`diagram_note`).
  std::string svg;
  std::string diagram_note;
  /// The measurements and how each indicator is going: given, the report has a progress section
  /// (report_progress.h) and its checklist shows each indicator's latest figure and status;
  /// null, the report is as it was before toc read measurements.
  const Measurements* data = nullptr;
  const Progress* progress = nullptr;
  /// The day the report is made (YYYY-MM-DD), printed with the title at the foot of every
  /// page; empty: the title alone.
  std::string made_on = {};
};

std::string report_html(const ReportInput& input);

/// The bar chart of the report's coverage section, as an inline <svg>: per priority and in
/// total, the share of outcomes and impacts measured and the share with a complete indicator.
/// The two series differ in fill pattern as well as colour, so the chart reads in greyscale.
std::string coverage_chart_svg(const Coverage& coverage);

}  // namespace toc
