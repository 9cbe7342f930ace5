#include "base/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace toc {

std::string_view to_string(Severity severity) { return severity == Severity::error ? "error" : "warning"; }

void Diagnostics::add(Diagnostic diagnostic) {
  if (diagnostic.severity == Severity::error) ++errors_;
  items_.push_back(std::move(diagnostic));
}

void Diagnostics::error(std::string_view code, SourceRange range, std::string message, std::string help) {
  add({Severity::error, code, std::move(message), range, {}, std::move(help)});
}

void Diagnostics::sort(const SourceSet& sources) {
  const auto key = [&](const Diagnostic& d) {
    return std::make_tuple(sources.path(d.range.file), d.range.line, d.range.column, d.code,
                           std::string_view(d.message));
  };
  std::stable_sort(items_.begin(), items_.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
  const auto same = [&](const Diagnostic& a, const Diagnostic& b) { return key(a) == key(b); };
  items_.erase(std::unique(items_.begin(), items_.end(), same), items_.end());
  errors_ = static_cast<std::size_t>(
      std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

}  // namespace toc
