// The language features of Server: completion, hover, definition, references, rename and
// code actions. Each works on the model as last analysed (open documents included).
#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "lsp/diagnostics.h"
#include "lsp/ids.h"
#include "lsp/params.h"
#include "lsp/server.h"
#include "lsp/uri.h"

namespace toc::lsp {

namespace {

constexpr int completion_kind_reference = 18;

std::string normal(std::string_view path) { return std::filesystem::path(path).lexically_normal().generic_string(); }

/// What is under a request's position: the id written there and the entity it names, if any.
struct Lookup {
  const Model& model;
  IdIndex index;
  const Occurrence* occurrence = nullptr;
  const Entity* entity = nullptr;
};

Lookup look_up(const Analysed& entry, const std::string& path, std::string_view text, Position position) {
  Lookup found{entry.analysis->model, IdIndex(entry.analysis->model)};
  const auto file = entry.files.find(path);
  if (file == entry.files.end()) return found;
  const LineIndex lines(text);
  found.occurrence =
      found.index.at(file->second, position.line + 1, code_point_column(lines.line(position.line), position.character));
  if (found.occurrence) found.entity = found.index.find(found.occurrence->id);
  return found;
}

Json location(const Model& model, const SourceRange& range, SourceLines& lines) {
  return Json{{"uri", path_to_uri(normal(model.sources.path(range.file)))}, {"range", lines.range(range)}};
}

/// "`a` (activity), `b` (output)", or "none".
std::string list_ids(const std::vector<const Entity*>& entities) {
  std::string text;
  for (const Entity* e : entities) text += fmt::format("{}`{}` ({})", text.empty() ? "" : ", ", e->id, describe(*e));
  return text.empty() ? "none" : text;
}

std::string hover_text(const Model& model, const IdIndex& index, const Entity& entity) {
  std::string text = fmt::format("**{}** `{}`", describe(entity), entity.id);
  if (!entity.title.empty()) text += fmt::format(" — {}", entity.title);
  if (entity.type == EntityType::node) {
    std::vector<const Entity*> from, to;
    for (const Link& link : model.links) {
      if (link.to.id == entity.id) {
        if (const Entity* e = index.find(link.from.id)) from.push_back(e);
      }
      if (link.from.id == entity.id) {
        if (const Entity* e = index.find(link.to.id)) to.push_back(e);
      }
    }
    text += fmt::format("\n\nled to by: {}\n\nleads to: {}", list_ids(from), list_ids(to));
  } else if (entity.type == EntityType::indicator) {
    std::vector<const Entity*> measured;
    for (const Ref& ref : model.indicators[entity.index].measures) {
      if (const Entity* e = index.find(ref.id)) measured.push_back(e);
    }
    text += fmt::format("\n\nmeasures: {}", list_ids(measured));
  }
  return text;
}

/// The UTF-16 column of byte `offset` of `line`.
std::uint32_t utf16_at(std::string_view line, std::size_t offset) {
  return utf16_units(line.substr(0, std::min(offset, line.size())), line.size());
}

bool before(const Json& a, const Json& b) {
  return std::pair(a.at("line").get<std::uint32_t>(), a.at("character").get<std::uint32_t>()) <
         std::pair(b.at("line").get<std::uint32_t>(), b.at("character").get<std::uint32_t>());
}

}  // namespace

Json Server::completion(const Json& params) {
  const std::string path = document_path(params);
  const Position position = position_of(params);
  Analysed& entry = analysed(path);
  const std::string_view text = text_of(entry, path);
  const LineIndex lines(text);
  const std::size_t offset = lines.offset(position);
  Json items = Json::array();
  const std::optional<IdSlot> slot = id_slot(text, offset);
  if (!slot) return Json{{"isIncomplete", false}, {"items", items}};
  const std::size_t line_start = lines.offset(Position{position.line, 0});
  const std::string_view line = lines.line(position.line);
  const Json range{{"start", to_lsp(Position{position.line, utf16_at(line, slot->word_start - line_start)})},
                   {"end", to_lsp(Position{position.line, utf16_at(line, slot->word_end - line_start)})}};
  const IdIndex index(entry.analysis->model);
  for (const Entity& e : index.entities()) {
    if (std::find(slot->types.begin(), slot->types.end(), e.type) == slot->types.end()) continue;
    const std::string id(e.id);
    items.push_back({{"label", id},
                     {"kind", completion_kind_reference},
                     {"detail", std::string(e.title)},
                     {"documentation", std::string(describe(e))},
                     {"filterText", id},
                     {"textEdit", {{"range", range}, {"newText", slot->in_string ? id : fmt::format("\"{}\"", id)}}}});
  }
  return Json{{"isIncomplete", false}, {"items", std::move(items)}};
}

Json Server::hover(const Json& params) {
  const std::string path = document_path(params);
  Analysed& entry = analysed(path);
  const Lookup at = look_up(entry, path, text_of(entry, path), position_of(params));
  if (!at.entity) return nullptr;
  SourceLines lines(at.model.sources);
  return Json{{"contents", {{"kind", "markdown"}, {"value", hover_text(at.model, at.index, *at.entity)}}},
              {"range", lines.range(at.occurrence->range)}};
}

Json Server::definition(const Json& params) {
  const std::string path = document_path(params);
  Analysed& entry = analysed(path);
  const Lookup at = look_up(entry, path, text_of(entry, path), position_of(params));
  if (!at.entity || !at.entity->range.known()) return nullptr;
  SourceLines lines(at.model.sources);
  return location(at.model, at.entity->range, lines);
}

Json Server::references(const Json& params) {
  const std::string path = document_path(params);
  Analysed& entry = analysed(path);
  const Lookup at = look_up(entry, path, text_of(entry, path), position_of(params));
  bool declaration = true;
  if (const auto context = params.find("context"); context != params.end() && context->is_object()) {
    declaration = context->value("includeDeclaration", true);
  }
  if (!at.occurrence) return nullptr;
  SourceLines lines(at.model.sources);
  Json found = Json::array();
  for (const Occurrence& o : at.index.occurrences(at.occurrence->id)) {
    if (declaration || !o.definition) found.push_back(location(at.model, o.range, lines));
  }
  return found;
}

Json Server::rename(const Json& params) {
  const std::string path = document_path(params);
  const std::string name = member(params, "newName", Json::value_t::string, "params").get<std::string>();
  Analysed& entry = analysed(path);
  const Lookup at = look_up(entry, path, text_of(entry, path), position_of(params));
  if (!at.occurrence) throw RequestFailed("there is no id here to rename");
  const Entity* entity = at.entity;
  if (!entity)
    throw RequestFailed(fmt::format("'{}' is not defined, so there is nothing to rename", at.occurrence->id));
  if (entry.analysis->incomplete) {
    throw RequestFailed("the model cannot be read whole (see its errors), so a rename could miss a file: fix it first");
  }
  if (!is_valid_id(name)) {
    throw RequestFailed(fmt::format("'{}' is not a valid id: use letters, digits, '-' and '_'", name));
  }
  if (const Entity* taken = at.index.find(name); taken && taken != entity) {
    throw RequestFailed(fmt::format("'{}' is already the id of {} '{}'", name, describe(*taken), name));
  }
  SourceLines lines(at.model.sources);
  Json changes = Json::object();
  for (const Occurrence& o : at.index.occurrences(entity->id)) {
    const SourceRange span = id_span(o.range, lines.of(o.range.file).line(o.range.line - 1));
    changes[path_to_uri(normal(at.model.sources.path(o.range.file)))].push_back(
        {{"range", lines.range(span)}, {"newText", name}});
  }
  return Json{{"changes", std::move(changes)}};
}

Json Server::code_action(const Json& params) {
  const std::string path = document_path(params);
  const Json& range = member(params, "range", Json::value_t::object, "params");
  const Json wanted_start =
      to_lsp(read_position(member(range, "start", Json::value_t::object, "params.range"), "params.range.start"));
  const Json wanted_end =
      to_lsp(read_position(member(range, "end", Json::value_t::object, "params.range"), "params.range.end"));
  Analysed& entry = analysed(path);
  Json actions = Json::array();
  const auto file = entry.files.find(path);
  if (file == entry.files.end()) return actions;
  const Model& model = entry.analysis->model;
  SourceLines lines(model.sources);
  const std::string uri = document_uri(params);
  for (const Diagnostic& diagnostic : entry.analysis->diagnostics.all()) {
    if (diagnostic.range.file != file->second || !diagnostic.range.known()) continue;
    const std::string suggestion = suggestion_of(diagnostic.help);
    if (suggestion.empty()) continue;
    Json lsp = to_lsp(diagnostic, lines);
    const Json& at = lsp["range"];
    if (before(wanted_end, at["start"]) || before(at["end"], wanted_start)) continue;
    // Keep the quotes of a quoted value: the range of "knowlege" includes them.
    const SourceRange& r = diagnostic.range;
    const std::string_view line = lines.of(r.file).line(r.line - 1);
    const std::size_t begin = byte_offset(line, r.column - 1);
    const std::string_view written = line.substr(begin, byte_offset(line, r.end_column) - begin);
    const bool quoted = r.line == r.end_line && written.size() >= 2 &&
                        (written.front() == '"' || written.front() == '\'') && written.back() == written.front();
    const std::string replacement = quoted ? fmt::format("{0}{1}{0}", written.front(), suggestion) : suggestion;
    Json edit{{"changes", {{uri, {{{"range", at}, {"newText", replacement}}}}}}};
    actions.push_back({{"title", fmt::format("Replace with '{}'", suggestion)},
                       {"kind", "quickfix"},
                       {"isPreferred", true},
                       {"diagnostics", {lsp}},
                       {"edit", std::move(edit)}});
  }
  return actions;
}

}  // namespace toc::lsp
