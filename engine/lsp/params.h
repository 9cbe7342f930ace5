// Reading the params of a message, with an InvalidParams naming the field that is wrong.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include "lsp/jsonrpc.h"
#include "lsp/text_position.h"

namespace toc::lsp {

/// Thrown while reading params that do not have the shape the method needs; the server answers
/// the request with invalid_params and this message.
struct InvalidParams : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// Thrown by a request that cannot do what it was asked (a rename to an id already used); the
/// server answers with request_failed and this message.
struct RequestFailed : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// `object[key]` when it holds a `type` value; else throws InvalidParams naming `path`.`key`.
/// Example: `member(params, "textDocument", Json::value_t::object, "params")`.
const Json& member(const Json& object, std::string_view key, Json::value_t type, std::string_view path);

/// The path of params.textDocument.uri (a file URI).
std::string document_path(const Json& params);
/// The URI of params.textDocument.uri as the client wrote it.
std::string document_uri(const Json& params);
/// params.position.
Position position_of(const Json& params);
/// An LSP position object.
Position read_position(const Json& value, std::string_view path);

}  // namespace toc::lsp
