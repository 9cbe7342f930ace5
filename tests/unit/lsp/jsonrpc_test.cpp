#include <catch2/catch.hpp>

#include "lsp/jsonrpc.h"

namespace toc::lsp {
namespace {

std::string framed(std::string_view body) {
  return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + std::string(body);
}

/// Everything the reader gives for `input` fed in one chunk.
std::vector<Incoming> read_all(MessageReader& reader, std::string_view input) {
  reader.feed(input);
  std::vector<Incoming> out;
  while (auto in = reader.next()) out.push_back(std::move(*in));
  return out;
}

}  // namespace

TEST_CASE("two messages in one chunk are read one after the other", "[lsp][jsonrpc]") {
  MessageReader reader;
  const auto got = read_all(reader, framed(R"({"id":1})") + framed(R"({"id":2})"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].message->at("id") == 1);
  CHECK(got[1].message->at("id") == 2);
  CHECK_FALSE(reader.mid_message());
}

TEST_CASE("a truncated body waits for the rest", "[lsp][jsonrpc]") {
  MessageReader reader;
  const std::string whole = framed(R"({"method":"x"})");
  CHECK(read_all(reader, whole.substr(0, whole.size() - 3)).empty());
  CHECK(reader.mid_message());
  const auto got = read_all(reader, whole.substr(whole.size() - 3));
  REQUIRE(got.size() == 1);
  CHECK(got[0].message->at("method") == "x");
}

TEST_CASE("a bad or missing Content-Length is an error and the next message still reads", "[lsp][jsonrpc]") {
  MessageReader reader;
  auto got = read_all(reader, "Content-Length: 1x\r\n\r\n{}" + framed(R"({"id":3})"));
  REQUIRE(got.size() == 3);
  CHECK(got[0].error == "Content-Length '1x' is not a number of bytes");
  CHECK(got[1].error == "2 bytes before a message header are not a message; skipped them");
  CHECK(got[2].message->at("id") == 3);
  got = read_all(reader, "Content-Type: a\r\n\r\n" + framed(R"({"id":4})"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].error == "the message header has no Content-Length");
  CHECK(got[1].message->at("id") == 4);
}

TEST_CASE("invalid JSON is an error and the next message still reads", "[lsp][jsonrpc]") {
  MessageReader reader;
  const auto got = read_all(reader, framed(R"({"id": )") + framed(R"({"id":4})"));
  REQUIRE(got.size() == 2);
  CHECK(got[0].error.starts_with("invalid JSON: "));
  CHECK(got[1].message->at("id") == 4);
}

TEST_CASE("a body over the limit is refused and skipped unread", "[lsp][jsonrpc]") {
  MessageReader reader(10);
  auto got = read_all(reader, "Content-Length: 30\r\n\r\n" + std::string(12, 'x'));
  REQUIRE(got.size() == 1);
  CHECK(got[0].error == "Content-Length 30 is larger than the limit of 10 bytes");
  got = read_all(reader, std::string(18, 'y') + framed(R"({"id":5})"));
  REQUIRE(got.size() == 1);
  CHECK(got[0].message->at("id") == 5);
}

TEST_CASE("garbage without a header is dropped up to the next header", "[lsp][jsonrpc]") {
  MessageReader reader;
  auto got = read_all(reader, std::string(max_header_bytes + 10, 'g'));
  REQUIRE(got.size() == 1);
  CHECK(got[0].error.starts_with("no message header"));
  got = read_all(reader, framed(R"({"id":6})"));
  REQUIRE(got.size() == 2);
  CHECK(got[1].message->at("id") == 6);
}

TEST_CASE("frame writes the header and compact JSON, replacing broken UTF-8", "[lsp][jsonrpc]") {
  CHECK(frame(Json{{"a", 1}}) == "Content-Length: 7\r\n\r\n{\"a\":1}");
  CHECK(frame(Json("\xff")) == "Content-Length: 5\r\n\r\n\"\xEF\xBF\xBD\"");
}

}  // namespace toc::lsp
