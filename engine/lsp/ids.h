// Where each id of a model is defined and referred to, and what the text around a position
// asks for: what go-to-definition, references, hover, rename and completion work from.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/model.h"

namespace toc::lsp {

/// What an id names.
enum class EntityType : std::uint8_t { node, priority, principle, indicator, rule };

/// An entity with an id: its type, its node kind (nodes only), its title and its definition.
struct Entity {
  std::string_view id;
  EntityType type = EntityType::node;
  Kind kind = Kind::input;
  std::string_view title;
  SourceRange range;      ///< the id in the table header
  std::size_t index = 0;  ///< into the Model's vector of that type
};

/// "activity", "priority", "indicator", ...
std::string_view describe(const Entity& entity);

/// One place an id is written: its definition (a table header) or a reference.
struct Occurrence {
  std::string_view id;
  SourceRange range;  ///< as the model has it: a reference's range includes its quotes
  bool definition = false;
};

/// Every id of `model` and every place it is written.
class IdIndex {
 public:
  explicit IdIndex(const Model& model);

  const Entity* find(std::string_view id) const;
  const std::vector<Entity>& entities() const { return entities_; }
  /// The occurrence under code point column `column` (1-based) of line `line` of `file`.
  const Occurrence* at(FileId file, std::uint32_t line, std::uint32_t column) const;
  /// Every occurrence of `id`, its definition first.
  std::vector<Occurrence> occurrences(std::string_view id) const;

 private:
  std::vector<Entity> entities_;
  std::vector<Occurrence> occurrences_;
};

/// The range of the id itself inside `range` of `text`: without the quotes around a reference.
SourceRange id_span(const SourceRange& range, std::string_view line_text);

/// What an id written at a position of a document's text may name, judged from the text alone
/// (the model may not parse while the author types).
struct IdSlot {
  std::vector<EntityType> types;  ///< what fits, e.g. {node} in leads_to, {priority} in priority
  bool in_string = false;         ///< inside quotes: complete the bare id, else insert it quoted
  std::size_t word_start = 0;     ///< byte offsets of the id-like word around the position
  std::size_t word_end = 0;
};

/// The id slot at byte `offset` of `text`: inside (or right at) the value of leads_to, measures,
/// priority, principles, principle, from or to. Nothing elsewhere, in comments and table headers.
std::optional<IdSlot> id_slot(std::string_view text, std::size_t offset);

}  // namespace toc::lsp
