// Evaluating the [rule.*] tables a model declares: counts and shares of selected nodes, as data
// for the `rule` check, `toc check`'s summary, coverage and reports.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/model.h"

namespace toc {

/// One rule's figure on one model.
struct RuleResult {
  std::size_t rule = 0;         ///< index into Model::rules
  std::size_t selected = 0;     ///< nodes matching `select` (and `of`, when the rule has one)
  std::size_t of = 0;           ///< nodes matching `of`; 0 when the rule has none
  std::optional<double> share;  ///< selected / of; absent without `of` or when `of` selects nothing
  /// False when the model or graph stage reported the rule's definition as broken (no bound, a
  /// share without `of`, bounds the wrong way round, an unknown id): its figure means nothing.
  bool well_defined = true;
  bool holds = false;  ///< the figure is within every bound; never for a rule that is not well defined
};

/// Whether `node` meets every criterion of `selection`.
bool matches(const Selection& selection, const Node& node);

/// Every rule of `model`, in the model's order (by id within each file). A share bound does not hold when `of` selects
/// nothing (there is no share to speak of); a rule with a share bound but no `of` never holds.
std::vector<RuleResult> evaluate_rules(const Model& model);

/// The figure in words, e.g. "4 of 11 activities with primary, secondary or tertiary prevention
/// (36.4%) are activities with primary prevention", or "3 activities tagged 'aspirational'".
std::string describe_figure(const Model& model, const RuleResult& result);

/// What the rule asks for, e.g. "at least 50%" or "at least 2 and at most 5".
std::string describe_bounds(const Rule& rule);

/// A share as a percentage with at most one decimal: 0.5 → "50%", 4/11 → "36.4%".
std::string format_share(double share);

}  // namespace toc
