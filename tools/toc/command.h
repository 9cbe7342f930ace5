// How a subcommand joins the CLI. Each command lives in its own cmd_<name>.cpp and registers
// itself with a static Registration, so adding a command touches no other file:
//
//   static const toc::cli::Registration registered{30, [](CLI::App& toc) { ...; return run; }};
//
// `order` sorts the commands in --help. The setup function adds the subcommand to `toc` and
// returns what to run when that subcommand is chosen.
#pragma once

#include <functional>
#include <string>

#include <CLI/CLI.hpp>

namespace toc::cli {

inline constexpr int exit_ok = 0;
inline constexpr int exit_problems = 1;    ///< errors found (or warnings with --strict)
inline constexpr int exit_cannot_run = 2;  ///< bad arguments, unreadable files

using Run = std::function<int()>;
using Setup = std::function<Run(CLI::App& toc)>;

struct Registration {
  Registration(int order, Setup setup);
};

/// Prints "toc: error: <message>" to stderr and returns exit_cannot_run.
int fail(const std::string& message);

}  // namespace toc::cli
