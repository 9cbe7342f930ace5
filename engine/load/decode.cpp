#include "load/decode.h"

#include <algorithm>
#include <cctype>
#include <functional>

#include <fmt/format.h>

#include "base/limits.h"
#include "base/suggest.h"
#include "load/decode_measure.h"
#include "load/decode_rule.h"
#include "load/table_reader.h"

namespace toc {

namespace {

bool check_id(const toml::key& key, FileId file, Diagnostics& diagnostics) {
  const std::string_view id = key.str();
  const SourceRange range = to_range(key.source(), file);
  if (!is_valid_id(id)) {
    diagnostics.error("bad-id", range, fmt::format("'{}' is not a valid id", id),
                      "ids use letters, digits, '-' and '_' only, e.g. 'peer-review'");
    return false;
  }
  if (id.size() > limits::max_id_length) {
    diagnostics.error("bad-id", range,
                      fmt::format("id '{}…' is {} characters long, more than the limit of {}", id.substr(0, 20),
                                  id.size(), limits::max_id_length));
    return false;
  }
  return true;
}

void decode_node(Kind kind, const toml::key& key, const toml::table& table, FileId file, Model& model,
                 Diagnostics& diagnostics) {
  Node node;
  node.id = key.str();
  node.kind = kind;
  node.range = to_range(key.source(), file);
  TableReader read(table, file, diagnostics, [&] { return fmt::format("{} '{}'", to_string(kind), key.str()); });
  node.title = read.text("title", true);
  node.description = read.text("description");
  node.owner = read.text("owner");
  node.tags = read.texts("tags");
  node.leads_to = read.refs("leads_to");
  if (kind == Kind::outcome) {
    node.term =
        read.choice("term", {{"short", Term::short_term}, {"medium", Term::medium_term}, {"long", Term::long_term}},
                    Term::none, true);
  }
  if (kind == Kind::activity || kind == Kind::outcome) {
    node.priorities = read.refs("priority");
    node.prevention = read.choice(
        "prevention",
        {{"primary", Prevention::primary}, {"secondary", Prevention::secondary}, {"tertiary", Prevention::tertiary}},
        Prevention::none);
  }
  if (kind == Kind::activity) node.principles = read.refs("principles");
  read.finish();
  model.nodes.push_back(std::move(node));
}

/// Decodes a [<what>.<id>] table that has a title and a description; `more` reads the rest.
template <typename Entity, typename More>
void decode_titled(std::string_view what, const toml::key& key, const toml::table& table, FileId file,
                   Diagnostics& diagnostics, std::vector<Entity>& into, const More& more) {
  Entity entity;
  entity.id = key.str();
  entity.range = to_range(key.source(), file);
  TableReader read(table, file, diagnostics, [&] { return fmt::format("{} '{}'", what, key.str()); });
  entity.title = read.text("title", true);
  entity.description = read.text("description");
  more(read, entity);
  read.finish();
  into.push_back(std::move(entity));
}

Measurement decode_measurement(TableReader& parent, std::string_view key, FileId file, Diagnostics& diagnostics) {
  Measurement measurement;
  const toml::table* table = parent.table(key);
  if (!table) return measurement;
  TableReader read(*table, file, diagnostics, [&] { return fmt::format("the {} of {}", key, parent.what()); });
  measurement.present = true;
  measurement.range = read.range();
  measurement.value = read.scalar("value", true, nullptr);
  measurement.date = read.date("date", &measurement.date_range);
  read.finish();
  return measurement;
}

void decode_indicator(const toml::key& key, const toml::table& table, FileId file, Model& model,
                      Diagnostics& diagnostics) {
  Indicator indicator;
  indicator.id = key.str();
  indicator.range = to_range(key.source(), file);
  TableReader read(table, file, diagnostics, [&] { return fmt::format("indicator '{}'", key.str()); });
  indicator.title = read.text("title", true);
  indicator.measures = read.refs("measures", true);
  indicator.description = read.text("description");
  indicator.unit = read.text("unit");
  indicator.baseline = decode_measurement(read, "baseline", file, diagnostics);
  indicator.target = decode_measurement(read, "target", file, diagnostics);
  indicator.source = read.text("source");
  indicator.frequency = read.text("frequency");
  indicator.owner = read.text("owner");
  indicator.direction =
      read.choice("direction", {{"increase", Direction::increase}, {"decrease", Direction::decrease}}, Direction::none);
  decode_judging(read, indicator, file, diagnostics);
  read.finish();
  model.indicators.push_back(std::move(indicator));
}

void decode_link(const toml::table& table, FileId file, Model& model, Diagnostics& diagnostics) {
  Link link;
  link.range = to_range(table.source(), file);
  TableReader read(table, file, diagnostics, [&] { return fmt::format("the [[link]] at line {}", link.range.line); });
  link.from = read.ref("from", true);
  link.to = read.ref("to", true);
  link.assumption = read.text("assumption");
  link.evidence = read.text("evidence");
  link.strength = read.choice("strength",
                              {{"strong", Strength::strong},
                               {"moderate", Strength::moderate},
                               {"emerging", Strength::emerging},
                               {"none", Strength::none}},
                              Strength::unspecified);
  link.feedback = read.boolean("feedback");
  read.finish();
  if (!link.from.id.empty() && !link.to.id.empty()) model.links.push_back(std::move(link));
}

}  // namespace

const std::vector<std::string_view>& check_settings() {
  static const std::vector<std::string_view> settings = {"error", "warning", "off"};
  return settings;
}

void decode_checks(const toml::table& table, FileId file, std::map<std::string, CheckOverride, std::less<>>& checks,
                   Diagnostics& diagnostics) {
  // The codes themselves are validated by the check stage, which owns the list of checks.
  const std::vector<std::string_view>& settings = check_settings();
  for (const auto& [key, node] : table) {
    const auto* value = node.as_string();
    const SourceRange range = to_range(node.source(), file);
    const std::string_view setting = value ? std::string_view(value->get()) : std::string_view();
    const auto found = std::find(settings.begin(), settings.end(), setting);
    if (!value || found == settings.end()) {
      std::string help = value ? did_you_mean(setting, settings) : std::string();
      diagnostics.error(
          value ? "bad-value" : "wrong-type", range,
          value ? fmt::format("check '{}' is set to '{}', which is not 'error', 'warning' or 'off'", key.str(), setting)
                : fmt::format("check '{}' must be set to \"error\", \"warning\" or \"off\", found {}", key.str(),
                              describe_type(node)),
          help.empty() ? "use \"error\", \"warning\" or \"off\"" : help);
      continue;
    }
    const auto check_setting = static_cast<CheckSetting>(found - settings.begin());
    checks.insert_or_assign(std::string(key.str()), CheckOverride{check_setting, to_range(key.source(), file)});
  }
}

namespace {

std::vector<IncludeEntry> decode_strategy(const toml::table& table, FileId file, bool is_root, Model& model,
                                          Diagnostics& diagnostics) {
  TableReader read(table, file, diagnostics,
                   [is_root] { return std::string(is_root ? "[strategy]" : "the [strategy] of an included file"); });
  std::vector<IncludeEntry> includes;
  for (Ref& ref : read.refs("include")) includes.push_back({std::move(ref.id), ref.range});
  if (!is_root) {
    // An included file may only pull in more files; everything else about the strategy is said once.
    read.finish();
    return includes;
  }
  Strategy& strategy = model.strategy;
  strategy.range = read.range();
  strategy.id = read.text("id", true);
  if (!strategy.id.empty() && !is_valid_id(strategy.id)) {
    diagnostics.error("bad-id", strategy.range, fmt::format("'{}' is not a valid model id", strategy.id),
                      "ids use letters, digits, '-' and '_' only; other models refer to this one as '<id>:<node-id>'");
  }
  strategy.title = read.text("title", true);
  strategy.description = read.text("description");
  strategy.vision = read.text("vision");
  strategy.owner = read.text("owner");
  SourceRange end_range;
  strategy.start = read.date("start");
  strategy.end = read.date("end", &end_range);
  strategy.measurements = read.refs("measurements");
  if (strategy.start && strategy.end && *strategy.end < *strategy.start) {
    diagnostics.error("bad-value", end_range,
                      fmt::format("the strategy ends ({}) before it starts ({})", to_string(*strategy.end),
                                  to_string(*strategy.start)));
  }
  read.finish();
  return includes;
}

/// Decodes every [<kind>.<id>] table under `kinds` with `decoder`.
void decode_entries(std::string_view name, const toml::node& kinds, FileId file, Diagnostics& diagnostics,
                    const std::function<void(const toml::key&, const toml::table&)>& decoder) {
  const auto* table = kinds.as_table();
  if (!table) {
    diagnostics.error(
        "wrong-type", to_range(kinds.source(), file),
        fmt::format("'{}' must hold tables like [{}.some-id], found {}", name, name, describe_type(kinds)),
        fmt::format("write each {} as a table of its own: [{}.<id>] with its keys below", name, name));
    return;
  }
  for (const auto& [key, node] : *table) {
    if (!check_id(key, file, diagnostics)) continue;
    const auto* entry = node.as_table();
    if (!entry) {
      diagnostics.error("wrong-type", to_range(key.source(), file),
                        fmt::format("'{}.{}' must be a table like [{}.{}], found {}", name, key.str(), name, key.str(),
                                    describe_type(node)),
                        fmt::format("did you mean to put '{}' inside a [{}.<id>] table?", key.str(), name));
      continue;
    }
    decoder(key, *entry);
  }
}

/// Makes room for `extra` more items, growing geometrically so many files stay linear.
template <typename T>
void make_room(std::vector<T>& items, std::size_t extra) {
  const std::size_t needed = items.size() + extra;
  if (needed > items.capacity()) items.reserve(std::max(needed, items.capacity() * 2));
}

/// Reserves the model's vectors for what `document` declares, so 100k nodes are not moved
/// again and again as the vectors grow.
void reserve_for(const toml::table& document, Model& model) {
  std::size_t nodes = 0;
  for (const Kind kind : all_kinds) {
    if (const auto* table = document.get_as<toml::table>(to_string(kind))) nodes += table->size();
  }
  make_room(model.nodes, nodes);
  if (const auto* links = document.get_as<toml::array>("link")) make_room(model.links, links->size());
  if (const auto* indicators = document.get_as<toml::table>("indicator"))
    make_room(model.indicators, indicators->size());
}

}  // namespace

std::vector<IncludeEntry> decode_file(const toml::table& document, FileId file, bool is_root, Model& model,
                                      Diagnostics& diagnostics) {
  std::vector<IncludeEntry> includes;
  bool has_strategy = false;
  reserve_for(document, model);
  static const std::vector<std::string_view> top_level = {"strategy",  "priority", "principle", "input",
                                                          "activity",  "output",   "outcome",   "impact",
                                                          "indicator", "rule",     "link",      "checks"};
  for (const auto& [key, node] : document) {
    const std::string_view name = key.str();
    const auto as_kind =
        std::find_if(std::begin(all_kinds), std::end(all_kinds), [&](Kind kind) { return to_string(kind) == name; });
    if (as_kind != std::end(all_kinds)) {
      const Kind kind = *as_kind;
      decode_entries(name, node, file, diagnostics, [&](const toml::key& id, const toml::table& table) {
        decode_node(kind, id, table, file, model, diagnostics);
      });
    } else if (name == "priority") {
      decode_entries(name, node, file, diagnostics, [&](const toml::key& id, const toml::table& table) {
        decode_titled(name, id, table, file, diagnostics, model.priorities,
                      [](TableReader& read, Priority& priority) { priority.owner = read.text("owner"); });
      });
    } else if (name == "principle") {
      decode_entries(name, node, file, diagnostics, [&](const toml::key& id, const toml::table& table) {
        decode_titled(name, id, table, file, diagnostics, model.principles, [](TableReader&, Principle&) {});
      });
    } else if (name == "rule") {
      decode_entries(name, node, file, diagnostics, [&](const toml::key& id, const toml::table& table) {
        decode_rule(id, table, file, model, diagnostics);
      });
    } else if (name == "indicator") {
      decode_entries(name, node, file, diagnostics, [&](const toml::key& id, const toml::table& table) {
        decode_indicator(id, table, file, model, diagnostics);
      });
    } else if (name == "strategy" && node.is_table()) {
      has_strategy = true;
      includes = decode_strategy(*node.as_table(), file, is_root, model, diagnostics);
    } else if (name == "checks" && node.is_table()) {
      decode_checks(*node.as_table(), file, model.checks, diagnostics);
    } else if (name == "link" && node.is_array_of_tables()) {
      for (const toml::node& link : *node.as_array()) decode_link(*link.as_table(), file, model, diagnostics);
    } else if (name == "strategy" || name == "checks" || name == "link") {
      diagnostics.error(
          "wrong-type", to_range(node.source(), file),
          fmt::format("'{}' must be {}, found {}", name,
                      name == "link" ? "an array of tables ([[link]])" : fmt::format("a table ([{}])", name),
                      describe_type(node)),
          name == "link"
              ? std::string("write each arrow as a table: [[link]] with from = \"<id>\" and to = \"<id>\" below")
              : fmt::format("write it as a table: [{}] with its keys below", name));
    } else {
      std::string help = did_you_mean(name, top_level);
      diagnostics.error("unknown-key", to_range(key.source(), file), fmt::format("unknown table '{}'", name),
                        help.empty()
                            ? "a model holds [strategy], [priority.*], [principle.*], [input.*], [activity.*], "
                              "[output.*], [outcome.*], [impact.*], [indicator.*], [rule.*], [[link]] and "
                              "[checks]"
                            : help);
    }
  }
  if (is_root && !has_strategy) {
    diagnostics.error("missing-field", SourceRange{file, 1, 1, 1, 1}, "the model has no [strategy] table",
                      "start the file with [strategy], then id = \"...\" and title = \"...\"");
  }
  return includes;
}

}  // namespace toc
