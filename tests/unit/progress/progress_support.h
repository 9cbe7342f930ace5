// Helpers for the progress tests: a model with measurements, read and judged in memory.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "pipeline/progress_run.h"
#include "support.h"

namespace toc::test {

/// A clean model whose indicators cover every measure; its data lives in m/data.csv.
inline const std::string progress_model = R"([strategy]
id = "p"
title = "Progress test"
start = 2024-04-01
end = 2027-03-31
measurements = ["data.csv"]

[checks]
incomplete-indicator = "off"

[priority.skills]
title = "Skills"

[activity.train]
title = "Training"
priority = "skills"
leads_to = ["trained"]

[output.trained]
title = "People trained"
leads_to = ["know"]

[outcome.know]
title = "People know more"
term = "short"
leads_to = ["safe"]

[impact.safe]
title = "People are safe"

[[link]]
from = "know"
to = "safe"
assumption = "Knowledge changes practice"

[indicator.trained-count]
title = "People trained"
measures = "trained"
measure = "count"
baseline = { value = 0, date = 2024-04-01 }
target = { value = 1200, date = 2026-03-31 }

[indicator.share]
title = "Share who know more"
measures = "know"
measure = "percentage"
direction = "increase"

[indicator.phase]
title = "Phase of each organisation"
measures = "safe"
measure = "ordinal"
levels = ["aware", "sensitive", "responsive", "informed"]

[indicator.story]
title = "What people said"
measures = "safe"
measure = "text"
)";

struct Judged {
  Analysis analysis;
  ProgressRun run;
};

/// Analyses `files` (root m/strategy.toml), then reads and judges its measurements as of `as_of`.
inline Judged judge(std::map<std::string, std::string> files, Date as_of = {2025, 6, 30},
                    const std::string& root = "m/strategy.toml") {
  MemoryFileSystem memory;
  memory.files = std::move(files);
  Judged judged{analyze(root, memory), {}};
  judged.run =
      run_progress(judged.analysis, memory, declared_data_files(judged.analysis.model), {.as_of = as_of, .xmr = {}});
  return judged;
}

/// The progress model with `csv` as its data.
inline Judged judge_csv(const std::string& csv, Date as_of = {2025, 6, 30}) {
  return judge({{"m/strategy.toml", progress_model}, {"m/data.csv", csv}}, as_of);
}

/// "code@file:line:column" for every diagnostic, e.g. "bad-period@m/data.csv:3:16"; no-data and
/// stale-data only when `gaps` (most tests' data leaves indicators without figures).
inline std::vector<std::string> located(const Judged& judged, bool gaps = false) {
  std::vector<std::string> result;
  for (const Diagnostic& d : judged.analysis.diagnostics.all()) {
    if (!gaps && (d.code == "no-data" || d.code == "stale-data")) continue;
    result.push_back(std::string(d.code) + "@" + std::string(judged.analysis.model.sources.path(d.range.file)) + ":" +
                     std::to_string(d.range.line) + ":" + std::to_string(d.range.column));
  }
  return result;
}

/// The index of indicator `id` in the model (toml++ reads tables in key order, not file order).
inline std::uint32_t index_of(const Model& model, std::string_view id) {
  for (std::uint32_t i = 0; i < model.indicators.size(); ++i) {
    if (model.indicators[i].id == id) return i;
  }
  FAIL("no indicator " << id);
  return 0;
}

/// The one diagnostic with `code`; fails the test unless there is exactly one.
inline const Diagnostic& only(const Judged& judged, std::string_view code) {
  const Diagnostic* found = nullptr;
  std::size_t n = 0;
  for (const Diagnostic& d : judged.analysis.diagnostics.all()) {
    if (d.code == code) {
      found = &d;
      ++n;
    }
  }
  INFO("diagnostics with code " << code);
  REQUIRE(n == 1);
  return *found;
}

}  // namespace toc::test
