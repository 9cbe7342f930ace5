// Diagnostics as data: what is wrong, where, and how to fix it. Printing lives in diagnostic_format.h.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/source.h"

namespace toc {

enum class Severity { error, warning };

/// "error" or "warning".
std::string_view to_string(Severity severity);

/// A secondary location, e.g. the first definition of a duplicated id.
struct Note {
  SourceRange range;
  std::string message;
};

/// One finding. `code` is stable (e.g. "unknown-id") and documented in docs/checks.md.
struct Diagnostic {
  Severity severity = Severity::error;
  std::string_view code;  ///< always a string literal (static storage)
  std::string message;    ///< lowercase, no trailing full stop, ids in quotes
  SourceRange range;
  std::vector<Note> notes;
  std::string help;  ///< optional fix, e.g. "did you mean 'knowledge'?"
};

/// The sink every stage reports into. Stages collect rather than stop at the first problem.
class Diagnostics {
 public:
  void add(Diagnostic diagnostic);
  void error(std::string_view code, SourceRange range, std::string message, std::string help = {});

  const std::vector<Diagnostic>& all() const { return items_; }
  std::size_t errors() const { return errors_; }
  std::size_t warnings() const { return items_.size() - errors_; }
  bool has_errors() const { return errors_ > 0; }

  /// Orders by file path, line, column, then code, and drops exact repeats.
  void sort(const SourceSet& sources);

 private:
  std::vector<Diagnostic> items_;
  std::size_t errors_ = 0;
};

}  // namespace toc
