// Printers of coverage: a readable text table and JSON. Return text; callers print it.
#pragma once

#include <string>

#include "products/coverage/coverage.h"

namespace toc {

/// "5/6 (83%)", or "-" for a share of nothing.
std::string format_share(const Share& share);

/// A table per grouping (by priority, by level) with a total row, the golden threads when the
/// model has principles, and the links that are the weakest step of the most pathways.
std::string format_coverage_text(const Model& model, const Coverage& coverage);

/// {"by_priority":[row..],"by_level":[row..],"total":row,"principles":[..],"pathways":{"total",
/// "listed","weakest":[{"start","end","from","to","strength"}]}}, each row {"key","label",
/// "measured":{"count","total","share"},"complete",...}; share is null for 0 of 0.
std::string format_coverage_json(const Model& model, const Coverage& coverage);

}  // namespace toc
