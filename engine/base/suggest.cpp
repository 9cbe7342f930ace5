#include "base/suggest.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

namespace toc {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Optimal string alignment: insertions, deletions, substitutions and swaps of neighbours,
  // the typos people make when typing keys and ids. Case is ignored.
  const auto same = [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  };
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (same(a[i - 1], b[j - 1]) ? 0 : 1)});
      if (i > 1 && j > 1 && same(a[i - 1], b[j - 2]) && same(a[i - 2], b[j - 1])) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

namespace {

/// In a workspace ids are qualified: a bare id that ends exactly one qualified candidate
/// ("p1-awareness" of "llr-trauma-informed:p1-awareness") means that candidate.
std::string_view qualified_match(std::string_view word, const std::vector<std::string_view>& candidates) {
  if (word.empty() || word.find(':') != std::string_view::npos) return {};
  std::string_view match;
  for (const std::string_view candidate : candidates) {
    const std::size_t colon = candidate.find(':');
    if (colon == std::string_view::npos || candidate.substr(colon + 1) != word) continue;
    if (!match.empty()) return {};  // several models have it: which one is meant is unknown
    match = candidate;
  }
  return match;
}

}  // namespace

std::string suggest(std::string_view word, const std::vector<std::string_view>& candidates) {
  if (const std::string_view match = qualified_match(word, candidates); !match.empty()) return std::string(match);
  // Allow about one edit per three characters, at most three: close enough to be a typo.
  const std::size_t allowed = std::clamp<std::size_t>(word.size() / 3, 1, 3);
  std::string_view best;
  std::size_t best_distance = allowed + 1;
  for (const std::string_view candidate : candidates) {
    // Cheap bound first: the length difference is a lower bound on the distance. A candidate
    // that can only tie is still compared, so the tie goes to the alphabetically first and the
    // answer does not depend on the order of `candidates` (an id table's iteration order).
    const std::size_t gap =
        candidate.size() > word.size() ? candidate.size() - word.size() : word.size() - candidate.size();
    const bool prefix = word.size() >= 3 && candidate.substr(0, word.size()) == word;
    if ((gap > best_distance && !prefix) || candidate == word) continue;
    // A shortened word ("warn" for "warning") counts as one edit away.
    const std::size_t distance = prefix ? 1 : edit_distance(word, candidate);
    if (distance < best_distance || (distance == best_distance && candidate < best)) {
      best = candidate;
      best_distance = distance;
    }
  }
  return std::string(best);
}

std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates) {
  const std::string best = suggest(word, candidates);
  return best.empty() ? std::string() : fmt::format("did you mean '{}'?", best);
}

}  // namespace toc
