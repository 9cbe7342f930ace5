// Stage "serve": what `toc serve` answers, without the sockets. Given the model as last loaded
// (and the last load that had no errors), a Site maps one HTTP request — method, target, Host
// header — to a response: the report with the diagnostics on top, the diagram alone, the page's
// live-reload script, or a refusal. It never prints, exits or touches a socket or the disk; the
// CLI (tools/toc/cmd_serve.cpp) reads the model, watches its files and runs the HTTP server.
//
//   Site site({"127.0.0.1", 8421}, "models/x");
//   site.update(std::make_shared<LoadedModel>(load_for_serving("models/x", disk, today)));
//   Response page = site.respond({"GET", "/?priority=p1", "127.0.0.1:8421"});
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "serve/loaded.h"

namespace toc {

/// Where the server listens: the Host header must name it.
struct Binding {
  std::string host;  ///< as given to --host, e.g. "127.0.0.1", "localhost", "::1", "0.0.0.0"
  int port = 0;      ///< the real port (never 0 once bound)
};

/// True for hosts that only this machine reaches: 127.0.0.0/8, ::1, localhost.
bool is_loopback(const std::string& host);

/// Whether a request's Host header names the server (the DNS-rebinding rule): exactly the bound
/// host and port, or, when bound to loopback, localhost, 127.0.0.1 or [::1] with that port; when
/// bound to every address (0.0.0.0, ::), those and any address written as digits (a name is what
/// DNS rebinding needs). Case does not matter; a missing port means 80.
bool host_allowed(const std::string& header, const Binding& binding);

struct Request {
  std::string method;  ///< "GET", "HEAD", ...
  std::string target;  ///< as sent, still percent-encoded: "/?focus=x&depth=2"
  std::string host;    ///< the Host header; empty when there was none
  /// The request's headers, counted and measured (names and values): more than a browser sends
  /// is refused.
  std::size_t header_count = 0;
  std::size_t header_bytes = 0;
};

/// More headers than this, or more bytes in them, get 431. Browsers send a dozen headers and a few
/// KiB (cookies of other servers on localhost included).
inline constexpr std::size_t max_header_count = 100;
inline constexpr std::size_t max_header_bytes = 32 * 1024;

struct Response {
  int status = 200;
  std::string content_type;
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  /// The answer to /events: the server streams events_message() whenever the generation
  /// changes (wait_for_change), instead of `body`.
  bool events = false;
};

/// One server-sent event telling the pages which generation of the products is current.
std::string events_message(std::uint64_t generation);

/// The page's script (/live.js): reloads the page when /events names another generation.
std::string_view live_script();

class Site {
 public:
  Site(Binding binding, std::string model_name);

  /// Takes the result of a new load. Returns true when the page changed: then the generation
  /// goes up, the page at / is made, and every waiting event stream wakes (so the pages that
  /// reload get it at once). A load with errors is shown as diagnostics
  /// over the last load without them, which stays.
  bool update(std::shared_ptr<const LoadedModel> loaded);

  /// Answers one request. Safe to call from several threads at once.
  Response respond(const Request& request);

  std::uint64_t generation() const;

  /// Waits until the generation is no longer `known`, `timeout` passes or close() is called;
  /// returns the generation then, or nothing once closed.
  std::optional<std::uint64_t> wait_for_change(std::uint64_t known, std::chrono::milliseconds timeout);
  /// Wakes every waiter for good: the server is stopping.
  void close();

  /// Event streams hold a server thread each, so only so many are let in at once:
  /// open_stream() is false when all are taken; each true is followed by one close_stream().
  bool open_stream();
  void close_stream();

  static constexpr int max_streams = 6;

 private:
  struct State {
    std::shared_ptr<const LoadedModel> current;
    std::shared_ptr<const LoadedModel> good;  ///< the last load without model errors, if any
    std::uint64_t generation = 0;
  };
  State state() const;
  Response page(const State& state, const std::string& query);
  Response diagram(const State& state, const std::string& query);

  Binding binding_;
  std::string model_name_;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  State state_;
  bool closed_ = false;
  int streams_ = 0;
  /// Pages already made for the current generation, by query.
  std::map<std::string, Response> pages_;
};

}  // namespace toc
