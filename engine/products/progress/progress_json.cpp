#include <cmath>

#include <nlohmann/json.hpp>

#include "products/progress/progress_format.h"

namespace toc {

namespace {

using json = nlohmann::ordered_json;

json number_or_null(double value) { return std::isfinite(value) ? json(value) : json(nullptr); }

json row_json(const Model& model, const Measurements& data, const Observation& row) {
  const Indicator& indicator = model.indicators[row.indicator];
  json out{{"period", to_string(row.period)},
           {"first_day", to_string(row.period.first)},
           {"last_day", to_string(row.period.last)},
           {"value", number_or_null(row.value)}};
  if (row.level >= 0) out["level"] = indicator.levels[static_cast<std::size_t>(row.level)];
  if (indicator.measure == Measure::text) out["text"] = data.label(row.text);
  out["area"] = data.label(row.area);
  out["group"] = data.label(row.group);
  out["status"] = std::string(to_string(row.status));
  for (const auto& [key, value] : {std::pair{"numerator", &row.numerator}, std::pair{"denominator", &row.denominator},
                                   std::pair{"lower", &row.lower}, std::pair{"upper", &row.upper}}) {
    if (*value) out[key] = **value;
  }
  return out;
}

json trajectory_json(const Trajectory& t) {
  json line = json::array();
  for (const TrajectoryPoint& p : t.line) line.push_back({{"date", to_string(p.date)}, {"value", p.value}});
  return {{"verdict", std::string(to_string(t.verdict))},
          {"latest", t.latest},
          {"at", to_string(t.at)},
          {"expected", t.expected},
          {"shortfall", t.shortfall},
          {"tolerance", t.tolerance},
          {"better", std::string(to_string(t.better))},
          {"line", line}};
}

json xmr_json(const XmrChart& c) {
  json out{{"points", c.points}, {"min_points", c.min_points}, {"has_limits", c.has_limits}};
  if (!c.has_limits) return out;
  out["mean"] = c.mean;
  out["average_moving_range"] = c.average_moving_range;
  out["lower_limit"] = c.lower_limit;
  out["upper_limit"] = c.upper_limit;
  out["lower_two_sigma"] = c.lower_two_sigma;
  out["upper_two_sigma"] = c.upper_two_sigma;
  out["variation"] = std::string(to_string(c.latest));
  out["assurance"] = c.assurance == Assurance::none ? json(nullptr) : json(std::string(to_string(c.assurance)));
  json flags = json::array();
  for (const XmrPoint& p : c.flags) {
    json rules = json::array();
    for (const auto& [bit, name] : {std::pair{outside_limits, "outside limits"}, std::pair{run, "run"},
                                    std::pair{trend, "trend"}, std::pair{two_of_three, "two of three"}}) {
      if (p.rules & bit) rules.push_back(name);
    }
    flags.push_back({{"variation", std::string(to_string(p.variation))}, {"rules", rules}});
  }
  out["flags"] = flags;
  return out;
}

json ordinal_json(const Indicator& indicator, const OrdinalSummary& o) {
  json periods = json::array();
  for (const LevelCounts& p : o.periods) {
    json counts = json::object();
    for (std::size_t l = 0; l < p.counts.size(); ++l) counts[indicator.levels[l]] = p.counts[l];
    periods.push_back({{"period", to_string(p.period)}, {"counts", counts}});
  }
  return {{"movement", std::string(to_string(o.movement))},
          {"moved_up", o.moved_up},
          {"moved_down", o.moved_down},
          {"unchanged", o.unchanged},
          {"periods", periods}};
}

json indicator_json(const Model& model, const Measurements& data, const IndicatorProgress& judged) {
  const Indicator& indicator = model.indicators[judged.indicator];
  json measures = json::array();
  for (const Ref& ref : indicator.measures) measures.push_back(ref.id);
  json series = json::array();
  for (const std::uint32_t r : judged.series) series.push_back(row_json(model, data, data.rows[r]));
  const auto latest = judged.latest();
  json out{{"id", indicator.id},
           {"title", indicator.title},
           {"measures", measures},
           {"measure", indicator.measure == Measure::unspecified ? json(nullptr)
                                                                 : json(std::string(to_string(indicator.measure)))},
           {"status", std::string(to_string(judged.status))},
           {"method", std::string(to_string(judged.method))},
           {"latest", latest ? row_json(model, data, data.rows[*latest]) : json(nullptr)},
           {"trajectory", judged.trajectory ? trajectory_json(*judged.trajectory) : json(nullptr)},
           {"xmr", judged.xmr ? xmr_json(*judged.xmr) : json(nullptr)},
           {"ordinal", judged.ordinal ? ordinal_json(indicator, *judged.ordinal) : json(nullptr)}};
  out["freshness"] = {
      {"state", std::string(to_string(judged.freshness.state))},
      {"lag_days", judged.freshness.lag_days},
      {"due",
       judged.freshness.state == FreshnessState::no_data ? json(nullptr) : json(to_string(judged.freshness.due))}};
  out["series"] = series;
  out["rows"] = judged.rows.size();
  return out;
}

json counts_json(const StatusCounts& counts) {
  json out = json::object();
  for (std::size_t s = 0; s < status_count; ++s) {
    if (counts[s]) out[std::string(to_string(static_cast<Status>(s)))] = counts[s];
  }
  return out;
}

json ids_json(const Model& model, const std::vector<std::uint32_t>& indicators) {
  json out = json::array();
  for (const std::uint32_t i : indicators) out.push_back(model.indicators[i].id);
  return out;
}

}  // namespace

std::string progress_json(const Model& model, const Measurements& data, const Progress& progress) {
  json out{{"format", "toc-progress"},
           {"version", 1},
           {"strategy", model.strategy.id},
           {"as_of", to_string(progress.as_of)}};
  json indicators = json::array();
  for (const IndicatorProgress& judged : progress.indicators) indicators.push_back(indicator_json(model, data, judged));
  out["indicators"] = indicators;
  json rollups = json::array();
  for (const Rollup& rollup : progress.rollups) {
    const bool node = rollup.scope == Rollup::Scope::node;
    rollups.push_back(
        {{"scope", node ? std::string(to_string(model.nodes[rollup.index].kind)) : std::string("priority")},
         {"id", node ? model.nodes[rollup.index].id : model.priorities[rollup.index].id},
         {"indicators", ids_json(model, rollup.indicators)},
         {"counts", counts_json(rollup.counts)}});
  }
  out["rollups"] = rollups;
  json findings = json::array();
  for (const PathwayFinding& finding : progress.findings) {
    const Link& link = model.links[finding.link];
    findings.push_back({{"from", link.from.id},
                        {"to", link.to.id},
                        {"assumption", link.assumption},
                        {"upstream", ids_json(model, finding.upstream)},
                        {"downstream", ids_json(model, finding.downstream)}});
  }
  out["findings"] = findings;
  return out.dump(2) + "\n";
}

}  // namespace toc
