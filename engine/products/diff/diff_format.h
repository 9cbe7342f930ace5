// Printers of a ModelDiff: text for the terminal, Markdown for papers to a board, JSON for
// tools. They return text; callers print it.
#pragma once

#include <string>

#include "products/diff/diff.h"

namespace toc {

/// The two revisions as the reader named them, e.g. the two paths, or "HEAD~1" and "working copy".
struct DiffLabels {
  std::string before;
  std::string after;
};

std::string format_diff_text(const ModelDiff& diff, const DiffLabels& labels);
std::string format_diff_markdown(const ModelDiff& diff, const DiffLabels& labels);

/// {"before","after","changes":[{"change","entity","id","other_id"?,"title"?,"before"?,"after"?,"where"?}],
///  "coverage":{"measured":{"before":{"count","total"},"after":{…}},…} or null}
std::string format_diff_json(const ModelDiff& diff, const DiffLabels& labels);

}  // namespace toc
