// Overlap: where the strategies of a workspace meet. Answers the risks partnership reports
// name, "maintaining a strategic overview of the breadth and pace of activity across the area"
// and "avoid duplication": which outcomes several strategies' activities work towards, which
// outcomes several strategies count on, whose impact another strategy's work supports, and
// what each strategy leaves unsupported. Data only; `toc overlap` and the report print it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "model/model.h"

namespace toc {

/// The nodes of one strategy (an index into Model::members).
struct MemberNodes {
  std::size_t member = 0;
  std::vector<NodeIndex> nodes;  ///< sorted by id
};

/// An outcome that activities of two or more strategies lead to, directly or through outputs
/// only: the place where their work meets, and may duplicate.
struct SharedOutcome {
  NodeIndex outcome = no_node;
  std::vector<MemberNodes> activities;  ///< per strategy, in workspace order; two or more
};

/// An outcome that strategies besides its own count on: another strategy's arrows go into it
/// (its work is meant to bring it about) or out of it (its own pathway builds on it).
struct CountedOutcome {
  NodeIndex outcome = no_node;
  std::vector<std::size_t> members;  ///< its own strategy first, then the others in workspace order
  std::vector<LinkIndex> links;      ///< the arrows between it and the other strategies
};

/// An impact of one strategy that another strategy's activities reach.
struct SupportedImpact {
  NodeIndex impact = no_node;
  MemberNodes by;  ///< the other strategy and its activities that reach the impact
};

struct Overlap {
  std::vector<SharedOutcome> shared;               ///< sorted by outcome id
  std::vector<CountedOutcome> counted_on;          ///< sorted by outcome id
  std::vector<SupportedImpact> supported_impacts;  ///< by impact id, then supporting strategy
  /// Per strategy (indexed like Model::members), its outcomes and impacts that no input or
  /// activity of any strategy reaches, sorted by id.
  std::vector<std::vector<NodeIndex>> unsupported;
};

/// Computes the overlap of a workspace's strategies; empty for a single model.
Overlap compute_overlap(const Model& model, const Graph& graph);

/// The overlap as text for a terminal, and as JSON ("toc-overlap" v1).
std::string format_overlap_text(const Model& model, const Overlap& overlap);
std::string format_overlap_json(const Model& model, const Overlap& overlap);
/// The overlap as the "Across strategies" section of the workspace report (HTML, escaped).
std::string overlap_html_section(const Model& model, const Overlap& overlap);

}  // namespace toc
