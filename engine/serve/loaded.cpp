#include "serve/loaded.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/diagnostic_format.h"

namespace toc {

namespace {

/// Everything the page shows comes from these: the files' paths and texts and the diagnostics.
std::string fingerprint_of(const Analysis& analysis) {
  std::string all = analysis.loaded ? "loaded\n" : "failed: " + analysis.failure + "\n";
  for (std::size_t i = 0; i < analysis.model.sources.size(); ++i) {
    const SourceFile& file = analysis.model.sources.file(static_cast<FileId>(i));
    all += fmt::format("{}\n{}\n{}\n", file.path, file.text.size(), file.text);
  }
  all += format_json(analysis.diagnostics, analysis.model.sources);
  return all;
}

}  // namespace

LoadedModel load_for_serving(const std::string& root, FileSystem& files, const Date& as_of) {
  LoadedModel loaded;
  loaded.analysis = analyze(root, files);
  Analysis& analysis = loaded.analysis;
  loaded.model_errors = !analysis.loaded || analysis.incomplete || analysis.diagnostics.has_errors();
  loaded.files.push_back(root);
  if (analysis.loaded && !analysis.incomplete) {
    const std::vector<DataFile> data = declared_data_files(analysis.model);
    for (const DataFile& file : data) loaded.files.push_back(file.path);
    loaded.progress = run_progress(analysis, files, data, {.as_of = as_of, .xmr = {}});
  }
  for (std::size_t i = 0; i < analysis.model.sources.size(); ++i) {
    loaded.files.emplace_back(analysis.model.sources.path(static_cast<FileId>(i)));
  }
  std::sort(loaded.files.begin(), loaded.files.end());
  loaded.files.erase(std::unique(loaded.files.begin(), loaded.files.end()), loaded.files.end());
  loaded.fingerprint = fingerprint_of(analysis);
  return loaded;
}

}  // namespace toc
