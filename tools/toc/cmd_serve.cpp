// toc serve: the report and diagram of a model on a local web page that follows every save.
#include <poll.h>
#include <pthread.h>
#include <spawn.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <thread>

#include <fmt/format.h>

#include "base/diagnostic_format.h"
#include "base/escape.h"
#include "base/file_system.h"
#include "cli_common.h"
#include "command.h"
#include "serve/site.h"
#include "serve_http.h"
#include "serve_watch.h"

extern char** environ;

namespace toc::cli {
namespace {

/// Saves closer together than this are read as one: an editor's save is often several writes.
constexpr std::chrono::milliseconds settle_time{100};

struct ServeOptions {
  std::string model;
  std::string host = "127.0.0.1";
  int port = 8421;
  bool open = false;
};

/// The address a browser uses: IPv6 hosts go in brackets.
std::string url_of(const std::string& host, int port) {
  const bool v6 = host.find(':') != std::string::npos && host.front() != '[';
  return fmt::format("http://{}{}{}:{}/", v6 ? "[" : "", host, v6 ? "]" : "", port);
}

std::shared_ptr<const LoadedModel> load(const std::string& model, const Date& as_of) {
  DiskFileSystem disk;
  return std::make_shared<const LoadedModel>(load_for_serving(model, disk, as_of));
}

/// One line on stderr per change of the page.
void say_loaded(const std::string& model, const LoadedModel& loaded, bool first) {
  const Analysis& analysis = loaded.analysis;
  std::string what =
      !analysis.loaded ? "cannot be read: " + escape::terminal(analysis.failure) : format_counts(analysis.diagnostics);
  if (loaded.model_errors) what += "; the page shows the problems";
  std::cerr << fmt::format("toc: {} {}: {}\n", escape::terminal(model), first ? "loaded" : "changed", what);
}

/// Runs xdg-open on `url` when there is one; says so when there is not.
void open_browser(const std::string& url) {
  const char* path = std::getenv("PATH");
  bool found = false;
  for (std::string_view dirs = path ? path : ""; !found && !dirs.empty();) {
    const std::size_t colon = dirs.find(':');
    const std::string dir(dirs.substr(0, colon));
    dirs = colon == std::string_view::npos ? std::string_view() : dirs.substr(colon + 1);
    found = !dir.empty() && access((dir + "/xdg-open").c_str(), X_OK) == 0;
  }
  pid_t child = -1;
  std::string program = "xdg-open";
  std::string address = url;
  char* arguments[] = {program.data(), address.data(), nullptr};
  if (!found || posix_spawnp(&child, "xdg-open", nullptr, nullptr, arguments, environ) != 0) {
    std::cerr << "toc: note: could not open a browser (no xdg-open found); open " << url << " yourself\n";
    return;
  }
  std::thread([child, url] {
    int status = 0;
    if (waitpid(child, &status, 0) == child && (!WIFEXITED(status) || WEXITSTATUS(status) != 0)) {
      std::cerr << "toc: note: xdg-open could not open a browser; open " << url << " yourself\n";
    }
  }).detach();
}

/// Watches the model until SIGINT, SIGTERM or SIGHUP (read from `signals`), reloading it when a
/// file changes and the saves have settled.
void watch_until_signal(const std::string& model, const Date& as_of, Site& site, FileWatcher& watcher, int signals) {
  using Clock = std::chrono::steady_clock;
  std::optional<Clock::time_point> reload_at;
  for (;;) {
    pollfd waiting[2] = {{signals, POLLIN, 0}, {watcher.descriptor(), POLLIN, 0}};
    int timeout = -1;
    if (reload_at) {
      timeout = static_cast<int>(
          std::max<long>(0, std::chrono::duration_cast<std::chrono::milliseconds>(*reload_at - Clock::now()).count()));
    }
    const int ready = poll(waiting, watcher.descriptor() >= 0 ? 2 : 1, timeout);
    if (ready < 0 && errno != EINTR) return;
    if (waiting[0].revents & POLLIN) return;
    if (watcher.descriptor() >= 0 && (waiting[1].revents & POLLIN) && watcher.drain()) {
      reload_at = Clock::now() + settle_time;  // each new save waits again
    }
    if (reload_at && Clock::now() >= *reload_at) {
      reload_at.reset();
      std::shared_ptr<const LoadedModel> loaded = load(model, as_of);
      watcher.watch(loaded->files);
      const LoadedModel& shown = *loaded;
      if (site.update(std::move(loaded))) say_loaded(model, shown, false);
    }
  }
}

int run_serve(const ServeOptions& options) {
  const std::optional<Date> as_of = as_of_date("");
  if (!as_of) return fail("TOC_AS_OF is not a date (YYYY-MM-DD)");
  // The signals that stop the server are read, not handled: blocked here, before any thread
  // starts, so that every thread inherits the mask and the watcher's poll sees them.
  sigset_t stopping;
  sigemptyset(&stopping);
  for (const int signal_number : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&stopping, signal_number);
  pthread_sigmask(SIG_BLOCK, &stopping, nullptr);
  const int signals = signalfd(-1, &stopping, SFD_CLOEXEC);
  if (signals < 0) return fail("cannot watch for Ctrl-C (signalfd failed)");

  std::shared_ptr<const LoadedModel> first = load(options.model, *as_of);
  FileWatcher watcher;
  if (watcher.descriptor() < 0) {
    std::cerr << "toc: warning: cannot watch the model's files (" << watcher.error()
              << "); the page will not follow saves\n";
  }
  watcher.watch(first->files);
  HttpServer server;
  const int port = server.bind(options.host, options.port);
  if (port < 0) {
    return fail(fmt::format("cannot listen on {}:{} (in use, or not an address of this machine); try --port 0",
                            options.host, options.port));
  }
  Site site({options.host, port}, options.model);
  server.serve(site);
  say_loaded(options.model, *first, true);
  site.update(std::move(first));
  if (!is_loopback(options.host)) {
    std::cerr << fmt::format(
        "toc: warning: serving on {}, not 127.0.0.1: anyone who can reach this machine on port {} can read the "
        "model's report\n",
        escape::terminal(options.host), port);
  }
  // Listening on every address, the server is reached here through loopback.
  const bool everywhere = options.host == "0.0.0.0" || options.host == "::" || options.host == "[::]";
  const std::string url = url_of(everywhere ? "127.0.0.1" : options.host, port);
  std::cerr << fmt::format("toc: serving {} at {} (Ctrl-C stops)\n", escape::terminal(options.model), url);
  std::thread serving([&server] { server.run(); });
  if (options.open) open_browser(url);
  watch_until_signal(options.model, *as_of, site, watcher, signals);
  server.stop();
  serving.join();
  close(signals);
  std::cerr << "toc: stopped\n";
  return exit_ok;
}

const Registration registered{
    70, [](CLI::App& toc) -> Run {
      auto options = std::make_shared<ServeOptions>();
      CLI::App* command = toc.add_subcommand(
          "serve",
          "Serve the model's report and diagram on a local web page that follows every save, with the "
          "diagnostics on top while the model has errors (docs/live-authoring.md)");
      command->add_option("model", options->model, model_help)->required();
      command
          ->add_option("--port", options->port,
                       "The port to listen on; 0 picks a free one (the URL printed shows which)")
          ->check(CLI::Range(0, 65535))
          ->capture_default_str();
      command
          ->add_option("--host", options->host,
                       "The address to listen on; any but this machine's own (127.0.0.1, ::1, localhost) "
                       "shows the report to the network, with a warning")
          ->capture_default_str();
      command->add_flag("--open", options->open, "Open the page in the browser (xdg-open)");
      command->footer(
          "The URL is printed on stderr: toc: serving <model> at http://127.0.0.1:8421/. Views by URL: "
          "/?priority=<id>, /?focus=<id>&depth=2, /?levels=outcome,impact; /diagram.svg takes the same. "
          "Ctrl-C stops.");
      return [options] { return run_serve(*options); };
    }};

}  // namespace
}  // namespace toc::cli
