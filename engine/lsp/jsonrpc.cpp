#include "lsp/jsonrpc.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include <fmt/format.h>

namespace toc::lsp {

namespace {

constexpr std::string_view content_length = "content-length";

bool same_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

/// Where the header block that starts at `from` ends (just past its blank line) and how long its
/// terminator is; npos when no blank line has arrived yet. Lines may end in "\r\n" or "\n".
std::pair<std::size_t, std::size_t> header_end(std::string_view text) {
  const std::size_t crlf = text.find("\r\n\r\n");
  const std::size_t lf = text.find("\n\n");
  if (crlf == std::string_view::npos && lf == std::string_view::npos) return {std::string_view::npos, 0};
  if (lf == std::string_view::npos || (crlf != std::string_view::npos && crlf < lf)) return {crlf, 4};
  return {lf, 2};
}

/// Where the first "Content-Length" in `text` starts, ignoring case, or npos.
std::size_t find_content_length(std::string_view text) {
  for (std::size_t at = 0; at + content_length.size() <= text.size(); ++at) {
    if (same_ignoring_case(text.substr(at, content_length.size()), content_length)) return at;
  }
  return std::string_view::npos;
}

Incoming failure(std::string message) { return {std::nullopt, std::move(message)}; }

}  // namespace

void MessageReader::feed(std::string_view bytes) {
  if (skip_ > 0) {
    const std::size_t dropped = std::min(skip_, bytes.size());
    skip_ -= dropped;
    bytes.remove_prefix(dropped);
  }
  if (start_ > 0 && start_ >= buffer_.size() / 2) {
    buffer_.erase(0, start_);
    start_ = 0;
  }
  buffer_.append(bytes);
}

std::optional<Incoming> MessageReader::next() {
  if (skip_ > 0) return std::nullopt;
  if (!body_length_) {
    std::optional<Incoming> problem = read_header();
    if (problem || !body_length_) return problem;
  }
  const std::string_view waiting = std::string_view(buffer_).substr(start_);
  if (waiting.size() < *body_length_) return std::nullopt;
  const std::string_view body = waiting.substr(0, *body_length_);
  start_ += *body_length_;
  body_length_.reset();
  Incoming incoming;
  try {
    incoming.message = Json::parse(body);
  } catch (const Json::exception& error) {
    incoming.error = fmt::format("invalid JSON: {}", error.what());
  }
  if (start_ == buffer_.size()) {  // after the parse: `body` points into the buffer
    buffer_.clear();
    start_ = 0;
  }
  return incoming;
}

std::optional<Incoming> MessageReader::read_header() {
  // Line breaks between messages are tolerated; other bytes before a header are dropped up to
  // the next "Content-Length" (the rest of a body whose header was refused, or garbage).
  while (start_ < buffer_.size() && (buffer_[start_] == '\r' || buffer_[start_] == '\n')) ++start_;
  std::string_view waiting = std::string_view(buffer_).substr(start_);
  constexpr std::string_view header_start = "content-";
  if (waiting.size() >= header_start.size() &&
      !same_ignoring_case(waiting.substr(0, header_start.size()), header_start)) {
    const std::size_t next = find_content_length(waiting);
    if (next != std::string_view::npos) {
      start_ += next;
      return failure(fmt::format("{} bytes before a message header are not a message; skipped them", next));
    }
  }
  const auto [end, terminator] = header_end(waiting);
  if (end == std::string_view::npos) {
    if (waiting.size() <= max_header_bytes) return std::nullopt;
    // Garbage: drop it up to the next header that could start a message.
    const std::size_t next = find_content_length(waiting.substr(1));
    start_ += next == std::string_view::npos ? waiting.size() - content_length.size() : next + 1;
    return failure(
        fmt::format("no message header in {} bytes of input (expected \"Content-Length: <bytes>\")", max_header_bytes));
  }
  const std::string_view block = waiting.substr(0, end);
  start_ += end + terminator;
  std::optional<std::string_view> length_text;
  for (std::size_t at = 0; at <= block.size();) {
    std::size_t eol = block.find('\n', at);
    if (eol == std::string_view::npos) eol = block.size();
    const std::string_view line = block.substr(at, eol - at);
    at = eol + 1;
    const std::size_t colon = line.find(':');
    if (colon != std::string_view::npos && same_ignoring_case(trim(line.substr(0, colon)), content_length)) {
      length_text = trim(line.substr(colon + 1));
    }
  }
  if (!length_text) return failure("the message header has no Content-Length");
  std::size_t length = 0;
  const auto [stop, error] = std::from_chars(length_text->data(), length_text->data() + length_text->size(), length);
  if (error != std::errc() || stop != length_text->data() + length_text->size()) {
    return failure(fmt::format("Content-Length '{}' is not a number of bytes", *length_text));
  }
  if (length > max_body_) {
    // Skip the body unread, as it arrives, so the message after it is read as usual.
    const std::size_t here = std::min(length, buffer_.size() - start_);
    start_ += here;
    skip_ = length - here;
    return failure(fmt::format("Content-Length {} is larger than the limit of {} bytes", length, max_body_));
  }
  body_length_ = length;
  return std::nullopt;
}

std::string frame(const Json& message) {
  const std::string body = message.dump(-1, ' ', false, Json::error_handler_t::replace);
  return fmt::format("Content-Length: {}\r\n\r\n{}", body.size(), body);
}

Json response(const Json& id, Json result) {
  return Json{{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}};
}

Json error_response(const Json& id, int code, std::string_view message) {
  return Json{{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}};
}

Json notification(std::string_view method, Json params) {
  return Json{{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}

}  // namespace toc::lsp
