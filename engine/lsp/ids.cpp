#include "lsp/ids.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "lsp/text_position.h"

namespace toc::lsp {

namespace {

bool is_id_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ':'; }

/// What the ids written as the value of `key` name; empty for every other key.
std::vector<EntityType> types_for(std::string_view key) {
  static constexpr std::pair<std::string_view, EntityType> slots[] = {
      {"leads_to", EntityType::node},       {"measures", EntityType::node},
      {"from", EntityType::node},           {"to", EntityType::node},
      {"priority", EntityType::priority},   {"principles", EntityType::principle},
      {"principle", EntityType::principle},
  };
  std::vector<EntityType> types;
  for (const auto& [name, type] : slots) {
    if (name == key) types.push_back(type);
  }
  return types;
}

}  // namespace

std::string_view describe(const Entity& entity) {
  switch (entity.type) {
    case EntityType::node:
      return to_string(entity.kind);
    case EntityType::priority:
      return "priority";
    case EntityType::principle:
      return "principle";
    case EntityType::indicator:
      return "indicator";
    case EntityType::rule:
      return "rule";
  }
  return "id";
}

IdIndex::IdIndex(const Model& model) {
  for (std::size_t i = 0; i < model.nodes.size(); ++i) {
    const Node& n = model.nodes[i];
    entities_.push_back({n.id, EntityType::node, n.kind, n.title, n.range, i});
  }
  for (std::size_t i = 0; i < model.priorities.size(); ++i) {
    const Priority& p = model.priorities[i];
    entities_.push_back({p.id, EntityType::priority, Kind::input, p.title, p.range, i});
  }
  for (std::size_t i = 0; i < model.principles.size(); ++i) {
    const Principle& p = model.principles[i];
    entities_.push_back({p.id, EntityType::principle, Kind::input, p.title, p.range, i});
  }
  for (std::size_t i = 0; i < model.indicators.size(); ++i) {
    const Indicator& d = model.indicators[i];
    entities_.push_back({d.id, EntityType::indicator, Kind::input, d.title, d.range, i});
  }
  for (std::size_t i = 0; i < model.rules.size(); ++i) {
    const Rule& r = model.rules[i];
    entities_.push_back({r.id, EntityType::rule, Kind::input, r.title, r.range, i});
  }
  std::set<std::tuple<FileId, std::uint32_t, std::uint32_t>> seen;
  const auto add = [&](std::string_view id, const SourceRange& range, bool definition) {
    if (!range.known() || !seen.insert({range.file, range.line, range.column}).second) return;
    occurrences_.push_back({id, range, definition});
  };
  for (const Entity& e : entities_) add(e.id, e.range, true);
  const auto refs = [&](const std::vector<Ref>& list) {
    for (const Ref& ref : list) add(ref.id, ref.range, false);
  };
  for (const Node& n : model.nodes) {
    refs(n.leads_to);
    refs(n.priorities);
    refs(n.principles);
  }
  for (const Indicator& d : model.indicators) refs(d.measures);
  for (const Rule& r : model.rules) {
    refs(r.select.priorities);
    refs(r.select.principles);
    if (r.of) {
      refs(r.of->priorities);
      refs(r.of->principles);
    }
  }
  for (const Link& link : model.links) {
    add(link.from.id, link.from.range, false);
    add(link.to.id, link.to.range, false);
  }
}

const Entity* IdIndex::find(std::string_view id) const {
  const auto it = std::find_if(entities_.begin(), entities_.end(), [&](const Entity& e) { return e.id == id; });
  return it == entities_.end() ? nullptr : &*it;
}

const Occurrence* IdIndex::at(FileId file, std::uint32_t line, std::uint32_t column) const {
  for (const Occurrence& o : occurrences_) {
    const SourceRange& r = o.range;
    if (r.file == file && r.line == line && r.end_line == line && column >= r.column && column <= r.end_column)
      return &o;
  }
  return nullptr;
}

std::vector<Occurrence> IdIndex::occurrences(std::string_view id) const {
  std::vector<Occurrence> found;
  for (const Occurrence& o : occurrences_) {
    if (o.id == id) found.push_back(o);
  }
  std::stable_partition(found.begin(), found.end(), [](const Occurrence& o) { return o.definition; });
  return found;
}

SourceRange id_span(const SourceRange& range, std::string_view line_text) {
  if (range.line != range.end_line || range.end_column <= range.column) return range;
  SourceRange span = range;
  const std::size_t begin = byte_offset(line_text, range.column - 1);
  const std::size_t end = byte_offset(line_text, range.end_column);
  const std::string_view written = line_text.substr(begin, end - begin);
  if (written.size() >= 2 && (written.front() == '"' || written.front() == '\'') && written.back() == written.front()) {
    ++span.column;
    --span.end_column;
    // A reference written with its model's prefix, "<model-id>:<id>": the id is after the colon.
    const std::size_t colon = written.find(':');
    if (colon != std::string_view::npos) span.column = range.column + static_cast<std::uint32_t>(colon) + 1;
  }
  return span;
}

std::optional<IdSlot> id_slot(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  enum class Quote { none, basic, literal, multi_basic, multi_literal } quote = Quote::none;
  std::string_view key;
  std::vector<char> brackets;
  bool line_start = true;
  for (std::size_t i = 0; i < offset; ++i) {
    const char c = text[i];
    switch (quote) {
      case Quote::basic:
        if (c == '\\') ++i;
        if (c == '"' || c == '\n') quote = Quote::none;
        continue;
      case Quote::literal:
        if (c == '\'' || c == '\n') quote = Quote::none;
        continue;
      case Quote::multi_basic:
      case Quote::multi_literal: {
        const std::string_view close = quote == Quote::multi_basic ? "\"\"\"" : "'''";
        if (c == '\\' && quote == Quote::multi_basic) ++i;
        if (text.substr(i, 3) == close) {
          quote = Quote::none;
          i += 2;
        }
        continue;
      }
      case Quote::none:
        break;
    }
    if (c == '\n') {
      line_start = true;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r') continue;
    const bool first_on_line = line_start;
    line_start = false;
    if (c == '#' || (c == '[' && first_on_line && brackets.empty())) {
      // A comment or a table header: nothing to complete inside it; a header starts a new table.
      const std::size_t eol = text.find('\n', i);
      if (eol == std::string_view::npos || eol >= offset) return std::nullopt;
      if (c == '[') key = {};
      i = eol - 1;
      continue;
    }
    if (c == '"' || c == '\'') {
      const bool triple = text.substr(i, 3) == std::string_view(c == '"' ? "\"\"\"" : "'''");
      quote =
          c == '"' ? (triple ? Quote::multi_basic : Quote::basic) : (triple ? Quote::multi_literal : Quote::literal);
      if (triple) i += 2;
      continue;
    }
    if (c == '[' || c == '{') {
      brackets.push_back(c);
    } else if (c == ']' || c == '}') {
      if (!brackets.empty()) brackets.pop_back();
    } else if (is_id_char(c)) {
      std::size_t end = i;
      while (end < text.size() && is_id_char(text[end])) ++end;
      std::size_t next = end;
      while (next < text.size() && (text[next] == ' ' || text[next] == '\t')) ++next;
      if (next < offset && text[next] == '=') key = text.substr(i, end - i);
      i = end - 1;
    }
  }
  if (quote != Quote::none && quote != Quote::basic && quote != Quote::literal) return std::nullopt;
  IdSlot slot;
  slot.types = types_for(key);
  if (slot.types.empty()) return std::nullopt;
  slot.in_string = quote != Quote::none;
  slot.word_start = offset;
  while (slot.word_start > 0 && is_id_char(text[slot.word_start - 1])) --slot.word_start;
  slot.word_end = offset;
  while (slot.word_end < text.size() && is_id_char(text[slot.word_end])) ++slot.word_end;
  if (!slot.in_string) {
    // Outside quotes only where a value starts: after '=', or after '[' or ',' in a list.
    std::size_t before = slot.word_start;
    while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '\t')) --before;
    const char previous = before > 0 ? text[before - 1] : '\0';
    const bool in_list = !brackets.empty() && brackets.back() == '[';
    if (!(previous == '=' || (in_list && (previous == '[' || previous == ',')))) return std::nullopt;
  }
  return slot;
}

}  // namespace toc::lsp
