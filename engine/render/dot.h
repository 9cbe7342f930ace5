// Stage "render", first half: a view as Graphviz DOT text. The DOT is the stable contract that
// golden tests compare; Graphviz turns it into SVG, PNG or PDF (graphviz_render.h).
#pragma once

#include <string>

#include "model/model.h"
#include "render/diagram.h"
#include "view/view.h"

namespace toc {

struct DotOptions {
  std::string direction = "LR";  ///< LR, TB, BT or RL
  std::size_t wrap = 24;         ///< label width in characters
  DiagramOptions diagram;        ///< findings to highlight, the preferred priority box
  bool title = true;             ///< the strategy's title over the diagram (a printed page has its own)
};

/// The view as a DOT digraph: one band per chain level in order, a cluster per priority for
/// activities and outputs, kinds by shape and colour, arrows styled by evidence strength.
/// Every text from the model is escaped; the output depends only on the model's content, not
/// on the order of its files or tables.
std::string to_dot(const Model& model, const View& view, const DotOptions& options);

}  // namespace toc
