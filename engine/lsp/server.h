// The language server: LSP messages in, messages to send out. No I/O: `toc lsp` reads stdin
// and frames what handle() returns onto stdout (tools/toc/cmd_lsp.cpp).
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "base/file_system.h"
#include "lsp/documents.h"
#include "lsp/jsonrpc.h"
#include "model/model.h"
#include "pipeline/analyze.h"

namespace toc::lsp {

struct ServerOptions {
  /// "Today" for the freshness of measurements, as `toc check --as-of` has it.
  Date as_of;
};

/// A model as last analysed, with what was published for it.
struct Analysed {
  std::unique_ptr<Analysis> analysis;
  std::map<std::string, FileId> files;  ///< path -> file of analysis->model.sources
  std::set<std::string> published;      ///< URIs last sent a non-empty list of diagnostics
};

/// One client's session. handle() takes each message the client sends (or the reader's error)
/// and returns the responses and notifications to send, in order. It never throws: a message
/// it cannot use gets an error response (a request) or is dropped with a log message (a
/// notification). Example:
///   Server server(disk, {.as_of = today});
///   for (const Json& out : server.handle(message)) write(frame(out));
///   if (server.exit_requested()) return server.exit_code();
class Server {
 public:
  Server(FileSystem& disk, ServerOptions options);
  ~Server();

  std::vector<Json> handle(const Incoming& incoming);
  std::vector<Json> handle(const Json& message);

  /// The client sent `exit`: stop reading, and exit with exit_code() (0 after a shutdown, else 1).
  bool exit_requested() const { return exit_requested_; }
  int exit_code() const { return shutdown_ ? 0 : 1; }

 private:
  using Request = Json (Server::*)(const Json& params);
  using Notification = void (Server::*)(const Json& params);
  struct Method {
    Request request = nullptr;
    Notification notification = nullptr;
  };
  static const std::map<std::string, Method, std::less<>>& methods();

  Json dispatch(const Json& message);

  // Lifecycle.
  Json initialize(const Json& params);
  Json shutdown(const Json& params);
  void initialized(const Json& params);
  void exit(const Json& params);
  // Documents.
  void did_open(const Json& params);
  void did_change(const Json& params);
  void did_save(const Json& params);
  void did_close(const Json& params);
  // Language features (lsp/features.cpp).
  Json completion(const Json& params);
  Json hover(const Json& params);
  Json definition(const Json& params);
  Json references(const Json& params);
  Json rename(const Json& params);
  Json code_action(const Json& params);

  /// Analyses the model that `path` belongs to again and queues its diagnostics.
  void refresh(const std::string& path);
  /// The analysis of the model `path` belongs to, analysing it first if needed.
  Analysed& analysed(const std::string& path);
  void publish(const std::string& root, Analysed& analysed);
  /// The text of `path` as last analysed (the open document, else the file read).
  std::string_view text_of(const Analysed& analysed, const std::string& path) const;
  void log(int type, const std::string& message);

  OpenDocuments documents_;
  ServerOptions options_;
  std::map<std::string, std::string> roots_;  ///< open document path -> its model's root
  std::map<std::string, Analysed> models_;    ///< root -> analysis
  std::vector<Json> outbox_;
  bool initialized_ = false;
  bool shutdown_ = false;
  bool exit_requested_ = false;
};

}  // namespace toc::lsp
