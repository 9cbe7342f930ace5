#include "toc/check.h"

#include <algorithm>

#include <fmt/format.h>

#include "toc/suggest.h"

namespace toc {

std::span<const std::string_view> load_codes() {
  static constexpr std::string_view codes[] = {"syntax-error",  "unknown-key", "wrong-type",   "missing-field",
                                               "bad-value",     "bad-id",      "limit",        "duplicate-id",
                                               "unknown-id",    "bad-include", "include-cycle", "duplicate-link"};
  return codes;
}

std::string describe(const Node& node) { return fmt::format("{} '{}'", to_string(node.kind), node.id); }

void run_checks(const Model& model, const Graph& graph, Diagnostics& diagnostics) {
  const auto checks = all_checks();
  for (const auto& [code, setting] : model.checks) {
    // Captured by name: clang 14 cannot capture a structured binding implicitly.
    const bool known = std::any_of(checks.begin(), checks.end(), [&code = code](const CheckInfo& c) { return c.code == code; });
    if (known) continue;
    const auto fixed = load_codes();
    if (std::find(fixed.begin(), fixed.end(), code) != fixed.end()) {
      diagnostics.error("unknown-key", setting.range, fmt::format("'{}' cannot be configured in [checks]", code),
                        "problems found while reading the model are always reported");
      continue;
    }
    std::vector<std::string_view> codes;
    for (const CheckInfo& check : checks) codes.push_back(check.code);
    std::string help = did_you_mean(code, codes);
    diagnostics.error("unknown-key", setting.range, fmt::format("unknown check '{}' in [checks]", code),
                      help.empty() ? "docs/checks.md lists every check" : help);
  }

  const CheckContext context{model, graph};
  for (const CheckInfo& check : checks) {
    Severity severity = check.severity;
    if (const auto it = model.checks.find(check.code); it != model.checks.end()) {
      if (it->second.setting == CheckSetting::off) continue;
      severity = it->second.setting == CheckSetting::error ? Severity::error : Severity::warning;
    }
    Report report(diagnostics, check.code, severity);
    check.run(context, report);
  }
}

}  // namespace toc
