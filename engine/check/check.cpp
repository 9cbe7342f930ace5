#include "check/check.h"

#include <algorithm>
#include <optional>
#include <tuple>
#include <vector>

#include <fmt/format.h>

#include "base/suggest.h"

namespace toc {

namespace {

/// The checks registered so far, in registration order (which the linker decides).
std::vector<CheckInfo>& registered() {
  static std::vector<CheckInfo> checks;
  return checks;
}

}  // namespace

CheckRegistration::CheckRegistration(const CheckInfo& check) { registered().push_back(check); }

std::span<const CheckInfo> all_checks() {
  // Registrations run before main, so the list is complete by the first call.
  static const std::vector<CheckInfo> sorted = [] {
    std::vector<CheckInfo> checks = registered();
    std::sort(checks.begin(), checks.end(), [](const CheckInfo& a, const CheckInfo& b) {
      return std::tie(a.order, a.code) < std::tie(b.order, b.code);
    });
    return checks;
  }();
  return sorted;
}

std::span<const std::string_view> load_codes() {
  static constexpr std::string_view codes[] = {
      "syntax-error", "unknown-key", "wrong-type", "missing-field", "bad-value", "bad-id", "limit", "duplicate-id",
      "unknown-id", "bad-include", "include-cycle", "duplicate-link",
      // the measurements' (progress/progress.h progress_codes())
      "bad-data-file", "empty-measurements", "bad-csv", "missing-column", "unknown-column", "ragged-row",
      "unknown-indicator", "bad-period", "mixed-periods", "period-outside-strategy", "bad-measurement",
      "inconsistent-ratio", "duplicate-measurement", "no-data", "stale-data"};
  return codes;
}

std::string describe(const Node& node) { return fmt::format("{} '{}'", to_string(node.kind), node.id); }

namespace {

/// Reports the codes in [checks] that name no configurable check.
void validate(const CheckSettings& settings, std::span<const CheckInfo> checks, Diagnostics& diagnostics) {
  for (const auto& [code, setting] : settings) {
    // Captured by name: clang 14 cannot capture a structured binding implicitly.
    const bool known =
        std::any_of(checks.begin(), checks.end(), [&code = code](const CheckInfo& c) { return c.code == code; });
    const auto data = std::span(configurable_data_codes);
    if (known || std::find(data.begin(), data.end(), code) != data.end()) continue;
    const auto fixed = load_codes();
    if (std::find(fixed.begin(), fixed.end(), code) != fixed.end()) {
      diagnostics.error("unknown-key", setting.range, fmt::format("'{}' cannot be configured in [checks]", code),
                        "problems found while reading the model are always reported");
      continue;
    }
    std::vector<std::string_view> codes;
    for (const CheckInfo& check : checks) codes.push_back(check.code);
    codes.insert(codes.end(), std::begin(configurable_data_codes), std::end(configurable_data_codes));
    std::string help = did_you_mean(code, codes);
    diagnostics.error("unknown-key", setting.range, fmt::format("unknown check '{}' in [checks]", code),
                      help.empty() ? "docs/checks.md lists every check" : help);
  }
}

}  // namespace

void Report::operator()(SourceRange range, std::string message, std::string help, std::vector<Note> notes) {
  std::optional<Severity> severity = severity_;
  if (range.file < by_file_.size()) severity = by_file_[range.file];
  if (!severity) return;
  diagnostics_.add({*severity, code_, std::move(message), range, std::move(notes), std::move(help)});
}

void run_checks(const Model& model, const Graph& graph, Diagnostics& diagnostics) {
  const auto checks = all_checks();
  validate(model.checks, checks, diagnostics);
  for (const Member& member : model.members) validate(member.checks, checks, diagnostics);

  const CheckContext context{model, graph};
  for (const CheckInfo& check : checks) {
    const std::optional<Severity> severity = severity_in(model.checks, check.code, check.severity);
    // In a workspace each strategy's [checks] rules its own files; the workspace's, the rest.
    std::vector<std::optional<Severity>> by_file;
    for (const Member& member : model.members) {
      if (!member.checks.count(check.code)) continue;
      if (by_file.empty()) by_file.assign(model.sources.size(), severity);
      std::fill(by_file.begin() + member.first_file, by_file.begin() + member.end_file,
                severity_in(member.checks, check.code, severity));
    }
    if (!severity && std::none_of(by_file.begin(), by_file.end(), [](const auto& s) { return s.has_value(); }))
      continue;
    Report report(diagnostics, check.code, severity, std::move(by_file));
    check.run(context, report);
  }
}

}  // namespace toc
