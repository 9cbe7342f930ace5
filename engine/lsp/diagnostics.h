// toc's diagnostics as LSP diagnostics: the same code, message, severity and range as
// `toc check`, with help and notes carried along.
#pragma once

#include <map>
#include <string>

#include "base/diagnostic.h"
#include "lsp/jsonrpc.h"
#include "lsp/text_position.h"
#include "pipeline/analyze.h"

namespace toc::lsp {

/// The line index of each file of a SourceSet, built on first use.
class SourceLines {
 public:
  explicit SourceLines(const SourceSet& sources) : sources_(sources) {}
  const LineIndex& of(FileId file);
  const SourceSet& sources() const { return sources_; }
  /// The LSP range of `range` in its file.
  Json range(const SourceRange& range) { return to_lsp(range, of(range.file)); }

 private:
  const SourceSet& sources_;
  std::map<FileId, LineIndex> lines_;
};

/// One diagnostic: {range, severity, code, source: "toc", message}, the help on a line of its
/// own after the message ("help: did you mean 'x'?"), notes as relatedInformation.
Json to_lsp(const Diagnostic& diagnostic, SourceLines& lines);

/// The diagnostics of `analysis` by the path of the file they are in, with every file of the
/// model present (an empty list clears an editor's old ones). A diagnostic that points at no
/// file is shown at the start of `root`.
std::map<std::string, Json> diagnostics_by_file(const Analysis& analysis, const std::string& root);

/// The suggestion of a help that says "did you mean 'x'?", else "".
std::string suggestion_of(std::string_view help);

}  // namespace toc::lsp
