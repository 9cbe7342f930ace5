// Stage "paths": the pathways a theory of change claims — chains of arrows from what the
// partnership does to the change it expects — and the weakest step of each. Like a view, a
// pathway holds link indices into the model, never copies.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "graph/graph.h"
#include "model/model.h"

namespace toc {

/// Which pathways to find. With `from` only: from that node to every impact. With `to` only:
/// everything that contributes to that node. With both: from one to the other.
struct PathsQuery {
  std::string from;         ///< a node id, or empty
  std::string to;           ///< a node id, or empty for "any impact"
  std::size_t limit = 100;  ///< list at most this many pathways (they are all counted)
};

/// One chain of arrows. Feedback links are never part of a pathway.
///
/// A step carries a claim when it is an outcome step (is_outcome_step: outcome to outcome or
/// impact) or states a strength. Only steps that state a strength are ranked: the weakest step is
/// the first with the lowest strength stated, and the outcome steps that state none are counted,
/// never named weakest (the model says nothing about them). An activity's arrow that states no
/// strength makes no claim and is neither.
struct Pathway {
  std::vector<LinkIndex> links;   ///< the steps in order; links[i].to_node == links[i+1].from_node
  std::size_t weakest = no_step;  ///< position in `links` of the weakest stated step, or `no_step`
  std::size_t weakest_ties = 0;   ///< how many steps state that lowest strength (0 when none is stated)
  std::size_t outcome_steps = 0;  ///< how many steps are outcome steps
  std::size_t unstated = 0;       ///< how many outcome steps state no strength
  static constexpr std::size_t no_step = SIZE_MAX;
};

struct Paths {
  NodeIndex from = no_node;  ///< no_node when the query named no `from`
  NodeIndex to = no_node;    ///< no_node when the query named no `to` (pathways end at impacts)
  /// At most `limit` pathways, depth-first from each start in reading order (toc/reading_order.h).
  std::vector<Pathway> pathways;
  /// How many pathways there are in all, counted without listing them (a pathway count can
  /// grow exponentially with the model while the listing stays within `limit`).
  std::uint64_t total = 0;
  bool total_capped = false;  ///< the count passed 2^64-1, so `total` is a lower bound
  std::uint64_t left_out() const { return total - pathways.size(); }
};

/// Finds the pathways `query` asks for.
///
/// With no `from`, pathways start at every activity, and at every node with no incoming link
/// (an input, say) for the chains that reach `to` without passing through an activity: an
/// activity's pathways already cover what lies behind it. Unknown ids are unknown-id errors with
/// a suggestion, and give no pathways. The model must have no cycle apart from feedback links
/// (`toc check` reports them); a cycle met here is a cycle error and gives no pathways.
/// Example: `PathsQuery query; query.from = "training"; find_paths(model, graph, query, diagnostics);`
Paths find_paths(const Model& model, const Graph& graph, const PathsQuery& query, Diagnostics& diagnostics);

/// A strength as the products print it: "unspecified" when the model states none.
/// Exposed so the text and the JSON explain it the same way.
std::string_view describe_strength(Strength strength);

/// Why a pathway has no weakest step: "unknown: none of its 3 outcome steps states a strength"
/// ("unknown: no step states a strength" when it has no outcome step). Shared by the text and the report.
std::string unknown_weakest(const Pathway& pathway);

/// "; 1 of 2 outcome steps states no strength", or "" when every outcome step states one (or
/// the pathway has no weakest step, which unknown_weakest explains). Shared by the text and the report.
std::string unstated_note(const Pathway& pathway);

/// One pathway per block: the ids joined by arrows, then each node's title with the assumption,
/// evidence and strength of the step into it, then the weakest step and how many outcome steps
/// state no strength. With no `from`, the pathways are grouped under where they start ("from
/// 'x': Title (kind)"). A summary says how many pathways there are and how many were left out.
std::string paths_to_text(const Model& model, const Paths& paths);

/// {"format":"toc-paths","version":2,"from","to","total","total_is_lower_bound","listed",
///  "left_out","pathways":[{"nodes":[{id,kind,title}],"steps":[{from,to,assumption,evidence,
///  strength}],"weakest":{step,from,to,strength,ties}|null,"outcome_steps","unstated"}]};
///  documented in docs/paths-export-init.md.
std::string paths_to_json(const Model& model, const Paths& paths);

}  // namespace toc
