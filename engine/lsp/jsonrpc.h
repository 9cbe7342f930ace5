// JSON-RPC 2.0 over the Language Server Protocol's base protocol: "Content-Length: N\r\n\r\n"
// then N bytes of JSON. Pure: bytes in, messages out; the caller owns stdin and stdout.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace toc::lsp {

using Json = nlohmann::json;

/// JSON-RPC and LSP error codes.
namespace error_code {
inline constexpr int parse_error = -32700;
inline constexpr int invalid_request = -32600;
inline constexpr int method_not_found = -32601;
inline constexpr int invalid_params = -32602;
inline constexpr int internal_error = -32603;
inline constexpr int server_not_initialized = -32002;
inline constexpr int request_failed = -32803;
}  // namespace error_code

/// The largest body the reader accepts: a message with a whole file of the maximum size
/// (limits::max_file_bytes) escaped as JSON fits.
inline constexpr std::size_t max_body_bytes = 64u << 20;
/// The longest header block accepted before its blank line.
inline constexpr std::size_t max_header_bytes = 8192;

/// What the reader took from the stream: a JSON value, or a framing or JSON error that the
/// server answers with a response whose id is null. The stream stays usable after an error.
struct Incoming {
  std::optional<Json> message;
  std::string error;  ///< set when `message` is empty, e.g. "invalid JSON: ..."
};

/// Splits a byte stream into messages. Feed it whatever arrived, then call next() until it
/// returns nothing. Recovers from every error: a bad header block is dropped up to its blank
/// line, garbage up to the next "Content-Length", and a body over the limit is skipped unread.
/// Example: `MessageReader r; r.feed(chunk); while (auto in = r.next()) handle(*in);`
class MessageReader {
 public:
  explicit MessageReader(std::size_t max_body = max_body_bytes) : max_body_(max_body) {}

  void feed(std::string_view bytes);
  /// The next message or error, or nothing until more bytes arrive.
  std::optional<Incoming> next();
  /// True when bytes of an unfinished message are waiting: at end of input, it was cut short.
  bool mid_message() const { return buffer_.size() > start_ || body_length_ || skip_ > 0; }

 private:
  std::optional<Incoming> read_header();

  std::string buffer_;
  std::size_t start_ = 0;                   ///< bytes of buffer_ already consumed
  std::optional<std::size_t> body_length_;  ///< set while waiting for a body
  std::size_t skip_ = 0;                    ///< bytes of a refused body still to drop
  std::size_t max_body_;
};

/// The bytes that send `message`: header and compact JSON body. Text that is not valid UTF-8
/// is replaced (U+FFFD) rather than failing.
std::string frame(const Json& message);

/// A response to request `id` with `result`.
Json response(const Json& id, Json result);
/// An error response to request `id` (null when the request could not be read).
Json error_response(const Json& id, int code, std::string_view message);
/// A notification from the server, e.g. textDocument/publishDiagnostics.
Json notification(std::string_view method, Json params);

}  // namespace toc::lsp
