// Stage "check": semantic rules over the model and its graph. Each rule is a small unit in
// engine/check/checks/ with a stable code, a default severity and a paragraph in docs/checks.md.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "graph/graph.h"
#include "model/model.h"

namespace toc {

/// What a check may look at.
struct CheckContext {
  const Model& model;
  const Graph& graph;
};

/// Where a check reports; carries the check's code and its (possibly overridden) severity,
/// which may differ per file in a workspace (each strategy's [checks] rules its own files).
/// A finding whose severity is off is dropped.
class Report {
 public:
  Report(Diagnostics& diagnostics, std::string_view code, std::optional<Severity> severity,
         std::vector<std::optional<Severity>> by_file = {})
      : diagnostics_(diagnostics), code_(code), severity_(severity), by_file_(std::move(by_file)) {}
  void operator()(SourceRange range, std::string message, std::string help = {}, std::vector<Note> notes = {});

 private:
  Diagnostics& diagnostics_;
  std::string_view code_;
  std::optional<Severity> severity_;
  std::vector<std::optional<Severity>> by_file_;  ///< empty unless some file's setting differs
};

/// A check: its code, default severity, a one-line summary, and the function that runs it.
struct CheckInfo {
  std::string_view code;
  Severity severity;
  std::string_view summary;
  void (*run)(const CheckContext&, Report&);
};

/// Every check, in the order they run.
std::span<const CheckInfo> all_checks();

/// Codes reported by the load, graph and progress stages; not configurable. Errors, except
/// duplicate-link, unknown-column, no-data and stale-data (warnings) and empty-measurements (either).
std::span<const std::string_view> load_codes();

/// Applies the model's [checks] settings and runs every check that is not off.
/// Reports unknown codes in [checks] as unknown-key.
void run_checks(const Model& model, const Graph& graph, Diagnostics& diagnostics);

/// "outcome 'x'": how messages name a node.
std::string describe(const Node& node);

}  // namespace toc
