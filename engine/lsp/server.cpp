#include "lsp/server.h"

#include <filesystem>

#include <fmt/format.h>

#include "lsp/diagnostics.h"
#include "lsp/params.h"
#include "lsp/uri.h"
#include "pipeline/progress_run.h"

namespace toc::lsp {

namespace {

constexpr int log_error = 1;
constexpr int log_info = 3;

/// The id of a request: a number or a string; anything else is no id at all.
bool is_valid_id(const Json& id) { return id.is_number_integer() || id.is_string(); }

}  // namespace

Server::Server(FileSystem& disk, ServerOptions options) : documents_(disk), options_(options) {}

Server::~Server() = default;

const std::map<std::string, Server::Method, std::less<>>& Server::methods() {
  static const std::map<std::string, Method, std::less<>> table{
      {"initialize", {&Server::initialize, nullptr}},
      {"shutdown", {&Server::shutdown, nullptr}},
      {"initialized", {nullptr, &Server::initialized}},
      {"exit", {nullptr, &Server::exit}},
      {"textDocument/didOpen", {nullptr, &Server::did_open}},
      {"textDocument/didChange", {nullptr, &Server::did_change}},
      {"textDocument/didSave", {nullptr, &Server::did_save}},
      {"textDocument/didClose", {nullptr, &Server::did_close}},
      {"textDocument/completion", {&Server::completion, nullptr}},
      {"textDocument/hover", {&Server::hover, nullptr}},
      {"textDocument/definition", {&Server::definition, nullptr}},
      {"textDocument/references", {&Server::references, nullptr}},
      {"textDocument/rename", {&Server::rename, nullptr}},
      {"textDocument/codeAction", {&Server::code_action, nullptr}},
  };
  return table;
}

std::vector<Json> Server::handle(const Incoming& incoming) {
  if (incoming.message) return handle(*incoming.message);
  return {error_response(nullptr, error_code::parse_error, incoming.error)};
}

std::vector<Json> Server::handle(const Json& message) {
  outbox_.clear();
  Json reply = dispatch(message);
  // The reply first: a client waits for it, and the diagnostics that follow describe the same state.
  std::vector<Json> out;
  if (!reply.is_null()) out.push_back(std::move(reply));
  for (Json& queued : outbox_) out.push_back(std::move(queued));
  outbox_.clear();
  return out;
}

Json Server::dispatch(const Json& message) {
  if (!message.is_object())
    return error_response(nullptr, error_code::invalid_request, "a message must be a JSON object");
  const auto id_at = message.find("id");
  const bool is_request = id_at != message.end();
  const Json id = is_request && is_valid_id(*id_at) ? *id_at : Json(nullptr);
  if (is_request && !is_valid_id(*id_at)) {
    return error_response(nullptr, error_code::invalid_request, "a request's id must be a number or a string");
  }
  const auto method_at = message.find("method");
  if (method_at == message.end()) {
    // A response to a request of ours: we send none, so there is nothing to match it to.
    if (is_request && (message.contains("result") || message.contains("error"))) return nullptr;
    return error_response(id, error_code::invalid_request, "a message must have a method");
  }
  if (!method_at->is_string()) return error_response(id, error_code::invalid_request, "the method must be a string");
  const std::string& name = method_at->get_ref<const std::string&>();
  const auto params_at = message.find("params");
  const Json params = params_at == message.end() ? Json::object() : *params_at;
  const auto found = methods().find(name);
  const bool known = found != methods().end() &&
                     (is_request ? found->second.request != nullptr : found->second.notification != nullptr);
  if (!is_request) {
    // Notifications get no reply, whatever happens; "$/..." ones are optional by the protocol.
    if (!known) {
      if (!name.starts_with("$/")) log(log_info, fmt::format("toc lsp: ignored the notification '{}'", name));
      return nullptr;
    }
    if (!initialized_ && name != "exit") return nullptr;
    try {
      (this->*found->second.notification)(params);
    } catch (const std::exception& problem) {
      log(log_error, fmt::format("toc lsp: {}: {}", name, problem.what()));
    }
    return nullptr;
  }
  if (!known) return error_response(id, error_code::method_not_found, fmt::format("unknown method '{}'", name));
  if (!initialized_ && name != "initialize") {
    return error_response(id, error_code::server_not_initialized,
                          "the server is not initialized yet: send 'initialize' first");
  }
  if (shutdown_)
    return error_response(id, error_code::invalid_request, "the server is shutting down: only 'exit' is accepted");
  try {
    return response(id, (this->*found->second.request)(params));
  } catch (const InvalidParams& problem) {
    return error_response(id, error_code::invalid_params, problem.what());
  } catch (const Json::exception& problem) {
    return error_response(id, error_code::invalid_params, problem.what());
  } catch (const RequestFailed& problem) {
    return error_response(id, error_code::request_failed, problem.what());
  } catch (const std::exception& problem) {
    return error_response(id, error_code::internal_error, problem.what());
  }
}

Json Server::initialize(const Json& params) {
  if (!params.is_object()) throw InvalidParams("params must be an object");
  if (initialized_) throw RequestFailed("the server is already initialized");
  initialized_ = true;
  return Json{
      {"capabilities",
       {
           {"positionEncoding", "utf-16"},
           {"textDocumentSync", {{"openClose", true}, {"change", 1}, {"save", {{"includeText", false}}}}},
           {"completionProvider", {{"triggerCharacters", {"\"", "'"}}}},
           {"hoverProvider", true},
           {"definitionProvider", true},
           {"referencesProvider", true},
           {"renameProvider", true},
           {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
       }},
      {"serverInfo", {{"name", "toc"}}},
  };
}

Json Server::shutdown(const Json&) {
  shutdown_ = true;
  return nullptr;
}

void Server::initialized(const Json&) {}

void Server::exit(const Json&) { exit_requested_ = true; }

void Server::did_open(const Json& params) {
  const std::string path = document_path(params);
  const Json& document = member(params, "textDocument", Json::value_t::object, "params");
  documents_.open(path, member(document, "text", Json::value_t::string, "params.textDocument").get<std::string>());
  roots_[path] = find_model_root(path, documents_);
  refresh(path);
}

void Server::did_change(const Json& params) {
  const std::string path = document_path(params);
  const std::string* open = documents_.text(path);
  if (!open) throw InvalidParams(fmt::format("'{}' is not open", path));
  std::string text = *open;
  for (const Json& change : member(params, "contentChanges", Json::value_t::array, "params")) {
    const std::string& replacement =
        member(change, "text", Json::value_t::string, "params.contentChanges[]").get_ref<const std::string&>();
    if (!change.contains("range")) {
      text = replacement;
      continue;
    }
    const Json& range = member(change, "range", Json::value_t::object, "params.contentChanges[]");
    const LineIndex lines(text);
    const std::size_t start =
        lines.offset(read_position(member(range, "start", Json::value_t::object, "range"), "range.start"));
    const std::size_t end =
        lines.offset(read_position(member(range, "end", Json::value_t::object, "range"), "range.end"));
    if (end < start) throw InvalidParams("params.contentChanges[].range ends before it starts");
    text.replace(start, end - start, replacement);
  }
  documents_.open(path, std::move(text));
  refresh(path);
}

void Server::did_save(const Json& params) { refresh(document_path(params)); }

void Server::did_close(const Json& params) {
  const std::string path = document_path(params);
  documents_.close(path);
  const auto root = roots_.find(path);
  if (root == roots_.end()) return;
  const std::string model = root->second;
  roots_.erase(root);
  const bool still_open =
      std::any_of(roots_.begin(), roots_.end(), [&](const auto& entry) { return entry.second == model; });
  if (still_open) {
    refresh(model);
    return;
  }
  // The model's last open file: clear what was shown for it, and forget it.
  const auto it = models_.find(model);
  if (it == models_.end()) return;
  for (const std::string& uri : it->second.published) {
    outbox_.push_back(notification("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", Json::array()}}));
  }
  models_.erase(it);
}

void Server::refresh(const std::string& path) {
  const auto known = roots_.find(path);
  const std::string root = known != roots_.end() ? known->second : find_model_root(path, documents_);
  Analysed& entry = models_[root];
  entry.analysis = std::make_unique<Analysis>(analyze(root, documents_));
  Analysis& analysis = *entry.analysis;
  if (analysis.loaded) {
    run_progress(analysis, documents_, declared_data_files(analysis.model), {.as_of = options_.as_of, .xmr = {}});
  }
  entry.files.clear();
  const SourceSet& sources = analysis.model.sources;
  for (FileId file = 0; file < sources.size(); ++file) {
    entry.files.emplace(std::filesystem::path(sources.path(file)).lexically_normal().generic_string(), file);
  }
  if (!analysis.loaded) log(log_error, fmt::format("toc lsp: {}", analysis.failure));
  publish(root, entry);
}

Analysed& Server::analysed(const std::string& path) {
  const auto known = roots_.find(path);
  const std::string root = known != roots_.end() ? known->second : find_model_root(path, documents_);
  const auto it = models_.find(root);
  if (it != models_.end()) return it->second;
  refresh(path);
  return models_.at(root);
}

void Server::publish(const std::string& root, Analysed& entry) {
  std::set<std::string> published;
  for (auto& [path, diagnostics] : diagnostics_by_file(*entry.analysis, root)) {
    std::string uri = path_to_uri(path);
    if (!diagnostics.empty()) published.insert(uri);
    entry.published.erase(uri);
    outbox_.push_back(notification("textDocument/publishDiagnostics",
                                   {{"uri", std::move(uri)}, {"diagnostics", std::move(diagnostics)}}));
  }
  // Files that had diagnostics and are no longer part of the model (an include removed).
  for (const std::string& uri : entry.published) {
    outbox_.push_back(notification("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", Json::array()}}));
  }
  entry.published = std::move(published);
}

std::string_view Server::text_of(const Analysed& entry, const std::string& path) const {
  if (const std::string* open = documents_.text(path)) return *open;
  const auto it = entry.files.find(path);
  if (it == entry.files.end()) return {};
  return entry.analysis->model.sources.file(it->second).text;
}

void Server::log(int type, const std::string& message) {
  outbox_.push_back(notification("window/logMessage", {{"type", type}, {"message", message}}));
}

}  // namespace toc::lsp
