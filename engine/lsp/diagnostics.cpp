#include "lsp/diagnostics.h"

#include <filesystem>

#include "lsp/uri.h"

namespace toc::lsp {

namespace {

constexpr int lsp_error = 1;
constexpr int lsp_warning = 2;

std::string normal(std::string_view path) { return std::filesystem::path(path).lexically_normal().generic_string(); }

}  // namespace

const LineIndex& SourceLines::of(FileId file) {
  auto it = lines_.find(file);
  if (it == lines_.end()) {
    const std::string_view text = file < sources_.size() ? std::string_view(sources_.file(file).text) : "";
    it = lines_.emplace(file, LineIndex(text)).first;
  }
  return it->second;
}

Json to_lsp(const Diagnostic& diagnostic, SourceLines& lines) {
  std::string message = diagnostic.message;
  Json related = Json::array();
  for (const Note& note : diagnostic.notes) {
    if (note.range.known() && note.range.file < lines.sources().size()) {
      related.push_back(
          {{"location",
            {{"uri", path_to_uri(normal(lines.sources().path(note.range.file)))}, {"range", lines.range(note.range)}}},
           {"message", note.message}});
    } else {
      message += "\nnote: " + note.message;
    }
  }
  if (!diagnostic.help.empty()) message += "\nhelp: " + diagnostic.help;
  Json result{
      {"range", diagnostic.range.known() ? lines.range(diagnostic.range) : to_lsp(SourceRange{}, LineIndex(""))},
      {"severity", diagnostic.severity == Severity::error ? lsp_error : lsp_warning},
      {"code", diagnostic.code},
      {"source", "toc"},
      {"message", message}};
  if (!related.empty()) result["relatedInformation"] = std::move(related);
  return result;
}

std::map<std::string, Json> diagnostics_by_file(const Analysis& analysis, const std::string& root) {
  const SourceSet& sources = analysis.model.sources;
  std::map<std::string, Json> by_file;
  by_file[root] = Json::array();
  for (FileId file = 0; file < sources.size(); ++file) by_file[normal(sources.path(file))] = Json::array();
  SourceLines lines(sources);
  for (const Diagnostic& diagnostic : analysis.diagnostics.all()) {
    const bool placed = diagnostic.range.known() && diagnostic.range.file < sources.size();
    by_file[placed ? normal(sources.path(diagnostic.range.file)) : root].push_back(to_lsp(diagnostic, lines));
  }
  return by_file;
}

std::string suggestion_of(std::string_view help) {
  constexpr std::string_view prefix = "did you mean '";
  constexpr std::string_view suffix = "'?";
  if (!help.starts_with(prefix) || !help.ends_with(suffix) || help.size() <= prefix.size() + suffix.size()) return {};
  return std::string(help.substr(prefix.size(), help.size() - prefix.size() - suffix.size()));
}

}  // namespace toc::lsp
