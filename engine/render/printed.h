// The printed diagram: which views go on which pages of a PDF, so that every page can be read on
// paper. A board pack is A4; Graphviz draws one graph on one page of whatever size it needs.
//
// The plan starts from one page for the outcomes and impact and one per priority (its activities
// and all they lead to). A page whose diagram would print below `readable_scale` is split, in
// place, into narrower views, as far as they go:
//   outcomes and impact               → the outcomes and impact each priority's work leads to
//   a priority (or the whole model)   → its inputs, activities and outputs; its outcomes and impact
//   outcomes and impact (of a priority) → short and medium term; medium and long term and the impact
//   anything else                     → runs of its tallest band, each with the boxes it has arrows with
// A page already planned is not planned twice. A page that cannot be split further is kept and
// named in `too_small`. Each page is laid out at several label widths, landscape and portrait,
// and keeps what prints largest. With more than one page, a key page comes first.
#pragma once

#include <string>
#include <vector>

#include "graph/graph.h"
#include "model/model.h"
#include "render/dot.h"
#include "render/pdf_pages.h"
#include "view/view.h"

namespace toc {

/// Node labels are 11 pt; at this scale they print at 8 pt, the smallest a board pack should use.
inline constexpr double readable_scale = 8.0 / 11.0;

struct PrintedPage {
  std::string heading;
  ViewOptions view;
  std::string svg;      ///< the diagram, at the label width that prints largest
  double scale = 1.0;   ///< what the page's diagram is scaled by to fit the paper
  bool turned = false;  ///< printed on the paper turned a quarter (portrait), where it prints larger
};

struct PrintPlan {
  std::vector<PrintedPage> pages;      ///< the diagram pages, in order (the key page is not among them)
  std::vector<std::string> too_small;  ///< headings of the pages printed below `readable_scale`
  std::string error;                   ///< Graphviz or librsvg could not draw a page
};

/// The pages that print `asked` (a view the user named is one page, never split) or, with no
/// view asked for, the whole model, on `paper`.
PrintPlan plan_printed_pages(const Model& model, const Graph& graph, const ViewOptions& asked,
                             const DotOptions& dot_options, const Paper& paper, double readable = readable_scale);

/// The plan's pages as PDF pages, with a key page first when there is more than one.
std::vector<PdfPage> pdf_pages_of(const PrintPlan& plan, const std::string& title);

}  // namespace toc
