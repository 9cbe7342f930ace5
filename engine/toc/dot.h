// Stage "render", first half: a view as Graphviz DOT text. The DOT is the stable contract that
// golden tests compare; Graphviz turns it into SVG, PNG or PDF (graphviz_render.h).
#pragma once

#include <string>

#include "toc/diagnostic.h"
#include "toc/model.h"
#include "toc/view.h"

namespace toc {

struct DotOptions {
  std::string direction = "LR";               ///< LR, TB, BT or RL
  const Diagnostics* issues = nullptr;        ///< when set, nodes with findings are highlighted
  std::size_t wrap = 24;                      ///< label width in characters
  /// An activity under several priorities sits in this one's box when it lists it (used for a
  /// --priority view); otherwise in the box of the first priority it lists.
  std::string prefer_priority;
};

/// The view as a DOT digraph: one band per chain level in order, a cluster per priority for
/// activities and outputs, kinds by shape and colour, arrows styled by evidence strength.
/// Every text from the model is escaped; the output depends only on the model's content, not
/// on the order of its files or tables.
std::string to_dot(const Model& model, const View& view, const DotOptions& options);

/// The band a node sits in: 0 inputs … 6 impact (outcomes by term).
int band_of(const Node& node);

}  // namespace toc
