#include "model/model.h"

#include <algorithm>
#include <cctype>
#include <span>

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

std::string_view to_string(Measure measure) {
  static constexpr std::string_view names[] = {"", "count", "rate", "percentage", "ordinal", "text"};
  return names[static_cast<int>(measure)];
}

std::string to_string(const Date& date) { return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day); }

namespace {

/// `text` begins with a number, after spaces, a sign and a currency sign: "40", "-2", "£1,000",
/// ".5", "€3 million".
bool begins_with_number(std::string_view text) {
  const auto skip = [&](std::string_view prefix) {
    if (text.substr(0, prefix.size()) == prefix) text.remove_prefix(prefix.size());
  };
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  for (const std::string_view sign : {"+", "-"}) skip(sign);
  for (const std::string_view currency : {"£", "$", "€"}) skip(currency);
  const auto digit = [&](std::size_t at) { return at < text.size() && text[at] >= '0' && text[at] <= '9'; };
  return digit(0) || (!text.empty() && text.front() == '.' && digit(1));
}

}  // namespace

bool is_figure(const Indicator& indicator, const Measurement& measurement) {
  if (!measurement.present) return false;
  if (indicator.measure == Measure::text || indicator.measure == Measure::ordinal) return !measurement.value.empty();
  return begins_with_number(measurement.value);
}

bool is_pending(const Indicator& indicator, const Measurement& measurement) {
  return measurement.present && !is_figure(indicator, measurement);
}

bool is_outcome_step(const Model& model, const Link& link) {
  if (link.feedback || link.from_node == no_node || link.to_node == no_node) return false;
  const Kind to = model.nodes[link.to_node].kind;
  return model.nodes[link.from_node].kind == Kind::outcome && (to == Kind::outcome || to == Kind::impact);
}

int chain_level(const Node& node) {
  switch (node.kind) {
    case Kind::input:
      return 0;
    case Kind::activity:
      return 1;
    case Kind::output:
      return 2;
    case Kind::outcome:
      return node.term == Term::none ? 4 : 2 + static_cast<int>(node.term);
    case Kind::impact:
      return 6;
  }
  return 0;
}

bool is_valid_id(std::string_view id) {
  if (id.empty()) return false;
  for (const unsigned char c : id) {
    if (!std::isalnum(c) && c != '_' && c != '-') return false;
  }
  return true;
}

bool is_qualified(std::string_view id) {
  const std::size_t colon = id.find(':');
  return colon != std::string_view::npos && is_valid_id(id.substr(0, colon)) && is_valid_id(id.substr(colon + 1));
}

ModelMarks ModelMarks::of(const Model& m) {
  return {m.priorities.size(), m.principles.size(), m.nodes.size(),
          m.links.size(),      m.indicators.size(), m.rules.size()};
}

namespace {

template <typename T>
std::span<T> after(std::vector<T>& items, std::size_t from) {
  return std::span<T>(items).subspan(std::min(from, items.size()));
}

}  // namespace

void visit_ids(Model& model, const ModelMarks& from, const std::function<void(std::string&)>& define,
               const std::function<void(Ref&)>& refer) {
  const auto def = [&](std::string& id) {
    if (define) define(id);
  };
  const auto ref = [&](Ref& r) {
    if (refer) refer(r);
  };
  const auto refs = [&](std::vector<Ref>& rs) {
    for (Ref& r : rs) ref(r);
  };
  for (Priority& p : after(model.priorities, from.priorities)) def(p.id);
  for (Principle& p : after(model.principles, from.principles)) def(p.id);
  for (Node& node : after(model.nodes, from.nodes)) {
    def(node.id);
    refs(node.leads_to);
    refs(node.priorities);
    refs(node.principles);
  }
  for (Link& link : after(model.links, from.links)) {
    ref(link.from);
    ref(link.to);
  }
  for (Indicator& indicator : after(model.indicators, from.indicators)) {
    def(indicator.id);
    refs(indicator.measures);
  }
  for (Rule& rule : after(model.rules, from.rules)) {
    def(rule.id);
    for (Selection* selection : {&rule.select, rule.of ? &*rule.of : nullptr}) {
      if (!selection) continue;
      refs(selection->priorities);
      refs(selection->principles);
    }
  }
}

std::size_t Model::member_of(FileId file) const {
  for (std::size_t m = 0; m < members.size(); ++m) {
    if (file >= members[m].first_file && file < members[m].end_file) return m;
  }
  return no_member;
}

std::optional<Severity> severity_in(const CheckSettings& settings, std::string_view code,
                                    std::optional<Severity> fallback) {
  const auto it = settings.find(code);
  if (it == settings.end()) return fallback;
  if (it->second.setting == CheckSetting::off) return std::nullopt;
  return it->second.setting == CheckSetting::error ? Severity::error : Severity::warning;
}

std::optional<Severity> Model::configured_severity(std::string_view code, FileId file,
                                                   std::optional<Severity> fallback) const {
  const std::optional<Severity> severity = severity_in(checks, code, fallback);
  const std::size_t member = member_of(file);
  return member == no_member ? severity : severity_in(members[member].checks, code, severity);
}

}  // namespace toc
