// Stage "render", text only: a view as a Mermaid flowchart, for Markdown that renders Mermaid
// (GitHub, GitLab, many wikis). Like DOT it is text; no Graphviz is involved.
#pragma once

#include <string>

#include "model/model.h"
#include "render/diagram.h"
#include "view/view.h"

namespace toc {

/// Mermaid's default maxTextSize: a renderer draws only an error for a longer text, and a
/// diagram's frontmatter cannot raise it.
inline constexpr std::size_t mermaid_max_text = 50000;

/// How to write the Mermaid flowchart.
struct MermaidOptions {
  std::string direction = "LR";  ///< LR, TB, BT or RL (anything else counts as LR)
  std::size_t wrap = 24;         ///< label width in characters
  DiagramOptions diagram;        ///< findings to highlight, the preferred priority box
};

/// The view as a Mermaid `flowchart`: one subgraph per band in chain order; inside the
/// Activities band a subgraph per priority with its activities, and inside the Outputs band a
/// subgraph with the same title holding that priority's outputs (the same assignment as
/// to_dot). Kinds by shape and class, evidence strength by line style, feedback links labelled,
/// unmeasured outcomes marked "(no indicator)". Node ids become `n_<id>` with '-' as '_' (and
/// a suffix if that clashes), so no model id can be a Mermaid keyword; when that text would be
/// over `mermaid_max_text`, they are numbered `n1`, `n2`, … instead (a comment says so). Every text from the model
/// is written as a quoted label with Mermaid entity codes for quotes, markup and '#', so it can
/// neither end the label nor inject HTML; the output depends only on the model's content.
std::string to_mermaid(const Model& model, const View& view, const MermaidOptions& options);

}  // namespace toc
