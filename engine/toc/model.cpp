#include "toc/model.h"

#include <fmt/format.h>

namespace toc {

std::string_view to_string(Kind kind) {
  static constexpr std::string_view names[] = {"input", "activity", "output", "outcome", "impact"};
  return names[static_cast<int>(kind)];
}

std::string_view to_string(Term term) {
  static constexpr std::string_view names[] = {"", "short", "medium", "long"};
  return names[static_cast<int>(term)];
}

std::string_view to_string(Prevention prevention) {
  static constexpr std::string_view names[] = {"", "primary", "secondary", "tertiary"};
  return names[static_cast<int>(prevention)];
}

std::string_view to_string(Strength strength) {
  static constexpr std::string_view names[] = {"", "none", "emerging", "moderate", "strong"};
  return names[static_cast<int>(strength)];
}

std::string_view to_string(Direction direction) {
  static constexpr std::string_view names[] = {"", "increase", "decrease"};
  return names[static_cast<int>(direction)];
}

std::string to_string(const Date& date) { return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day); }

int chain_level(const Node& node) {
  switch (node.kind) {
    case Kind::input: return 0;
    case Kind::activity: return 1;
    case Kind::output: return 2;
    case Kind::outcome: return node.term == Term::none ? 4 : 2 + static_cast<int>(node.term);
    case Kind::impact: return 6;
  }
  return 0;
}

}  // namespace toc
