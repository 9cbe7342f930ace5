// Helpers for tests: run the pipeline over in-memory files and look at what it found.
#pragma once

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "base/file_system.h"
#include "pipeline/analyze.h"

namespace toc::test {

/// A model with no findings at all: every check's tests start from it and break one thing.
inline const std::string clean_model = R"([strategy]
id = "t"
title = "Test strategy"
start = 2025-01-01
end = 2027-12-31

[priority.p]
title = "Priority"

[input.fund]
title = "Fund"
leads_to = ["train"]

[activity.train]
title = "Training"
priority = "p"
leads_to = ["trained"]

[output.trained]
title = "People trained"
leads_to = ["know"]

[outcome.know]
title = "People know more"
term = "short"

[impact.safe]
title = "People are safe"

[[link]]
from = "know"
to = "safe"
assumption = "Knowledge changes practice"

[indicator.i1]
title = "Indicator"
measures = ["know", "safe"]
baseline = { value = 1, date = 2025-01-01 }
target = { value = 2, date = 2027-01-01 }
source = "Survey"
)";

/// Runs the whole pipeline over `files`; the root is "m/strategy.toml".
inline Analysis run(const std::map<std::string, std::string>& files, const std::string& root = "m/strategy.toml") {
  MemoryFileSystem memory;
  memory.files = files;
  return analyze(root, memory);
}

/// The model in `text` (as "m/strategy.toml") as loaded: its references not yet resolved.
inline Model load_text(const std::string& text, Diagnostics& diagnostics) {
  MemoryFileSystem memory;
  memory.files = {{"m/strategy.toml", text}};
  return load_model("m/strategy.toml", memory, diagnostics).model;
}

/// Runs the pipeline over a single root file.
inline Analysis run(const std::string& text) { return run({{"m/strategy.toml", text}}); }

/// "code@line" for every diagnostic, e.g. "unknown-id@12".
inline std::vector<std::string> found(const Analysis& analysis) {
  std::vector<std::string> result;
  for (const Diagnostic& d : analysis.diagnostics.all())
    result.push_back(std::string(d.code) + "@" + std::to_string(d.range.line));
  return result;
}

/// How many diagnostics carry `code`.
inline std::size_t count(const Analysis& analysis, const std::string& code) {
  const auto& all = analysis.diagnostics.all();
  return static_cast<std::size_t>(
      std::count_if(all.begin(), all.end(), [&](const Diagnostic& d) { return d.code == code; }));
}

/// The first diagnostic with `code`; fails the test if there is none.
inline const Diagnostic& first(const Analysis& analysis, const std::string& code) {
  for (const Diagnostic& d : analysis.diagnostics.all()) {
    if (d.code == code) return d;
  }
  throw std::runtime_error("no diagnostic with code " + code);
}

/// `clean_model` with `from` replaced by `to` (which must occur).
inline std::string edit(const std::string& from, const std::string& to) {
  std::string text = clean_model;
  const auto at = text.find(from);
  if (at == std::string::npos) throw std::runtime_error("edit: '" + from + "' not in the clean model");
  return text.replace(at, from.size(), to);
}

/// A workspace "Two" of two strategies: `clean_model` as "t" (folder a) and again as "b" (folder b).
inline Analysis two_strategy_workspace() {
  const std::string workspace = "[workspace]\ntitle = \"Two\"\nmodels = [\"a\", \"b\"]\n";
  return run({{"ws/toc-workspace.toml", workspace},
              {"ws/a/strategy.toml", clean_model},
              {"ws/b/strategy.toml", edit("id = \"t\"", "id = \"b\"")}},
             "ws/toc-workspace.toml");
}

}  // namespace toc::test
