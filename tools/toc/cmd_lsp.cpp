// toc lsp: the language server (engine/lsp) on stdin and stdout. The only code of the server
// that reads or writes: messages in from stdin, framed messages out to stdout, logs to stderr.
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <iostream>

#include "cli_common.h"
#include "command.h"
#include "lsp/jsonrpc.h"
#include "lsp/server.h"

namespace toc::cli {
namespace {

/// Writes all of `bytes` to stdout; false when the client has gone.
bool send(const std::string& bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t wrote = ::write(STDOUT_FILENO, bytes.data() + done, bytes.size() - done);
    if (wrote < 0 && errno == EINTR) continue;
    if (wrote <= 0) return false;
    done += static_cast<std::size_t>(wrote);
  }
  return true;
}

int run_lsp() {
  const std::optional<Date> today = as_of_date("");
  if (!today) return fail("TOC_AS_OF is not a date like 2025-03-31");
  // A client that closes its end makes a write fail with EPIPE instead of killing the server.
  std::signal(SIGPIPE, SIG_IGN);
  DiskFileSystem disk;
  lsp::Server server(disk, {.as_of = *today});
  lsp::MessageReader reader;
  char chunk[65536];
  for (;;) {
    const ssize_t got = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) break;
    reader.feed(std::string_view(chunk, static_cast<std::size_t>(got)));
    while (const std::optional<lsp::Incoming> incoming = reader.next()) {
      if (!incoming->message) std::cerr << "toc lsp: " << incoming->error << "\n";
      for (const lsp::Json& out : server.handle(*incoming)) {
        if (!send(lsp::frame(out))) {
          std::cerr << "toc lsp: the client stopped reading; exiting\n";
          return exit_problems;
        }
      }
      if (server.exit_requested()) return server.exit_code();
    }
  }
  if (reader.mid_message()) std::cerr << "toc lsp: the input ended in the middle of a message\n";
  if (server.exit_code() != exit_ok) std::cerr << "toc lsp: the input ended without 'shutdown' and 'exit'\n";
  return server.exit_code();
}

const Registration registered{
    95, [](CLI::App& toc) -> Run {
      CLI::App* command = toc.add_subcommand(
          "lsp", "Run the language server for editors: JSON-RPC on stdin and stdout (Language Server Protocol)");
      // Editors' generic clients often pass --stdio; stdio is the only transport.
      auto stdio = std::make_shared<bool>(false);
      command->add_flag("--stdio", *stdio, "Talk over stdin and stdout (the default and only transport)");
      command->footer(
          "An editor starts it and talks to it; it is not run by hand. It offers diagnostics as you type (as toc "
          "check, across every file of the model), completion of ids, hover, go to definition, references, rename and "
          "did-you-mean fixes. Logs go to stderr. Exit status: 0 after the client's shutdown and exit, 1 otherwise. "
          "See docs/live-authoring.md.");
      return [stdio] { return run_lsp(); };
    }};

}  // namespace
}  // namespace toc::cli
