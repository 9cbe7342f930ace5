#include "load/table_reader.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/limits.h"
#include "base/suggest.h"

namespace toc {

SourceRange to_range(const toml::source_region& region, FileId file) {
  return {file, region.begin.line, region.begin.column, region.end.line,
          region.end.column > 0 ? region.end.column - 1 : region.end.column};
}

namespace {
/// The recorder in force on this thread, or nullptr (the usual case: nothing is recorded).
thread_local ReadRecorder* recorder = nullptr;
}  // namespace

ReadRecorder::ReadRecorder() : outer_(recorder) { recorder = this; }
ReadRecorder::~ReadRecorder() { recorder = outer_; }

void TableReader::record(std::string_view key, ReadKind kind, bool required,
                         const std::vector<std::string_view>& choices) {
  if (!recorder) return;
  auto& keys = recorder->tables[&table_];
  // The first read describes the key: choice() reads through text(), which must not overwrite it.
  if (keys.find(key) != keys.end()) return;
  keys.emplace(std::string(key), KeyRead{kind, required, {choices.begin(), choices.end()}});
}

std::string plain_text(const toml::node& node) {
  if (const auto* s = node.as_string()) return s->get();
  if (const auto* i = node.as_integer()) return fmt::format("{}", i->get());
  if (const auto* f = node.as_floating_point()) return fmt::format("{}", f->get());
  if (const auto* b = node.as_boolean()) return b->get() ? "true" : "false";
  if (const auto* d = node.as_date())
    return fmt::format("{:04}-{:02}-{:02}", d->get().year, d->get().month, d->get().day);
  return {};
}

std::string_view describe_type(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a number";
    case toml::node_type::boolean:
      return "a boolean";
    case toml::node_type::date:
      return "a date";
    case toml::node_type::time:
      return "a time";
    case toml::node_type::date_time:
      return "a date-time";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::table:
      return "a table";
    default:
      return "nothing";
  }
}

TableReader::TableReader(const toml::table& table, FileId file, Diagnostics& diagnostics,
                         std::function<std::string()> what)
    : table_(table), file_(file), diagnostics_(diagnostics), what_(std::move(what)) {
  for (const auto& [key, node] : table_) fields_.push_back({&key, &node});
}

const toml::node* TableReader::peek(std::string_view key) const {
  for (const Field& field : fields_) {
    if (field.key->str() == key) return field.node;
  }
  return nullptr;
}

SourceRange TableReader::range() const { return to_range(table_.source(), file_); }

const toml::node* TableReader::find(std::string_view key, bool required, std::string_view example) {
  known_.push_back(key);
  const toml::node* node = nullptr;
  for (Field& field : fields_) {
    if (field.key->str() == key) {
      field.read = true;
      node = field.node;
      break;
    }
  }
  if (!node && required) {
    diagnostics_.error("missing-field", range(), fmt::format("{} has no '{}'", what(), key),
                       fmt::format("add {} = {}", key, example));
  }
  return node;
}

void TableReader::wrong_type(std::string_view key, const toml::node& node, std::string_view expected,
                             std::string help) {
  diagnostics_.error("wrong-type", to_range(node.source(), file_),
                     fmt::format("'{}' of {} must be {}, found {}", key, what(), expected, describe_type(node)),
                     std::move(help));
}

void TableReader::bad_choice(std::string_view key, const std::string& value,
                             const std::vector<std::string_view>& names) {
  std::string listed;
  for (const auto name : names) listed += fmt::format("{}'{}'", listed.empty() ? "" : ", ", name);
  std::string help = did_you_mean(value, names);
  if (help.empty()) help = fmt::format("use one of {}", listed);
  diagnostics_.error("bad-value", to_range(peek(key)->source(), file_),
                     fmt::format("'{}' of {} is '{}', which is not one of {}", key, what(), value, listed), help);
}

bool TableReader::within_limit(std::string_view key, const toml::node& node, std::size_t size, std::size_t limit) {
  if (size <= limit) return true;
  diagnostics_.error("limit", to_range(node.source(), file_),
                     fmt::format("'{}' of {} has {} {}, more than the limit of {}", key, what(), size,
                                 node.is_array() ? "items" : "bytes", limit),
                     "see 'Limits' in docs/model-format.md");
  return false;
}

std::string TableReader::text(std::string_view key, bool required) {
  record(key, ReadKind::text, required);
  const toml::node* node = find(key, required, "\"...\"");
  if (!node) return {};
  const auto* value = node->as_string();
  if (!value) {
    const std::string plain = plain_text(*node);
    wrong_type(key, *node, "a string",
               fmt::format("write it in quotes: {} = \"{}\"", key, plain.empty() ? "..." : plain));
    return {};
  }
  if (!within_limit(key, *node, value->get().size(), limits::max_string_bytes)) return {};
  if (required && value->get().empty()) {
    diagnostics_.error("missing-field", to_range(node->source(), file_),
                       fmt::format("'{}' of {} is empty", key, what()));
  }
  return value->get();
}

std::vector<Ref> TableReader::refs(std::string_view key, bool required) { return strings(key, required, true); }

std::vector<Ref> TableReader::strings(std::string_view key, bool required, bool ids) {
  std::vector<Ref> result;
  record(key, ReadKind::texts, required);
  const toml::node* node = find(key, required, "[\"<id>\"]");
  if (!node) return result;
  if (const auto* single = node->as_string()) {
    result.push_back({single->get(), to_range(single->source(), file_)});
    return result;
  }
  const auto* array = node->as_array();
  if (!array) {
    wrong_type(key, *node, "an id or a list of ids",
               ids ? fmt::format("write ids in quotes: {} = [\"<id>\"]", key)
                   : fmt::format("write text in quotes: {} = [\"...\"]", key));
    return result;
  }
  if (!within_limit(key, *node, array->size(), limits::max_array_items)) return result;
  result.reserve(array->size());
  for (const toml::node& item : *array) {
    if (const auto* id = item.as_string()) {
      result.push_back({id->get(), to_range(id->source(), file_)});
    } else {
      const std::string plain = plain_text(item);
      diagnostics_.error("wrong-type", to_range(item.source(), file_),
                         fmt::format("'{}' of {} must hold only strings, found {}", key, what(), describe_type(item)),
                         fmt::format("write each {} in quotes: {} = [\"{}\"]", ids ? "id" : "item", key,
                                     plain.empty() ? "..." : plain));
    }
  }
  if (required && result.empty() && array->empty()) {
    diagnostics_.error("missing-field", to_range(node->source(), file_),
                       fmt::format("'{}' of {} is empty", key, what()));
  }
  return result;
}

std::vector<std::string> TableReader::texts(std::string_view key) {
  std::vector<std::string> result;
  for (Ref& ref : strings(key, false, false)) result.push_back(std::move(ref.id));
  return result;
}

Ref TableReader::ref(std::string_view key, bool required) {
  record(key, ReadKind::id, required);
  const toml::node* node = find(key, required, "\"<id>\"");
  if (!node) return {};
  const auto* id = node->as_string();
  if (!id) {
    wrong_type(key, *node, "an id (a string)", fmt::format("write the id in quotes: {} = \"<id>\"", key));
    return {};
  }
  return {id->get(), to_range(id->source(), file_)};
}

std::optional<Date> TableReader::date(std::string_view key, SourceRange* range, bool required) {
  record(key, ReadKind::date, required);
  const toml::node* node = find(key, required, "2025-03-31");
  if (!node) return std::nullopt;
  if (range) *range = to_range(node->source(), file_);
  const auto* value = node->as_date();
  if (!value) {
    const std::string plain = plain_text(*node);
    const bool dated = plain.size() == 10 && plain[4] == '-' && plain[7] == '-';
    wrong_type(key, *node, "a date like 2025-03-31 (no quotes)",
               fmt::format("write the date without quotes: {} = {}", key, dated ? plain : "2025-03-31"));
    return std::nullopt;
  }
  const toml::date& d = value->get();
  return Date{d.year, d.month, d.day};
}

bool TableReader::boolean(std::string_view key) {
  record(key, ReadKind::boolean, false);
  const toml::node* node = find(key, false);
  if (!node) return false;
  const auto* value = node->as_boolean();
  if (!value) {
    wrong_type(key, *node, "true or false (no quotes)",
               fmt::format("write true or false without quotes: {} = true", key));
    return false;
  }
  return value->get();
}

std::string TableReader::scalar(std::string_view key, bool required, SourceRange* range) {
  record(key, ReadKind::scalar, required);
  const toml::node* node = find(key, required);
  if (!node) return {};
  if (range) *range = to_range(node->source(), file_);
  if (const auto* s = node->as_string()) return s->get();
  if (const auto* i = node->as_integer()) return fmt::format("{}", i->get());
  if (const auto* f = node->as_floating_point()) return fmt::format("{}", f->get());
  wrong_type(key, *node, "a number or a string",
             fmt::format("write a number, or text in quotes: {0} = 40 or {0} = \"40%\"", key));
  return {};
}

std::optional<double> TableReader::number(std::string_view key, SourceRange* range, bool required) {
  record(key, ReadKind::number, required);
  const toml::node* node = find(key, required, "10");
  if (!node) return std::nullopt;
  if (range) *range = to_range(node->source(), file_);
  if (const auto* i = node->as_integer()) return static_cast<double>(i->get());
  if (const auto* f = node->as_floating_point()) return f->get();
  const auto* written = node->as_string();
  const bool numeric =
      written && !written->get().empty() && written->get().find_first_not_of("0123456789.-") == std::string::npos;
  wrong_type(key, *node, "a number (no quotes)",
             fmt::format("write the number without quotes: {} = {}", key, numeric ? written->get() : "10"));
  return std::nullopt;
}

std::vector<const toml::table*> TableReader::tables(std::string_view key, std::string_view example) {
  record(key, ReadKind::tables, false);
  std::vector<const toml::table*> result;
  const toml::node* node = find(key, false);
  if (!node) return result;
  const auto* array = node->as_array();
  if (!array) {
    wrong_type(key, *node, fmt::format("a list of tables like [{}]", example),
               fmt::format("write a list of tables: {} = [{}]", key, example));
    return result;
  }
  if (!within_limit(key, *node, array->size(), limits::max_array_items)) return result;
  for (const toml::node& item : *array) {
    if (const auto* table = item.as_table()) {
      result.push_back(table);
    } else {
      diagnostics_.error(
          "wrong-type", to_range(item.source(), file_),
          fmt::format("'{}' of {} must hold only tables like {}, found {}", key, what(), example, describe_type(item)),
          fmt::format("write each item as a table: {} = [{}]", key, example));
    }
  }
  return result;
}

const toml::table* TableReader::table(std::string_view key, bool required, std::string_view example) {
  record(key, ReadKind::table, required);
  const toml::node* node = find(key, required, example);
  if (!node) return nullptr;
  const auto* value = node->as_table();
  if (!value)
    wrong_type(key, *node, fmt::format("a table like {}", example),
               fmt::format("write a table: {} = {}", key, example));
  return value;
}

void TableReader::finish() {
  for (const Field& field : fields_) {
    if (field.read) continue;
    const toml::key& key = *field.key;
    diagnostics_.error("unknown-key", to_range(key.source(), file_),
                       fmt::format("unknown key '{}' in {}", key.str(), what()),
                       did_you_mean(key.str(), {known_.begin(), known_.end()}));
  }
}

}  // namespace toc
