// file:// URIs, as editors name documents, to and from the paths the loader reads.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace toc::lsp {

/// The absolute, normalised path a file URI names, e.g. "file:///m/a%20b.toml" -> "/m/a b.toml";
/// nothing for any other scheme or a relative path.
std::optional<std::string> uri_to_path(std::string_view uri);

/// The file URI of absolute path `path`, percent-encoding what a URI path may not hold.
std::string path_to_uri(std::string_view path);

}  // namespace toc::lsp
