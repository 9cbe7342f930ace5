// Stage "check": semantic rules over the model and its graph. Each check is a small unit,
// engine/check/checks/<code>.cpp, that registers itself (CheckRegistration) with a stable code,
// a default severity, a summary and its section of docs/checks.md.
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

/// A check: its code, default severity, a one-line summary, the heading of docs/checks.md that
/// describes it, the function that runs it, and its place among the others.
struct CheckInfo {
  std::string_view code;     ///< stable, e.g. "orphan": what diagnostics and [checks] name
  Severity severity;         ///< the default; a model's [checks] may change it
  std::string_view summary;  ///< lowercase, no full stop: its row in docs/checks.md's summary
  std::string_view anchor;   ///< docs/checks.md#<anchor> describes it
  void (*run)(const CheckContext&, Report&);
  int order;  ///< checks run, and are listed, by ascending order (then by code)
};

/// Adds a check to all_checks(). Each check's own file holds one, so adding a check touches
/// no shared list:
///
///   const CheckRegistration registered{{.code = "orphan", .severity = Severity::warning,
///                                       .summary = "...", .anchor = "orphan", .run = orphan, .order = 30}};
///
/// engine/CMakeLists.txt links the check stage whole, so no registration is left out of a binary.
struct CheckRegistration {
  explicit CheckRegistration(const CheckInfo& check);
};

/// Every registered check, in the order they run.
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
