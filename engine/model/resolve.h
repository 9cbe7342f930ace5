// The last step of building the model: every reference is resolved against the ids the model
// defines. Resolving reports what does not resolve and completes the model (one Link per arrow,
// its ends as node indices); what it learns beyond that is returned, not written into the model.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "base/flat_map.h"
#include "model/model.h"

namespace toc {

/// What an id names.
enum class EntityKind : std::uint8_t { priority, principle, indicator, node };
/// "priority", "principle", "indicator" or "node".
std::string_view to_string(EntityKind entity);

/// An id of the model: what it names, where it is defined and, for a node, its kind and index.
struct IdEntry {
  EntityKind entity = EntityKind::node;
  Kind kind = Kind::input;  ///< nodes only
  SourceRange range;
  NodeIndex node = no_node;  ///< nodes only
};

/// What resolving learned about a node that the model does not say itself.
struct NodeFacts {
  /// A leads_to entry names an unknown id. Path checks treat such a node as leading on, so one
  /// typo is reported once (unknown-id), not again as dead ends.
  bool leads_to_unknown = false;
  /// A model checked on its own links this node with a node of another model
  /// (`<model-id>:<node-id>`): it leads on to, or is supported from, outside this model. Only a
  /// workspace resolves such references; alone, the path checks take them on trust.
  bool leads_outside = false;
  bool supported_outside = false;
};

/// What resolve_model learned: the id index and the facts about nodes.
struct Resolution {
  /// Every priority, principle, node and indicator id; the first definition of a repeated id.
  IdTable<IdEntry> ids;
  std::vector<NodeFacts> nodes;  ///< indexed like Model::nodes
  /// References to another model's entities that a model checked on its own left unresolved.
  std::size_t outside_references = 0;
};

/// Resolves the references of `model`. Reports duplicate-id, unknown-id and duplicate-link.
/// Afterwards a node that repeated an id is gone from Model::nodes, references to the model's
/// own entities written `<model-id>:<id>` are bare, and Model::links holds one link per arrow
/// (leads_to and [[link]] merged), each with from_node/to_node set; links whose ends do not
/// resolve are dropped.
Resolution resolve_model(Model& model, Diagnostics& diagnostics);

}  // namespace toc
