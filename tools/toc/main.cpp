// toc: the command line. Each subcommand lives in cmd_<name>.cpp and registers itself (see
// command.h); main parses the arguments, runs the chosen command, and picks the exit status:
// 0 no errors, 1 errors found (or warnings with --strict), 2 could not run.
#include <malloc.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "base/escape.h"
#include "command.h"

namespace toc::cli {
namespace {

std::vector<std::pair<int, Setup>>& registry() {
  static std::vector<std::pair<int, Setup>> commands;
  return commands;
}

/// glibc's allocator defaults suit long-running programs that give memory back. toc builds one
/// model and exits, and `toc check` on a 100k-node model allocates and frees each file's toml++
/// tree (millions of small nodes) while the model grows beside it, and grows vectors of tens of
/// MiB. Measured there (docs/performance.md): fastbins made every larger request after a freed tree
/// walk the whole tree again (malloc_consolidate); vectors above 128 KiB were mmap'd and unmapped
/// as they grew, so their pages were faulted in afresh instead of being reused for the strings
/// that follow. The settings keep freed memory in the heap for reuse instead.
void tune_allocator() {
#ifdef __GLIBC__
  mallopt(M_MXFAST, 0);                  // no fastbins: freed chunks coalesce as they are freed
  mallopt(M_MMAP_THRESHOLD, 32 << 20);   // the largest glibc allows; big vectors come from the heap
  mallopt(M_TRIM_THRESHOLD, 256 << 20);  // freed memory stays for the next file's tree
  mallopt(M_TOP_PAD, 64 << 20);          // grow the heap in large steps: fewer brk calls
#endif
}

}  // namespace

Registration::Registration(int order, Setup setup) { registry().emplace_back(order, std::move(setup)); }

int fail(const std::string& message) {
  // Messages quote paths and files; their own line breaks (Graphviz's messages) are kept.
  std::cerr << "toc: error: " << escape::terminal_lines(message, "") << "\n";
  return exit_cannot_run;
}

}  // namespace toc::cli

int main(int argc, char** argv) {
  using namespace toc::cli;
  tune_allocator();
  CLI::App app{
      "toc: theory-of-change models as text, checked like code.\n"
      "Exit status: 0 no errors, 1 errors found, 2 could not run.",
      "toc"};
  app.set_version_flag("--version", "toc 0.1.0");
  app.require_subcommand(1);
  app.failure_message(CLI::FailureMessage::help);

  auto& commands = registry();
  std::stable_sort(commands.begin(), commands.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::map<const CLI::App*, Run> runs;
  for (const auto& [order, setup] : commands) {
    Run run = setup(app);
    runs.emplace(app.get_subcommands({}).back(), std::move(run));
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return exit_cannot_run;
  }

  try {
    for (const CLI::App* chosen : app.get_subcommands()) return runs.at(chosen)();
  } catch (const std::exception& e) {
    // The engine reports problems as diagnostics; anything else is a bug, but never a stack trace.
    return fail(fmt::format("internal error: {} (please report this with the model that caused it)", e.what()));
  }
  return exit_cannot_run;
}
