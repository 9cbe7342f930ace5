#include "serve_http.h"

#include <algorithm>
#include <chrono>

#include <httplib.h>

namespace toc::cli {

namespace {

/// Threads answering requests: each open page holds one on its event stream (Site::max_streams).
constexpr std::size_t server_threads = 16;
/// Requests carry no body (GET and HEAD only): anything longer is refused unread.
constexpr std::size_t max_body_bytes = 1024;
/// How often an idle event stream sends a comment, to notice a page that has gone.
constexpr std::chrono::seconds keep_alive_every{15};

}  // namespace

struct HttpServer::Impl {
  Site* site = nullptr;
  httplib::Server server;
};

HttpServer::HttpServer() : impl_(std::make_unique<Impl>()) {}

void HttpServer::serve(Site& site) {
  impl_->site = &site;
  httplib::Server& server = impl_->server;
  server.new_task_queue = [] { return new httplib::ThreadPool(server_threads); };
  server.set_payload_max_length(max_body_bytes);
  server.set_read_timeout(5, 0);
  server.set_write_timeout(5, 0);
  server.set_keep_alive_timeout(2);
  Site* served = &site;
  // Every request, whatever its method or path, is the Site's to answer: httplib's own routing,
  // file serving and body reading are never reached.
  server.set_pre_routing_handler([served](const httplib::Request& request, httplib::Response& response) {
    std::size_t header_bytes = 0;
    for (const auto& [name, value] : request.headers) header_bytes += name.size() + value.size();
    const Response answer = served->respond(
        {request.method, request.target, request.get_header_value("Host"), request.headers.size(), header_bytes});
    response.status = answer.status;
    for (const auto& [name, value] : answer.headers) response.set_header(name, value);
    if (!answer.events) {
      // Given through a provider of known length, which httplib sends as it is: set_content's
      // body would be compressed for a browser, with Brotli, which takes a second for a page of a
      // few hundred KiB — pointless on loopback, and the page would show a save that much later.
      auto body = std::make_shared<const std::string>(answer.body);
      response.set_content_provider(body->size(), answer.content_type,
                                    [body](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
                                      return sink.write(body->data() + offset, std::min(length, body->size() - offset));
                                    });
      return httplib::Server::HandlerResponse::Handled;
    }
    if (request.method == "HEAD") {
      response.set_content("", answer.content_type);
      return httplib::Server::HandlerResponse::Handled;
    }
    if (!served->open_stream()) {
      response.status = 503;
      response.set_content("too many live pages are open\n", "text/plain; charset=utf-8");
      return httplib::Server::HandlerResponse::Handled;
    }
    auto known = std::make_shared<std::optional<std::uint64_t>>();
    response.set_chunked_content_provider(
        answer.content_type,
        [served, known](std::size_t, httplib::DataSink& sink) {
          std::string message;
          if (!*known) {
            *known = served->generation();
            message = "retry: 1000\n" + events_message(**known);
          } else {
            const std::optional<std::uint64_t> now = served->wait_for_change(**known, keep_alive_every);
            if (!now) {
              sink.done();
              return true;
            }
            message = *now != **known ? events_message(*now) : ": still here\n\n";
            *known = now;
          }
          return sink.write(message.data(), message.size());
        },
        [served](bool) { served->close_stream(); });
    return httplib::Server::HandlerResponse::Handled;
  });
  server.set_exception_handler([](const httplib::Request&, httplib::Response& response, std::exception_ptr) {
    response.status = 500;
    response.set_content("toc serve could not answer this request\n", "text/plain; charset=utf-8");
  });
}

HttpServer::~HttpServer() = default;

int HttpServer::bind(const std::string& host, int port) {
  if (port == 0) return impl_->server.bind_to_any_port(host);
  return impl_->server.bind_to_port(host, port) ? port : -1;
}

bool HttpServer::run() { return impl_->server.listen_after_bind(); }

void HttpServer::stop() {
  if (impl_->site) impl_->site->close();
  impl_->server.stop();
}

}  // namespace toc::cli
