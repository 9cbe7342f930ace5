#include "serve/site.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "products/report/report.h"
#include "render/dot.h"
#include "render/graphviz_render.h"
#include "serve/page.h"
#include "serve/view_query.h"
#include "view/view.h"

namespace toc {

namespace {

/// Past this size the diagram is left out of the page, as `toc report` leaves it out of the report.
constexpr std::size_t max_page_diagram_nodes = 1000;
/// Pages kept made for the current generation (one per view asked for); past it, made afresh.
constexpr std::size_t max_cached_pages = 32;

constexpr std::string_view live_js = R"(// toc serve: reloads the page when the model's products change.
// The server names the current generation of its products on /events; this page was made from
// the one in <meta name="toc-generation">.
(function () {
  'use strict';
  var meta = document.querySelector('meta[name="toc-generation"]');
  var shown = meta ? meta.getAttribute('content') : '';
  var events = new EventSource('/events');
  events.onmessage = function (event) {
    if (event.data !== shown) {
      events.close();
      window.location.reload();
    }
  };
})();
)";

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

/// The headers every answer carries: nothing is cached, sniffed, framed or referred.
std::vector<std::pair<std::string, std::string>> safe_headers() {
  return {{"Content-Security-Policy", std::string(page_csp) + "; frame-ancestors 'none'; base-uri 'none'"},
          {"X-Content-Type-Options", "nosniff"},
          {"X-Frame-Options", "DENY"},
          {"Referrer-Policy", "no-referrer"},
          {"Cache-Control", "no-store"}};
}

Response text_response(int status, std::string body) {
  return {status, "text/plain; charset=utf-8", std::move(body) + "\n", safe_headers(), false};
}

}  // namespace

namespace {

bool is_wildcard(const std::string& host) { return host == "0.0.0.0" || host == "[::]" || host == "::"; }

/// "192.168.1.20" or "[fe80::1]": an address, not a name.
bool is_ip_literal(const std::string& name) {
  if (name.size() > 2 && name.front() == '[' && name.back() == ']') {
    return name.find_first_not_of("0123456789abcdef:.", 1) == name.size() - 1;
  }
  int dots = 0;
  for (const char c : name) {
    if (c == '.') {
      ++dots;
    } else if (c < '0' || c > '9') {
      return false;
    }
  }
  return dots == 3 && name.front() != '.' && name.back() != '.' && name.find("..") == std::string::npos;
}

}  // namespace

bool is_loopback(const std::string& host) {
  const std::string name = lower(host);
  return name == "localhost" || name == "::1" || name == "[::1]" || name.rfind("127.", 0) == 0;
}

bool host_allowed(const std::string& header, const Binding& binding) {
  if (header.empty()) return false;
  std::string name = lower(header);
  std::string port = "80";
  // "[::1]:8421", "127.0.0.1:8421", "localhost"
  const std::size_t bracket = name.rfind(']');
  const std::size_t colon = name.rfind(':');
  if (colon != std::string::npos && (bracket == std::string::npos || colon > bracket)) {
    port = name.substr(colon + 1);
    name.resize(colon);
  }
  if (port != std::to_string(binding.port)) return false;
  std::string bound = lower(binding.host);
  if (bound.find(':') != std::string::npos && bound.front() != '[') bound = "[" + bound + "]";
  if (name == bound) return true;
  if (name == "localhost" || name == "127.0.0.1" || name == "[::1]") return is_loopback(bound) || is_wildcard(bound);
  // Bound to every address, the server is reached by this machine's addresses, which the server
  // does not know; DNS rebinding needs a name, so any address written as digits is let in.
  return is_wildcard(bound) && is_ip_literal(name);
}

std::string events_message(std::uint64_t generation) { return fmt::format("data: {}\n\n", generation); }

std::string_view live_script() { return live_js; }

Site::Site(Binding binding, std::string model_name)
    : binding_(std::move(binding)), model_name_(std::move(model_name)) {}

bool Site::update(std::shared_ptr<const LoadedModel> loaded) {
  std::unique_lock lock(mutex_);
  if (state_.current && state_.current->fingerprint == loaded->fingerprint) return false;
  if (!loaded->model_errors) state_.good = loaded;
  state_.current = std::move(loaded);
  ++state_.generation;
  pages_.clear();
  lock.unlock();
  page(state(), "");
  lock.lock();
  changed_.notify_all();
  return true;
}

std::uint64_t Site::generation() const {
  std::lock_guard lock(mutex_);
  return state_.generation;
}

Site::State Site::state() const {
  std::lock_guard lock(mutex_);
  return state_;
}

std::optional<std::uint64_t> Site::wait_for_change(std::uint64_t known, std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  changed_.wait_for(lock, timeout, [&] { return closed_ || state_.generation != known; });
  if (closed_) return std::nullopt;
  return state_.generation;
}

void Site::close() {
  std::lock_guard lock(mutex_);
  closed_ = true;
  changed_.notify_all();
}

bool Site::open_stream() {
  std::lock_guard lock(mutex_);
  if (closed_ || streams_ >= max_streams) return false;
  ++streams_;
  return true;
}

void Site::close_stream() {
  std::lock_guard lock(mutex_);
  --streams_;
}

Response Site::respond(const Request& request) {
  if (request.header_count > max_header_count || request.header_bytes > max_header_bytes) {
    return text_response(431, "the request's headers are too many or too long");
  }
  if (!host_allowed(request.host, binding_)) {
    return text_response(403, "toc serve answers only requests addressed to " + binding_.host + ":" +
                                  std::to_string(binding_.port) + " (the Host header names another server)");
  }
  if (request.method != "GET" && request.method != "HEAD") {
    Response refused = text_response(405, "toc serve is read-only: only GET and HEAD");
    refused.headers.emplace_back("Allow", "GET, HEAD");
    return refused;
  }
  const std::size_t question = request.target.find('?');
  const std::string path = request.target.substr(0, question);
  const std::string query = question == std::string::npos ? "" : request.target.substr(question + 1);
  if (path == "/") return page(state(), query);
  if (path == "/diagram.svg") return diagram(state(), query);
  if (path == "/live.js" && query.empty()) {
    return {200, "text/javascript; charset=utf-8", std::string(live_js), safe_headers(), false};
  }
  if (path == "/events" && query.empty()) {
    Response events{200, "text/event-stream", "", safe_headers(), true};
    return events;
  }
  return text_response(404, "not found: toc serve serves only /, /diagram.svg, /live.js and /events");
}

namespace {

/// The view `query` asks for, as SVG, or why there is none (`problem`).
std::string render_view(const LoadedModel& good, const std::string& query, std::string& problem, std::string& note) {
  const Analysis& analysis = good.analysis;
  const ViewQuery asked = parse_view_query(query);
  if (!asked.problem.empty()) {
    problem = asked.problem;
    return "";
  }
  Diagnostics problems;
  const View view = make_view(analysis.model, analysis.graph, asked.view, problems);
  if (problems.has_errors()) {
    const Diagnostic& first = problems.all().front();
    problem = first.message + (first.help.empty() ? "" : " (" + first.help + ")");
    return "";
  }
  if (view.nodes.size() > max_page_diagram_nodes) {
    note = fmt::format(
        "the view has {} nodes, more than a page can show; choose one priority at a time with ?priority=<id>",
        view.nodes.size());
    return "";
  }
  DotOptions options;
  options.diagram.prefer_priority = asked.view.priority;
  RenderResult svg = render_dot(to_dot(analysis.model, view, options), "svg");
  if (!svg.error.empty()) problem = svg.error;
  return std::move(svg.bytes);
}

}  // namespace

Response Site::page(const State& state, const std::string& query) {
  {
    std::lock_guard lock(mutex_);
    if (state.generation == state_.generation) {
      if (const auto made = pages_.find(query); made != pages_.end()) return made->second;
    }
  }
  Response response{200, "text/html; charset=utf-8", "", safe_headers(), false};
  if (!state.current) {
    response.body = shell_page(model_name_, "", state.generation);
    return response;
  }
  std::string view_problem;
  if (!state.good) {
    if (!query.empty()) view_problem = "the view is shown once the model loads without errors";
    response.body =
        shell_page(model_name_, problems_html(*state.current, below_nothing, view_problem), state.generation);
  } else {
    const LoadedModel& good = *state.good;
    std::string note;
    std::string svg = render_view(good, query, view_problem, note);
    if (!view_problem.empty()) response.status = 400;
    ReportInput input{good.analysis.model, good.analysis.graph, good.analysis.diagnostics, std::move(svg), note};
    if (good.progress.ran) {
      input.data = &good.progress.data;
      input.progress = &good.progress.progress;
    }
    if (input.svg.empty() && input.diagram_note.empty()) input.diagram_note = "the view asked for cannot be drawn";
    const std::string_view below = state.current == state.good ? below_current : below_last_good;
    std::optional<std::string> live =
        live_report(report_html(input), problems_html(*state.current, below, view_problem), state.generation);
    if (!live) return text_response(500, "toc serve cannot make the report live: its shape is not the expected one");
    response.body = std::move(*live);
  }
  std::lock_guard lock(mutex_);
  if (state.generation == state_.generation && pages_.size() < max_cached_pages) pages_.emplace(query, response);
  return response;
}

Response Site::diagram(const State& state, const std::string& query) {
  if (!state.good) return text_response(404, "no diagram yet: the model has not loaded without errors");
  std::string problem;
  std::string note;
  std::string svg = render_view(*state.good, query, problem, note);
  if (!problem.empty() || !note.empty()) return text_response(400, problem.empty() ? note : problem);
  // The SVG alone gets the strictest policy: it may not even run inline styles' scripts.
  Response response{200, "image/svg+xml", std::move(svg), safe_headers(), false};
  response.headers.front().second = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
  return response;
}

}  // namespace toc
