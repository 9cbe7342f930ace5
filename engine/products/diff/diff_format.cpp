#include "products/diff/diff_format.h"

#include <functional>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/escape.h"
#include "products/coverage/coverage_format.h"

namespace toc {

namespace {

struct Section {
  std::string_view key;
  std::string_view title;
};
constexpr Section sections[] = {
    {"nodes", "Nodes"}, {"links", "Links"}, {"indicators", "Indicators"}, {"findings", "Check findings"}};

/// How model text is escaped for the format being written (base/escape.h).
using Escape = std::function<std::string(std::string_view)>;

/// "+" added or introduced, "-" removed or resolved, "~" changed.
char sign(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::node_added:
    case ChangeKind::link_added:
    case ChangeKind::indicator_added:
    case ChangeKind::finding_introduced:
      return '+';
    case ChangeKind::node_removed:
    case ChangeKind::link_removed:
    case ChangeKind::indicator_removed:
    case ChangeKind::finding_resolved:
      return '-';
    default:
      return '~';
  }
}

/// How a change of one value reads: "<subject> <label>: <before> → <after>".
struct ValueChange {
  ChangeKind kind;
  std::string_view label;
  bool quoted;  ///< free text, shown in quotes; levels, ids, strengths and figures are not
};
constexpr ValueChange value_changes[] = {
    {ChangeKind::node_retitled, "retitled", true},
    {ChangeKind::node_moved_level, "moved level", false},
    {ChangeKind::node_moved_priority, "moved priority", false},
    {ChangeKind::assumption_changed, "assumption", true},
    {ChangeKind::evidence_changed, "evidence", true},
    {ChangeKind::strength_changed, "strength", false},
    {ChangeKind::baseline_changed, "baseline", false},
    {ChangeKind::target_changed, "target", false},
};

/// One change as a sentence, e.g. `outcome 'x' moved level: short-term outcome → medium-term outcome`.
std::string sentence(const Change& change, const Escape& escape) {
  const auto shown = [&](const std::string& text, bool quoted) {
    if (text.empty()) return std::string("(none)");
    return quoted ? "\"" + escape(text) + "\"" : escape(text);
  };
  const std::string subject = change.entity == "link"
                                  ? fmt::format("link '{}' → '{}'", escape(change.id), escape(change.other_id))
                                  : fmt::format("{} '{}'", change.entity, escape(change.id));
  for (const ValueChange& value : value_changes) {
    if (value.kind == change.kind) {
      return fmt::format("{} {}: {} → {}", subject, value.label, shown(change.before, value.quoted),
                         shown(change.after, value.quoted));
    }
  }
  switch (sign(change.kind)) {
    case '+':
    case '-': {
      const bool finding = section_of(change.kind) == "findings";
      const std::string_view verb = finding ? (sign(change.kind) == '+' ? "introduced" : "resolved")
                                            : (sign(change.kind) == '+' ? "added" : "removed");
      if (finding) {
        return fmt::format("{}[{}] {}: {} ({})", change.entity, change.id, verb, escape(change.title),
                           escape(change.where));
      }
      return change.entity == "link" ? fmt::format("{} {}", subject, verb)
                                     : fmt::format("{} {}: {}", subject, verb, shown(change.title, true));
    }
    default:  // the renames
      return fmt::format("{} renamed id '{}' → '{}': {}", change.entity, escape(change.id), escape(change.other_id),
                         shown(change.title, true));
  }
}

std::vector<const Change*> in_section(const ModelDiff& diff, std::string_view section) {
  std::vector<const Change*> changes;
  for (const Change& change : diff.changes) {
    if (section_of(change.kind) == section) changes.push_back(&change);
  }
  return changes;
}

std::size_t count_of(const ModelDiff& diff, ChangeKind kind) {
  return static_cast<std::size_t>(
      std::count_if(diff.changes.begin(), diff.changes.end(), [&](const Change& c) { return c.kind == kind; }));
}

/// "12 changes: 6 to nodes, 4 to links, 2 to indicators; 1 finding introduced, 1 resolved".
std::string summary(const ModelDiff& diff) {
  if (diff.changes.empty()) return "no changes";
  std::vector<std::string> parts;
  for (const Section& section : sections) {
    const std::size_t n = in_section(diff, section.key).size();
    if (n > 0 && section.key != "findings") parts.push_back(fmt::format("{} to {}", n, section.key));
  }
  const std::size_t introduced = count_of(diff, ChangeKind::finding_introduced);
  const std::size_t resolved = count_of(diff, ChangeKind::finding_resolved);
  return fmt::format("{} change{}{}{}; {} finding{} introduced, {} resolved", diff.changes.size(),
                     diff.changes.size() == 1 ? "" : "s", parts.empty() ? "" : ": ", fmt::join(parts, ", "), introduced,
                     introduced == 1 ? "" : "s", resolved);
}

nlohmann::ordered_json share_json(const Share& share) { return {{"count", share.count}, {"total", share.total}}; }

nlohmann::ordered_json text_or_null(const std::string& text) {
  return text.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(text);
}

}  // namespace

std::string format_diff_text(const ModelDiff& diff, const DiffLabels& labels) {
  std::string out =
      fmt::format("Changes from {} to {}\n", escape::terminal(labels.before), escape::terminal(labels.after));
  for (const Section& section : sections) {
    const auto changes = in_section(diff, section.key);
    if (changes.empty()) continue;
    out += fmt::format("\n{}\n", section.title);
    for (const Change* change : changes)
      out += fmt::format("  {} {}\n", sign(change->kind), sentence(*change, escape::terminal));
  }
  if (diff.coverage) {
    out += "\nCoverage (before → after)\n";
    for (const CoverageFigure& measure : coverage_figures) {
      out += fmt::format("  {:<40} {:>12} → {}\n", measure.counts, format_share(diff.coverage->before.*measure.share),
                         format_share(diff.coverage->after.*measure.share));
    }
  }
  return out + fmt::format("\n{}\n", summary(diff));
}

std::string format_diff_markdown(const ModelDiff& diff, const DiffLabels& labels) {
  std::string out = fmt::format("# Changes from {} to {}\n\n{}.\n", escape::markdown(labels.before),
                                escape::markdown(labels.after), summary(diff));
  for (const Section& section : sections) {
    const auto changes = in_section(diff, section.key);
    if (changes.empty()) continue;
    out += fmt::format("\n## {}\n\n", section.title);
    for (const Change* change : changes) out += fmt::format("- {}\n", sentence(*change, escape::markdown));
  }
  if (diff.coverage) {
    out += "\n## Coverage\n\n| | before | after |\n| --- | ---: | ---: |\n";
    for (const CoverageFigure& measure : coverage_figures) {
      out += fmt::format("| {} | {} | {} |\n", measure.counts, format_share(diff.coverage->before.*measure.share),
                         format_share(diff.coverage->after.*measure.share));
    }
  }
  return out;
}

std::string format_diff_json(const ModelDiff& diff, const DiffLabels& labels) {
  nlohmann::ordered_json json{{"before", labels.before}, {"after", labels.after}};
  json["changes"] = nlohmann::ordered_json::array();
  for (const Change& change : diff.changes) {
    json["changes"].push_back({{"change", to_string(change.kind)},
                               {"entity", change.entity},
                               {"id", change.id},
                               {"other_id", text_or_null(change.other_id)},
                               {"title", text_or_null(change.title)},
                               {"before", text_or_null(change.before)},
                               {"after", text_or_null(change.after)},
                               {"where", text_or_null(change.where)}});
  }
  json["coverage"] = nullptr;
  if (diff.coverage) {
    for (const CoverageFigure& measure : coverage_figures) {
      json["coverage"][std::string(measure.key)] = {{"before", share_json(diff.coverage->before.*measure.share)},
                                                    {"after", share_json(diff.coverage->after.*measure.share)}};
    }
  }
  // Model text is UTF-8 (toml++ checks); replacing bad bytes keeps a hostile message from throwing.
  return json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace toc
