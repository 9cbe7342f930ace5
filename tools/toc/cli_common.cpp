#include "cli_common.h"

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <system_error>
#include <vector>

#include <fmt/format.h>

#include "base/diagnostic_format.h"
#include "base/escape.h"
#include "base/file_system.h"
#include "base/text.h"
#include "check/rules.h"
#include "command.h"
#include "render/graphviz_render.h"

namespace toc::cli {

const Analysis& analyze(const std::string& model, const LoadOptions& options) {
  // Never freed (see the header), but held here so they stay reachable (toc diff loads two):
  // LeakSanitizer then does not report them, and leak detection stays on for everything else.
  // Volatile, or the optimiser drops a store nothing reads and they count as leaked after all.
  static std::vector<const Analysis*>* volatile kept = new std::vector<const Analysis*>;
  DiskFileSystem disk;
  kept->push_back(new Analysis(toc::analyze(model, disk, options)));
  return *kept->back();
}

const Checked& analyze_with_progress(const std::string& model, const LoadOptions& options,
                                     const std::vector<std::string>& data, const JudgeOptions& judge) {
  static std::vector<const Checked*>* volatile kept = new std::vector<const Checked*>;  // as in analyze()
  DiskFileSystem disk;
  auto* checked = new Checked{toc::analyze(model, disk, options), {}};
  kept->push_back(checked);
  std::vector<DataFile> files;
  for (const std::string& path : data) files.push_back({path, "", {}, ""});
  if (data.empty()) files = declared_data_files(checked->analysis.model);
  checked->progress = run_progress(checked->analysis, disk, files, judge);
  return *checked;
}

std::optional<Date> as_of_date(const std::string& given) {
  // TOC_AS_OF pins "today" for a whole run, as SOURCE_DATE_EPOCH does for builds: the golden
  // tests set it, so that freshness does not change under them as the calendar moves on.
  const char* pinned = std::getenv("TOC_AS_OF");
  const std::string text = !given.empty() || !pinned ? given : std::string(pinned);
  if (text.empty()) {
    const std::chrono::year_month_day today{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
    return Date{static_cast<int>(today.year()), static_cast<int>(static_cast<unsigned>(today.month())),
                static_cast<int>(static_cast<unsigned>(today.day()))};
  }
  std::string problem;
  const std::optional<Period> period = parse_period(text, problem);
  if (!period || period->granularity != Granularity::day) return std::nullopt;
  return period->first;
}

std::future<void> warm_up_graphviz_meanwhile(std::string_view format) {
  try {
    return std::async(std::launch::async, warm_up_graphviz, std::string(format));
  } catch (const std::system_error&) {
    return std::async(std::launch::deferred, warm_up_graphviz, std::string(format));
  }
}

namespace {

/// One line per [rule.*] with its figure, so a rule that holds is seen to hold; "" for models
/// without rules, whose summary stays one line.
std::string rule_figures(const Model& model) {
  std::string lines;
  for (const RuleResult& result : evaluate_rules(model)) {
    const Rule& rule = model.rules[result.rule];
    lines += result.well_defined
                 ? fmt::format("rule {}: {}; {}: {}\n", rule.id, escape::terminal(describe_figure(model, result)),
                               describe_bounds(rule), result.holds ? "holds" : "does not hold")
                 : fmt::format("rule {}: not evaluated, its definition has errors\n", rule.id);
  }
  return lines;
}

}  // namespace

std::string check_report(const Analysis& analysis, const std::string& model, const std::string& format) {
  const Diagnostics& diagnostics = analysis.diagnostics;
  if (format == "json") return format_json(diagnostics, analysis.model.sources);
  std::string report = format_text(diagnostics, analysis.model.sources);
  if (!report.empty()) report += '\n';
  const Model& m = analysis.model;
  report +=
      analysis.incomplete
          ? fmt::format("{}: {} (the model could not be read whole, so its graph was not checked)\n", model,
                        format_counts(diagnostics))
          : fmt::format("{}: {}{}, {}, {}, {}: {}\n", model,
                        m.is_workspace() ? count(m.members.size(), "model") + ", " : "",
                        count(m.sources.size(), "file"), count(m.nodes.size(), "node"), count(m.links.size(), "link"),
                        count(m.indicators.size(), "indicator"), format_counts(diagnostics));
  if (!analysis.incomplete) report += rule_figures(m);
  if (const std::size_t outside = analysis.graph.outside_references(); outside > 0) {
    report +=
        fmt::format("{} to other models taken on trust: check them together in a workspace (see docs/workspace.md)\n",
                    count(outside, "reference"));
  }
  return report;
}

int require_clean(const Analysis& analysis, const std::string& model, const std::string& doing) {
  if (!analysis.loaded) return fail(analysis.failure);
  if (!analysis.diagnostics.has_errors()) return -1;
  std::cerr << check_report(analysis, model, "text");
  std::cerr << "toc: error: fix the errors above before " << doing << "\n";
  return exit_problems;
}

int fail_on_errors(const Diagnostics& problems) {
  for (const Diagnostic& problem : problems.all()) {
    if (problem.severity == Severity::error) {
      return fail(problem.message + (problem.help.empty() ? "" : " (" + problem.help + ")"));
    }
  }
  return -1;
}

std::string extension_of(const std::string& path) {
  const auto dot = path.rfind('.');
  const auto slash = path.find_last_of("/\\");
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  return path.substr(dot + 1);
}

}  // namespace toc::cli
