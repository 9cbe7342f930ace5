// "did you mean ...?" by edit distance.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace toc {

/// Levenshtein distance between `a` and `b`.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word` when it is close enough to be a likely typo, else "".
/// Example: suggest("knowlege", {"knowledge", "skills"}) == "knowledge".
std::string suggest(std::string_view word, const std::vector<std::string_view>& candidates);

/// "did you mean 'x'?" for the best candidate, or "" when none is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace toc
