// Hard limits on input, each with its own diagnostic (code "limit"). Documented in docs/model-format.md.
#pragma once

#include <cstddef>

namespace toc::limits {

inline constexpr std::size_t max_file_bytes = 16 * 1024 * 1024;  ///< one TOML file
inline constexpr std::size_t max_files = 1000;                   ///< files in one model, root included
inline constexpr std::size_t max_include_depth = 16;             ///< include chain length below the root
inline constexpr std::size_t max_id_length = 64;
inline constexpr std::size_t max_string_bytes = 64 * 1024;  ///< one text field
inline constexpr std::size_t max_array_items = 10'000;      ///< one array (leads_to, tags, ...)

}  // namespace toc::limits
