// The model format's vocabulary as the decoder has it: which tables exist, and which keys each
// is read for, found by decoding a probe document through a ReadRecorder. There is no second
// list to keep: tests compare this with schema/toc-model.schema.json, which editors use.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "load/table_reader.h"

namespace toc {

/// How a top-level table is written.
enum class TableShape {
  single,  ///< [strategy]
  by_id,   ///< [activity.<id>]
  array,   ///< [[link]]
};

struct TopLevelTable {
  std::string name;
  TableShape shape = TableShape::by_id;
};

/// The top-level tables the decoder accepts, as its help for an unknown table lists them to users.
std::vector<TopLevelTable> decoder_tables();

/// The keys of one kind of table, by name.
using TableVocabulary = std::map<std::string, KeyRead, std::less<>>;

/// The key under which a table that takes any key records what each value may be: [checks],
/// whose keys are check codes (validated by the check stage against its registry, not here).
inline constexpr std::string_view any_key = "*";

/// Every kind of table, named by where it sits: "strategy", "activity", "link",
/// "indicator.baseline" (a table inside each [indicator.<id>]), "rule.select", "checks".
/// [checks] is read without a TableReader; its one entry is any_key, a choice of "error",
/// "warning" or "off".
using Vocabulary = std::map<std::string, TableVocabulary, std::less<>>;

/// Decodes a document with one empty table of every kind (and, found by repeating, every
/// sub-table a decoder asks for) and returns what the decoders read.
Vocabulary decoder_vocabulary();

/// "text", "date", ... for messages about a key's kind.
std::string_view to_string(ReadKind kind);

}  // namespace toc
