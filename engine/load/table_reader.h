// Typed, located reads of one TOML table; whatever the decoder never asks for is an unknown key.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <toml++/toml.h>
#include <boost/container/small_vector.hpp>

#include "base/diagnostic.h"
#include "model/model.h"

namespace toc {

/// Converts toml++'s region of `file` into our SourceRange.
SourceRange to_range(const toml::source_region& region, FileId file);

/// What kind of value a decoder asked a key for: the shape the format allows there.
enum class ReadKind : std::uint8_t {
  text,     ///< a string
  texts,    ///< a string or a list of strings (ids, tags, includes)
  id,       ///< one id, as a string
  date,     ///< a TOML date
  boolean,  ///< true or false
  scalar,   ///< a number or a string
  table,    ///< an inline or standard table
  choice,   ///< one of a fixed set of strings
  number,   ///< an integer or a float
  tables,   ///< an array of tables, e.g. targets = [{ value = 1, date = 2025-03-31 }, ...]
};

/// One key as a decoder read it.
struct KeyRead {
  ReadKind kind = ReadKind::text;
  bool required = false;
  std::vector<std::string> choices;  ///< for ReadKind::choice, the allowed values in order
};

/// The keys read from each table while a `ReadRecorder` was alive, keyed by the table read.
/// This is the format's vocabulary as the code has it (see vocabulary.h), for tools and tests
/// that compare it with the JSON Schema editors use.
class ReadRecorder {
 public:
  /// Starts recording the reads of every TableReader on this thread until destroyed.
  /// Recording is scoped rather than passed in so the decoders stay unchanged by it.
  ReadRecorder();
  ~ReadRecorder();
  ReadRecorder(const ReadRecorder&) = delete;
  ReadRecorder& operator=(const ReadRecorder&) = delete;

  /// Per table read, the keys asked for; the first read of a key describes it.
  std::map<const toml::table*, std::map<std::string, KeyRead, std::less<>>> tables;

 private:
  ReadRecorder* outer_;  ///< the recorder this one replaced, restored on destruction
};

/// Reads fields of one table and reports wrong-type, missing-field, bad-value and limit.
/// `finish()` reports every key no read asked about as unknown-key, suggesting the nearest
/// known one: the keys a decoder reads are, by construction, the keys the format allows.
class TableReader {
 public:
  /// `what` names the table in messages, e.g. "activity 'training'"; it is only called when
  /// there is something to report, so reading a large valid model formats no names.
  TableReader(const toml::table& table, FileId file, Diagnostics& diagnostics, std::function<std::string()> what);

  /// A string field; "" when absent.
  std::string text(std::string_view key, bool required = false);
  /// A string or an array of strings.
  std::vector<std::string> texts(std::string_view key);
  /// Ids referenced by a string or an array of strings, each with its range.
  std::vector<Ref> refs(std::string_view key, bool required = false);
  /// A single id reference.
  Ref ref(std::string_view key, bool required = false);
  std::optional<Date> date(std::string_view key, SourceRange* range = nullptr, bool required = false);
  bool boolean(std::string_view key);
  /// A number or string kept as text (used for baseline and target values).
  std::string scalar(std::string_view key, bool required, SourceRange* range);
  /// An integer or a float; nothing when absent or of another type (reported).
  std::optional<double> number(std::string_view key, SourceRange* range = nullptr, bool required = false);
  /// An array of tables; each item that is not a table is reported and left out.
  std::vector<const toml::table*> tables(std::string_view key, std::string_view example);
  /// An inline or standard table; `example` shows one in messages.
  const toml::table* table(std::string_view key, bool required = false,
                           std::string_view example = "{ value = 40, date = 2025-04-01 }");

  /// One of `options` by name; `fallback` when absent or invalid.
  template <typename Enum>
  Enum choice(std::string_view key, std::initializer_list<std::pair<std::string_view, Enum>> options, Enum fallback,
              bool required = false) {
    std::vector<std::string_view> names;
    for (const auto& [name, option] : options) names.push_back(name);
    record(key, ReadKind::choice, required, names);
    if (required && !peek(key)) {
      find(key, true, fmt::format("\"{}\"", fmt::join(names, "\" or \"")));
      return fallback;
    }
    const std::string value = text(key);
    if (value.empty()) return fallback;
    for (const auto& [name, option] : options) {
      if (name == value) return option;
    }
    bad_choice(key, value, names);
    return fallback;
  }

  /// The range of the table itself (its header or inline braces).
  SourceRange range() const;
  std::string what() const { return what_(); }

  /// Reports unknown keys; call once after all reads.
  void finish();

 private:
  /// The node at `key`, or nullptr; when required and absent, reports missing-field with
  /// `example` as the value to add, e.g. "\"...\"".
  const toml::node* find(std::string_view key, bool required, std::string_view example = "...");
  /// Tells the thread's ReadRecorder, if any, that `key` was read as `kind`.
  void record(std::string_view key, ReadKind kind, bool required, const std::vector<std::string_view>& choices = {});
  /// Reports `node` at `key` as not `expected`; `help` says how to write it ("write it in quotes: title = \"3\"").
  void wrong_type(std::string_view key, const toml::node& node, std::string_view expected, std::string help);
  void bad_choice(std::string_view key, const std::string& value, const std::vector<std::string_view>& names);
  /// refs() and texts(): `ids` says whether the strings are ids, for the help.
  std::vector<Ref> strings(std::string_view key, bool required, bool ids);
  bool within_limit(std::string_view key, const toml::node& node, std::size_t size, std::size_t limit);

  const toml::table& table_;
  FileId file_;
  Diagnostics& diagnostics_;
  std::function<std::string()> what_;
  /// One of the table's own keys, and whether a read asked for it.
  struct Field {
    const toml::key* key;
    const toml::node* node;
    bool read = false;
  };
  /// The node at `key`, or nullptr, without marking anything as read.
  const toml::node* peek(std::string_view key) const;

  // Tables hold a dozen keys at most: a linear scan of an inline array beats a tree lookup,
  // and nothing is allocated per table.
  boost::container::small_vector<Field, 16> fields_;
  boost::container::small_vector<std::string_view, 16> known_;  ///< the keys asked for
};

/// "a string", "an integer", ... for messages.
std::string_view describe_type(const toml::node& node);

/// A scalar as it is written in TOML without quotes ("3", "true", "2025-01-01"), a string as it
/// is; "" for an array or a table. For help that shows the value written the right way.
std::string plain_text(const toml::node& node);

}  // namespace toc
