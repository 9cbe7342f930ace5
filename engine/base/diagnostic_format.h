// The one printer of diagnostics: compiler-style text, or JSON. Returns text (or hands JSON to a
// sink in pieces); callers print it.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "base/diagnostic.h"
#include "base/source.h"

namespace toc {

/// Every diagnostic as
///   path:line:col: error[code]: message
///      21 | leads_to = ["knowlege"]
///         |             ^~~~~~~~~~
///   help: did you mean 'knowledge'?
/// followed by its notes, each quoting its own line, and a blank line between diagnostics.
std::string format_text(const Diagnostics& diagnostics, const SourceSet& sources);

/// {"diagnostics":[{"severity","code","file","line","column","end_line","end_column","message","help","notes"}],
///  "errors":N,"warnings":N}
std::string format_json(const Diagnostics& diagnostics, const SourceSet& sources);
/// The same JSON, handed to `sink` in pieces of about 64 KiB as it is written, so a report
/// that runs to tens of MiB (a 100k-node model's warnings) is never held whole.
void write_json(const Diagnostics& diagnostics, const SourceSet& sources,
                const std::function<void(std::string_view)>& sink);

/// "2 errors, 1 warning" / "no problems".
std::string format_counts(const Diagnostics& diagnostics);

}  // namespace toc
