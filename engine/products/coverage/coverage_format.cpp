#include "products/coverage/coverage_format.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "base/escape.h"
#include "base/text.h"
#include "products/paths/paths.h"

namespace toc {

namespace {

constexpr std::size_t label_width = 40;
constexpr std::size_t cell_width = 14;

/// `text` on one line (escape::terminal), cut to `limit` terminal columns (with an ellipsis) and
/// padded to exactly `limit`: wide characters (CJK, emoji) count two.
std::string fit(std::string_view text, std::size_t limit) {
  return pad_columns(shorten_columns(escape::terminal(text), limit), limit);
}

void table(std::string& out, std::string_view title, const std::vector<CoverageRow>& rows, const CoverageRow& total) {
  out += fit(title, label_width);
  for (const CoverageFigure& column : coverage_figures) out += fmt::format("{:>{}}", column.header, cell_width);
  out += '\n';
  const auto line = [&](const CoverageRow& row) {
    out += "  " + fit(row.label, label_width - 2);
    for (const CoverageFigure& column : coverage_figures)
      out += fmt::format("{:>{}}", format_share(row.*column.share), cell_width);
    out += '\n';
  };
  for (const CoverageRow& row : rows) line(row);
  line(total);
}

nlohmann::ordered_json row_json(const CoverageRow& row) {
  nlohmann::ordered_json json{{"key", row.key}, {"label", row.label}};
  for (const CoverageFigure& column : coverage_figures) {
    const Share& share = row.*column.share;
    nlohmann::ordered_json figure{{"count", share.count}, {"total", share.total}};
    figure["share"] = share.total ? nlohmann::ordered_json(share.ratio()) : nlohmann::ordered_json(nullptr);
    json[std::string(column.key)] = std::move(figure);
  }
  return json;
}

}  // namespace

std::string format_share(const Share& share) {
  if (share.total == 0) return "-";
  return fmt::format("{}/{} ({})", share.count, share.total, percent(share.count, share.total));
}

namespace {

/// Links that are the weakest step of some pathway, weakest first, then by how many pathways
/// they weaken. Pathways where no step states a strength have no weakest step and are left out.
std::vector<std::pair<LinkIndex, std::size_t>> weakest_links(const Model& model, const Coverage& coverage) {
  std::map<LinkIndex, std::size_t> count;
  for (const PathwayWeakness& pathway : coverage.pathways) {
    if (pathway.weakest != PathwayWeakness::none) ++count[pathway.weakest];
  }
  std::vector<std::pair<LinkIndex, std::size_t>> links(count.begin(), count.end());
  std::stable_sort(links.begin(), links.end(), [&](const auto& a, const auto& b) {
    const Strength sa = model.links[a.first].strength;
    const Strength sb = model.links[b.first].strength;
    return sa != sb ? sa < sb : a.second > b.second;
  });
  return links;
}

constexpr std::size_t max_weakest_lines = 12;

void weakest_text(std::string& out, const Model& model, const Coverage& coverage) {
  if (coverage.pathway_total == 0) return;
  out += fmt::format("\nWeakest link on each pathway ({} from an activity to an impact{})\n", coverage.pathway_total,
                     coverage.pathways.size() < coverage.pathway_total
                         ? fmt::format("; the first {} counted here", coverage.pathways.size())
                         : std::string());
  const auto links = weakest_links(model, coverage);
  for (std::size_t i = 0; i < links.size() && i < max_weakest_lines; ++i) {
    const Link& link = model.links[links[i].first];
    out += fmt::format("  {} -> {} ({}): weakest step of {}\n", link.from.id, link.to.id,
                       describe_strength(link.strength), count(links[i].second, "pathway"));
  }
  if (links.size() > max_weakest_lines) {
    out += fmt::format("  ... and {} more links ('toc coverage --format json' lists every pathway)\n",
                       links.size() - max_weakest_lines);
  }
  const auto unknown = static_cast<std::size_t>(
      std::count_if(coverage.pathways.begin(), coverage.pathways.end(),
                    [](const PathwayWeakness& p) { return p.weakest == PathwayWeakness::none; }));
  if (unknown > 0) {
    out += fmt::format("  {} no step that states a strength, so no weakest step\n",
                       unknown == 1 ? std::string("1 pathway has") : fmt::format("{} pathways have", unknown));
  }
}

}  // namespace

std::string format_coverage_text(const Model& model, const Coverage& coverage) {
  std::string out;
  if (!coverage.by_strategy.empty()) {
    table(out, "By strategy", coverage.by_strategy, coverage.total);
    out += '\n';
  }
  table(out, "By priority", coverage.by_priority, coverage.total);
  out += '\n';
  table(out, "By level", coverage.by_level, coverage.total);
  if (!coverage.principles.empty()) {
    out += '\n' + fit("Golden threads (principles)", label_width) +
           fmt::format("{:>{}}{:>{}}\n", "Activities", cell_width, "Priorities", cell_width);
    for (const PrincipleRow& row : coverage.principles) {
      out += "  " + fit(row.label, label_width - 2) +
             fmt::format("{:>{}}{:>{}}\n", format_share(row.activities), cell_width, format_share(row.priorities),
                         cell_width);
    }
  }
  weakest_text(out, model, coverage);
  out +=
      "\nMeasured: outcomes and impacts with an indicator. Complete: with an indicator that has a baseline,\n"
      "a target and a source. Reach impact: activities with a path to an impact. Assumption, Evidence:\n"
      "outcome steps (arrows from an outcome to an outcome or the impact, which toc check asks to be argued)\n"
      "that state one.";
  if (!coverage.principles.empty()) {
    out += " Golden threads: activities that name the principle, and priorities with such an activity.";
  }
  out += " '-': nothing to count.\n";
  return out;
}

std::string format_coverage_json(const Model& model, const Coverage& coverage) {
  nlohmann::ordered_json json;
  if (!coverage.by_strategy.empty()) {
    json["by_strategy"] = nlohmann::ordered_json::array();
    for (const CoverageRow& row : coverage.by_strategy) json["by_strategy"].push_back(row_json(row));
  }
  json["by_priority"] = nlohmann::ordered_json::array();
  for (const CoverageRow& row : coverage.by_priority) json["by_priority"].push_back(row_json(row));
  json["by_level"] = nlohmann::ordered_json::array();
  for (const CoverageRow& row : coverage.by_level) json["by_level"].push_back(row_json(row));
  json["total"] = row_json(coverage.total);
  json["principles"] = nlohmann::ordered_json::array();
  for (const PrincipleRow& row : coverage.principles) {
    json["principles"].push_back({{"key", row.key},
                                  {"label", row.label},
                                  {"activities", {{"count", row.activities.count}, {"total", row.activities.total}}},
                                  {"priorities", {{"count", row.priorities.count}, {"total", row.priorities.total}}}});
  }
  json["pathways"] = {{"total", coverage.pathway_total}, {"listed", coverage.pathways.size()}};
  json["pathways"]["weakest"] = nlohmann::ordered_json::array();
  for (const PathwayWeakness& pathway : coverage.pathways) {
    nlohmann::ordered_json entry = {{"start", model.nodes[pathway.start].id}, {"end", model.nodes[pathway.end].id}};
    if (pathway.weakest == PathwayWeakness::none) {
      entry.update({{"from", nullptr}, {"to", nullptr}, {"strength", nullptr}});
    } else {
      const Link& link = model.links[pathway.weakest];
      entry.update({{"from", link.from.id}, {"to", link.to.id}, {"strength", describe_strength(link.strength)}});
    }
    json["pathways"]["weakest"].push_back(std::move(entry));
  }
  return json.dump(2) + "\n";
}

}  // namespace toc
