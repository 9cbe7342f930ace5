// What every diagram writer (DOT, Mermaid) needs from a view, worked out once so the formats
// cannot drift apart: a stable order, bands, priority boxes, measurement and findings.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "model/model.h"
#include "view/view.h"

namespace toc {

/// Choices shared by every diagram format.
struct DiagramOptions {
  const Diagnostics* issues = nullptr;  ///< when set, findings are attached to their nodes
  /// An activity under several priorities sits in this one's box when it lists it (used for a
  /// --priority view); otherwise in the box of the first priority it lists.
  std::string prefer_priority;
};

/// A view laid out as boxes and bands, independent of any output format.
struct DiagramPlan {
  std::vector<NodeIndex> nodes;  ///< sorted by band, then id: independent of file and table order
  std::vector<ViewLink> links;   ///< sorted by the ids at their ends
  /// The priority box of an activity, and of an output (that of the first, by id, shown
  /// activity leading to it). Nodes outside any box are absent.
  std::map<NodeIndex, std::string_view> box_of;
  std::map<std::string_view, std::vector<NodeIndex>> boxes;      ///< priority id -> members, in node order
  std::map<NodeIndex, std::vector<const Diagnostic*>> findings;  ///< matched by the node's own range
  std::set<std::string_view> measured;                           ///< ids some indicator measures

  /// In a workspace, the strategies (indices into Model::members) with nodes shown, in order.
  std::vector<std::size_t> members;

  /// The strategy of node `n` in a workspace; no_member for a single model.
  std::size_t member_of(const Model& model, NodeIndex n) const { return model.member_of(model.nodes[n].range.file); }

  /// An outcome or impact that no indicator measures.
  bool unmeasured(const Node& node) const {
    return (node.kind == Kind::outcome || node.kind == Kind::impact) && !measured.count(node.id);
  }
};

DiagramPlan plan_diagram(const Model& model, const View& view, const DiagramOptions& options);

/// A kind's colours in every format: the Okabe-Ito palette (safe for colour-blind readers), as
/// a light fill under dark text and a darker border of the same hue.
struct KindColours {
  std::string_view fill;
  std::string_view border;
};
KindColours colours_of(Kind kind);

/// The title of priority `id`, or the id when the model has no such priority.
std::string priority_title(const Model& model, std::string_view id);

/// Greedy word wrap to `limit` characters (code points); words longer than the limit stand
/// alone; newlines in the text are kept.
std::string wrap(std::string_view text, std::size_t limit);

}  // namespace toc
