// libFuzzer target over the whole path from bytes to diagnostics: load (with includes), graph,
// checks, and both printers. Any crash, sanitizer report, leak or hang is a bug: bad input must
// only ever produce diagnostics. The load `toc check --format json` does, which releases the
// files' texts, must give the same JSON.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "base/diagnostic_format.h"
#include "fuzz_input.h"
#include "pipeline/analyze.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  toc::MemoryFileSystem files = toc::fuzz::files_from(std::string_view(reinterpret_cast<const char*>(data), size));
  const toc::Analysis analysis = toc::analyze(toc::fuzz::root_file, files);
  const std::string text = toc::format_text(analysis.diagnostics, analysis.model.sources);
  const std::string json = toc::format_json(analysis.diagnostics, analysis.model.sources);
  // Every diagnostic must have been printed with a location, and nothing may print nothing.
  if (!analysis.diagnostics.all().empty() && (text.empty() || json.empty())) __builtin_trap();
  const toc::Analysis released = toc::analyze(toc::fuzz::root_file, files, {.keep_text = false});
  if (toc::format_json(released.diagnostics, released.model.sources) != json) __builtin_trap();
  return 0;
}
