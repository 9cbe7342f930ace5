// Output helpers for the CLI: the only place that writes files and chooses what goes to stdout.
//
// Every product lands in place whole or not at all: it is written to a temporary file in the
// target's folder, flushed to disk, then renamed over the target. A run that fails, or is
// interrupted (SIGINT, SIGTERM, SIGHUP, SIGXFSZ), removes its temporary file and leaves what
// was at the target byte for byte as it was. Only SIGKILL can leave a temporary file
// (".<name>.tmp-XXXXXX") behind; never a half-written target.
//
// Commands that have loaded a model pass its sources, so `-o` can never replace a file the
// model was read from:
//
//   if (std::string error = write_output(options.output, text, analysis.model.sources); !error.empty())
//     return fail(error);
//
// Commands that write a product to a file say so on stdout with say_written (silenced by --quiet);
// the engine never prints.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

#include "base/source.h"

namespace toc::cli {

/// Adds -q,--quiet to a command that writes a file: it then says nothing on success.
void add_quiet_flag(CLI::App& command);

/// Says what was written, one line on stdout: "wrote out/diagram.svg", or with `detail`
/// "wrote out/diagram.pdf (2 pages)". Nothing when `error` (what write_output* returned) is not
/// empty, when the product itself went to stdout (`path` "-"), or with --quiet. Returns `error`:
///
///   if (std::string error = say_written(write_output(path, text, sources), path); !error.empty()) return fail(error);
std::string say_written(std::string error, const std::string& path, std::string_view detail = {});

/// Writes `contents` to `path` atomically: a temporary file in the same folder, then rename.
/// "-" means stdout. Returns "" on success, else a message.
std::string write_output(const std::string& path, const std::string& contents);

/// Receives output piece by piece.
using Sink = std::function<void(std::string_view)>;
/// As write_output, for output that `produce` hands to its sink in pieces, so a large report
/// (25 MiB of JSON at 100k nodes) never has to be held whole.
std::string write_output_stream(const std::string& path, const std::function<void(const Sink&)>& produce);

/// For writers that need a file name (libxlsxwriter): `write` fills the temporary file it is
/// given and returns "" or a message; the file is then renamed over `path`. On any failure the
/// temporary file is removed and whatever was at `path` is left untouched.
std::string write_output_via(const std::string& path, const std::function<std::string(const std::string&)>& write);

/// As above, but first refuses (see refuse_model_files) to replace a file of the model.
std::string write_output(const std::string& path, const std::string& contents, const SourceSet& model_files);
std::string write_output_stream(const std::string& path, const std::function<void(const Sink&)>& produce,
                                const SourceSet& model_files);
std::string write_output_via(const std::string& path, const std::function<std::string(const std::string&)>& write,
                             const SourceSet& model_files);

/// "" when `path` may be written, else why not: it is the same file (by device and inode, so
/// "./m/../m/strategy.toml", symlinks and hard links count) as one the model was read from.
/// "-" (stdout) is always allowed.
std::string refuse_model_files(const std::string& path, const SourceSet& model_files);

}  // namespace toc::cli
