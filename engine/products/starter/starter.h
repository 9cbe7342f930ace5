// The starter model `toc init` writes: a small, valid, commented model that teaches the format.
// Its text lives only here, so the unit tests check exactly what users get.
#pragma once

#include <string_view>
#include <vector>

namespace toc {

/// One file of the starter model: its name within the model's folder and its text.
struct StarterFile {
  std::string_view name;
  std::string_view text;
};

/// The root file's name; the others are included from it.
inline constexpr std::string_view starter_root = "strategy.toml";

/// The starter's files, root first. A fictional youth violence prevention partnership with one
/// node of each kind, a priority, indicators and an annotated link; it states no real figures
/// and checks with no problems.
const std::vector<StarterFile>& starter_files();

}  // namespace toc
