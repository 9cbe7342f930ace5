#include "pipeline/vocabulary.h"

#include <regex>

#include "load/decode.h"

namespace toc {

namespace {

/// A top-level name no table is near, so the decoder's help lists every table instead of
/// suggesting one.
constexpr std::string_view unknown_table = "zzzzzzzzzzzzzzzzzzzz";
/// The id of the one entry of each [<kind>.<id>] table in the probe document.
constexpr std::string_view probe_id = "probe";
/// Sub-tables nest no deeper than this; the bound only stops a decoder that always wants more.
constexpr int max_rounds = 8;

/// Parses the help's "[strategy], [priority.*], …, [[link]] and [checks]".
std::vector<TopLevelTable> parse_tables(const std::string& help) {
  static const std::regex token(R"(\[\[([A-Za-z_-]+)\]\]|\[([A-Za-z_-]+)\.\*\]|\[([A-Za-z_-]+)\])");
  std::vector<TopLevelTable> tables;
  for (auto it = std::sregex_iterator(help.begin(), help.end(), token); it != std::sregex_iterator(); ++it) {
    const std::smatch& m = *it;
    if (m[1].matched) tables.push_back({m[1].str(), TableShape::array});
    if (m[2].matched) tables.push_back({m[2].str(), TableShape::by_id});
    if (m[3].matched) tables.push_back({m[3].str(), TableShape::single});
  }
  return tables;
}

/// The document with one empty table of every top-level kind.
toml::table probe_document(const std::vector<TopLevelTable>& tables) {
  toml::table document;
  for (const TopLevelTable& table : tables) {
    switch (table.shape) {
      case TableShape::single:
        document.insert(table.name, toml::table{});
        break;
      case TableShape::by_id:
        document.insert(table.name, toml::table{{probe_id, toml::table{}}});
        break;
      case TableShape::array:
        document.insert(table.name, toml::array{toml::table{}});
        break;
    }
  }
  return document;
}

/// The table a decoder reads for `table` at the top level of `document`.
const toml::table* entry_of(const toml::table& document, const TopLevelTable& table) {
  const toml::node* node = document.get(table.name);
  switch (table.shape) {
    case TableShape::single:
      return node->as_table();
    case TableShape::by_id:
      return node->as_table()->get_as<toml::table>(probe_id);
    case TableShape::array:
      return node->as_array()->get_as<toml::table>(0);
  }
  return nullptr;
}

/// Adds what was read from `table` (and the tables inside it) to `vocabulary` under `path`.
void collect(const toml::table& table, const std::string& path, const ReadRecorder& recorder, Vocabulary& vocabulary) {
  const auto read = recorder.tables.find(&table);
  if (read != recorder.tables.end()) vocabulary[path].insert(read->second.begin(), read->second.end());
  for (const auto& [key, node] : table) {
    const std::string inner_path = path + "." + std::string(key.str());
    if (const auto* inner = node.as_table()) collect(*inner, inner_path, recorder, vocabulary);
    if (const auto* items = node.as_array()) {
      for (const toml::node& item : *items) {
        if (const auto* inner = item.as_table()) collect(*inner, inner_path, recorder, vocabulary);
      }
    }
  }
}

/// Gives every sub-table a decoder asked for and did not find an empty one; false when none was missing.
bool add_missing_tables(const ReadRecorder& recorder) {
  bool added = false;
  for (const auto& [table, keys] : recorder.tables) {
    for (const auto& [key, read] : keys) {
      if ((read.kind != ReadKind::table && read.kind != ReadKind::tables) || table->contains(key)) continue;
      // The recorded tables are the probe document's own, which decoder_vocabulary owns and may change.
      auto* probe = const_cast<toml::table*>(table);
      if (read.kind == ReadKind::table)
        probe->insert(key, toml::table{});
      else
        probe->insert(key, toml::array{toml::table{}});
      added = true;
    }
  }
  return added;
}

/// [checks] is read key by key, not through a TableReader, and takes any key: the check stage
/// validates the codes against its registry.
TableVocabulary check_settings_vocabulary() {
  const std::vector<std::string_view>& settings = check_settings();
  return {{std::string(any_key), KeyRead{ReadKind::choice, false, {settings.begin(), settings.end()}}}};
}

}  // namespace

std::vector<TopLevelTable> decoder_tables() {
  toml::table document{{unknown_table, toml::table{}}};
  Model model;
  Diagnostics diagnostics;
  decode_file(document, 0, false, model, diagnostics);
  for (const Diagnostic& diagnostic : diagnostics.all()) {
    if (diagnostic.code == "unknown-key") return parse_tables(diagnostic.help);
  }
  return {};
}

Vocabulary decoder_vocabulary() {
  const std::vector<TopLevelTable> tables = decoder_tables();
  toml::table document = probe_document(tables);
  for (int round = 0; round < max_rounds; ++round) {
    ReadRecorder recorder;
    Model model;
    Diagnostics diagnostics;  // an empty table is full of missing fields: not the point here
    decode_file(document, 0, true, model, diagnostics);
    if (add_missing_tables(recorder) && round + 1 < max_rounds) continue;
    Vocabulary vocabulary;
    for (const TopLevelTable& table : tables) {
      if (const toml::table* entry = entry_of(document, table)) collect(*entry, table.name, recorder, vocabulary);
    }
    vocabulary["checks"] = check_settings_vocabulary();
    return vocabulary;
  }
  return {};
}

std::string_view to_string(ReadKind kind) {
  switch (kind) {
    case ReadKind::text:
      return "text";
    case ReadKind::texts:
      return "text or list of texts";
    case ReadKind::id:
      return "id";
    case ReadKind::date:
      return "date";
    case ReadKind::boolean:
      return "boolean";
    case ReadKind::scalar:
      return "number or text";
    case ReadKind::table:
      return "table";
    case ReadKind::choice:
      return "choice";
    case ReadKind::number:
      return "number";
    case ReadKind::tables:
      return "list of tables";
  }
  return "?";
}

}  // namespace toc
