// toc serve's HTTP server: cpp-httplib (libcpp-httplib-dev) answering every request through a
// Site (engine/serve), the only file that includes httplib.h.
#pragma once

#include <memory>
#include <string>

#include "serve/site.h"

namespace toc::cli {

class HttpServer {
 public:
  HttpServer();
  ~HttpServer();

  /// Binds to `host`:`port` (0: a free port); returns the port bound, or -1.
  int bind(const std::string& host, int port);
  /// Makes `site` answer every request; before run().
  void serve(Site& site);
  /// Serves until stop(); returns false when it could not.
  bool run();
  /// Ends run() (from another thread): open event streams are told to end first.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace toc::cli
