// Printable PDF: diagrams (as SVG) laid out one per page on a given paper size, each scaled to
// fit inside the margins, under a heading, with page numbers. Graphviz draws one graph on one
// page of whatever size the graph needs; a board pack needs A4. Uses cairo and librsvg.
#pragma once

#include <string>
#include <vector>

#include "render/graphviz_render.h"

namespace toc {

struct Paper {
  double width = 841.89;  ///< points (1/72 inch); default A4 landscape
  double height = 595.28;
  double margin = 28.35;  ///< 10 mm
};

/// `paper` turned a quarter: portrait for landscape and back.
Paper turned(const Paper& paper);

/// One page: a heading above a diagram, on the paper turned when `turned` is set.
struct PdfPage {
  std::string heading;
  std::string svg;
  bool turned = false;
};

/// The scale at which `svg` fits a page of `paper` (at most 1), or 0 when it cannot be read.
double page_scale(const std::string& svg, const Paper& paper);

/// The pages as one PDF document titled `title`, each on `paper` or, where the page says so, on
/// `paper` turned. Diagrams are scaled down to fit (never up past their natural size) and centred.
RenderResult pages_to_pdf(const std::vector<PdfPage>& pages, const Paper& paper, const std::string& title);

}  // namespace toc
