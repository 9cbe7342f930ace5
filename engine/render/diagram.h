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
#include "progress/measurements.h"
#include "progress/progress.h"
#include "view/view.h"

namespace toc {

/// Choices shared by every diagram format.
struct DiagramOptions {
  const Diagnostics* issues = nullptr;  ///< when set, findings are attached to their nodes
  /// An activity under several priorities sits in this one's box when it lists it (used for a
  /// --priority view); otherwise in the box of the first priority it lists.
  std::string prefer_priority;
  /// When set (`toc render --status`), nodes are coloured by the status of their indicators and
  /// the indicators are drawn beside them, with a legend; `data` gives their latest figures.
  const Progress* progress = nullptr;
  const Measurements* data = nullptr;
};

/// An indicator drawn beside the node it measures (with --status).
struct DiagramIndicator {
  std::uint32_t indicator = 0;      ///< index into Model::indicators
  NodeIndex anchor = no_node;       ///< the first shown node (in plan order) it measures: drawn beside it
  std::vector<NodeIndex> measures;  ///< every shown node it measures, in plan order
  Status status = Status::no_data;
  std::string latest;  ///< its latest figure, "44 in 2026-10 (provisional)"; "" when it has none
};

/// A view laid out as boxes and bands, independent of any output format.
struct DiagramPlan {
  /// By band; inside a band as the files are written, moved only so that arrows within the band
  /// point onward (a node after those of its band that lead to it).
  std::vector<NodeIndex> nodes;
  std::vector<ViewLink> links;  ///< sorted by the ids at their ends
  /// The priority box of an activity, and of an output (that of the first, by id, shown
  /// activity leading to it). Nodes outside any box are absent.
  std::map<NodeIndex, std::string_view> box_of;
  std::map<std::string_view, std::vector<NodeIndex>> boxes;      ///< priority id -> members, in node order
  std::map<NodeIndex, std::vector<const Diagnostic*>> findings;  ///< matched by the node's own range
  std::set<std::string_view> measured;                           ///< ids some indicator measures

  /// With --status: the counts by status of the indicators of each shown node that some measure,
  /// the indicators drawn (by id), and the statuses the legend explains (in status order).
  bool with_status = false;
  std::map<NodeIndex, StatusCounts> status_of;
  std::vector<DiagramIndicator> indicators;
  std::vector<Status> legend;

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

/// A node's status line (with --status): each count with its status's symbol and words,
/// "✗ 1 off track, ✓ 1 on track".
std::string status_line(const StatusCounts& counts);

/// An indicator's label: its title wrapped at `limit` characters, its status in symbol and words,
/// its latest figure. Example: "Referrals each\nmonth\n✓ on track\n44 in 2026-10".
std::string indicator_label(const Model& model, const DiagramIndicator& drawn, std::size_t limit);

/// What the legend says of the colours (with --status).
inline constexpr std::string_view status_legend_note =
    "a node takes the colour of its worst indicator and counts them all";

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
