// Stage "export": the resolved model (all includes merged) for other tools — JSON with a
// versioned shape, and GraphML for Gephi, yEd and networkx. Both are made from a view, so an
// export shows exactly what the view shows; `toc export` uses the whole model's view.
#pragma once

#include <string>
#include <vector>

#include "model/model.h"
#include "view/view.h"

namespace toc {

/// The version of the JSON shape; raised when a field changes meaning or goes away (new fields
/// may be added without raising it).
inline constexpr int export_json_version = 1;

/// The model as JSON:
///   {"format":"toc-model","version":1,"files":[...],"strategy":{...},"priorities":[...],
///    "nodes":[...],"links":[...],"indicators":[...]}
/// Every field is always present: text the model leaves out is "", a choice or date it leaves
/// out is null. Entities are in reading order (files as loaded, then line); each has
/// "location": {"file","line","column"}. The shape is documented field by field in
/// docs/paths-export-init.md. Same model and view, same bytes.
std::string export_json(const Model& model, const View& view);

/// The view's nodes and links as a directed GraphML graph: node ids are model ids; node data
/// kind, title, level, term, priority, prevention, owner, description, tags, indicators; edge
/// data assumption, evidence, strength, feedback. Text is XML-escaped, and characters XML 1.0
/// cannot carry (most control characters) become U+FFFD, so any model gives well-formed XML.
std::string export_graphml(const Model& model, const View& view);

/// The nodes and links both exports write, in reading order (toc/reading_order.h): the view's
/// nodes, and its model links. Arrows a view draws through hidden levels stand for several
/// links, not one, so they are left out.
std::vector<NodeIndex> exported_nodes(const Model& model, const View& view);
std::vector<LinkIndex> exported_links(const Model& model, const View& view);

}  // namespace toc
