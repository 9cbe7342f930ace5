#include "lsp/params.h"

#include <limits>

#include <fmt/format.h>

#include "lsp/uri.h"

namespace toc::lsp {

namespace {

std::string_view type_name(Json::value_t type) {
  switch (type) {
    case Json::value_t::object:
      return "an object";
    case Json::value_t::array:
      return "an array";
    case Json::value_t::string:
      return "a string";
    case Json::value_t::number_unsigned:
      return "a number of at least 0";
    default:
      return "a value";
  }
}

bool has_type(const Json& value, Json::value_t type) {
  if (type == Json::value_t::number_unsigned) {
    return value.is_number_unsigned() || (value.is_number_integer() && value.get<std::int64_t>() >= 0);
  }
  return value.type() == type;
}

}  // namespace

const Json& member(const Json& object, std::string_view key, Json::value_t type, std::string_view path) {
  if (!object.is_object()) throw InvalidParams(fmt::format("{} must be an object", path));
  const auto it = object.find(key);
  if (it == object.end()) throw InvalidParams(fmt::format("{}.{} is missing", path, key));
  if (!has_type(*it, type)) throw InvalidParams(fmt::format("{}.{} must be {}", path, key, type_name(type)));
  return *it;
}

std::string document_uri(const Json& params) {
  const Json& document = member(params, "textDocument", Json::value_t::object, "params");
  return member(document, "uri", Json::value_t::string, "params.textDocument").get<std::string>();
}

std::string document_path(const Json& params) {
  const std::string uri = document_uri(params);
  std::optional<std::string> path = uri_to_path(uri);
  if (!path) throw InvalidParams(fmt::format("params.textDocument.uri '{}' is not a file:// URI", uri));
  return std::move(*path);
}

Position read_position(const Json& value, std::string_view path) {
  const auto number = [&](std::string_view key) {
    const auto n = member(value, key, Json::value_t::number_unsigned, path).get<std::uint64_t>();
    if (n > std::numeric_limits<std::uint32_t>::max())
      throw InvalidParams(fmt::format("{}.{} is too large", path, key));
    return static_cast<std::uint32_t>(n);
  };
  return {number("line"), number("character")};
}

Position position_of(const Json& params) {
  return read_position(member(params, "position", Json::value_t::object, "params"), "params.position");
}

}  // namespace toc::lsp
